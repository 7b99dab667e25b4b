#include "PgTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace {

constexpr int kVersionTimeoutMs = 5000;
constexpr int kPollMs = 100;

// Comparable major versions across the numbering change: 9.6 -> 906, 15 -> 1500.
int majorKey(int versionNumber)
{
    return versionNumber >= 100000 ? versionNumber / 10000 * 100 : versionNumber / 100;
}

} // namespace

namespace PgTools {

int parseVersionOutput(const QString &output, QString *versionText)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"));
    const auto match = pattern.match(output);
    if (!match.hasMatch())
        return 0;
    const int major = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const int third = match.captured(3).toInt();
    if (versionText)
        *versionText = match.captured(0).section(u' ', -1).trimmed();
    // From 10 on the number is major*10000 + minor; before, 9.6.24 -> 90624.
    return major >= 10 ? major * 10000 + second : major * 10000 + second * 100 + third;
}

int majorVersion(int versionNumber)
{
    return versionNumber >= 100000 ? versionNumber / 10000 : versionNumber / 100;
}

QString versionLabel(int versionNumber)
{
    if (versionNumber >= 100000)
        return QStringLiteral("%1.%2").arg(versionNumber / 10000).arg(versionNumber % 10000);
    return QStringLiteral("%1.%2.%3")
        .arg(versionNumber / 10000)
        .arg(versionNumber / 100 % 100)
        .arg(versionNumber % 100);
}

QList<PgTool> candidates(const QString &tool)
{
    QStringList paths;
    const QString onPath = QStandardPaths::findExecutable(tool);
    if (!onPath.isEmpty())
        paths << onPath;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = versions.filePath(version + QStringLiteral("/bin/") + tool);
        if (QFileInfo(path).isExecutable())
            paths << path;
    }
    QList<PgTool> found;
    for (const QString &path : paths) {
        QProcess process;
        process.start(path, {QStringLiteral("--version")});
        if (!process.waitForFinished(kVersionTimeoutMs))
            continue;
        PgTool candidate;
        candidate.path = path;
        candidate.versionNumber = parseVersionOutput(
            QString::fromLocal8Bit(process.readAllStandardOutput()), &candidate.versionText);
        if (candidate.versionNumber > 0)
            found << candidate;
    }
    return found;
}

std::optional<PgTool> choose(const QList<PgTool> &candidates, const QString &tool,
                             int serverVersionNumber, QString *error)
{
    if (candidates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                         "PgTools", "%1 was not found on PATH or in /usr/lib/postgresql/*/bin: "
                                    "install postgresql-client-%2")
                         .arg(tool)
                         .arg(serverVersionNumber > 0 ? majorVersion(serverVersionNumber) : 15);
        return std::nullopt;
    }
    const PgTool newest =
        *std::max_element(candidates.cbegin(), candidates.cend(), [](const auto &a, const auto &b) {
            return a.versionNumber < b.versionNumber;
        });
    if (serverVersionNumber > 0 && majorKey(newest.versionNumber) < majorKey(serverVersionNumber)) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "PgTools", "the server runs PostgreSQL %1 but the newest %2 found is %3 "
                               "(%4); %2 must be at least the server's major version: "
                               "install postgresql-client-%5")
                    .arg(versionLabel(serverVersionNumber), tool, newest.versionText, newest.path)
                    .arg(majorVersion(serverVersionNumber));
        return std::nullopt;
    }
    return newest;
}

std::optional<PgTool> find(const QString &tool, int serverVersionNumber, QString *error)
{
    return choose(candidates(tool), tool, serverVersionNumber, error);
}

QStringList connectionArguments(const ConnectionSpec &spec)
{
    QStringList arguments;
    if (!spec.host.isEmpty())
        arguments << QStringLiteral("--host=") + spec.host;
    if (spec.port != 0)
        arguments << QStringLiteral("--port=") + QString::number(spec.port);
    if (!spec.user.isEmpty())
        arguments << QStringLiteral("--username=") + spec.user;
    // A conninfo string rather than a bare name: a database named like a
    // conninfo ("a=b") would otherwise be parsed as one.
    arguments << QStringLiteral("--dbname=dbname='%1'")
                     .arg(QString(spec.database)
                              .replace(u'\\', QStringLiteral("\\\\"))
                              .replace(u'\'', QStringLiteral("\\'")));
    arguments << QStringLiteral("--no-password");
    return arguments;
}

QProcessEnvironment environment(const ConnectionSpec &spec)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!spec.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    if (!spec.sslMode.isEmpty())
        env.insert(QStringLiteral("PGSSLMODE"), spec.sslMode);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("trade-inspector"));
    env.insert(QStringLiteral("PGTZ"), QStringLiteral("UTC"));
    return env;
}

RunResult run(const PgTool &tool, const QStringList &arguments,
              const QProcessEnvironment &environment, const JobControl &control,
              const std::function<void(const QString &line)> &onLine, QByteArray *standardOutput)
{
    RunResult result;
    if (control.processStarted)
        control.processStarted(tool.path, arguments);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!standardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(tool.path, arguments);
    if (!process.waitForStarted()) {
        result.stderrLines << QCoreApplication::translate("PgTools", "cannot start %1: %2")
                                  .arg(tool.path, process.errorString());
        return result;
    }
    result.started = true;
    QByteArray pending;
    auto drain = [&](bool flushAll) {
        pending += process.readAllStandardError();
        if (standardOutput)
            *standardOutput += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (flushAll && !pending.isEmpty())) {
            const qsizetype end = newline >= 0 ? newline : pending.size();
            const QString line = QString::fromLocal8Bit(pending.left(end)).trimmed();
            pending.remove(0, newline >= 0 ? end + 1 : end);
            if (line.isEmpty())
                continue;
            result.stderrLines << line;
            if (onLine)
                onLine(line);
        }
    };
    while (!process.waitForFinished(kPollMs)) {
        drain(false);
        if (process.state() == QProcess::NotRunning)
            break;
        if (control.isCancelled()) {
            result.cancelled = true;
            process.kill();
            process.waitForFinished();
            break;
        }
    }
    drain(true);
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    return result;
}

QString errorSummary(const RunResult &result)
{
    QStringList errors;
    for (const QString &line : result.stderrLines) {
        if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("FATAL:")) ||
            !result.started || // the one line is ours: the tool could not start
            line.contains(QLatin1String("ERROR:")) || line.contains(QLatin1String("DETAIL:")))
            errors << line;
    }
    if (errors.isEmpty() && !result.stderrLines.isEmpty())
        errors << result.stderrLines.last();
    if (result.crashed && !result.cancelled)
        errors << QCoreApplication::translate("PgTools", "the process was killed");
    return errors.mid(0, 4).join(QStringLiteral("; "));
}

} // namespace PgTools
