#include "BackupsPage.h"
#include "BrowsePage.h"
#include "BrowseTableView.h"
#include "GuiFixture.h"
#include "MainPages.h"
#include "MainWindow.h"
#include "SessionsPage.h"
#include "db/DatabaseConnection.h"
#include "query/LazyTableModel.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
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
    void filterTradesBySymbol();
    void tradeOpensItsOrder();
    void sessionReviewShowsItsTrades();
    void restoreReloadsTheWindow();

private:
    qint64 scalar(const QString &sql);
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

bool TestApplicationWindow::settled(BrowsePage *page)
{
    LazyTableModel *model = page->model();
    return model->isReady() && !model->isLoading() &&
           model->countState() == LazyTableModel::CountState::Exact;
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
