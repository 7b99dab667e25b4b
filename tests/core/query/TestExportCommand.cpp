#include "ExportCommand.h"
#include "QueryTestData.h"
#include "TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// `trade-inspector export` exit codes and output, on a real SQLite database.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonToStdout();
    void postgres();

private:
    int run(const QStringList &arguments, QString *out, QString *err);
    QTemporaryDir m_dir;
    QString m_url;
};

int TestExportCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    CommandContext context{outStream, errStream, {}, {}};
    ExportCommand command;
    return command.run(arguments, context);
}

void TestExportCommand::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("robot.db"));
    QueryTestData::Options data;
    data.trades = 120;
    QCOMPARE(QueryTestData::createTrades(ConnectionSpec::sqliteFile(path), data), QString());
    m_url = QStringLiteral("sqlite:///") + path;
}

void TestExportCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString t = QStringLiteral("--table");
    QTest::newRow("ok") << QStringList{t, "trades"} << 0 << "";
    QTest::newRow("ok filters") << QStringList{t,          "trades",       "--filter", "side=BUY",
                                               "--filter", "price>=10",    "--from",   "2025-12-20",
                                               "--to",     "2025-12-21",   "--search", "note",
                                               "--sort",   "-executed_at", "--format", "json"}
                                << 0 << "";
    QTest::newRow("no table") << QStringList{} << 2 << "--table";
    QTest::newRow("bad table") << QStringList{t, "fills"} << 2 << "fills";
    QTest::newRow("unknown column")
        << QStringList{t, "trades", "--filter", "colour=red"} << 2 << "colour";
    QTest::newRow("malformed") << QStringList{t, "trades", "--filter", "symbol"} << 2
                               << "malformed";
    QTest::newRow("bad enum") << QStringList{t, "trades", "--filter", "side=hold"} << 2 << "side";
    QTest::newRow("bad date") << QStringList{t, "trades", "--from", "2025-13-01"} << 2
                              << "2025-13-01";
    QTest::newRow("bad sort") << QStringList{t, "trades", "--sort", "-colour"} << 2 << "colour";
    QTest::newRow("bad format") << QStringList{t, "trades", "--format", "xml"} << 2 << "xml";
    QTest::newRow("injection is just a value")
        << QStringList{t, "trades", "--filter", "symbol='; DROP TABLE trades; --"} << 0 << "";
    QTest::newRow("missing table")
        << QStringList{t, "orders", "--database", "MISSING"} << 1 << "not created";
}

void TestExportCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QString out, err;
    if (arguments.contains(QStringLiteral("MISSING"))) {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        // An empty SQLite file: the robot has not created anything yet.
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        arguments.replace(arguments.indexOf(QStringLiteral("MISSING")), path);
    } else if (!arguments.isEmpty()) {
        arguments << QStringLiteral("--database") << m_url;
    }
    const int code = run(arguments, &out, &err);
    QVERIFY2(code == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    if (exitCode == 0 && !arguments.contains(QStringLiteral("json")))
        QVERIFY(out.startsWith(QLatin1String("id,broker_order_id,symbol")));
}

void TestExportCommand::jsonToStdout()
{
    QString out, err;
    const QString file = m_dir.filePath(QStringLiteral("sells.json"));
    QCOMPARE(
        run({QStringLiteral("--database"), m_url, QStringLiteral("--table"),
             QStringLiteral("trades"), QStringLiteral("--filter"), QStringLiteral("side=sell"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), file},
            &out, &err),
        0);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(saved.readAll()).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(u"side").toString(), QStringLiteral("sell"));
    QVERIFY(err.contains(QStringLiteral("%1 rows written").arg(rows.size())));
}

void TestExportCommand::postgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("export_cmd"));
    QueryTestData::Options data;
    data.trades = 60;
    QCOMPARE(QueryTestData::createTrades(spec, data), QString());
    QString out, err;
    const int code =
        run({QStringLiteral("--database"), spec.toUrl(true), QStringLiteral("--table"),
             QStringLiteral("trades"), QStringLiteral("--filter"), QStringLiteral("side=buy,SELL"),
             QStringLiteral("--format"), QStringLiteral("json")},
            &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 60);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
