#include "CommandRegistry.h"
#include "CommandRunner.h"
#include "DatabaseFingerprint.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/inotify.h>
#include <unistd.h>

// A backup's sidecar is data, not instructions: whatever paths it names
// (../../etc/passwd, an absolute path, another database), verify and restore
// work on the file the operator gave and the database the operator opened.
// The kernel (inotify) reports whether anything so much as opened the decoys.
class TestSidecarPathTricks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifyAndRestoreIgnorePathsInTheSidecar_data();
    void verifyAndRestoreIgnorePathsInTheSidecar();
    void restoreGoesToTheOpenedDatabaseNotTheSidecarsSource();

private:
    QTemporaryDir m_dir;
    QString m_template;
};

namespace {

// Everything that happens to the files in `directory`, from now on.
class FileWatch
{
public:
    explicit FileWatch(const QString &directory)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_watch =
                inotify_add_watch(m_fd, QFile::encodeName(directory).constData(), IN_ALL_EVENTS);
    }
    ~FileWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isValid() const { return m_fd >= 0 && m_watch >= 0; }
    // The names touched since the last call, with what happened to them.
    QStringList events()
    {
        QStringList seen;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                seen << QStringLiteral("%1 (mask 0x%2)")
                            .arg(event->len ? QString::fromLocal8Bit(event->name)
                                            : QStringLiteral("the directory"))
                            .arg(event->mask, 0, 16);
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return seen;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

CommandResult run(const QString &command, const QStringList &arguments, const QString &url)
{
    return runCommand(*CommandRegistry::find(command), arguments, url);
}

QString onlyBackupIn(const QString &directory, const QString &suffix)
{
    const QStringList files =
        QDir(directory).entryList({QStringLiteral("*.") + suffix}, QDir::Files, QDir::Time);
    return files.size() == 1 ? QDir(directory).filePath(files.first()) : QString();
}

bool rewriteSidecar(const QString &backup, const std::function<void(QJsonObject &)> &change)
{
    QFile file(backup + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    change(object);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(object).toJson()) > 0;
}

qint64 trades(const ConnectionSpec &spec)
{
    return RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM trades")).toLongLong();
}

} // namespace

void TestSidecarPathTricks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(ConnectionSpec::sqliteFile(m_template), {300, 4, false},
                                         &error),
             qPrintable(error));
}

void TestSidecarPathTricks::verifyAndRestoreIgnorePathsInTheSidecar_data()
{
    QTest::addColumn<QString>("decoyName");
    QTest::addColumn<bool>("relative");
    QTest::newRow("../../etc/passwd style") << QStringLiteral("passwd") << true;
    QTest::newRow("absolute path to a database") << QStringLiteral("other.db") << false;
}

void TestSidecarPathTricks::verifyAndRestoreIgnorePathsInTheSidecar()
{
    QFETCH(QString, decoyName);
    QFETCH(bool, relative);
    QTemporaryDir work(m_dir.filePath(QStringLiteral("work-XXXXXX")));
    const QString live = work.filePath(QStringLiteral("robot/trading_robot.db"));
    const QString backups = work.filePath(QStringLiteral("robot/backups"));
    const QString decoys = work.filePath(QStringLiteral("decoys"));
    QVERIFY(QDir().mkpath(QFileInfo(live).path()) && QDir().mkpath(decoys));
    QVERIFY(QFile::copy(m_template, live));
    QFile(live).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // The decoy is a valid database too, so using it would "work".
    const QString decoy = QDir(decoys).filePath(decoyName);
    QVERIFY(QFile::copy(m_template, decoy));
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(live);
    const ConnectionSpec decoySpec = ConnectionSpec::sqliteFile(decoy);
    const QString decoyBefore = DatabaseFingerprint::of(decoySpec);

    const CommandResult made =
        run(QStringLiteral("backup"), {QStringLiteral("--dir"), backups}, spec.toUrl());
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString backup = onlyBackupIn(backups, QStringLiteral("db"));
    QVERIFY(!backup.isEmpty());
    // What the sidecar claims, every way a path could be smuggled in.
    const QString named = relative ? QDir(backups).relativeFilePath(decoy) : decoy;
    QVERIFY2(!relative || named.startsWith(QStringLiteral("../../")), qPrintable(named));
    QVERIFY(rewriteSidecar(backup, [&](QJsonObject &o) {
        o.insert(QStringLiteral("source"), named);
        for (const char *key : {"path", "file", "backup", "database", "restore_to", "target"})
            o.insert(QLatin1String(key), named);
        o.insert(QStringLiteral("sqlite_path"), QStringLiteral("sqlite:///") + named);
    }));
    // The live database moves on after the backup; restore must bring it back.
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("DELETE FROM trades WHERE id > 10")}),
             QString());
    const qint64 backedUp = trades(ConnectionSpec::sqliteFile(backup));
    QVERIFY(trades(spec) < backedUp);

    FileWatch watch(decoys);
    QVERIFY(watch.isValid());
    const CommandResult verified = run(QStringLiteral("verify"), {backup}, spec.toUrl());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
    QVERIFY2(!verified.out.contains(decoyName), qPrintable(verified.out));
    const CommandResult restored =
        run(QStringLiteral("restore"),
            {backup, QStringLiteral("--yes"), QStringLiteral("--force-active"),
             QStringLiteral("--dir"), backups},
            spec.toUrl());
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err + restored.out));
    const QStringList touched = watch.events();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(u'\n')));
    QCOMPARE(trades(spec), backedUp);
    QCOMPARE(DatabaseFingerprint::of(decoySpec), decoyBefore);
}

void TestSidecarPathTricks::restoreGoesToTheOpenedDatabaseNotTheSidecarsSource()
{
    TI_SCRATCH_POSTGRES(target, QStringLiteral("sidecar_target"));
    TI_SCRATCH_POSTGRES(other, QStringLiteral("sidecar_other"));
    QString error;
    QVERIFY2(DemoDataGenerator::generate(target, {300, 4, false}, &error), qPrintable(error));
    QVERIFY2(DemoDataGenerator::generate(other, {200, 5, false}, &error), qPrintable(error));
    QTemporaryDir backups(m_dir.filePath(QStringLiteral("pg-XXXXXX")));
    const CommandResult made = run(QStringLiteral("backup"),
                                   {QStringLiteral("--dir"), backups.path()}, target.toUrl(true));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString backup = onlyBackupIn(backups.path(), QStringLiteral("dump"));
    QVERIFY(!backup.isEmpty());
    QVERIFY(rewriteSidecar(backup, [&](QJsonObject &o) {
        o.insert(QStringLiteral("source"), other.displayName());
        o.insert(QStringLiteral("database"), other.toUrl(true));
        o.insert(QStringLiteral("url"), other.toUrl(true));
    }));
    const QString otherBefore = DatabaseFingerprint::of(other);
    QCOMPARE(TestDatabases::execute(target, {QStringLiteral("DELETE FROM trades WHERE id > 10")}),
             QString());
    const CommandResult restored =
        run(QStringLiteral("restore"),
            {backup, QStringLiteral("--yes"), QStringLiteral("--force-active"),
             QStringLiteral("--dir"), backups.path()},
            target.toUrl(true));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err + restored.out));
    QVERIFY(trades(target) > 10);
    QCOMPARE(DatabaseFingerprint::of(other), otherBefore);
}

QTEST_GUILESS_MAIN(TestSidecarPathTricks)
#include "TestSidecarPathTricks.moc"
