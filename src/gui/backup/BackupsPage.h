#pragma once

#include "Page.h"
#include "db/ConnectionSpec.h"

#include <QList>

#include <optional>

class AppSettings;
class BackupListModel;
class BackupTaskRunner;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
struct BackupEntry;

// The Backups page: the backups in the connection's backup directory (ours
// and the robot's own copies), and one-click backup, verify, restore and
// delete. All work runs in ti_backup jobs on a worker thread with progress
// and cancel; this page only asks and shows.
class BackupsPage : public Page
{
    Q_OBJECT
public:
    explicit BackupsPage(AppSettings &settings, QWidget *parent = nullptr);

    QString title() const override { return tr("Backups"); }
    void setDatabase(const DatabaseSession &session) override;
    void clearDatabase() override;
    void refresh() override;

    QString directory() const { return m_directory; }
    bool isBusy() const override;
    QAction *backupAction() const { return m_backupAction; }

public slots:
    void backUpNow();
    void verifySelected();
    void restoreSelected();
    void deleteSelected();
    void chooseDirectory();
    void openDirectory();
    void cancelTask();

signals:
    // The database's contents changed under every other page.
    void databaseRestored();

private:
    void buildUi();
    const BackupEntry *selectedEntry() const;
    void updateActions();
    void showIdleState();
    void startRestore(const QString &file, bool forceActive);
    void showDirectoryLabel();
    void applyListing(quint64 generation, const QList<BackupEntry> &entries);

    AppSettings &m_settings;
    std::optional<ConnectionSpec> m_spec;
    QString m_directory;
    // The folder is listed on a worker (sidecars are read, files may sit on a
    // slow disk); only the newest listing asked for is shown.
    quint64 m_listGeneration = 0;
    bool m_reading = false;
    BackupListModel *m_model;
    BackupTaskRunner *m_runner;
    QTableView *m_table = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_directoryLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_directoryAction = nullptr;
    QAction *m_openDirectoryAction = nullptr;
};
