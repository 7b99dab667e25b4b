#include "BrowsePage.h"
#include "BrowseTableView.h"
#include "MainPages.h"
#include "MainWindow.h"
#include "MessagePanel.h"
#include "PostgresServerProcess.h"
#include "QueryTestData.h"
#include "TestDatabases.h"
#include "query/LazyTableModel.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QtTest>

// The whole window while the production server stops and comes back: it stays
// responsive, says the connection was lost (status bar badge and message
// panel), and after F5 shows the same rows again.
class TestConnectionLostWindow : public QObject
{
    Q_OBJECT

private slots:
    void windowSaysSoAndRecovers();
};

namespace {

constexpr int kTimeout = 30000;

QList<qint64> firstIds(LazyTableModel *model, int rows)
{
    QList<qint64> ids;
    for (int row = 0; row < rows; ++row)
        ids << model->data(model->index(row, 0), LazyTableModel::RowIdRole).toLongLong();
    return ids;
}

} // namespace

void TestConnectionLostWindow::windowSaysSoAndRecovers()
{
    TI_OWN_POSTGRES(server);
    const ConnectionSpec spec = server.spec();
    QueryTestData::Options options;
    options.trades = 3000;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());

    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("ti.ini")));
    MainWindow window(settings);
    MainPages::install(window, settings);
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openConnection(spec);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
    window.showPage(QStringLiteral("trades"));
    auto *trades = qobject_cast<BrowsePage *>(window.page(QStringLiteral("trades")));
    QVERIFY(trades);
    LazyTableModel *model = trades->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->countState(), LazyTableModel::CountState::Exact, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->isRowLoaded(19), kTimeout);
    const QList<qint64> before = firstIds(model, 20);

    auto *badge = window.findChild<QLabel *>(QStringLiteral("statusConnection"));
    auto *panel = window.findChild<MessagePanel *>(QStringLiteral("messagePanel"));
    QVERIFY(badge && panel);
    QVERIFY(!badge->isVisible());

    // The event loop keeps turning through the outage: the longest gap
    // between two ticks of a 20 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGapMs = qMax(longestGapMs, sinceTick.restart()); });

    QVERIFY2(server.stop(), qPrintable(server.error()));
    sinceTick.start();
    ticker.start(20);
    trades->view()->scrollToBottom(); // rows nobody has read yet
    QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), kTimeout);
    QVERIFY2(panel->isVisible() && panel->kind() == MessagePanel::Kind::Error, "no message");
    QVERIFY2(panel->text().contains(QLatin1String("Lost the connection")),
             qPrintable(panel->text()));
    QTest::qWait(2000);
    QVERIFY2(longestGapMs < 2000, qPrintable(QString::number(longestGapMs)));
    QCOMPARE(firstIds(model, 20), before); // read rows stay, nothing blanks

    QVERIFY2(server.start(), qPrintable(server.error()));
    trades->view()->scrollToTop();
    auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kTimeout);
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!badge->isVisible(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->lastError().isEmpty(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(19), kTimeout);
    QCOMPARE(firstIds(model, 20), before);
    QCOMPARE(model->rowCount(), 3000);
    ticker.stop();
}

QTEST_MAIN(TestConnectionLostWindow)
#include "TestConnectionLostWindow.moc"
