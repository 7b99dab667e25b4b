#include "RestoreConfirmDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreConfirmDialog::RestoreConfirmDialog(const RestorePreview &preview, const QString &backupFile,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreConfirmDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>Replace the contents of %1</b> with the backup <b>%2</b>?<br>"
           "The database is backed up first (a safety backup), so this can be undone.")
            .arg(preview.target.toHtmlEscaped(), QFileInfo(backupFile).fileName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList tables = preview.current.keys();
    for (const QString &t : preview.backup.keys()) {
        if (!tables.contains(t))
            tables << t;
    }
    auto *counts = new QTableWidget(int(tables.size()), 3, this);
    counts->setObjectName(QStringLiteral("restoreCounts"));
    counts->setHorizontalHeaderLabels({tr("Table"), tr("Rows now"), tr("Rows in backup")});
    counts->verticalHeader()->hide();
    counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QLocale locale;
    for (int row = 0; row < tables.size(); ++row) {
        const QString &t = tables[row];
        auto number = [&](const TableCounts &c) {
            auto *item =
                new QTableWidgetItem(c.contains(t) ? locale.toString(c.value(t)) : tr("absent"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        counts->setItem(row, 0, new QTableWidgetItem(t));
        counts->setItem(row, 1, number(preview.current));
        counts->setItem(row, 2, number(preview.backup));
    }
    counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(counts);
    if (!preview.tablesNotInBackup.isEmpty()) {
        const QString names = preview.tablesNotInBackup.join(QStringLiteral(", ")).toHtmlEscaped();
        // pg_restore --clean drops only what the archive creates; an SQLite
        // restore replaces the whole file.
        auto *extra = new QLabel(
            preview.kind == BackupKind::Sqlite
                ? tr("Not in the backup, so gone after the restore (the safety backup keeps "
                     "them): <b>%1</b>")
                      .arg(names)
                : tr("Not in the backup, so kept as they are now: <b>%1</b>").arg(names),
            this);
        extra->setObjectName(QStringLiteral("tablesNotInBackupLabel"));
        extra->setWordWrap(true);
        layout->addWidget(extra);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::DestructiveRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (preview.activeSessions > 0) {
        auto *warning =
            new QLabel(tr("<b>The robot is probably running:</b> %n trading session(s) are marked "
                          "active. Restoring under a running robot loses what it writes meanwhile.",
                          nullptr, preview.activeSessions),
                       this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #c62828"));
        layout->addWidget(warning);
        m_override = new QCheckBox(tr("I have stopped the robot, or accept the risk"), this);
        m_override->setObjectName(QStringLiteral("forceActiveCheck"));
        connect(m_override, &QCheckBox::toggled, this, &RestoreConfirmDialog::updateButton);
        layout->addWidget(m_override);
    }
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    updateButton();
    resize(520, sizeHint().height());
}

bool RestoreConfirmDialog::forceActive() const
{
    return m_override && m_override->isChecked();
}

void RestoreConfirmDialog::updateButton()
{
    m_restore->setEnabled(!m_override || m_override->isChecked());
}
