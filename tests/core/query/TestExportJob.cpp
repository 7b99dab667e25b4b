#include "QueryTestData.h"
#include "TestDatabases.h"
#include "query/ExportJob.h"
#include "query/FilterExpressionParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void csvSqlite();
    void jsonSqlite();
    void jsonPostgres();
    void cancelLeavesNoFile();
    void badFilterIsUsageError();

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

QTEST_GUILESS_MAIN(TestExportJob)
#include "TestExportJob.moc"
