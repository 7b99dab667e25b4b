#include "QueryTestData.h"
#include "TestDatabases.h"
#include "query/LazyTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

// The SQLite file changes under an open lazy model: replaced by another file,
// deleted, made unreadable, truncated, damaged. Each time the model says what
// happened in its status instead of crashing or showing stale rows as current,
// and once a good file is back, refresh (F5) recovers.
class TestSqliteFileFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replacedFileIsReloaded();
    void deletedFileIsReportedAndComesBack();
    void unreadableFileIsReported();
    void truncatedFileIsReported();
    void corruptPageIsReported();

private:
    // A model on a fresh 2000-trade file, counted and with its first page read.
    void openModel(LazyTableModel &model);
    void expectRecovery(LazyTableModel &model, int rows);
    void writeFile(const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
};

namespace {

constexpr int kTimeout = 30000;
constexpr int kTrades = 2000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSqliteFileFaults::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QueryTestData::Options options;
    options.trades = kTrades;
    QCOMPARE(QueryTestData::createTrades(ConnectionSpec::sqliteFile(m_path), options), QString());
    m_original = readFile(m_path);
    QVERIFY(m_original.size() > 64 * 1024);
}

void TestSqliteFileFaults::openModel(LazyTableModel &model)
{
    model.setSource(ConnectionSpec::sqliteFile(m_path), RobotTable::Trades);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), LazyTableModel::CountState::Exact, kTimeout);
    QCOMPARE(model.rowCount(), kTrades);
    model.data(model.index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
}

void TestSqliteFileFaults::expectRecovery(LazyTableModel &model, int rows)
{
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.lastError().isEmpty() && !model.isConnectionLost(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), rows, kTimeout);
    // data() asks for the page as a view repainting after the recovery would.
    QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(0, 0), LazyTableModel::IsLoadedRole).toBool(),
                             kTimeout);
    QVERIFY(!model.statusText().startsWith(QLatin1String("Error")));
}

void TestSqliteFileFaults::writeFile(const QByteArray &bytes)
{
    // In place, same inode: what a restore tool copying over the file does.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestSqliteFileFaults::replacedFileIsReloaded()
{
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(model);
    // Another database renamed over ours (a restore, a copy from elsewhere):
    // the open connection would go on reading the old, unlinked file.
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QueryTestData::Options options;
    options.trades = 700;
    options.seed = 7;
    QCOMPARE(QueryTestData::createTrades(ConnectionSpec::sqliteFile(other), options), QString());
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) ==
            0);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 700, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), kTimeout);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
}

void TestSqliteFileFaults::deletedFileIsReportedAndComesBack()
{
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(model);
    QVERIFY(QFile::remove(m_path));
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.isConnectionLost(), kTimeout);
    QVERIFY2(model.statusText().contains(QLatin1String("was deleted or moved")) ||
                 model.statusText().contains(QLatin1String("no such SQLite database file")),
             qPrintable(model.statusText()));
    QVERIFY(model.isRowLoaded(0)); // what was read stays on screen
    writeFile(m_original);
    expectRecovery(model, kTrades);
}

void TestSqliteFileFaults::unreadableFileIsReported()
{
    if (::geteuid() == 0)
        QSKIP("root reads a file whatever its mode; run as a normal user to test chmod 000");
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(model);
    QVERIFY(QFile::setPermissions(m_path, {}));
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.lastError().isEmpty(), kTimeout);
    QVERIFY2(model.statusText().contains(QLatin1String("no longer readable")) ||
                 model.statusText().contains(QLatin1String("unable to open")),
             qPrintable(model.statusText()));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    expectRecovery(model, kTrades);
}

void TestSqliteFileFaults::truncatedFileIsReported()
{
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(model);
    QVERIFY(QFile::resize(m_path, 0));
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.lastError().isEmpty(), kTimeout);
    QVERIFY2(model.statusText().contains(QLatin1String("is empty (0 bytes)")),
             qPrintable(model.statusText()));
    QVERIFY(!model.isConnectionLost()); // nothing to retry until someone acts
    model.refresh();                    // F5 on the empty file: still the same clear error
    QTest::qWait(200);
    QTRY_VERIFY_WITH_TIMEOUT(!model.lastError().isEmpty(), kTimeout);
    QCOMPARE(model.rowCount(), kTrades); // no rows vanish because of a bad file
    writeFile(m_original);
    expectRecovery(model, kTrades);
}

void TestSqliteFileFaults::corruptPageIsReported()
{
    LazyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(model);
    // Garbage over the middle pages; the header's change counter moves too, as
    // after any write, so no connection trusts pages it cached before.
    QByteArray damaged = m_original;
    const qsizetype middle = damaged.size() / 4;
    for (qsizetype i = middle; i < damaged.size() - 4096; ++i)
        damaged[i] = char(0xA5 ^ (i & 0xff));
    damaged[27] = char(damaged[27] + 1);
    writeFile(damaged);
    model.refresh();
    model.setSortSpec({QStringLiteral("price"), Qt::AscendingOrder}); // reads rows, not only ids
    QTRY_VERIFY_WITH_TIMEOUT(!model.lastError().isEmpty(), kTimeout);
    QVERIFY2(model.statusText().contains(QLatin1String("malformed")) ||
                 model.statusText().contains(QLatin1String("not a database")),
             qPrintable(model.statusText()));
    QVERIFY(!model.isConnectionLost());
    writeFile(m_original);
    expectRecovery(model, kTrades);
}

QTEST_GUILESS_MAIN(TestSqliteFileFaults)
#include "TestSqliteFileFaults.moc"
