#include "CommandRunner.h"
#include "InfoCommand.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestInfoCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoDatabaseOnSqlite();
    void demoDatabaseOnPostgres();
    void textOutput();
    void databaseUrlFromEnvironment();
    void missingAndExtraOnSqlite();
    void missingAndExtraOnPostgres();
    void nonRobotDatabase();
    void missingFileIsNotCreated();
    void badUrl_data();
    void badUrl();

private:
    void checkDemo(const ConnectionSpec &spec, const QString &driver);
    void checkMissingAndExtra(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

namespace {

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QJsonObject parse(const CommandResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(result.out));
    return doc.object();
}

} // namespace

void TestInfoCommand::checkDemo(const ConnectionSpec &spec, const QString &driver)
{
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {800, 9, false}, &error), qPrintable(error));
    InfoCommand info;
    const CommandResult result = runCommand(
        info, {QStringLiteral("--database"), spec.toUrl(true), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QJsonObject json = parse(result);
    QCOMPARE(keys(json), (QSet<QString>{QStringLiteral("driver"), QStringLiteral("server_version"),
                                        QStringLiteral("database"), QStringLiteral("read_only"),
                                        QStringLiteral("tables"), QStringLiteral("extra_tables")}));
    QCOMPARE(json[u"driver"].toString(), driver);
    QVERIFY(!json[u"server_version"].toString().isEmpty());
    QCOMPARE(json[u"database"].toString(), spec.displayName());
    QVERIFY(!json[u"database"].toString().contains(spec.password.isEmpty() ? QStringLiteral("\x01")
                                                                           : spec.password));
    QCOMPARE(json[u"read_only"].toBool(false), true);
    QVERIFY(json[u"extra_tables"].isArray());
    QVERIFY(json[u"extra_tables"].toArray().isEmpty());
    const QJsonObject tables = json[u"tables"].toObject();
    QCOMPARE(keys(tables),
             (QSet<QString>{QStringLiteral("orders"), QStringLiteral("trades"),
                            QStringLiteral("positions"), QStringLiteral("trading_sessions")}));
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject table = it.value().toObject();
        QCOMPARE(keys(table), (QSet<QString>{QStringLiteral("present"), QStringLiteral("rows"),
                                             QStringLiteral("missing_columns"),
                                             QStringLiteral("extra_columns")}));
        QCOMPARE(table[u"present"].toBool(), true);
        const qint64 rows =
            RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM %1").arg(it.key()))
                .toLongLong();
        QVERIFY(rows > 0);
        QCOMPARE(qint64(table[u"rows"].toDouble()), rows);
        QVERIFY(table[u"missing_columns"].isArray() &&
                table[u"missing_columns"].toArray().isEmpty());
        QVERIFY(table[u"extra_columns"].isArray() && table[u"extra_columns"].toArray().isEmpty());
    }
    QCOMPARE(tables[u"orders"].toObject()[u"rows"].toInt(), 800);
}

void TestInfoCommand::demoDatabaseOnSqlite()
{
    checkDemo(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("demo.db"))),
              QStringLiteral("QSQLITE"));
}

void TestInfoCommand::demoDatabaseOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("info"));
    checkDemo(spec, QStringLiteral("QPSQL"));
}

void TestInfoCommand::textOutput()
{
    const QString path = m_dir.filePath(QStringLiteral("text.db"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(ConnectionSpec::sqliteFile(path), {300, 1, false}, &error),
             qPrintable(error));
    InfoCommand info;
    const CommandResult result = runCommand(info, {QStringLiteral("-d"), path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("QSQLITE")));
    QVERIFY(result.out.contains(QLatin1String("Read-only:      yes")));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("orders\\s+300 rows"))),
             qPrintable(result.out));
}

void TestInfoCommand::databaseUrlFromEnvironment()
{
    const QString path = m_dir.filePath(QStringLiteral("env.db"));
    QCOMPARE(RobotFixture::createSchema(ConnectionSpec::sqliteFile(path)), QString());
    InfoCommand info;
    const CommandResult result =
        runCommand(info, {QStringLiteral("--json")}, QStringLiteral("sqlite:///") + path);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(parse(result)[u"tables"].toObject()[u"orders"].toObject()[u"rows"].toInt(-1), 0);
}

void TestInfoCommand::checkMissingAndExtra(const ConnectionSpec &spec)
{
    // An older robot without trades.notes, a newer one with orders.venue and
    // Alembic's bookkeeping table, and no positions table at all.
    QCOMPARE(RobotFixture::createSchema(spec), QString());
    QCOMPARE(TestDatabases::execute(
                 spec, {QStringLiteral("ALTER TABLE trades DROP COLUMN notes"),
                        QStringLiteral("ALTER TABLE orders ADD COLUMN venue VARCHAR(20)"),
                        QStringLiteral("DROP TABLE positions"),
                        QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) "
                                       "NOT NULL, PRIMARY KEY (version_num))"),
                        QStringLiteral("INSERT INTO orders (id, symbol, side, order_type, "
                                       "quantity, status, venue) VALUES (1, 'AAPL', 'BUY', "
                                       "'MARKET', 10, 'FILLED', 'IEX')")}),
             QString());
    InfoCommand info;
    const CommandResult result = runCommand(
        info, {QStringLiteral("--json"), QStringLiteral("--database"), spec.toUrl(true)});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parse(result);
    const QJsonObject tables = json[u"tables"].toObject();
    QCOMPARE(strings(tables[u"trades"].toObject()[u"missing_columns"]),
             QStringList{QStringLiteral("notes")});
    QCOMPARE(strings(tables[u"trades"].toObject()[u"extra_columns"]), QStringList());
    QCOMPARE(strings(tables[u"orders"].toObject()[u"extra_columns"]),
             QStringList{QStringLiteral("venue")});
    QCOMPARE(tables[u"orders"].toObject()[u"rows"].toInt(), 1);
    const QJsonObject positions = tables[u"positions"].toObject();
    QCOMPARE(positions[u"present"].toBool(true), false);
    QVERIFY(positions[u"rows"].isNull());
    QCOMPARE(strings(json[u"extra_tables"]), QStringList{QStringLiteral("alembic_version")});
}

void TestInfoCommand::missingAndExtraOnSqlite()
{
    checkMissingAndExtra(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("odd.db"))));
}

void TestInfoCommand::missingAndExtraOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("info_odd"));
    checkMissingAndExtra(spec);
}

void TestInfoCommand::nonRobotDatabase()
{
    const auto spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("other.db")));
    {
        // An empty file is an empty SQLite database; it gets someone else's table.
        QFile file(spec.sqlitePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(TestDatabases::execute(spec,
                                    {QStringLiteral("CREATE TABLE notes (id INTEGER, body TEXT)")}),
             QString());
    InfoCommand info;
    const CommandResult result =
        runCommand(info, {QStringLiteral("--database"), spec.sqlitePath, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("none of the robot's tables")),
             qPrintable(result.err));
    QCOMPARE(strings(parse(result)[u"extra_tables"]), QStringList{QStringLiteral("notes")});
}

void TestInfoCommand::missingFileIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.db"));
    InfoCommand info;
    const CommandResult result = runCommand(info, {QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QLatin1String("trade-inspector info: ")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(path));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(!QFileInfo::exists(path));
}

void TestInfoCommand::badUrl_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--database"),
                                             QStringLiteral("postgresql://u@h:abc/db")}
                              << QString();
    QTest::newRow("unknown scheme")
        << QStringList{QStringLiteral("-d"), QStringLiteral("mysql://u@h/db")} << QString();
    QTest::newRow("no URL at all") << QStringList{} << QString();
    QTest::newRow("bad DATABASE_URL") << QStringList{} << QStringLiteral("sqlite://relative.db");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QString();
}

void TestInfoCommand::badUrl()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    InfoCommand info;
    const CommandResult result = runCommand(info, arguments, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QLatin1String("trade-inspector info: ")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "TestInfoCommand.moc"
