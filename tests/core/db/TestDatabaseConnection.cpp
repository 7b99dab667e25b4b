#include "TestDatabases.h"
#include "db/DatabaseConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <libpq-fe.h>

#include <thread>

class TestDatabaseConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingSqliteFileIsNotCreated();
    void nonSqliteFileIsRefused();
    void emptyFileOpensAsEmptyDatabase();
    void sqliteReadOnlyRefusesWrites();
    void sqliteCreateModeCreatesFile();
    void interruptAbortsARunningStatement();
    void postgresReadOnlyRefusesWrites();
    void postgresSessionIsUtc();
    void postgresConnectionHasKeepalives();
    void postgresWrongPasswordIsClear();
    void postgresInterruptCancelsARunningStatement();
    void postgresDownAnswersWithinSeconds();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseConnection::missingSqliteFileIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.db"));
    QString error;
    for (AccessMode mode : {AccessMode::ReadOnly, AccessMode::ReadWrite}) {
        auto c = DatabaseConnection::open(ConnectionSpec::sqliteFile(path), mode, &error);
        QVERIFY(!c);
        QVERIFY2(error.contains(QLatin1String("no such SQLite database file")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
}

void TestDatabaseConnection::nonSqliteFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString error;
    auto c =
        DatabaseConnection::open(ConnectionSpec::sqliteFile(path), AccessMode::ReadOnly, &error);
    QVERIFY(!c);
    QVERIFY2(error.contains(QLatin1String("is not an SQLite database")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), 4096);
}

void TestDatabaseConnection::emptyFileOpensAsEmptyDatabase()
{
    // SQLite treats a 0-byte file as an empty database; it must open, with no tables.
    const QString path = m_dir.filePath(QStringLiteral("empty.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    auto c =
        DatabaseConnection::open(ConnectionSpec::sqliteFile(path), AccessMode::ReadOnly, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDatabaseConnection::sqliteReadOnlyRefusesWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.db"));
    QString error;
    {
        auto rw =
            DatabaseConnection::open(ConnectionSpec::sqliteFile(path), AccessMode::Create, &error);
        QVERIFY2(rw, qPrintable(error));
        QSqlQuery q(rw->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    auto ro =
        DatabaseConnection::open(ConnectionSpec::sqliteFile(path), AccessMode::ReadOnly, &error);
    QVERIFY2(ro, qPrintable(error));
    QVERIFY(ro->isReadOnly());
    QSqlQuery q(ro->database());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("readonly")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabaseConnection::sqliteCreateModeCreatesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    QString error;
    auto c = DatabaseConnection::open(ConnectionSpec::sqliteFile(path), AccessMode::Create, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QVERIFY(!c->serverVersion().isEmpty());
}

void TestDatabaseConnection::interruptAbortsARunningStatement()
{
    QString error;
    auto c =
        DatabaseConnection::open(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("i.db"))),
                                 AccessMode::Create, &error);
    QVERIFY2(c, qPrintable(error));
    std::thread canceller([&c] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        c->interrupt();
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(c->database());
    const bool ok = q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)"
        " SELECT count(*) FROM n"));
    canceller.join();
    QVERIFY(!ok);
    QVERIFY2(timer.elapsed() < 10000, "the interrupt did not stop the statement");
    // The connection stays usable.
    QVERIFY(q.exec(QStringLiteral("SELECT 1")) && q.next());
}

void TestDatabaseConnection::postgresReadOnlyRefusesWrites()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("conn"));
    QVERIFY(TestDatabases::execute(spec, {QStringLiteral("CREATE TABLE t (x integer)")}).isEmpty());
    QString error;
    auto ro = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(ro, qPrintable(error));
    QSqlQuery q(ro->database());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("read-only")),
             qPrintable(q.lastError().text()));
    QVERIFY(ro->serverVersionNumber() >= 150000);
}

void TestDatabaseConnection::postgresInterruptCancelsARunningStatement()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("cancel"));
    QString error;
    auto c = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(c, qPrintable(error));
    std::thread canceller([&c] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        c->interrupt();
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(c->database());
    const bool ok = q.exec(QStringLiteral("SELECT pg_sleep(30)"));
    canceller.join();
    QVERIFY(!ok);
    QVERIFY2(timer.elapsed() < 10000, "PQcancel did not stop the statement");
    QVERIFY(q.exec(QStringLiteral("SELECT 1")) && q.next());
}

void TestDatabaseConnection::postgresSessionIsUtc()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("tz"));
    QString error;
    auto c = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(c, qPrintable(error));
    QSqlQuery q(c->database());
    QVERIFY(q.exec(QStringLiteral("SHOW TimeZone")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("UTC"));
    // Numerics arrive as exact text.
    QVERIFY(q.exec(QStringLiteral("SELECT 12345678.1234::numeric(12,4)")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("12345678.1234"));
}

void TestDatabaseConnection::postgresConnectionHasKeepalives()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("keepalive"));
    QString error;
    auto c = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(c, qPrintable(error));
    // What libpq itself took from the options QPSQL handed it, on the live
    // connection: the other options still apply beside them.
    const QVariant handle = c->database().driver()->handle();
    QVERIFY(handle.isValid());
    QVERIFY2(qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                 qstrcmp(handle.typeName(), "PGconn*") == 0,
             handle.typeName());
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    PQconninfoOption *options = PQconninfo(conn);
    QVERIFY(options);
    QHash<QString, QString> used;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            used.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    QCOMPARE(used.value(QStringLiteral("keepalives")), QStringLiteral("1"));
    QCOMPARE(used.value(QStringLiteral("keepalives_idle")), QStringLiteral("10"));
    QCOMPARE(used.value(QStringLiteral("keepalives_interval")), QStringLiteral("5"));
    QCOMPARE(used.value(QStringLiteral("keepalives_count")), QStringLiteral("3"));
    QCOMPARE(used.value(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    QCOMPARE(used.value(QStringLiteral("application_name")), QStringLiteral("trade-inspector"));
    QSqlQuery q(c->database());
    QVERIFY(q.exec(QStringLiteral("SHOW default_transaction_read_only")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("on"));
}

void TestDatabaseConnection::postgresWrongPasswordIsClear()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("pw"));
    ConnectionSpec wrong = spec;
    wrong.password = QStringLiteral("definitely-wrong");
    QString error;
    auto c = DatabaseConnection::open(wrong, AccessMode::ReadOnly, &error);
    QVERIFY(!c);
    QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("definitely-wrong")));
}

void TestDatabaseConnection::postgresDownAnswersWithinSeconds()
{
    // A port where nothing listens: find one by binding and releasing it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    const auto spec = ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://robot:pw@127.0.0.1:%1/robot").arg(port));
    QVERIFY(spec);
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto c = DatabaseConnection::open(*spec, AccessMode::ReadOnly, &error);
    QVERIFY(!c);
    QVERIFY2(timer.elapsed() < 8000, "connecting to a dead server must not hang");
    QVERIFY2(error.contains(QLatin1String("not running")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String(":pw@")));
}

QTEST_GUILESS_MAIN(TestDatabaseConnection)
#include "TestDatabaseConnection.moc"
