#include "QueryTestData.h"
#include "TestDatabases.h"
#include "query/ExportJob.h"
#include "query/FilterExpressionParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void csvSqlite();
    void jsonSqlite();
    void jsonPostgres();
    void cancelLeavesNoFile();
    void badFilterIsUsageError();
    void chosenColumnsInTheirOrder();
    void unwritableDirectoryLeavesNothing();
    void fullDiskLeavesNoPartialFile();
    void fullDeviceSaysSo();

private:
    void checkJson(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

namespace {

ExportJob::Options optionsFor(const ConnectionSpec &spec, const QString &output,
                              ExportJob::Format format)
{
    ExportJob::Options options;
    options.spec = spec;
    options.outputPath = output;
    options.format = format;
    return options;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A write that failed: a reason naming the file, and neither the file nor its
// temporary left in the directory.
void verifyWriteFailedLeavingNothing(const ExportJob::Result &result, const QString &output,
                                     const QString &directory)
{
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.startsWith(QStringLiteral("cannot write ") + output),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

} // namespace

void TestExportJob::csvSqlite()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("csv.db")));
    QueryTestData::Options data;
    data.trades = 300;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    const QString output = m_dir.filePath(QStringLiteral("out.csv"));
    auto options = optionsFor(spec, output, ExportJob::Format::Csv);
    QString error;
    options.filters.filters << *FilterExpressionParser::parse(
        RobotSchema::table(RobotTable::Trades), u"side=buy", &error);
    QList<qint64> progress;
    const auto result = ExportJob::run(
        options, nullptr, [&](qint64 done, qint64 total) { progress << done << total; });
    QVERIFY2(result.ok, qPrintable(result.error));
    const QList<QByteArray> lines = readFile(output).split('\n');
    QCOMPARE(lines.first().trimmed(),
             RobotSchema::table(RobotTable::Trades).columnNames().join(u',').toUtf8());
    QCOMPARE(qint64(lines.size() - 2), result.rows); // header + trailing empty line
    QVERIFY(result.rows > 50 && result.rows < 250);
    QCOMPARE(progress.last(), result.rows); // a total was counted first
    for (qsizetype i = 1; i < lines.size() - 1; ++i)
        QVERIFY(lines[i].contains(",buy,"));
    // Notes with quotes and commas are quoted per RFC 4180.
    const QByteArray all = readFile(output);
    if (all.contains("O'Brien"))
        QVERIFY(all.contains("O'Brien's manual override"));
}

void TestExportJob::checkJson(const ConnectionSpec &spec)
{
    QueryTestData::Options data;
    data.trades = 200;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    const QString output = m_dir.filePath(QStringLiteral("out-%1.json").arg(spec.isPostgres()));
    auto options = optionsFor(spec, output, ExportJob::Format::Json);
    options.sort = {QStringLiteral("price"), Qt::DescendingOrder};
    const auto result = ExportJob::run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, qint64(200));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(output), &parseError);
    QVERIFY2(!document.isNull(), qPrintable(parseError.errorString()));
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 200);
    double previous = 1e300;
    bool sawNull = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.value(u"id").isDouble());
        QVERIFY(row.value(u"price").isDouble()); // numbers as numbers
        QVERIFY(row.value(u"price").toDouble() <= previous);
        previous = row.value(u"price").toDouble();
        const QString side = row.value(u"side").toString();
        QVERIFY2(side == u"buy" || side == u"sell", qPrintable(side)); // canonical spelling
        QVERIFY(row.value(u"executed_at").toString().endsWith(u'Z'));
        QCOMPARE(row.value(u"executed_at").toString().size(), 27); // microseconds kept
        if (row.value(u"commission").isNull())
            sawNull = true;
        QVERIFY(!row.value(u"commission").isUndefined());
    }
    QVERIFY(sawNull); // NULL as null
}

void TestExportJob::jsonSqlite()
{
    checkJson(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("json.db"))));
}

void TestExportJob::jsonPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("export_json"));
    checkJson(spec);
}

void TestExportJob::cancelLeavesNoFile()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("big.db")));
    QueryTestData::Options data;
    data.trades = 9000;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QTemporaryDir outDir;
    const QString output = outDir.filePath(QStringLiteral("cancelled.csv"));
    std::atomic_bool cancel{false};
    const auto result = ExportJob::run(optionsFor(spec, output, ExportJob::Format::Csv), &cancel,
                                       [&](qint64 done, qint64) {
                                           if (done >= 4096)
                                               cancel = true;
                                       });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no temp file

    // A failed export (unwritable target) leaves nothing either, and says why.
    const auto failed = ExportJob::run(
        optionsFor(spec, QStringLiteral("/proc/nope/out.csv"), ExportJob::Format::Csv));
    QVERIFY(!failed.ok);
    QVERIFY(failed.error.contains(QLatin1String("/proc/nope/out.csv")));
}

void TestExportJob::badFilterIsUsageError()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("old.db")));
    QueryTestData::Options data;
    data.trades = 5;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    auto options =
        optionsFor(spec, m_dir.filePath(QStringLiteral("x.csv")), ExportJob::Format::Csv);
    options.sort = {QStringLiteral("no_such_column"), Qt::AscendingOrder};
    const auto result = ExportJob::run(options);
    QVERIFY(!result.ok);
    QVERIFY(result.usageError);
    QVERIFY(result.error.contains(QLatin1String("no_such_column")));
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestExportJob::chosenColumnsInTheirOrder()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("columns.db")));
    QueryTestData::Options data;
    data.trades = 40;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    auto options =
        optionsFor(spec, m_dir.filePath(QStringLiteral("columns.csv")), ExportJob::Format::Csv);
    options.columns =
        QStringList{QStringLiteral("side"), QStringLiteral("id"), QStringLiteral("executed_at")};
    options.sort = {QStringLiteral("id"), Qt::AscendingOrder};
    const auto result = ExportJob::run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QList<QByteArray> lines = readFile(options.outputPath).split('\n');
    QCOMPARE(lines[0], QByteArray("side,id,executed_at\r"));
    const QList<QByteArray> first = lines[1].trimmed().split(',');
    QCOMPARE(first.size(), 3);
    QVERIFY(first[0] == "buy" || first[0] == "sell");
    QCOMPARE(first[1], QByteArray("1"));
    QVERIFY(first[2].endsWith('Z'));

    options.columns = QStringList{QStringLiteral("id"), QStringLiteral("no_such_column")};
    options.outputPath = m_dir.filePath(QStringLiteral("unknown.csv"));
    const auto unknown = ExportJob::run(options);
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.usageError);
    QVERIFY(unknown.error.contains(QLatin1String("no_such_column")));
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestExportJob::unwritableDirectoryLeavesNothing()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("unwritable.db")));
    QueryTestData::Options data;
    data.trades = 20;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QTemporaryDir outDir;
    QVERIFY(QFile::setPermissions(outDir.path(), QFile::ReadOwner | QFile::ExeOwner));
    // root ignores directory permissions; /proc refuses new files even to root.
    const QString directory = ::geteuid() == 0 ? QStringLiteral("/proc") : outDir.path();
    const QString output = directory + QStringLiteral("/out.csv");
    const auto result = ExportJob::run(optionsFor(spec, output, ExportJob::Format::Csv));
    QFile::setPermissions(outDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    verifyWriteFailedLeavingNothing(result, output, outDir.path());
}

void TestExportJob::fullDiskLeavesNoPartialFile()
{
    // A disk that fills up mid-export, for any user: the file size limit makes
    // write() fail (EFBIG) once 64 kB are written, as ENOSPC would.
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("full.db")));
    QueryTestData::Options data;
    data.trades = 9000; // about 1.5 MB of CSV
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QTemporaryDir outDir;
    const QString output = outDir.filePath(QStringLiteral("full.csv"));
    rlimit previous{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = previous;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto result = ExportJob::run(optionsFor(spec, output, ExportJob::Format::Csv));
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);
    verifyWriteFailedLeavingNothing(result, output, outDir.path());
}

void TestExportJob::fullDeviceSaysSo()
{
    // Standard output redirected to a full device: /dev/full fails every write with ENOSPC.
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("device.db")));
    QueryTestData::Options data;
    data.trades = 30;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const auto result =
        ExportJob::run(optionsFor(spec, QString(), ExportJob::Format::Json), nullptr, {}, &full);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(QLatin1String("cannot write: ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("space")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "TestExportJob.moc"
