#include "BackupsPage.h"

#include "BackupListModel.h"
#include "BackupTaskRunner.h"
#include "RestoreConfirmDialog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/RestoreJob.h"
#include "session/DatabaseSession.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

BackupsPage::BackupsPage(AppSettings &settings, QWidget *parent)
    : Page(QStringLiteral("backups"), parent)
    , m_settings(settings)
    , m_model(new BackupListModel(this))
    , m_runner(new BackupTaskRunner(this))
{
    buildUi();
    connect(m_runner, &BackupTaskRunner::progressChanged, this,
            [this](int percent, const QString &message) {
                m_progress->setValue(percent);
                if (!message.isEmpty())
                    m_statusLabel->setText(message);
            });
    connect(m_runner, &BackupTaskRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        updateActions();
    });
    clearDatabase();
}

void BackupsPage::buildUi()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto addAction = [&](const QString &text, const char *objectName, const QKeySequence &key,
                         void (BackupsPage::*slot)()) {
        auto *action = toolBar->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(objectName));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WindowShortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                text.split(u'…').first().remove(u'&'), key.toString(QKeySequence::NativeText)));
        }
        return action;
    };
    m_backupAction = addAction(tr("&Back up now"), "backupNowAction",
                               QKeySequence(Qt::CTRL | Qt::Key_B), &BackupsPage::backUpNow);
    m_verifyAction =
        addAction(tr("&Verify"), "verifyBackupAction", {}, &BackupsPage::verifySelected);
    m_restoreAction =
        addAction(tr("&Restore…"), "restoreBackupAction", {}, &BackupsPage::restoreSelected);
    m_deleteAction = addAction(tr("&Delete…"), "deleteBackupAction", QKeySequence::Delete,
                               &BackupsPage::deleteSelected);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolBar->addSeparator();
    m_directoryAction =
        addAction(tr("Change folder…"), "backupFolderAction", {}, &BackupsPage::chooseDirectory);
    m_openDirectoryAction =
        addAction(tr("Open folder"), "openBackupFolderAction", {}, &BackupsPage::openDirectory);

    m_directoryLabel = new QLabel(this);
    m_directoryLabel->setObjectName(QStringLiteral("backupDirectoryLabel"));
    m_directoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPage::verifySelected);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("backupsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_emptyLabel);
    m_content->addWidget(m_table);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    connect(m_cancel, &QPushButton::clicked, this, &BackupsPage::cancelTask);
    m_progress->hide();
    m_cancel->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_directoryLabel);
    layout->addWidget(m_content, 1);
    layout->addLayout(statusRow);
}

void BackupsPage::setDatabase(const DatabaseSession &session)
{
    const bool sameDatabase = m_spec && *m_spec == session.spec;
    m_spec = session.spec;
    // Re-read on every call: the folder may have been chosen in Preferences.
    const QString chosen = m_settings.backupDirectory(session.spec);
    if (!chosen.isEmpty())
        m_directory = chosen;
    else if (!sameDatabase)
        m_directory = BackupCatalog::defaultDirectory(session.spec);
    refresh();
}

void BackupsPage::clearDatabase()
{
    ++m_listGeneration; // a listing still running is for the database just closed
    m_reading = false;
    m_spec.reset();
    m_directory.clear();
    m_model->setEntries({});
    m_directoryLabel->clear();
    m_emptyLabel->setText(tr("Open a database to back it up or restore one of its backups."));
    m_content->setCurrentWidget(m_emptyLabel);
    updateActions();
}

void BackupsPage::refresh()
{
    if (!m_spec)
        return;
    const quint64 generation = ++m_listGeneration;
    m_reading = true;
    showDirectoryLabel();
    if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(m_directory)));
        m_content->setCurrentWidget(m_emptyLabel);
    }
    updateActions();
    QThreadPool::globalInstance()->start(
        [directory = m_directory, generation, page = QPointer<BackupsPage>(this)] {
            const QList<BackupEntry> entries = BackupCatalog(directory).list();
            // Back on the GUI thread, where the page may be gone by now.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [page, generation, entries] {
                    if (page)
                        page->applyListing(generation, entries);
                },
                Qt::QueuedConnection);
        });
}

void BackupsPage::showDirectoryLabel()
{
    const QString text =
        tr("Backups of %1 in %2").arg(m_spec->displayName(), QDir::toNativeSeparators(m_directory));
    m_directoryLabel->setText(m_reading ? tr("%1 (reading…)").arg(text) : text);
}

void BackupsPage::applyListing(quint64 generation, const QList<BackupEntry> &entries)
{
    if (generation != m_listGeneration || !m_spec)
        return;
    m_reading = false;
    showDirectoryLabel();
    const BackupEntry *selected = selectedEntry();
    const QString selectedPath = selected ? selected->path : QString();
    m_model->setEntries(entries);
    // The operator's selection survives a re-read of the folder.
    for (int row = 0; row < m_model->rowCount() && !selectedPath.isEmpty(); ++row) {
        if (m_model->entry(row)->path == selectedPath)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    showIdleState();
    updateActions();
}

void BackupsPage::showIdleState()
{
    if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(
            tr("No backups in %1 yet.\nBack up now (%2): the copy is consistent even while the "
               "robot writes, and it is verified before it is listed.")
                .arg(QDir::toNativeSeparators(m_directory),
                     m_backupAction->shortcut().toString(QKeySequence::NativeText)));
        m_content->setCurrentWidget(m_emptyLabel);
    } else {
        m_content->setCurrentWidget(m_table);
    }
}

bool BackupsPage::isBusy() const
{
    return m_runner->isRunning();
}

const BackupEntry *BackupsPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
}

void BackupsPage::updateActions()
{
    const bool idle = m_spec && !m_runner->isRunning();
    const bool selected = selectedEntry() != nullptr;
    m_backupAction->setEnabled(idle);
    m_verifyAction->setEnabled(idle && selected);
    m_restoreAction->setEnabled(idle && selected);
    m_deleteAction->setEnabled(idle && selected);
    m_directoryAction->setEnabled(idle);
    m_openDirectoryAction->setEnabled(m_spec.has_value());
}

void BackupsPage::backUpNow()
{
    if (!m_spec || m_runner->isRunning())
        return;
    auto result = std::make_shared<BackupResult>();
    auto listing = std::make_shared<QList<BackupEntry>>();
    const ConnectionSpec spec = *m_spec;
    const QString directory = m_directory;
    m_statusLabel->setText(tr("Backing up %1…").arg(spec.displayName()));
    m_runner->start(
        [=](const JobControl &control) {
            *result = BackupJob::run(spec, directory, control);
            *listing = BackupCatalog(directory).list(); // still on the worker
        },
        [this, result, listing] {
            applyListing(++m_listGeneration, *listing);
            m_statusLabel->setText(result->message);
            if (result->ok)
                emit statusMessage(tr("Backup written: %1").arg(result->path));
            else if (!result->cancelled)
                QMessageBox::warning(this, tr("Backup failed"), result->message);
        });
}

void BackupsPage::verifySelected()
{
    const BackupEntry *selected = selectedEntry();
    if (!selected || m_runner->isRunning())
        return;
    auto entry = std::make_shared<BackupEntry>(*selected);
    auto result = std::make_shared<VerifyResult>();
    m_statusLabel->setText(tr("Verifying %1…").arg(QFileInfo(entry->path).fileName()));
    m_runner->start(
        [=](const JobControl &control) { *result = BackupCatalog::verify(*entry, control); },
        [this, entry, result] {
            m_model->updateEntry(*entry);
            m_statusLabel->setText(
                result->ok
                    ? tr("%1 verified: %2").arg(QFileInfo(entry->path).fileName(), result->message)
                    : result->message);
        });
}

void BackupsPage::restoreSelected()
{
    const BackupEntry *selected = selectedEntry();
    if (!m_spec || !selected || m_runner->isRunning())
        return;
    const QString file = selected->path;
    const ConnectionSpec spec = *m_spec;
    auto preview = std::make_shared<RestorePreview>();
    m_statusLabel->setText(tr("Checking %1 before restoring…").arg(QFileInfo(file).fileName()));
    m_runner->start(
        [=](const JobControl &control) { *preview = RestoreJob::preview(spec, file, control); },
        [this, file, preview] {
            if (!preview->ok) {
                m_statusLabel->setText(preview->message);
                QMessageBox::warning(this, tr("This backup cannot be restored"), preview->message);
                return;
            }
            RestoreConfirmDialog dialog(*preview, file, this);
            if (dialog.exec() != QDialog::Accepted) {
                m_statusLabel->setText(tr("Restore cancelled; nothing was changed."));
                return;
            }
            startRestore(file, dialog.forceActive());
        });
}

void BackupsPage::startRestore(const QString &file, bool forceActive)
{
    const ConnectionSpec spec = *m_spec;
    RestoreOptions options;
    options.backupDirectory = m_directory;
    options.forceActive = forceActive;
    auto result = std::make_shared<RestoreResult>();
    auto listing = std::make_shared<QList<BackupEntry>>();
    m_statusLabel->setText(tr("Restoring %1…").arg(QFileInfo(file).fileName()));
    m_runner->start(
        [=](const JobControl &control) {
            *result = RestoreJob::run(spec, file, options, control);
            *listing = BackupCatalog(options.backupDirectory).list(); // still on the worker
        },
        [this, result, listing] {
            applyListing(++m_listGeneration, *listing);
            m_statusLabel->setText(result->message);
            QString detail = result->message;
            if (!result->safetyBackupPath.isEmpty())
                detail += u'\n' + tr("Safety backup: %1").arg(result->safetyBackupPath);
            if (!result->warnings.isEmpty())
                detail += u'\n' + tr("Warnings:") + u'\n' + result->warnings.join(u'\n');
            if (result->ok)
                QMessageBox::information(this, tr("Restore finished"), detail);
            else
                QMessageBox::warning(this, tr("Restore failed"), detail);
            if (result->databaseChanged)
                emit databaseRestored();
        });
}

void BackupsPage::deleteSelected()
{
    const BackupEntry *selected = selectedEntry();
    if (!selected || m_runner->isRunning())
        return;
    const QString path = selected->path;
    if (QMessageBox::question(this, tr("Delete backup"),
                              tr("Delete %1 and its description? This cannot be undone.")
                                  .arg(QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!BackupCatalog::remove(path, &error))
        QMessageBox::warning(this, tr("Delete failed"), error);
    refresh();
}

void BackupsPage::chooseDirectory()
{
    if (!m_spec)
        return;
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_directory);
    if (chosen.isEmpty())
        return;
    m_directory = chosen;
    m_settings.setBackupDirectory(*m_spec, chosen);
    refresh();
}

void BackupsPage::openDirectory()
{
    QDir().mkpath(m_directory);
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_directory));
}

void BackupsPage::cancelTask()
{
    m_runner->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
}
