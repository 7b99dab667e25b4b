#pragma once

#include "backup/BackupTypes.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

// The one question before a restore: it names the database that will be
// replaced, shows its row counts now beside the backup's, and, when a session
// is marked active (the robot is probably running), requires an explicit
// override before the Restore button enables.
class RestoreConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreConfirmDialog(const RestorePreview &preview, const QString &backupFile,
                         QWidget *parent = nullptr);

    bool forceActive() const;

private:
    void updateButton();

    QCheckBox *m_override = nullptr;
    QPushButton *m_restore = nullptr;
};
