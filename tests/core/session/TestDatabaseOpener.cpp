#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "schema/SchemaDdl.h"
#include "session/DatabaseOpener.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QtTest>

// The "bad input" list of issue 2, as the GUI meets it: each case must come
// back as a clear error, fast, and leave every file exactly as it was.
class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensRobotDatabase();
    void missingFileIsNotCreated();
    void nonSqliteFileIsUntouched();
    void databaseWithoutRobotTables();
    void malformedUrl();
    void postgresDownAnswersQuickly();
    void postgresWrongPassword();
    void postgresRobotDatabase();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray hashOf(const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QByteArray TestDatabaseOpener::hashOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestDatabaseOpener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseOpener::opensRobotDatabase()
{
    const auto spec = ConnectionSpec::sqliteFile(path(QStringLiteral("robot.db")));
    {
        QString error;
        auto connection = DatabaseConnection::open(spec, AccessMode::Create, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY2(SchemaDdl::create(connection->database(), spec.driver, &error), qPrintable(error));
    }
    QCOMPARE(
        TestDatabases::execute(
            spec, {QStringLiteral("INSERT INTO trading_sessions (session_name, trading_mode, "
                                  "is_active, started_at) VALUES ('s1', 'paper', 1, '2025-01-01 "
                                  "00:00:00')")}),
        QString());
    const QByteArray before = hashOf(spec.sqlitePath);
    const auto result = DatabaseOpener::open(spec);
    QVERIFY2(result.session, qPrintable(result.error));
    QVERIFY(result.session->isValid());
    QVERIFY(result.session->readOnly);
    QCOMPARE(result.session->rowCount(u"trading_sessions"), 1);
    QCOMPARE(result.session->rowCount(u"orders"), 0);
    QVERIFY(!result.session->serverVersion.isEmpty());
    QVERIFY(result.session->schema.hasAllRobotTables());
    QCOMPARE(hashOf(spec.sqlitePath), before);
}

void TestDatabaseOpener::missingFileIsNotCreated()
{
    const QString missing = path(QStringLiteral("nowhere/robot.db"));
    const auto result = DatabaseOpener::open(ConnectionSpec::sqliteFile(missing));
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(missing), qPrintable(result.error));
    QVERIFY(!QFile::exists(missing));
    const QString missingHere = path(QStringLiteral("robot.db"));
    QVERIFY(!DatabaseOpener::openUrl(QStringLiteral("sqlite:///") + missingHere).session);
    QVERIFY(!QFile::exists(missingHere));
}

void TestDatabaseOpener::nonSqliteFileIsUntouched()
{
    const QString text = path(QStringLiteral("notes.db"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not a database, just some text\n").repeated(200));
    file.close();
    const QByteArray before = hashOf(text);
    const auto result = DatabaseOpener::open(ConnectionSpec::sqliteFile(text));
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(QStringLiteral("not an SQLite database")),
             qPrintable(result.error));
    QCOMPARE(hashOf(text), before);
}

void TestDatabaseOpener::databaseWithoutRobotTables()
{
    const auto spec = ConnectionSpec::sqliteFile(path(QStringLiteral("other.db")));
    {
        QString error;
        QVERIFY2(DatabaseConnection::open(spec, AccessMode::Create, &error), qPrintable(error));
    }
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("CREATE TABLE customers (id INTEGER)")}),
             QString());
    const QByteArray before = hashOf(spec.sqlitePath);
    const auto result = DatabaseOpener::open(spec);
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(QStringLiteral("none of the trading robot's tables")),
             qPrintable(result.error));
    QCOMPARE(hashOf(spec.sqlitePath), before);
}

void TestDatabaseOpener::malformedUrl()
{
    const auto result = DatabaseOpener::openUrl(QStringLiteral("postgresql://host:notaport/db"));
    QVERIFY(!result.session);
    QVERIFY2(result.error.startsWith(QStringLiteral("Not a database URL")),
             qPrintable(result.error));
    QVERIFY(!DatabaseOpener::openUrl(QString()).session);
}

void TestDatabaseOpener::postgresDownAnswersQuickly()
{
    // A port that was free a moment ago: nothing listens, the connect is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QElapsedTimer timer;
    timer.start();
    const auto result = DatabaseOpener::openUrl(
        QStringLiteral("postgresql://robot:pw@127.0.0.1:%1/robot").arg(port));
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(QStringLiteral("cannot connect")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("pw@")), qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestDatabaseOpener::postgresWrongPassword()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("opener_pw"));
    ConnectionSpec wrong = spec;
    wrong.password = QStringLiteral("definitely-wrong");
    const auto result = DatabaseOpener::open(wrong);
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(QStringLiteral("password")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QStringLiteral("definitely-wrong")));
}

void TestDatabaseOpener::postgresRobotDatabase()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("opener_ok"));
    // Empty database first: no robot tables is an error, not an empty window.
    QVERIFY(!DatabaseOpener::open(spec).session);
    {
        QString error;
        auto connection = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY2(SchemaDdl::create(connection->database(), spec.driver, &error), qPrintable(error));
    }
    const auto result = DatabaseOpener::open(spec);
    QVERIFY2(result.session, qPrintable(result.error));
    QVERIFY(result.session->serverVersionNumber >= 150000);
    QCOMPARE(result.session->rowCount(u"trades"), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseOpener)
#include "TestDatabaseOpener.moc"
