#include "MainWindow.h"

#include "PreferencesDialog.h"

#include <QMessageBox>

#include "AboutDialog.h"
#include "ConnectDialog.h"
#include "MessagePanel.h"
#include "PlaceholderPage.h"
#include "SessionStatusBar.h"
#include "session/DatabaseOpener.h"
#include "settings/PasswordKeyring.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

constexpr int kMaxPageShortcuts = 9;

} // namespace

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_messagePanel(new MessagePanel(this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new SessionStatusBar(this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messagePanel);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    createActions();
    createMenus();
    createToolBar();
    createPlaceholderPages();

    connect(m_messagePanel, &MessagePanel::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_messagePanel, &MessagePanel::retryRequested, this, [this] {
        if (m_lastAttempt)
            startOpening(*m_lastAttempt, false);
    });
    connect(m_messagePanel, &MessagePanel::cancelRequested, this, &MainWindow::cancelOpening);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_statusBar, &SessionStatusBar::connectionLost, this, [this](const QString &reason) {
        showError(tr("Lost the connection to %1")
                      .arg(m_session ? m_session->spec.displayName() : QString()),
                  tr("%1. Reconnecting automatically; press F5 to try now.").arg(reason));
    });
    connect(m_statusBar, &SessionStatusBar::connectionRestored, this, [this] {
        if (m_messagePanel->kind() == MessagePanel::Kind::Error)
            m_messagePanel->dismiss();
    });

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 760);
    restoreState(m_settings.windowState());
    const QString savedPage = m_settings.currentPage();
    showPage(savedPage.isEmpty() ? m_pages.first()->name() : savedPage);
    m_timeUtcAction->setChecked(m_settings.timeDisplay() == TimeDisplay::Utc);
    setTimeInUtc(m_timeUtcAction->isChecked());
    applyAutoRefresh();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connectAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Connect\u2026"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence::Open);
    m_connectAction->setToolTip(
        tr("Open an SQLite file or a PostgreSQL database (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Count the rows again and reload the page (F5)"));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_timeUtcAction = new QAction(tr("Times in &UTC"), this);
    m_timeUtcAction->setObjectName(QStringLiteral("actionTimeUtc"));
    m_timeUtcAction->setCheckable(true);
    m_timeUtcAction->setToolTip(tr("Show times in UTC instead of this computer's time zone"));
    connect(m_timeUtcAction, &QAction::toggled, this, &MainWindow::setTimeInUtc);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Trade Inspector"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_clearRecentAction = new QAction(tr("&Clear List"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings.clearRecentConnections();
        rebuildRecentMenu();
    });

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_timeUtcAction);
    m_viewMenu->addSeparator(); // page actions follow, added by addPage()

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_connectAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator(); // page actions follow
}

void MainWindow::createPlaceholderPages()
{
    addPage(new PlaceholderPage(
        QStringLiteral("orders"), tr("Orders"),
        tr("Every order the robot placed, newest first, with typed filters (symbol, side, "
           "status, strategy, time range) and its fills one click away. Browsing stays instant "
           "on millions of rows."),
        QStringLiteral("orders"), this));
    addPage(new PlaceholderPage(
        QStringLiteral("trades"), tr("Trades"),
        tr("Every execution with price, quantity, commission and realised P&L, filterable "
           "and sortable in the database, exportable to CSV."),
        QStringLiteral("trades"), this));
    addPage(new PlaceholderPage(
        QStringLiteral("positions"), tr("Positions"),
        tr("Open and closed positions with their entry, current price and P&L."),
        QStringLiteral("positions"), this));
    addPage(new PlaceholderPage(
        QStringLiteral("sessions"), tr("Sessions"),
        tr("Each trading session's stored statistics side by side with what its trades say, "
           "an equity curve, and breakdowns by symbol and strategy."),
        QStringLiteral("trading_sessions"), this));
    addPage(new PlaceholderPage(
        QStringLiteral("backups"), tr("Backups"),
        tr("One-click backups of this database (SQLite online backup or pg_dump), verified "
           "before they are listed, and a safe restore that backs up the current state "
           "first."),
        QString(), this));
}

void MainWindow::addPage(Page *page)
{
    // A real page replaces the placeholder of the same name in its place,
    // keeping its position, action and shortcut.
    if (Page *old = this->page(page->name())) {
        const int index = int(m_pages.indexOf(old));
        const bool wasCurrent = currentPage() == old;
        m_pages[index] = page;
        m_stack->insertWidget(m_stack->indexOf(old), page);
        m_stack->removeWidget(old);
        old->deleteLater();
        m_pageActions->actions().at(index)->setText(page->title());
        attachPage(page);
        if (wasCurrent)
            showPage(page->name());
        return;
    }
    page->setParent(m_stack);
    m_stack->addWidget(page);
    m_pages << page;
    auto *action = new QAction(page->title(), m_pageActions);
    QString capitalised = page->name();
    capitalised[0] = capitalised[0].toUpper();
    action->setObjectName(QStringLiteral("actionPage") + capitalised);
    action->setCheckable(true);
    if (m_pages.size() <= kMaxPageShortcuts) {
        const QKeySequence shortcut(QStringLiteral("Ctrl+%1").arg(m_pages.size()));
        action->setShortcut(shortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(page->title(), shortcut.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, [this, name = page->name()] { showPage(name); });
    m_viewMenu->addAction(action);
    m_toolBar->addAction(action);
    attachPage(page);
}

void MainWindow::attachPage(Page *page)
{
    connect(page, &Page::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 5000); });
    page->setTimeDisplay(m_settings.timeDisplay());
    if (m_session)
        page->setDatabase(*m_session);
}

Page *MainWindow::page(const QString &name) const
{
    for (Page *page : m_pages) {
        if (page->name() == name)
            return page;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &name)
{
    Page *target = page(name);
    if (!target)
        target = m_pages.first();
    m_stack->setCurrentWidget(target);
    const int index = int(m_pages.indexOf(target));
    m_pageActions->actions().at(index)->setChecked(true);
    updateTitle();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<ConnectionSpec> recent = m_settings.recentConnections();
    for (const ConnectionSpec &spec : recent) {
        QAction *action = m_recentMenu->addAction(spec.displayName());
        action->setToolTip(spec.toUrl(false));
        connect(action, &QAction::triggered, this, [this, spec] { openRecent(spec); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::openUrl(const QString &url)
{
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        showError(tr("Not a database URL"), error);
        emit databaseOpenFailed(error);
        return;
    }
    openConnection(*spec);
}

// Recent entries carry no password: use the one the keyring remembers, if any;
// without it libpq still tries PGPASSWORD and ~/.pgpass.
void MainWindow::openRecent(const ConnectionSpec &spec)
{
    if (!spec.isPostgres() || !spec.password.isEmpty()) {
        openConnection(spec);
        return;
    }
    auto *keyring = new PasswordKeyring(this);
    keyring->read(spec, [this, spec, keyring](const PasswordKeyring::Result &result) {
        keyring->deleteLater();
        ConnectionSpec withPassword = spec;
        if (result.outcome == PasswordKeyring::Outcome::Found)
            withPassword.password = result.password;
        openConnection(withPassword);
    });
}

void MainWindow::openConnection(const ConnectionSpec &spec)
{
    startOpening(spec, false);
}

void MainWindow::startOpening(const ConnectionSpec &spec, bool quiet)
{
    m_lastAttempt = spec;
    if (!quiet)
        m_messagePanel->showBusy(tr("Opening %1 \u2026").arg(spec.displayName()));
    m_refreshAction->setEnabled(false);
    auto *watcher = new QFutureWatcher<DatabaseOpener::Result>(this);
    m_opening = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, spec, quiet] { openingFinished(watcher, spec, quiet); });
    watcher->setFuture(QtConcurrent::run([spec] { return DatabaseOpener::open(spec); }));
}

void MainWindow::cancelOpening()
{
    // A connect cannot be interrupted midway; its result is dropped instead.
    m_opening = nullptr;
    m_messagePanel->dismiss();
    m_refreshAction->setEnabled(m_session.has_value());
}

void MainWindow::openingFinished(QObject *watcher, const ConnectionSpec &spec, bool quiet)
{
    watcher->deleteLater();
    if (watcher != m_opening)
        return; // superseded or cancelled
    m_opening = nullptr;
    const auto result = static_cast<QFutureWatcher<DatabaseOpener::Result> *>(watcher)->result();
    if (!result.session) {
        m_refreshAction->setEnabled(m_session.has_value());
        showError(quiet ? tr("Could not refresh %1").arg(spec.displayName())
                        : tr("Could not open %1").arg(spec.displayName()),
                  result.error);
        emit databaseOpenFailed(result.error);
        return;
    }
    m_messagePanel->dismiss();
    m_settings.addRecentConnection(spec);
    rebuildRecentMenu();
    applySession(*result.session);
    emit databaseOpened();
}

void MainWindow::applySession(const DatabaseSession &session)
{
    const bool sameDatabase = m_session && m_session->spec == session.spec;
    m_session = session;
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(session);
    if (sameDatabase) {
        if (Page *page = currentPage())
            page->refresh();
    }
    m_statusBar->setSession(session);
    m_refreshAction->setEnabled(true);
    updateTitle();
}

void MainWindow::showError(const QString &headline, const QString &detail)
{
    m_messagePanel->showError(headline, detail);
}

void MainWindow::refresh()
{
    if (m_session && !isOpening())
        startOpening(m_session->spec, true);
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_settings.recentConnections(), this);
    if (m_lastAttempt)
        dialog.setSpec(*m_lastAttempt);
    else if (const auto env = ConnectionSpec::fromUrl(qEnvironmentVariable("DATABASE_URL")))
        dialog.setSpec(*env);
    if (dialog.exec() == QDialog::Accepted)
        openConnection(dialog.spec());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session ? &*m_session : nullptr, this);
    dialog.exec();
}

void MainWindow::setTimeInUtc(bool utc)
{
    const TimeDisplay display = utc ? TimeDisplay::Utc : TimeDisplay::Local;
    m_settings.setTimeDisplay(display);
    m_statusBar->setTimeDisplay(display);
    for (Page *page : std::as_const(m_pages))
        page->setTimeDisplay(display);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(
        m_settings, m_session ? std::optional<ConnectionSpec>(m_session->spec) : std::nullopt,
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_timeUtcAction->setChecked(m_settings.timeDisplay() == TimeDisplay::Utc);
    applyAutoRefresh();
    if (m_session) {
        const DatabaseSession current = *m_session; // a copy: applySession() replaces it
        applySession(current);                      // pages pick up settings tied to the database
    }
}

void MainWindow::applyAutoRefresh()
{
    const int seconds = m_settings.autoRefreshSeconds();
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

void MainWindow::updateTitle()
{
    QString title = tr("Trade Inspector");
    if (m_session) {
        const ConnectionSpec &spec = m_session->spec;
        const QString name =
            spec.isSqlite() ? QFileInfo(spec.absolutePath()).fileName() : spec.database;
        title = tr("%1 \u2014 Trade Inspector").arg(name);
    }
    if (Page *page = currentPage())
        title = page->title() + QStringLiteral(" \u00b7 ") + title;
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : std::as_const(m_pages)) {
        if (page->isBusy()) {
            QMessageBox::information(this, tr("Work in progress"),
                                     tr("%1 is still working (a backup or restore). Wait for it "
                                        "to finish, or cancel it, before closing.")
                                         .arg(page->title()));
            showPage(page->name());
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (Page *page = currentPage())
        m_settings.setCurrentPage(page->name());
    m_settings.sync();
    event->accept();
}
