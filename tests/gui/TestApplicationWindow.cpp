#include "BackupsPage.h"
#include "BrowsePage.h"
#include "BrowseTableView.h"
#include "ConnectDialog.h"
#include "FillsPanel.h"
#include "GuiFixture.h"
#include "MainPages.h"
#include "MainWindow.h"
#include "SessionsPage.h"
#include "db/DatabaseConnection.h"
#include "query/LazyTableModel.h"
#include "review/SessionStatistics.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The whole window as an operator meets it: the real pages installed by
// MainPages, driven by object and action names, with the relations between
// pages routed through the window. Fresh copy of a demo database per test.
class TestApplicationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectThroughTheDialog();
    void filterTradesBySymbol();
    void orderShowsItsFills();
    void tradeOpensItsOrder();
    void sessionListOpensAReview();
    void sessionReviewShowsItsTrades();
    void restoreReloadsTheWindow();

private:
    qint64 scalar(const QString &sql);
    QString scalarText(const QString &sql);
    static int rowOf(BrowsePage *page, qint64 id);
    template <typename T> T *page(const char *name)
    {
        return qobject_cast<T *>(m_window->page(QString::fromLatin1(name)));
    }
    static bool settled(BrowsePage *page);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_testDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ConnectionSpec m_spec;
};

static constexpr int kTimeout = 30000;

void TestApplicationWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = GuiFixture::makeTemplate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestApplicationWindow::init()
{
    m_testDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_testDir->filePath(QStringLiteral("ti.ini")));
    m_spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("%1.db").arg(QString::fromLatin1(
                                                     QTest::currentTestFunction())));
    m_window = std::make_unique<MainWindow>(*m_settings);
    MainPages::install(*m_window, *m_settings);
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    QSignalSpy failed(m_window.get(), &MainWindow::databaseOpenFailed);
    m_window->openConnection(m_spec);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, kTimeout);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void TestApplicationWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_testDir.reset();
}

qint64 TestApplicationWindow::scalar(const QString &sql)
{
    QString error;
    auto c = DatabaseConnection::open(m_spec, AccessMode::ReadOnly, &error);
    QSqlQuery q(c->database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestApplicationWindow::scalarText(const QString &sql)
{
    QString error;
    auto c = DatabaseConnection::open(m_spec, AccessMode::ReadOnly, &error);
    QSqlQuery q(c->database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// The row showing this id among the loaded ones, or -1.
int TestApplicationWindow::rowOf(BrowsePage *page, qint64 id)
{
    LazyTableModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->isRowLoaded(row))
            return -1;
        if (model->index(row, 0).data(LazyTableModel::RowIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

bool TestApplicationWindow::settled(BrowsePage *page)
{
    LazyTableModel *model = page->model();
    return model->isReady() && !model->isLoading() &&
           model->countState() == LazyTableModel::CountState::Exact;
}

// File > Connect (Ctrl+O) with the dialog filled in as an operator would.
void TestApplicationWindow::connectThroughTheDialog()
{
    const ConnectionSpec other = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("other.db"));
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *sqlite = dialog->findChild<QRadioButton *>(QStringLiteral("sqliteRadio"));
        QVERIFY(sqlite);
        sqlite->click();
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        path->clear();
        QTest::keyClicks(path, other.sqlitePath);
        answered = true;
        QTest::keyClick(path, Qt::Key_Return);
    });
    auto *connectAction = m_window->findChild<QAction *>(QStringLiteral("actionConnect"));
    QVERIFY(connectAction);
    QCOMPARE(connectAction->shortcut(), QKeySequence(QKeySequence::Open));
    connectAction->trigger();
    QVERIFY(answered);
    QVERIFY(opened.wait(kTimeout));
    QCOMPARE(m_window->session()->spec.absolutePath(), other.absolutePath());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("other.db")),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(m_settings->recentConnections().value(0).absolutePath(), other.absolutePath());
}

void TestApplicationWindow::filterTradesBySymbol()
{
    auto *trades = page<BrowsePage>("trades");
    QVERIFY(trades);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPageTrades"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_window->currentPage(), trades);
    QTRY_VERIFY_WITH_TIMEOUT(settled(trades), kTimeout);
    const qint64 total = scalar(QStringLiteral("SELECT count(*) FROM trades"));
    QCOMPARE(trades->model()->rowCount(), int(total));

    const qint64 aapl = scalar(QStringLiteral("SELECT count(*) FROM trades WHERE symbol = 'AAPL'"));
    QVERIFY(aapl > 0 && aapl < total);
    QTest::keyClicks(trades->findChild<QLineEdit *>(QStringLiteral("symbolEdit")),
                     QStringLiteral("aapl"));
    QTRY_COMPARE_WITH_TIMEOUT(trades->model()->rowCount(), int(aapl), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(trades->model()->statusText().contains(QLatin1String(" of ")),
                             kTimeout);
}

// Master/detail: the order selected in the grid, its fills listed below it.
void TestApplicationWindow::orderShowsItsFills()
{
    auto *orders = page<BrowsePage>("orders");
    QVERIFY(orders && orders->fillsPanel());
    m_window->findChild<QAction *>(QStringLiteral("actionPageOrders"))->trigger();
    QCOMPARE(m_window->currentPage(), orders);
    const qint64 orderId = scalar(
        QStringLiteral("SELECT order_id FROM trades WHERE order_id IS NOT NULL GROUP BY order_id"
                       " HAVING count(*) > 1 ORDER BY order_id LIMIT 1"));
    QVERIFY(orderId > 0);
    const qint64 fills =
        scalar(QStringLiteral("SELECT count(*) FROM trades WHERE order_id = %1").arg(orderId));
    // Find it by its symbol and id, the way an operator narrows the grid.
    QTest::keyClicks(
        orders->findChild<QLineEdit *>(QStringLiteral("symbolEdit")),
        scalarText(QStringLiteral("SELECT symbol FROM orders WHERE id = %1").arg(orderId)));
    QTRY_VERIFY_WITH_TIMEOUT(settled(orders), kTimeout);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = rowOf(orders, orderId)) >= 0, kTimeout);
    orders->view()->selectRow(row);
    FillsPanel *panel = orders->fillsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->orderId(), orderId, kTimeout);
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->isReady() && !panel->model()->isLoading(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), int(fills), kTimeout);
    const int orderColumn = panel->model()->columnOf(u"order_id");
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->isRowLoaded(int(fills) - 1), kTimeout);
    for (int i = 0; i < int(fills); ++i)
        QCOMPARE(
            panel->model()->index(i, orderColumn).data(LazyTableModel::TypedValueRole).toLongLong(),
            orderId);
}

void TestApplicationWindow::tradeOpensItsOrder()
{
    auto *trades = page<BrowsePage>("trades");
    auto *orders = page<BrowsePage>("orders");
    m_window->showPage(QStringLiteral("trades"));
    // A trade with an order (some demo trades are manual and have none).
    QTest::keyClicks(trades->findChild<QLineEdit *>(QStringLiteral("symbolEdit")),
                     QStringLiteral("AAPL"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(trades) && trades->model()->isRowLoaded(0), kTimeout);
    const int orderColumn = trades->model()->columnOf(u"order_id");
    int row = 0;
    while (trades->model()->index(row, orderColumn).data(LazyTableModel::IsNullRole).toBool())
        ++row;
    const qint64 orderId =
        trades->model()->index(row, orderColumn).data(LazyTableModel::TypedValueRole).toLongLong();
    trades->view()->selectRow(row);
    auto *goTo = trades->findChild<QAction *>(QStringLiteral("goToOrderAction"));
    QVERIFY(goTo && goTo->isEnabled());
    goTo->trigger();

    QCOMPARE(m_window->currentPage(), orders);
    QTRY_VERIFY_WITH_TIMEOUT(settled(orders) && orders->model()->rowCount() == 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(orders->currentRowId(), orderId, kTimeout);
}

void TestApplicationWindow::sessionReviewShowsItsTrades()
{
    auto *sessions = page<SessionsPage>("sessions");
    auto *trades = page<BrowsePage>("trades");
    QVERIFY(sessions && trades);
    m_window->showPage(QStringLiteral("sessions"));
    const qint64 sessionId = scalar(QStringLiteral(
        "SELECT id FROM trading_sessions WHERE ended_at IS NOT NULL ORDER BY id LIMIT 1"));
    sessions->reviewSession(sessionId);
    QTRY_VERIFY_WITH_TIMEOUT(sessions->statistics() != nullptr, kTimeout);
    const qint64 fills = scalar(
        QStringLiteral("SELECT count(*) FROM trades t JOIN trading_sessions s ON s.id = %1"
                       " WHERE t.executed_at >= s.started_at AND t.executed_at <= s.ended_at")
            .arg(sessionId));
    QVERIFY(fills > 0);

    auto *button = sessions->findChild<QPushButton *>(QStringLiteral("showTradesButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(m_window->currentPage(), trades);
    QTRY_VERIFY_WITH_TIMEOUT(settled(trades), kTimeout);
    QCOMPARE(trades->model()->rowCount(), int(fills));
}

// Clicking a session in the list reviews it: statistics and an equity curve.
void TestApplicationWindow::sessionListOpensAReview()
{
    auto *sessions = page<SessionsPage>("sessions");
    QVERIFY(sessions);
    m_window->findChild<QAction *>(QStringLiteral("actionPageSessions"))->trigger();
    QCOMPARE(m_window->currentPage(), sessions);
    auto *view = sessions->findChild<QTableView *>(QStringLiteral("sessionsView"));
    QVERIFY(view);
    LazyTableModel *model = sessions->sessionsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->isRowLoaded(0), kTimeout);
    const qint64 sessionId = model->index(0, 0).data(LazyTableModel::RowIdRole).toLongLong();
    QSignalSpy shown(sessions, &SessionsPage::reviewShown);
    view->setFocus();
    view->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !sessions->isReviewRunning(), kTimeout);
    QVERIFY(sessions->statistics());
    const qint64 fills =
        scalar(QStringLiteral("SELECT count(*) FROM trades t JOIN trading_sessions s ON s.id = %1"
                              " WHERE t.executed_at >= s.started_at"
                              " AND (s.ended_at IS NULL OR t.executed_at <= s.ended_at)")
                   .arg(sessionId));
    QVERIFY(fills > 0);
    QCOMPARE(sessions->statistics()->fills.fills, fills);
    // The curve the equity chart draws, and the chart on screen.
    QVERIFY(!sessions->statistics()->equityCurve.isEmpty());
    auto *equity = sessions->findChild<QWidget *>(QStringLiteral("equityChart"));
    QVERIFY(equity);
    QTRY_VERIFY(equity->isVisible());
}

void TestApplicationWindow::restoreReloadsTheWindow()
{
    auto *backups = page<BackupsPage>("backups");
    QVERIFY(backups);
    m_window->showPage(QStringLiteral("backups"));
    {
        QString error;
        auto rw = DatabaseConnection::open(m_spec, AccessMode::ReadWrite, &error);
        QSqlQuery q(rw->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE trading_sessions SET is_active = 0")));
    }
    const qint64 trades = scalar(QStringLiteral("SELECT count(*) FROM trades"));
    backups->backupAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), kTimeout);
    {
        QString error;
        auto rw = DatabaseConnection::open(m_spec, AccessMode::ReadWrite, &error);
        QSqlQuery q(rw->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM trades WHERE id > 10")));
    }
    // The window learns of the change on F5, as it would of the robot's writes.
    QSignalSpy reopened(m_window.get(), &MainWindow::databaseOpened);
    m_window->refresh();
    QVERIFY(reopened.wait(kTimeout));
    QCOMPARE(m_window->session()->rowCount(u"trades"), 10);

    backups->findChild<QTableView *>(QStringLiteral("backupsTable"))->selectRow(0);
    // Confirm the restore, then close the result box, as an operator would.
    int step = 0; // outlives every copy of `answer` the timers make
    std::function<void()> answer = [&answer, &step] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            QTimer::singleShot(10, answer);
            return;
        }
        if (step++ == 0) {
            auto *restore = modal->findChild<QPushButton *>(QStringLiteral("restoreButton"));
            QVERIFY(restore);
            restore->click();
            QTimer::singleShot(10, answer);
        } else {
            qobject_cast<QDialog *>(modal)->accept();
        }
    };
    QTimer::singleShot(10, answer);
    QSignalSpy reloaded(m_window.get(), &MainWindow::databaseOpened);
    backups->restoreSelected();
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(m_window->session()->rowCount(u"trades"), trades);
}

QTEST_MAIN(TestApplicationWindow)
#include "TestApplicationWindow.moc"
