#pragma once

#include "db/ConnectionSpec.h"
#include "session/DatabaseSession.h"
#include "settings/AppSettings.h"

#include <QMainWindow>

#include <optional>

class MessagePanel;
class Page;
class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class SessionStatusBar;

// The shell: menus, toolbar, a stack of pages and the status bar. It owns the
// choice of database and opens it off the GUI thread; pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the stack with a View menu action on Ctrl+<position>.
    // A page whose name() is already there (a placeholder) is replaced in place.
    void addPage(Page *page);
    Page *page(const QString &name) const;
    Page *currentPage() const;
    void showPage(const QString &name);

    // Opens read-only on a worker; the result shows in the window, never only
    // on the console. A newer request supersedes an older one.
    void openConnection(const ConnectionSpec &spec);
    void openUrl(const QString &url);
    // A recent connection, with its password from the system keyring if remembered.
    void openRecent(const ConnectionSpec &spec);
    void showError(const QString &headline, const QString &detail);

    const std::optional<DatabaseSession> &session() const { return m_session; }
    bool isOpening() const { return m_opening != nullptr; }

public slots:
    void showConnectDialog();
    void refresh();
    void showAbout();
    void showPreferences();

signals:
    void databaseOpened();
    void databaseOpenFailed(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createPlaceholderPages();
    void attachPage(Page *page);
    void rebuildRecentMenu();
    void startOpening(const ConnectionSpec &spec, bool quiet);
    void cancelOpening();
    void openingFinished(QObject *watcher, const ConnectionSpec &spec, bool quiet);
    void applySession(const DatabaseSession &session);
    void setTimeInUtc(bool utc);
    void applyAutoRefresh();
    void updateTitle();

    AppSettings &m_settings;
    std::optional<DatabaseSession> m_session;
    std::optional<ConnectionSpec> m_lastAttempt; // for Retry and the dialog
    QObject *m_opening = nullptr;                // the current worker's watcher

    MessagePanel *m_messagePanel;
    QStackedWidget *m_stack;
    SessionStatusBar *m_statusBar;
    QTimer *m_autoRefresh;
    QList<Page *> m_pages;

    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_timeUtcAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
