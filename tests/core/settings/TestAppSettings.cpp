#include "settings/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void scalarRoundTrip();
    void recentConnectionsOrderAndLimit();
    void passwordsAreNeverWritten();
    void tableLayoutRoundTrip();
    void backupDirectoryPerConnection();
    void fileIsOwnerOnly();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppSettings::defaults()
{
    AppSettings settings(iniPath());
    QCOMPARE(settings.timeDisplay(), TimeDisplay::Local);
    QCOMPARE(settings.autoRefreshSeconds(), AppSettings::DefaultAutoRefreshSeconds);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.recentConnections().isEmpty());
    QVERIFY(settings.tableLayout(QStringLiteral("orders")).isEmpty());
    QVERIFY(
        settings.backupDirectory(ConnectionSpec::sqliteFile(QStringLiteral("/x.db"))).isEmpty());
}

void TestAppSettings::scalarRoundTrip()
{
    const QByteArray geometry("\x01\x02geometry\x00\xff", 12);
    {
        AppSettings settings(iniPath());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(QByteArrayLiteral("state"));
        settings.setCurrentPage(QStringLiteral("trades"));
        settings.setTimeDisplay(TimeDisplay::Utc);
        settings.setAutoRefreshSeconds(30);
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), QByteArrayLiteral("state"));
    QCOMPARE(settings.currentPage(), QStringLiteral("trades"));
    QCOMPARE(settings.timeDisplay(), TimeDisplay::Utc);
    QCOMPARE(settings.autoRefreshSeconds(), 30);
    settings.setAutoRefreshSeconds(-5);
    QCOMPARE(settings.autoRefreshSeconds(), 0);
}

void TestAppSettings::recentConnectionsOrderAndLimit()
{
    AppSettings settings(iniPath());
    for (int i = 0; i < AppSettings::MaxRecentConnections + 3; ++i)
        settings.addRecentConnection(
            ConnectionSpec::sqliteFile(QStringLiteral("/data/db%1.db").arg(i)));
    // Opening one again moves it to the front instead of adding a duplicate.
    settings.addRecentConnection(ConnectionSpec::sqliteFile(QStringLiteral("/data/db5.db")));
    const auto recent = AppSettings(iniPath()).recentConnections();
    QCOMPARE(recent.size(), AppSettings::MaxRecentConnections);
    QCOMPARE(recent.first().sqlitePath, QStringLiteral("/data/db5.db"));
    QCOMPARE(recent.at(1).sqlitePath,
             QStringLiteral("/data/db%1.db").arg(AppSettings::MaxRecentConnections + 2));
    QCOMPARE(recent.count(ConnectionSpec::sqliteFile(QStringLiteral("/data/db5.db"))), 1);

    settings.clearRecentConnections();
    QVERIFY(settings.recentConnections().isEmpty());
}

void TestAppSettings::passwordsAreNeverWritten()
{
    const QString secret = QStringLiteral("S3cr3t-pa55-word");
    auto spec = ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://robot:%1@db.example:5433/trading_robot?sslmode=require")
            .arg(secret));
    QVERIFY(spec);
    QCOMPARE(spec->password, secret);
    {
        AppSettings settings(iniPath());
        settings.addRecentConnection(*spec);
        settings.setBackupDirectory(*spec, QStringLiteral("/backups/prod"));
        settings.sync();
        const auto recent = settings.recentConnections();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first().password.isEmpty());
        QCOMPARE(recent.first().host, QStringLiteral("db.example"));
        QCOMPARE(recent.first().port, 5433);
        QCOMPARE(recent.first().user, QStringLiteral("robot"));
        QCOMPARE(recent.first().sslMode, QStringLiteral("require"));
        // The same connection with its password still finds its directory.
        QCOMPARE(settings.backupDirectory(*spec), QStringLiteral("/backups/prod"));
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("db.example"));
    QVERIFY2(!content.contains(secret.toUtf8()), content.constData());
    QVERIFY(!content.contains("S3cr3t"));
}

void TestAppSettings::tableLayoutRoundTrip()
{
    TableLayout orders{QByteArrayLiteral("\x00\x01header"), QStringLiteral("created_at"),
                       Qt::AscendingOrder};
    TableLayout trades{{}, QStringLiteral("price"), Qt::DescendingOrder};
    {
        AppSettings settings(iniPath());
        settings.setTableLayout(QStringLiteral("orders"), orders);
        settings.setTableLayout(QStringLiteral("trades"), trades);
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.tableLayout(QStringLiteral("orders")), orders);
    QCOMPARE(settings.tableLayout(QStringLiteral("trades")), trades);
    QVERIFY(settings.tableLayout(QStringLiteral("positions")).isEmpty());
}

void TestAppSettings::backupDirectoryPerConnection()
{
    const auto a = ConnectionSpec::sqliteFile(QStringLiteral("/data/a.db"));
    const auto b = *ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@h:5432/robot"));
    {
        AppSettings settings(iniPath());
        settings.setBackupDirectory(a, QStringLiteral("/backups/a"));
        settings.setBackupDirectory(b, QStringLiteral("/backups/b"));
        settings.setBackupDirectory(a, QStringLiteral("/backups/a2"));
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.backupDirectory(a), QStringLiteral("/backups/a2"));
    QCOMPARE(settings.backupDirectory(b), QStringLiteral("/backups/b"));
    settings.setBackupDirectory(a, QString());
    QVERIFY(settings.backupDirectory(a).isEmpty());
    QCOMPARE(settings.backupDirectory(b), QStringLiteral("/backups/b"));
}

// The file's mode bits (QFile adds what this process may do as User flags).
static QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile(path).permissions() &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

void TestAppSettings::fileIsOwnerOnly()
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    {
        AppSettings settings(iniPath());
        settings.setCurrentPage(QStringLiteral("trades"));
        settings.sync();
        QCOMPARE(modeOf(iniPath()), ownerOnly);
        settings.setCurrentPage(QStringLiteral("orders")); // written again on destruction
    }
    QCOMPARE(modeOf(iniPath()), ownerOnly);

    // A file left readable by others (an older version, a copy) is tightened.
    QVERIFY(QFile::setPermissions(iniPath(),
                                  ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        AppSettings settings(iniPath());
        QCOMPARE(settings.currentPage(), QStringLiteral("orders"));
        settings.setCurrentPage(QStringLiteral("sessions"));
    }
    QCOMPARE(modeOf(iniPath()), ownerOnly);

    // A file in a folder that does not exist yet is created owner-only too.
    const QString nested = m_dir->filePath(QStringLiteral("new/folder/settings.ini"));
    {
        AppSettings settings(nested);
        settings.setTimeDisplay(TimeDisplay::Utc);
    }
    QCOMPARE(modeOf(nested), ownerOnly);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
