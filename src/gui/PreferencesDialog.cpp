#include "PreferencesDialog.h"

#include "backup/BackupCatalog.h"
#include "settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(AppSettings &settings,
                                     const std::optional<ConnectionSpec> &connection,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_connection(connection ? std::make_unique<ConnectionSpec>(*connection) : nullptr)
    , m_localTime(new QRadioButton(tr("This computer's time zone"), this))
    , m_utcTime(new QRadioButton(tr("UTC, as the robot stores them"), this))
    , m_autoRefresh(new QSpinBox(this))
    , m_backupFolder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_localTime->setObjectName(QStringLiteral("localTimeRadio"));
    m_utcTime->setObjectName(QStringLiteral("utcTimeRadio"));
    (settings.timeDisplay() == TimeDisplay::Utc ? m_utcTime : m_localTime)->setChecked(true);
    auto *times = new QVBoxLayout;
    times->addWidget(m_localTime);
    times->addWidget(m_utcTime);

    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshSpin"));
    m_autoRefresh->setRange(0, 3600);
    m_autoRefresh->setSingleStep(5);
    m_autoRefresh->setSuffix(tr(" s"));
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setValue(settings.autoRefreshSeconds());
    m_autoRefresh->setToolTip(tr("Re-read the database this often to pick up what the robot "
                                 "wrote; F5 does it at once."));

    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("backupFolderBrowse"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    if (m_connection) {
        const QString chosen = settings.backupDirectory(*m_connection);
        m_backupFolder->setText(QDir::toNativeSeparators(
            chosen.isEmpty() ? BackupCatalog::defaultDirectory(*m_connection) : chosen));
    } else {
        m_backupFolder->setPlaceholderText(tr("Open a database to choose its backup folder"));
        m_backupFolder->setEnabled(false);
        browse->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Show times in:"), times);
    form->addRow(tr("Auto-refresh every:"), m_autoRefresh);
    form->addRow(tr("Backup folder:"), folderRow);
    // The database goes under the field: a long path in the label would
    // squeeze the field to a few characters.
    if (m_connection) {
        auto *forDatabase = new QLabel(tr("For %1").arg(m_connection->displayName()), this);
        forDatabase->setObjectName(QStringLiteral("backupFolderDatabase"));
        forDatabase->setWordWrap(true);
        forDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(QString(), forDatabase);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::chooseBackupFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
    if (!chosen.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(chosen));
}

void PreferencesDialog::accept()
{
    m_settings.setTimeDisplay(m_utcTime->isChecked() ? TimeDisplay::Utc : TimeDisplay::Local);
    m_settings.setAutoRefreshSeconds(m_autoRefresh->value());
    if (m_connection && !m_backupFolder->text().trimmed().isEmpty()) {
        const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
        // Only a folder the operator moved away from the default is remembered,
        // so the default keeps following the database file.
        if (folder != BackupCatalog::defaultDirectory(*m_connection) ||
            !m_settings.backupDirectory(*m_connection).isEmpty())
            m_settings.setBackupDirectory(*m_connection, folder);
    }
    m_settings.sync();
    QDialog::accept();
}
