#include "QueryTestData.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "query/LazyTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

// The robot writes continuously from a process of its own while the lazy model
// pages, jumps, counts and refreshes, in both journal modes the robot's SQLite
// may use. No "database is locked" reaches the operator or the robot, our reads
// never make the robot's commit wait long, and refresh picks the new rows up
// with the selection still on its row.
class TestRobotWriter : public QObject
{
    Q_OBJECT

private slots:
    void browseWhileTheRobotWrites_data();
    void browseWhileTheRobotWrites();
};

namespace {

constexpr int kTimeout = 30000;
constexpr int kTrades = 20000;
constexpr int kWriteMs = 4000;
// Far below the robot's own 5-second busy timeout, far above one page read:
// only a read transaction held across a scan would come near it.
constexpr int kMaxWriterWaitMs = 1500;

struct WriterReport
{
    qint64 commits = -1;
    qint64 maxWaitMs = -1;
    qint64 locked = -1;
    qint64 errors = -1;
    QString firstError;
};

WriterReport parse(const QString &line)
{
    WriterReport report;
    const QRegularExpression pattern(QStringLiteral(
        R"(commits=(\d+) max_wait_ms=(\d+) locked=(\d+) errors=(\d+) first_error=(.*))"));
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return report;
    report.commits = match.captured(1).toLongLong();
    report.maxWaitMs = match.captured(2).toLongLong();
    report.locked = match.captured(3).toLongLong();
    report.errors = match.captured(4).toLongLong();
    report.firstError = match.captured(5);
    return report;
}

} // namespace

void TestRobotWriter::browseWhileTheRobotWrites_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal (DELETE)") << QStringLiteral("delete");
    QTest::newRow("WAL") << QStringLiteral("wal");
}

void TestRobotWriter::browseWhileTheRobotWrites()
{
    QFETCH(QString, journalMode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("robot.db"));
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    QueryTestData::Options options;
    options.trades = kTrades;
    QCOMPARE(QueryTestData::createTrades(spec, options), QString());
    QCOMPARE(
        TestDatabases::execute(spec, {QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode)}),
        QString());

    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &LazyTableModel::errorOccurred);
    model.setSource(spec, RobotTable::Trades);
    model.setSortSpec({QStringLiteral("executed_at"), Qt::DescendingOrder});
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), kTrades);
    // The operator has selected a row near the top, where the new rows arrive.
    QItemSelectionModel selection(&model);
    const int selectedRow = 10;
    model.data(model.index(selectedRow, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(selectedRow), kTimeout);
    selection.setCurrentIndex(model.index(selectedRow, 0), QItemSelectionModel::ClearAndSelect);
    const qint64 selectedId =
        model.data(model.index(selectedRow, 0), LazyTableModel::RowIdRole).toLongLong();

    QProcess writer;
    writer.start(QStringLiteral(TI_ROBOT_WRITER), {path, QString::number(kWriteMs)});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    // Page, jump and count as hard as an operator can while it writes.
    QRandomGenerator random(42);
    QElapsedTimer sinceRefresh;
    sinceRefresh.start();
    int refreshes = 0;
    while (writer.state() != QProcess::NotRunning) {
        for (int i = 0; i < 4; ++i)
            model.data(model.index(int(random.bounded(model.rowCount())), 0));
        if (sinceRefresh.elapsed() > 300) {
            model.refresh(); // what auto-refresh does
            ++refreshes;
            sinceRefresh.restart();
        }
        QTest::qWait(25);
    }
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    const WriterReport report = parse(QString::fromUtf8(writer.readAllStandardOutput()));
    qInfo("journal_mode=%s: %lld commits, longest commit wait %lld ms, %d refreshes, %d page "
          "queries",
          qPrintable(journalMode), report.commits, report.maxWaitMs, refreshes,
          model.pagesQueried());
    QVERIFY2(report.commits > 50, qPrintable(QString::number(report.commits)));
    QVERIFY2(report.locked == 0 && report.errors == 0, qPrintable(report.firstError));
    QVERIFY2(report.maxWaitMs < kMaxWriterWaitMs, qPrintable(QString::number(report.maxWaitMs)));

    // Every new row shows up, and the selection stayed on its row.
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(kTrades + report.commits), kTimeout);
    const QModelIndex current = selection.currentIndex();
    QCOMPARE(current.row(), selectedRow + int(report.commits));
    // Pages read while the robot was still writing may sit a few rows off
    // until shown again after this refresh: data() reads them again, by
    // position, and never chains a page to a stale neighbour's keys.
    const bool sameRow = QTest::qWaitFor(
        [&] { return model.data(current, LazyTableModel::RowIdRole).toLongLong() == selectedId; },
        kTimeout);
    QVERIFY2(sameRow,
             qPrintable(QStringLiteral("row %1 still shows id %2, not %3")
                            .arg(current.row())
                            .arg(model.data(current, LazyTableModel::RowIdRole).toLongLong())
                            .arg(selectedId)));
    QVERIFY(model.data(current, LazyTableModel::IsLoadedRole).toBool());
    QVERIFY2(errors.isEmpty(),
             qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
}

QTEST_GUILESS_MAIN(TestRobotWriter)
#include "TestRobotWriter.moc"
