#include "db/ConnectionSpec.h"

#include <QtTest>

class TestConnectionSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void displayNameNeverShowsPassword();
    void urlRoundTrips_data();
    void urlRoundTrips();
};

void TestConnectionSpec::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("sqlite relative") << "sqlite:///trading_robot.db" << true << "trading_robot.db"
                                     << "" << 0 << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("sqlite absolute")
        << "sqlite:////var/lib/robot/trading_robot.db" << true << "/var/lib/robot/trading_robot.db"
        << "" << 0 << ""
        << ""
        << ""
        << "";
    QTest::newRow("sqlite with driver") << "sqlite+pysqlite:///data/x.db" << true << "data/x.db"
                                        << "" << 0 << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("sqlite encoded space") << "sqlite:///my%20robot.db" << true << "my robot.db"
                                          << "" << 0 << ""
                                          << ""
                                          << ""
                                          << "";
    QTest::newRow("plain path") << "/home/op/trading_robot.db" << true
                                << "/home/op/trading_robot.db"
                                << "" << 0 << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("plain relative path") << "robot.db" << true << "robot.db"
                                         << "" << 0 << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("windows-ish path with colon") << "C:stuff.db" << true << "C:stuff.db"
                                                 << "" << 0 << ""
                                                 << ""
                                                 << ""
                                                 << "";
    QTest::newRow("postgresql full")
        << "postgresql://user:password@host:5432/trading_robot" << false << ""
        << "host" << 5432 << "trading_robot"
        << "user"
        << "password"
        << "";
    QTest::newRow("postgres scheme") << "postgres://robot@db.example/robot" << false << ""
                                     << "db.example" << 0 << "robot"
                                     << "robot"
                                     << ""
                                     << "";
    QTest::newRow("sqlalchemy psycopg2")
        << "postgresql+psycopg2://robot:pw@10.0.0.5:6543/trading" << false << ""
        << "10.0.0.5" << 6543 << "trading"
        << "robot"
        << "pw"
        << "";
    QTest::newRow("percent-encoded password")
        << "postgresql://robot:p%40ss%3Aw%2Fo%25rd@localhost/robot" << false << ""
        << "localhost" << 0 << "robot"
        << "robot"
        << "p@ss:w/o%rd"
        << "";
    QTest::newRow("unencoded at in password")
        << "postgresql://robot:p@ss@localhost/robot" << false << ""
        << "localhost" << 0 << "robot"
        << "robot"
        << "p@ss"
        << "";
    QTest::newRow("sslmode") << "postgresql://u@h/db?sslmode=require" << false << ""
                             << "h" << 0 << "db"
                             << "u"
                             << ""
                             << "require";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5433/db" << false << ""
                          << "::1" << 5433 << "db"
                          << "u"
                          << ""
                          << "";
    QTest::newRow("socket host param")
        << "postgresql:///robot?host=/var/run/postgresql" << false << ""
        << "/var/run/postgresql" << 0 << "robot"
        << ""
        << ""
        << "";
    QTest::newRow("uppercase scheme") << "PostgreSQL://u@h/db" << false << ""
                                      << "h" << 0 << "db"
                                      << "u"
                                      << ""
                                      << "";
}

void TestConnectionSpec::parses()
{
    QFETCH(QString, url);
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    QVERIFY2(spec, qPrintable(error));
    QFETCH(bool, sqlite);
    QCOMPARE(spec->isSqlite(), sqlite);
    QTEST(spec->sqlitePath, "path");
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->database, "database");
    QTEST(spec->user, "user");
    QTEST(spec->password, "password");
    QTEST(spec->sslMode, "sslMode");
}

void TestConnectionSpec::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << ""
                           << "DATABASE_URL";
    QTest::newRow("blank") << "   "
                           << "DATABASE_URL";
    QTest::newRow("mysql") << "mysql://u@h/db"
                           << "unsupported";
    QTest::newRow("bad port") << "postgresql://u@h:abc/db"
                              << "port";
    QTest::newRow("port out of range") << "postgresql://u@h:70000/db"
                                       << "port";
    QTest::newRow("no database") << "postgresql://u@h:5432/"
                                 << "names no database";
    QTest::newRow("no database no slash") << "postgresql://u@h"
                                          << "names no database";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=sometimes"
                                 << "sslmode";
    QTest::newRow("sqlite two slashes") << "sqlite://relative.db"
                                        << "three slashes";
    QTest::newRow("sqlite no file") << "sqlite:///"
                                    << "no database file";
    QTest::newRow("unclosed ipv6") << "postgresql://u@[::1/db"
                                   << "unclosed";
    QTest::newRow("control characters") << QStringLiteral("robot.db\nDROP") << "control";
    QTest::newRow("nul") << QStringLiteral("robot") + QChar(0) + QStringLiteral(".db") << "control";
}

void TestConnectionSpec::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!ConnectionSpec::fromUrl(url, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestConnectionSpec::displayNameNeverShowsPassword()
{
    const auto spec =
        ConnectionSpec::fromUrl(QStringLiteral("postgresql://robot:s3cr3t@h:5432/db"));
    QVERIFY(spec);
    QVERIFY(!spec->displayName().contains(QLatin1String("s3cr3t")));
    QVERIFY(!spec->toUrl().contains(QLatin1String("s3cr3t")));
    QVERIFY(spec->toUrl(true).contains(QLatin1String("s3cr3t")));
    QCOMPARE(spec->displayName(), QStringLiteral("robot@h:5432/db"));
}

void TestConnectionSpec::urlRoundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << "postgresql://robot@h:5432/db";
    QTest::newRow("odd password")
        << "postgresql://ro%20bot:p%40ss%3Aw%2Fo%25rd@h/db?sslmode=verify-full";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5433/db";
    QTest::newRow("sqlite") << "sqlite:////tmp/a b/robot.db";
    // Found by fuzz_connection_url (tests/fuzz/regressions/connection_url):
    // ":robot.db" was read as a Qt resource and came back as "/:robot.db"...
    QTest::newRow("sqlite path starting with a colon") << ":robot.db";
    // ...a password without a user name was dropped...
    QTest::newRow("password without a user") << "postgresql://:secret@h/db";
    // ...and '?', '%', '#' and spaces at the ends of a path were not encoded.
    QTest::newRow("sqlite path with ?, %, # and spaces") << "sqlite:////tmp/a%3Fb%25c%23d.db%20";
    QTest::newRow("host parameter with colon and slash") << "postgresql://u@/db?host=a:b/c";
}

void TestConnectionSpec::urlRoundTrips()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::fromUrl(url);
    QVERIFY(spec);
    const auto again = ConnectionSpec::fromUrl(spec->toUrl(true));
    QVERIFY(again);
    QCOMPARE(again->toUrl(true), spec->toUrl(true));
    if (spec->isSqlite())
        QCOMPARE(again->absolutePath(), spec->absolutePath());
    else
        QVERIFY(*again == *spec);
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "TestConnectionSpec.moc"
