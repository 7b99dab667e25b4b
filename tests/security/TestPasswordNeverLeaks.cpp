#include "CommandRegistry.h"
#include "CommandRunner.h"
#include "MainWindow.h"
#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <sys/stat.h>

// The PostgreSQL password, given in the URL, reaches libpq and PGPASSWORD and
// nothing else: not stdout or stderr of any command (connecting, failing to
// connect, info, stats, check, export, backup, backups, verify, restore), not a
// Qt log message, not a backup, a sidecar or an export, not the arguments of
// pg_dump / pg_restore as the commands start them, not the window or the
// settings file after the GUI opened it. Backups and sidecars are 0600.
// (TestPostgresBackup checks the engine's own QProcess arguments; here a
// logging wrapper on PATH sees what the commands start.)
class TestPasswordNeverLeaks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandsKeepItToThemselves();
    void windowKeepsItToItself();

private:
    QTemporaryDir m_dir;
};

namespace {

QMutex logMutex;
QStringList logLines;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines << message;
}

QString capturedLog()
{
    QMutexLocker lock(&logMutex);
    return logLines.join(u'\n');
}

// The password as it may appear: plain and percent-encoded.
QStringList spellings(const QString &password)
{
    return {password, QString::fromLatin1(QUrl::toPercentEncoding(password))};
}

QString leakIn(const QString &where, const QString &text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (text.contains(secret))
            return where;
    }
    return {};
}

int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString withPassword(ConnectionSpec spec, const QString &password)
{
    spec.password = password;
    return spec.toUrl(true);
}

// pg_dump and pg_restore wrappers that log their arguments, then run the real
// tool: the commands pick the newest on PATH, and these report its version.
QString installLoggingWrappers(const QString &directory, const QString &log)
{
    for (const char *tool : {"pg_dump", "pg_restore"}) {
        const QString real = QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(tool);
        if (!QFileInfo(real).isExecutable())
            return real + QStringLiteral(" is missing");
        QFile script(directory + u'/' + QLatin1String(tool));
        if (!script.open(QIODevice::WriteOnly))
            return script.errorString();
        script.write(
            QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$0 $*\" >> '%1'\nexec '%2' \"$@\"\n")
                .arg(log, real)
                .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    qputenv("PATH", directory.toLocal8Bit() + ':' + qgetenv("PATH"));
    return {};
}

} // namespace

void TestPasswordNeverLeaks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qInstallMessageHandler(captureLog);
}

void TestPasswordNeverLeaks::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

void TestPasswordNeverLeaks::commandsKeepItToThemselves()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("password_cli"));
    QVERIFY(!spec.password.isEmpty());
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {300, 2, false}, &error), qPrintable(error));
    const QString wrong = QStringLiteral("Wr0ng-") + spec.password + QStringLiteral("-x9");
    const QStringList secrets = spellings(spec.password) + spellings(wrong);

    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    const QString toolLog = m_dir.filePath(QStringLiteral("tools.log"));
    QVERIFY(QDir().mkpath(bin));
    const QString wrapped = installLoggingWrappers(bin, toolLog);
    QVERIFY2(wrapped.isEmpty(), qPrintable(wrapped));

    const QString backups = m_dir.filePath(QStringLiteral("backups"));
    const QString csv = m_dir.filePath(QStringLiteral("trades.csv"));
    const QString url = spec.toUrl(true);
    ConnectionSpec refused = spec;
    refused.port = 1;
    ConnectionSpec noDatabase = spec;
    noDatabase.database = QStringLiteral("no_such_database");
    QStringList leaks;
    const auto check = [&](const QString &command, QStringList arguments, const QString &target,
                           QList<int> codes) {
        if (!target.isEmpty())
            arguments << QStringLiteral("--database") << target;
        const CommandResult result = runCommand(*CommandRegistry::find(command), arguments);
        const QString where = command + u' ' + arguments.first();
        if (!codes.contains(result.exitCode))
            leaks
                << QStringLiteral("%1: exit %2 %3").arg(where).arg(result.exitCode).arg(result.err);
        leaks << leakIn(where + QStringLiteral(" stdout"), result.out, secrets)
              << leakIn(where + QStringLiteral(" stderr"), result.err, secrets);
        return result;
    };
    check(QStringLiteral("info"), {QStringLiteral("--json")}, url, {0});
    check(QStringLiteral("info"), {QStringLiteral("--verbose-free")}, url, {2});
    check(QStringLiteral("stats"), {QStringLiteral("--json")}, url, {0});
    check(QStringLiteral("check"), {QStringLiteral("--json")}, url, {0, 1});
    check(QStringLiteral("export"),
          {QStringLiteral("--table"), QStringLiteral("trades"), QStringLiteral("--output"), csv},
          url, {0});
    check(QStringLiteral("backup"), {QStringLiteral("--dir"), backups}, url, {0});
    check(QStringLiteral("backup"), {QStringLiteral("--json"), QStringLiteral("--dir"), backups},
          url, {0});
    check(QStringLiteral("backups"),
          {QStringLiteral("--verify"), QStringLiteral("--json"), QStringLiteral("--dir"), backups},
          url, {0});
    // Failing to connect, three ways; each message must still say why.
    for (const QString &bad :
         {withPassword(spec, wrong), refused.toUrl(true), noDatabase.toUrl(true)}) {
        for (const char *command : {"info", "stats", "backup"}) {
            QStringList arguments{QStringLiteral("--json")};
            if (qstrcmp(command, "backup") == 0)
                arguments = {QStringLiteral("--dir"), backups};
            const CommandResult result = check(QLatin1String(command), arguments, bad, {1});
            if (result.err.trimmed().isEmpty())
                leaks << QStringLiteral("%1 failed without a message").arg(QLatin1String(command));
        }
    }
    QStringList dumps;
    for (const QFileInfo &file : QDir(backups).entryInfoList(QDir::Files))
        if (file.suffix() == u"dump")
            dumps << file.filePath();
    QVERIFY2(dumps.size() == 2, qPrintable(dumps.join(u' ')));
    check(QStringLiteral("verify"), {dumps.first()}, {}, {0}); // verify opens no database
    check(QStringLiteral("restore"),
          {dumps.first(), QStringLiteral("--yes"), QStringLiteral("--force-active"),
           QStringLiteral("--dir"), backups},
          url, {0});

    // Every file the commands wrote: backups (with the restore's safety
    // backup), sidecars, the export.
    int files = 0;
    for (QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (path.startsWith(bin))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        leaks << leakIn(path, QString::fromLatin1(file.readAll()), secrets);
        if (path.startsWith(backups)) {
            ++files;
            if (modeOf(path) != 0600)
                leaks << QStringLiteral("%1 has mode %2").arg(path).arg(modeOf(path), 0, 8);
        }
    }
    QVERIFY2(files >= 6, qPrintable(QString::number(files))); // 3 backups and their sidecars

    QFile tools(toolLog);
    QVERIFY(tools.open(QIODevice::ReadOnly));
    const QString started = QString::fromLocal8Bit(tools.readAll());
    QVERIFY2(started.contains(QStringLiteral("pg_dump")) &&
                 started.contains(QStringLiteral("pg_restore")),
             qPrintable(started));
    leaks << leakIn(QStringLiteral("pg_dump/pg_restore arguments"), started, secrets)
          << leakIn(QStringLiteral("Qt log"), capturedLog(), secrets);
    leaks.removeAll(QString());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestPasswordNeverLeaks::windowKeepsItToItself()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("password_gui"));
    QVERIFY(!spec.password.isEmpty());
    QString error;
    QVERIFY2(DemoDataGenerator::generate(spec, {200, 2, false}, &error), qPrintable(error));
    const QString wrong = QStringLiteral("Wr0ng-") + spec.password + QStringLiteral("-y7");
    const QStringList secrets = spellings(spec.password) + spellings(wrong);
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    QStringList leaks;
    {
        AppSettings settings(ini);
        MainWindow window(settings);
        window.resize(1200, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy failed(&window, &MainWindow::databaseOpenFailed);
        window.openUrl(spec.toUrl(true));
        QVERIFY(opened.wait(20000));
        QTest::qWait(500); // let the pages load and remember what they show
        window.openUrl(withPassword(spec, wrong));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 20000);
        leaks << leakIn(QStringLiteral("the failure"), failed.first().first().toString(), secrets);
        QStringList texts{window.windowTitle()};
        for (const QWidget *widget : window.findChildren<QWidget *>()) {
            texts << widget->toolTip() << widget->statusTip() << widget->windowTitle();
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                texts << label->text();
            else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
                texts << edit->text();
            else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                texts << button->text();
        }
        leaks << leakIn(QStringLiteral("the window"), texts.join(u'\n'), secrets);
        window.close();
        settings.sync();
    }
    QFile file(ini);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(ini));
    const QByteArray saved = file.readAll();
    // It did remember the connection, without its password.
    QVERIFY2(saved.contains(spec.database.toUtf8()), saved.constData());
    leaks << leakIn(QStringLiteral("the settings file"), QString::fromUtf8(saved), secrets)
          << leakIn(QStringLiteral("Qt log"), capturedLog(), secrets);
    if (modeOf(ini) != 0600)
        leaks << QStringLiteral("the settings file has mode %1").arg(modeOf(ini), 0, 8);
    leaks.removeAll(QString());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_MAIN(TestPasswordNeverLeaks)
#include "TestPasswordNeverLeaks.moc"
