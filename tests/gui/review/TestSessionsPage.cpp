#include "ReviewGuiFixture.h"

#include "BreakdownModel.h"
#include "ComparisonModel.h"
#include "FigureListModel.h"
#include "HeadlineFigures.h"
#include "ReviewCharts.h"
#include "ReviewFormat.h"
#include "ReviewPanel.h"
#include "SessionsPage.h"

#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"
#include "query/LazyTableModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ReviewGuiFixture;

// The Sessions page on real demo databases, offscreen: what it shows must be
// what the core StatisticsJob computes, differences must be highlighted, and
// the worker must cancel.
class TestSessionsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void headlineMatchesCore();
    void cleanDatabaseHasNoDifferences();
    void changedStoredFigureIsHighlighted();
    void cancelStopsTheReview();
    void zeroAndOneTradeSessions();
    void rangeWithSymbol();
    void showTradesEmitsTheWindow();
    void refreshRecomputesWithoutBlanking();
    void postgresSession();
    void screenshots();

private:
    std::unique_ptr<SessionsPage> makePage(const ConnectionSpec &spec);
    bool selectSession(SessionsPage &page, qint64 id);
    static bool waitForReview(SessionsPage &page, int timeoutMs = 60000);
    static qint64 firstSessionId(const ConnectionSpec &spec);
    void compareWithCore(SessionsPage &page, const ConnectionSpec &spec,
                         const StatisticsRequest &request);

    QTemporaryDir m_dir;
};

void TestSessionsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(makeTemplate(m_dir.path()), QString());
}

std::unique_ptr<SessionsPage> TestSessionsPage::makePage(const ConnectionSpec &spec)
{
    auto page = std::make_unique<SessionsPage>();
    page->resize(1400, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return {};
    page->setDatabase(sessionFor(spec));
    return page;
}

bool TestSessionsPage::selectSession(SessionsPage &page, qint64 id)
{
    auto *view = page.findChild<QTableView *>(QStringLiteral("sessionsView"));
    LazyTableModel *model = page.sessionsModel();
    if (!view || !model)
        return false;
    // Rows load on a worker as the view asks for them.
    int row = -1;
    const bool found = QTest::qWaitFor(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, 0);
                if (model->isRowLoaded(r) &&
                    index.data(LazyTableModel::RowIdRole).toLongLong() == id)
                    row = r;
            }
            return row >= 0;
        },
        20000);
    if (!found)
        return false;
    view->setCurrentIndex(model->index(row, 0));
    return true;
}

bool TestSessionsPage::waitForReview(SessionsPage &page, int timeoutMs)
{
    QSignalSpy shown(&page, &SessionsPage::reviewShown);
    return shown.count() > 0 || shown.wait(timeoutMs);
}

qint64 TestSessionsPage::firstSessionId(const ConnectionSpec &spec)
{
    return scalar(spec, QStringLiteral("SELECT MIN(id) FROM trading_sessions")).toLongLong();
}

void TestSessionsPage::compareWithCore(SessionsPage &page, const ConnectionSpec &spec,
                                       const StatisticsRequest &request)
{
    const StatisticsJob::Result core = statistics(spec, request);
    QVERIFY2(core.statistics, qPrintable(core.error));
    const SessionStatistics &c = *core.statistics;
    QVERIFY(page.statistics());
    const SessionStatistics &s = *page.statistics();
    QCOMPARE(s.fills.fills, c.fills.fills);
    QCOMPARE(s.fills.grossRealizedPnl, c.fills.grossRealizedPnl);
    QCOMPARE(s.fills.commission, c.fills.commission);
    QCOMPARE(s.roundTrips.count, c.roundTrips.count);
    QCOMPARE(s.maxDrawdown, c.maxDrawdown);
    QCOMPARE(s.bySymbol.keys(), c.bySymbol.keys());

    const HeadlineFigures *headline = page.reviewPanel()->headline();
    QCOMPARE(headline->valueText(QStringLiteral("fills")), ReviewFormat::count(c.fills.fills));
    QCOMPARE(headline->valueText(QStringLiteral("round_trips")),
             ReviewFormat::count(c.roundTrips.count));
    QCOMPARE(headline->valueText(QStringLiteral("win_rate")),
             ReviewFormat::percent(c.roundTrips.winRate()));
    QCOMPARE(headline->valueText(QStringLiteral("net_pnl")),
             ReviewFormat::pnl(c.fills.netRealizedPnl()));
    QCOMPARE(headline->valueText(QStringLiteral("max_drawdown")),
             ReviewFormat::money(c.maxDrawdown));
    const FigureListModel *figures = page.reviewPanel()->figuresModel();
    QCOMPARE(figures->valueOf(QStringLiteral("commission")),
             ReviewFormat::money(c.fills.commission));
    QCOMPARE(figures->valueOf(QStringLiteral("mae_mfe")), ReviewFormat::notAvailable());
    QCOMPARE(page.reviewPanel()->symbolModel()->rowCount(), c.bySymbol.size());
    QCOMPARE(page.reviewPanel()->strategyModel()->rowCount(), c.byStrategy.size());
}

void TestSessionsPage::headlineMatchesCore()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("headline.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = firstSessionId(spec);
    QVERIFY(id > 0);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    QVERIFY(page->statistics()->fills.fills > 0);
    StatisticsRequest request;
    request.sessionId = id;
    compareWithCore(*page, spec, request);
    QVERIFY(page->reviewPanel()->charts()->equityPointCount() > 0);
    QVERIFY(page->reviewPanel()->charts()->dailyBarCount() > 0);
    // Every model the panel shows obeys the model contract.
    QAbstractItemModelTester t1(page->reviewPanel()->comparisonModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(page->reviewPanel()->figuresModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(page->reviewPanel()->symbolModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(page->reviewPanel()->strategyModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSessionsPage::cleanDatabaseHasNoDifferences()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("clean.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = firstSessionId(spec);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    const ComparisonModel *comparison = page->reviewPanel()->comparisonModel();
    QVERIFY(comparison->rowCount() >= 6);
    for (int row = 0; row < comparison->rowCount(); ++row) {
        const QModelIndex index = comparison->index(row, ComparisonModel::Verdict);
        QVERIFY2(!index.data(ComparisonModel::DiffersRole).toBool(),
                 qPrintable(index.data(ComparisonModel::ColumnNameRole).toString()));
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
        // Every row says how it is recomputed.
        QVERIFY(!comparison->index(row, ComparisonModel::Definition).data().toString().isEmpty());
    }
    auto *summary = page->findChild<QLabel *>(QStringLiteral("comparisonSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("agree")), qPrintable(summary->text()));
}

void TestSessionsPage::changedStoredFigureIsHighlighted()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("changed.db"));
    const qint64 id = firstSessionId(spec);
    QCOMPARE(TestDatabases::execute(
                 spec, {QStringLiteral("UPDATE trading_sessions SET total_pnl = total_pnl + 5 "
                                       "WHERE id = %1")
                            .arg(id)}),
             QString());
    auto page = makePage(spec);
    QVERIFY(page);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    const ComparisonModel *comparison = page->reviewPanel()->comparisonModel();
    QCOMPARE(comparison->differenceCount(), 1);
    QCOMPARE(comparison->errorDifferenceCount(), 1);
    for (int row = 0; row < comparison->rowCount(); ++row) {
        const QModelIndex verdict = comparison->index(row, ComparisonModel::Verdict);
        const bool isPnl =
            verdict.data(ComparisonModel::ColumnNameRole).toString() == QLatin1String("total_pnl");
        QCOMPARE(verdict.data(ComparisonModel::DiffersRole).toBool(), isPnl);
        QCOMPARE(verdict.data(Qt::BackgroundRole).isValid(), isPnl);
        if (isPnl) {
            QCOMPARE(comparison->index(row, ComparisonModel::Difference).data().toString(),
                     QStringLiteral("+5.00"));
        }
    }
    auto *summary = page->findChild<QLabel *>(QStringLiteral("comparisonSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("contradict")), qPrintable(summary->text()));
    if (const QString dir = qEnvironmentVariable("TI_REVIEW_SNAPSHOTS"); !dir.isEmpty())
        page->grab().save(QDir(dir).filePath(QStringLiteral("review-difference.png")));
}

void TestSessionsPage::cancelStopsTheReview()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("cancel.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    QSignalSpy shown(page.get(), &SessionsPage::reviewShown);
    page->reviewSession(firstSessionId(spec));
    QVERIFY(page->isReviewRunning());
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(cancel && progress);
    QVERIFY(cancel->isVisible());
    QVERIFY(progress->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page->isReviewRunning());
    QVERIFY(!cancel->isVisible());
    auto *empty = page->findChild<QLabel *>(QStringLiteral("reviewEmptyLabel"));
    QVERIFY(empty->text().contains(QStringLiteral("cancelled")));
    // The worker's late result is dropped, never shown.
    QTest::qWait(1000);
    QCOMPARE(shown.count(), 0);
    QVERIFY(!page->statistics());

    // Selecting another session while one runs supersedes it: only the last shows.
    const qint64 last =
        scalar(spec, QStringLiteral("SELECT MAX(id) FROM trading_sessions")).toLongLong();
    page->reviewSession(firstSessionId(spec));
    page->reviewSession(last);
    QVERIFY(waitForReview(*page));
    QTest::qWait(500);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(page->statistics()->session->id, last);
}

void TestSessionsPage::zeroAndOneTradeSessions()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("edge.db"));
    const QString firstFill =
        scalar(spec,
               QStringLiteral("SELECT executed_at FROM trades ORDER BY executed_at, id LIMIT 1"))
            .toString();
    QVERIFY(!firstFill.isEmpty());
    QCOMPARE(
        TestDatabases::execute(
            spec, {QStringLiteral("INSERT INTO trading_sessions (id, session_name, started_at, "
                                  "ended_at, is_active) VALUES (9001, 'empty', "
                                  "'2031-01-01 00:00:00.000000', '2031-01-02 00:00:00.000000', 0)"),
                   QStringLiteral("INSERT INTO trading_sessions (id, session_name, started_at, "
                                  "ended_at, is_active) VALUES (9002, 'one', '%1', '%1', 0)")
                       .arg(firstFill)}),
        QString());
    auto page = makePage(spec);
    QVERIFY(page);

    page->reviewSession(9001);
    QVERIFY(waitForReview(*page));
    QCOMPARE(page->statistics()->fills.fills, 0);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("reviewEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No fills")), qPrintable(empty->text()));
    const HeadlineFigures *headline = page->reviewPanel()->headline();
    QCOMPARE(headline->valueText(QStringLiteral("fills")), QStringLiteral("0"));
    QCOMPARE(headline->valueText(QStringLiteral("win_rate")), ReviewFormat::none());
    QCOMPARE(headline->valueText(QStringLiteral("net_pnl")), QStringLiteral("0.00"));
    QCOMPARE(page->reviewPanel()->charts()->equityPointCount(), 0);
    QCOMPARE(page->reviewPanel()->symbolModel()->rowCount(), 0);
    // The inserted row stores no figures: nothing is claimed to agree.
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("comparisonSummaryLabel"))
                ->text()
                .contains(QStringLiteral("none")));
    const QImage emptyShot = page->grab().toImage(); // paints empty charts without crashing
    QVERIFY(!emptyShot.isNull());
    if (const QString dir = qEnvironmentVariable("TI_REVIEW_SNAPSHOTS"); !dir.isEmpty())
        emptyShot.save(QDir(dir).filePath(QStringLiteral("review-empty.png")));

    page->reviewSession(9002);
    QVERIFY(waitForReview(*page));
    QCOMPARE(page->statistics()->fills.fills, 1);
    QVERIFY(!empty->isVisible());
    QCOMPARE(headline->valueText(QStringLiteral("fills")), QStringLiteral("1"));
    QCOMPARE(page->reviewPanel()->charts()->equityPointCount(), 1);
    QCOMPARE(page->reviewPanel()->charts()->dailyBarCount(), 1);
    StatisticsRequest request;
    request.sessionId = 9002;
    compareWithCore(*page, spec, request);
    page->reviewPanel()->grab();
}

void TestSessionsPage::rangeWithSymbol()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("range.db"));
    const QString symbol =
        scalar(
            spec,
            QStringLiteral(
                "SELECT symbol FROM trades GROUP BY symbol ORDER BY COUNT(*) DESC, symbol LIMIT 1"))
            .toString();
    auto page = makePage(spec);
    QVERIFY(page);
    auto *symbolEdit = page->findChild<QLineEdit *>(QStringLiteral("symbolEdit"));
    QVERIFY(symbolEdit);
    QTest::keyClicks(symbolEdit, symbol);
    const Timestamp from = Timestamp::fromText(u"2025-01-01").value();
    const Timestamp to = Timestamp::fromText(u"2026-01-01").value();
    page->reviewRange(from, to);
    QVERIFY(waitForReview(*page));
    StatisticsRequest request;
    request.from = from;
    request.to = to;
    request.symbol = symbol;
    compareWithCore(*page, spec, request);
    QCOMPARE(page->statistics()->bySymbol.keys(), QStringList{symbol});
    // A filtered review is not the session's own figures: nothing is compared.
    QCOMPARE(page->reviewPanel()->comparisonModel()->rowCount(), 0);
}

void TestSessionsPage::showTradesEmitsTheWindow()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("show.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = firstSessionId(spec);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    const StoredSession stored = *page->statistics()->session;
    QVERIFY(stored.endedAt);
    QSignalSpy trades(page.get(), &SessionsPage::showTradesRequested);
    QSignalSpy orders(page.get(), &SessionsPage::showOrdersRequested);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("showTradesButton")),
                      Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("showOrdersButton")),
                      Qt::LeftButton);
    QCOMPARE(trades.count(), 1);
    QCOMPARE(orders.count(), 1);
    QCOMPARE(trades.at(0).at(0).value<Timestamp>(), stored.startedAt);
    QCOMPARE(trades.at(0).at(1).value<std::optional<Timestamp>>(), stored.endedAt);
    QCOMPARE(orders.at(0).at(0).value<Timestamp>(), stored.startedAt);
}

void TestSessionsPage::refreshRecomputesWithoutBlanking()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("refresh.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = firstSessionId(spec);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    const QString fills = page->reviewPanel()->headline()->valueText(QStringLiteral("fills"));
    QSignalSpy shown(page.get(), &SessionsPage::reviewShown);
    page->refresh();
    QVERIFY(page->isReviewRunning());
    // The figures stay readable while they are recomputed.
    QVERIFY(page->statistics());
    QCOMPARE(page->reviewPanel()->headline()->valueText(QStringLiteral("fills")), fills);
    QVERIFY(shown.wait(60000));
    QCOMPARE(page->statistics()->session->id, id);
}

void TestSessionsPage::postgresSession()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("reviewgui"));
    DemoOptions options;
    options.orders = kOrders;
    options.seed = kSeed;
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, options, &error), qPrintable(error));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = firstSessionId(spec);
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    StatisticsRequest request;
    request.sessionId = id;
    compareWithCore(*page, spec, request);
    QCOMPARE(page->reviewPanel()->comparisonModel()->differenceCount(), 0);
    page.reset(); // the page's connections close before the database is dropped
}

void TestSessionsPage::screenshots()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("shots.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    const qint64 id = scalar(spec, QStringLiteral("SELECT id FROM trading_sessions WHERE ended_at "
                                                  "IS NOT NULL ORDER BY total_trades DESC LIMIT 1"))
                          .toLongLong();
    QVERIFY(selectSession(*page, id));
    QVERIFY(waitForReview(*page));
    QString dir = qEnvironmentVariable("TI_REVIEW_SNAPSHOTS");
    if (dir.isEmpty())
        dir = m_dir.path();
    auto *tabs = page->reviewPanel()->tabs();
    const QStringList names{QStringLiteral("comparison"), QStringLiteral("figures"),
                            QStringLiteral("by-symbol"), QStringLiteral("by-strategy")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        const QImage image = page->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(
            image.save(QDir(dir).filePath(QStringLiteral("review-%1.png").arg(names.value(i)))));
    }
}

QTEST_MAIN(TestSessionsPage)
#include "TestSessionsPage.moc"
