#include "QueryTestData.h"
#include "TestDatabases.h"
#include "query/ExportCellWriter.h"
#include "query/ExportEncoder.h"
#include "query/ExportJob.h"
#include "query/SqliteExportSource.h"
#include "query/TableReader.h"
#include "schema/ValueDecoder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

// The export's fast paths (sqlite3 / libpq, no QVariant per cell) must write
// exactly what the QVariant path wrote before them. The golden files were
// written by that earlier export from the same tricky rows: NULLs, quotes,
// commas, CR/LF, control characters, unicode, invalid UTF-8, a BLOB, REALs
// and INTEGERs and unparseable text in NUMERIC columns, microsecond and
// malformed timestamps, enums in any case.
class TestExportFormatting : public QObject
{
    Q_OBJECT

private slots:
    void sqliteMatchesGolden();
    void sqliteWalMatchesGolden();
    void postgresMatchesGolden();
    void sqliteBatchesMatchReference();
    void postgresMatchesReference();
    void decimalsFromRealsMatchDecimal();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(TI_EXPORT_GOLDEN_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing golden");
}

QByteArray exported(const ConnectionSpec &spec, ExportJob::Format format, const SortSpec &sort)
{
    ExportJob::Options options;
    options.spec = spec;
    options.format = format;
    options.sort = sort;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = ExportJob::run(options, nullptr, {}, &buffer);
    return result.ok ? buffer.data() : "export failed: " + result.error.toUtf8();
}

// The QVariant path: QSqlQuery, ValueDecoder, ExportEncoder::appendValue.
QByteArray reference(const ConnectionSpec &spec, ExportJob::Format format, const SortSpec &sort)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("reference"));
    if (!connection)
        return error.toUtf8();
    auto reader = TableReader::create(*connection, RobotTable::Trades, &error);
    if (!reader || !reader->setQuery({}, sort, &error))
        return error.toUtf8();
    ExportEncoder encoder(format, reader->columns());
    encoder.begin();
    reader->forEach([&](const TableRow &row) {
        encoder.beginRow();
        for (qsizetype i = 0; i < row.values.size(); ++i)
            encoder.appendValue(reader->columns()[i], row.values[i]);
        encoder.endRow();
        return true;
    });
    encoder.end();
    return encoder.buffer();
}

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString createTrickySqlite(const ConnectionSpec &spec)
{
    QueryTestData::Options none;
    none.trades = 0;
    if (const QString error = QueryTestData::createTrades(spec, none); !error.isEmpty())
        return error;
    const QString columns = QStringLiteral(
        "INSERT INTO trades (broker_order_id, symbol, side, quantity, price, commission, "
        "total_value, executed_at, created_at, order_id, strategy_name, notes) VALUES ");
    return TestDatabases::execute(
        spec,
        {columns + QStringLiteral("('B-1', 'AAPL', 'BUY', 1.5, 0.30000000000000004, -0.00005, "
                                  "1234567.125, '2025-12-20 14:03:07.123456', "
                                  "'2025-12-20T14:03:07.000001', NULL, 'momentum', %1)")
                       .arg(sqlText(QStringLiteral("say \"hi\", then\nleave"))),
         columns + QStringLiteral("('B-2', 'MSFT', 'buy', 3, '2.50', NULL, -0.005, "
                                  "'2025-12-20 14:03:07', '2025-02-29 10:00:00.000000', 7, '', "
                                  "' leading space')"),
         columns + QStringLiteral("(NULL, 'TSLA', 'Sell', 'abc', 100.12345, 0.00015, 2.675, "
                                  "'garbage', NULL, 'x', NULL, %1)")
                       .arg(sqlText(QStringLiteral("tab\there\x01"
                                                   "ctl\\back\r\nCRLF"))),
         columns + QStringLiteral("('B-4', %1, 'weird', -0.0, 1e15, 12, 0, "
                                  "'2024-02-29 23:59:59.999999', '2024-02-29 23:59:59.999999', "
                                  "NULL, %2, %3)")
                       .arg(sqlText(QStringLiteral("ÉTÉ")), sqlText(QStringLiteral("stratégie 🚀")),
                            sqlText(QStringLiteral("emoji 🚀 é, ü"))),
         columns + QStringLiteral("('B-5', 'SPY', 'SELL', 0, 0, NULL, NULL, "
                                  "'2025-06-01 00:00:00.000000', NULL, NULL, NULL, NULL)"),
         columns + QStringLiteral("('B-6', 'NVDA', 'sell', 123456.78905, 99999999.99995, 0.5, "
                                  "-1234.5, '1999-12-31 23:59:59.000000', "
                                  "'2025-12-20 14:03:07.5', 3, 'x', X'00FF20626C6F62')"),
         QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, notes, executed_at) "
                        "VALUES ('BAD', 'buy', 1, 2, CAST(X'C328E282AC' AS TEXT), "
                        "'2025-01-01 00:00:00.000000')"),
         QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, notes, executed_at, "
                        "order_id) VALUES ('INT', 'BUY', 9223372036854775807, -5, '', "
                        "' 2025-01-01 00:00:00.000000', 2.0)")});
}

QString createTrickyPostgres(const ConnectionSpec &spec)
{
    QueryTestData::Options none;
    none.trades = 0;
    if (const QString error = QueryTestData::createTrades(spec, none); !error.isEmpty())
        return error;
    const QString columns = QStringLiteral(
        "INSERT INTO trades (broker_order_id, symbol, side, quantity, price, commission, "
        "total_value, executed_at, created_at, order_id, strategy_name, notes) VALUES ");
    return TestDatabases::execute(
        spec,
        {columns + QStringLiteral("('B-1', 'AAPL', 'BUY', 1.5, 0.30005, -0.00005, 1234567.125, "
                                  "'2025-12-20 14:03:07.123456', '2025-12-20 14:03:07.000001', "
                                  "NULL, 'momentum', %1)")
                       .arg(sqlText(QStringLiteral("say \"hi\", then\nleave"))),
         columns + QStringLiteral("('B-2', 'MSFT', 'SELL', 3, 2.5, NULL, -0.005, "
                                  "'2025-12-20 14:03:07', NULL, NULL, '', ' leading space')"),
         columns + QStringLiteral("(NULL, %1, 'SELL', 0, 0, 0.00015, -0.001, "
                                  "'2024-02-29 23:59:59.999999', '1999-12-31 23:59:59', NULL, "
                                  "%2, %3)")
                       .arg(sqlText(QStringLiteral("ÉTÉ")), sqlText(QStringLiteral("stratégie 🚀")),
                            sqlText(QStringLiteral("tab\there\x01"
                                                   "ctl\\back\r\nCRLF, emoji 🚀 é"))),
         columns + QStringLiteral("('B-4', 'NVDA', 'BUY', 9999999.99995, -9999999.99995, NULL, "
                                  "NULL, '2025-06-01 00:00:00', NULL, NULL, NULL, NULL)")});
}

} // namespace

void TestExportFormatting::sqliteMatchesGolden()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("tricky.db")));
    QCOMPARE(createTrickySqlite(spec), QString());
    const SortSpec byId{QStringLiteral("id"), Qt::AscendingOrder};
    QCOMPARE(exported(spec, ExportJob::Format::Csv, byId), golden(u"tricky-by-id.csv"_qs));
    QCOMPARE(exported(spec, ExportJob::Format::Json, byId), golden(u"tricky-by-id.json"_qs));
    QCOMPARE(exported(spec, ExportJob::Format::Csv, {u"executed_at"_qs, Qt::DescendingOrder}),
             golden(u"tricky-by-time-desc.csv"_qs));
    // The QVariant path the goldens came from still agrees.
    QCOMPARE(reference(spec, ExportJob::Format::Csv, byId), golden(u"tricky-by-id.csv"_qs));
    QCOMPARE(reference(spec, ExportJob::Format::Json, byId), golden(u"tricky-by-id.json"_qs));
}

void TestExportFormatting::sqliteWalMatchesGolden()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("tricky-wal.db")));
    QCOMPARE(createTrickySqlite(spec), QString());
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("PRAGMA journal_mode=WAL")}), QString());
    QCOMPARE(exported(spec, ExportJob::Format::Csv, {u"id"_qs, Qt::AscendingOrder}),
             golden(u"tricky-by-id.csv"_qs));
    QCOMPARE(exported(spec, ExportJob::Format::Csv, {u"executed_at"_qs, Qt::DescendingOrder}),
             golden(u"tricky-by-time-desc.csv"_qs));
}

void TestExportFormatting::postgresMatchesGolden()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("export_golden"));
    QCOMPARE(createTrickyPostgres(spec), QString());
    const SortSpec byId{QStringLiteral("id"), Qt::AscendingOrder};
    QCOMPARE(exported(spec, ExportJob::Format::Csv, byId), golden(u"tricky-postgres.csv"_qs));
    QCOMPARE(exported(spec, ExportJob::Format::Json, byId), golden(u"tricky-postgres.json"_qs));
    QCOMPARE(reference(spec, ExportJob::Format::Json, byId), golden(u"tricky-postgres.json"_qs));
}

void TestExportFormatting::sqliteBatchesMatchReference()
{
    // More rows than three keyset batches, many sharing a timestamp, in the
    // rollback journal mode that batches and in WAL that does not.
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("batches.db")));
    QueryTestData::Options data;
    data.trades = 3 * SqliteExportSource::kIndexedBatchRows + 123;
    data.rowsPerTimestamp = 7;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    const QList<SortSpec> sorts{{u"executed_at"_qs, Qt::DescendingOrder},
                                {u"id"_qs, Qt::AscendingOrder},
                                {u"price"_qs, Qt::AscendingOrder},
                                {u"broker_order_id"_qs, Qt::AscendingOrder}};
    for (const SortSpec &sort : sorts) {
        const QByteArray expected = reference(spec, ExportJob::Format::Csv, sort);
        QCOMPARE(expected.count('\n'), data.trades + 1);
        QVERIFY2(exported(spec, ExportJob::Format::Csv, sort) == expected, qPrintable(sort.column));
    }
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("PRAGMA journal_mode=WAL")}), QString());
    const SortSpec byTime{u"executed_at"_qs, Qt::DescendingOrder};
    QVERIFY(exported(spec, ExportJob::Format::Json, byTime) ==
            reference(spec, ExportJob::Format::Json, byTime));
}

void TestExportFormatting::postgresMatchesReference()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("export_reference"));
    QueryTestData::Options data;
    data.trades = 25000; // more than two FETCH batches
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    for (const SortSpec &sort : {SortSpec{u"executed_at"_qs, Qt::DescendingOrder},
                                 SortSpec{u"commission"_qs, Qt::AscendingOrder}}) {
        const QByteArray expected = reference(spec, ExportJob::Format::Csv, sort);
        QCOMPARE(expected.count('\n'), data.trades + 1);
        QVERIFY2(exported(spec, ExportJob::Format::Csv, sort) == expected, qPrintable(sort.column));
    }
}

void TestExportFormatting::decimalsFromRealsMatchDecimal()
{
    // Every REAL a NUMERIC column may hold, through the fast path and through
    // Decimal: same text, including ties, negatives and large values.
    const ColumnDef &price = *RobotSchema::table(RobotTable::Trades).column(u"price");
    const ColumnDef &total = *RobotSchema::table(RobotTable::Trades).column(u"total_value");
    QRandomGenerator random(7);
    for (const ColumnDef &column : {price, total}) {
        ExportCellWriter writer(column);
        ExportEncoder fast(ExportFormat::Csv, {column});
        ExportEncoder slow(ExportFormat::Csv, {column});
        for (int i = 0; i < 20000; ++i) {
            const int digits = int(random.bounded(9));
            double value = double(qint64(random.bounded(2000000000)) - 1000000000);
            for (int d = 0; d < digits; ++d)
                value /= 10;
            if (i % 5 == 0)
                value += 0.5 / (column.scale == 2 ? 100 : 10000); // a tie at the column's scale
            fast.beginRow();
            writer.writeReal(fast, value);
            fast.endRow();
            slow.beginRow();
            slow.appendValue(column, ValueDecoder::decode(column, value));
            slow.endRow();
        }
        QCOMPARE(fast.buffer(), slow.buffer());
    }
}

QTEST_GUILESS_MAIN(TestExportFormatting)
#include "TestExportFormatting.moc"
