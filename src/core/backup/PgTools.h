#pragma once

#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// A pg_dump or pg_restore binary and the version it reports.
struct PgTool
{
    QString path;
    int versionNumber = 0; // server_version_num style: 15.18 -> 150018
    QString versionText;   // "15.18"
};

// Finding and running PostgreSQL's client tools. A pg_dump older than the
// server refuses to work ("server version mismatch"), and Debian installs each
// major version under /usr/lib/postgresql/N/bin, so we look there and on PATH
// and take the newest. The password goes into the child's environment only.
namespace PgTools {

// "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> 150018; 0 if unreadable.
int parseVersionOutput(const QString &output, QString *versionText = nullptr);
int majorVersion(int versionNumber);
QString versionLabel(int versionNumber); // 150018 -> "15.18", 90624 -> "9.6.24"

// Every `tool` on PATH and in /usr/lib/postgresql/*/bin, with its version.
QList<PgTool> candidates(const QString &tool);
// The newest candidate if its major version is at least the server's; else
// nullopt and a message naming both versions and what to install.
std::optional<PgTool> choose(const QList<PgTool> &candidates, const QString &tool,
                             int serverVersionNumber, QString *error);
std::optional<PgTool> find(const QString &tool, int serverVersionNumber, QString *error);

// -h/-p/-U/-d for the spec; never the password.
QStringList connectionArguments(const ConnectionSpec &spec);
// The system environment plus PGPASSWORD (when the spec has one), PGSSLMODE,
// a connect timeout and the session time zone.
QProcessEnvironment environment(const ConnectionSpec &spec);

struct RunResult
{
    bool started = false;
    bool cancelled = false;
    bool crashed = false;
    int exitCode = -1;
    QStringList stderrLines;
};

// Runs a tool to completion, handing each stderr line to `onLine` as it comes
// (pg_dump/pg_restore --verbose write progress there). Cancel kills it.
// stdout is kept only when `standardOutput` is given.
RunResult run(const PgTool &tool, const QStringList &arguments,
              const QProcessEnvironment &environment, const JobControl &control,
              const std::function<void(const QString &line)> &onLine = {},
              QByteArray *standardOutput = nullptr);

// The error lines of a run, without --verbose chatter, for a message.
QString errorSummary(const RunResult &result);

} // namespace PgTools
