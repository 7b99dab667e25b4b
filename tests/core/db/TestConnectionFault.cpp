#include "db/ConnectionFault.h"
#include "db/RetryBackoff.h"

#include <QtTest>

// The words drivers really use, each sorted into what the worker does next.
class TestConnectionFault : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void backoffDoublesUpToItsCeiling();
};

void TestConnectionFault::classifies_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<FaultKind>("kind");
    QTest::newRow("ok") << QString() << FaultKind::None;
    QTest::newRow("sqlite busy") << "database is locked Unable to fetch row" << FaultKind::Busy;
    QTest::newRow("pg socket gone")
        << "server closed the connection unexpectedly This probably means the server terminated "
           "abnormally before or while processing the request."
        << FaultKind::ConnectionLost;
    QTest::newRow("pg after loss") << "no connection to the server" << FaultKind::ConnectionLost;
    QTest::newRow("pg stop -m fast")
        << "terminating connection due to administrator command" << FaultKind::ConnectionLost;
    QTest::newRow("pg refused (described)")
        << "cannot connect to PostgreSQL at robot@h:5432/robot: the server is not running or not "
           "accepting connections there (connection refused)"
        << FaultKind::ConnectionLost;
    QTest::newRow("pg shutting down")
        << "connection to server at \"127.0.0.1\", port 5 failed: FATAL: the database system is "
           "shutting down"
        << FaultKind::ConnectionLost;
    QTest::newRow("sqlite deleted")
        << "the database file /x/robot.db was deleted or moved" << FaultKind::ConnectionLost;
    QTest::newRow("sqlite replaced") << "the database file /x/robot.db was replaced by another file"
                                     << FaultKind::ConnectionLost;
    QTest::newRow("sqlite corrupt")
        << "database disk image is malformed Unable to execute statement" << FaultKind::Damaged;
    QTest::newRow("sqlite not a db") << "file is not a database" << FaultKind::Damaged;
    QTest::newRow("sqlite truncated")
        << "the database file /x/robot.db is empty (0 bytes): it was truncated"
        << FaultKind::Damaged;
    QTest::newRow("syntax") << "near \"FROM\": syntax error" << FaultKind::Other;
    QTest::newRow("permission") << "permission denied for table trades" << FaultKind::Other;
}

void TestConnectionFault::classifies()
{
    QFETCH(QString, message);
    QFETCH(FaultKind, kind);
    QCOMPARE(ConnectionFault::classify(message), kind);
    QCOMPARE(ConnectionFault::isTransient(kind),
             kind == FaultKind::Busy || kind == FaultKind::ConnectionLost);
}

void TestConnectionFault::backoffDoublesUpToItsCeiling()
{
    RetryBackoff backoff(500, 15000);
    QList<int> delays;
    for (int i = 0; i < 8; ++i)
        delays << backoff.nextDelayMs();
    QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 15000, 15000, 15000}));
    for (int i = 0; i < 100; ++i)
        QCOMPARE_LE(backoff.nextDelayMs(), 15000); // no overflow after a long outage
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 500);
}

QTEST_GUILESS_MAIN(TestConnectionFault)
#include "TestConnectionFault.moc"
