#include "PostgresBackupEngine.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "public.trades" -> "trades"; other schemas keep their prefix.
QString tableKey(const QString &schema, const QString &table)
{
    return schema == u"public" ? table : schema + u'.' + table;
}

bool countIn(const QSqlDatabase &db, TableCounts *tables, QString *error)
{
    QSqlQuery list(db);
    list.setForwardOnly(true);
    if (!list.exec(QStringLiteral("SELECT schemaname, tablename FROM pg_catalog.pg_tables "
                                  "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') "
                                  "ORDER BY schemaname, tablename")))
        return fail(
            error, QCoreApplication::translate("PostgresBackupEngine", "cannot list the tables: %1")
                       .arg(DatabaseConnection::describeError(list.lastError())));
    QList<std::pair<QString, QString>> names;
    while (list.next())
        names.append({list.value(0).toString(), list.value(1).toString()});
    TableCounts counts;
    for (const auto &[schema, table] : names) {
        QSqlQuery count(db);
        // Identifiers from the server's own catalog, quoted; no values involved.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1.%2")
                            .arg(SqlDialect::quoteIdentifier(schema),
                                 SqlDialect::quoteIdentifier(table))) ||
            !count.next())
            return fail(error,
                        QCoreApplication::translate("PostgresBackupEngine", "cannot count %1: %2")
                            .arg(table, DatabaseConnection::describeError(count.lastError())));
        counts.insert(tableKey(schema, table), count.value(0).toLongLong());
    }
    *tables = counts;
    return true;
}

// Advances percent as --verbose names each table, weighing tables by rows.
class TableProgress
{
public:
    TableProgress(const TableCounts &tables, const JobControl &control, int from, int to,
                  QString pattern)
        : m_tables(tables)
        , m_control(control)
        , m_from(from)
        , m_to(to)
        , m_pattern(std::move(pattern))
    {
        for (const qint64 rows : tables)
            m_total += rows + 1;
    }

    void onLine(const QString &line)
    {
        const auto match = m_pattern.match(line);
        if (!match.hasMatch())
            return;
        const QString schema = match.captured(1);
        const QString table = match.captured(2);
        m_done += m_current; // the previous table is complete when the next starts
        m_current = m_tables.value(tableKey(schema, table), 0) + 1;
        const double share = m_total > 0 ? double(m_done) / double(m_total) : 0.0;
        m_control.report(m_from + int((m_to - m_from) * share), table);
    }

private:
    const TableCounts &m_tables;
    const JobControl &m_control;
    int m_from;
    int m_to;
    QRegularExpression m_pattern;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_current = 0;
};

} // namespace

QStringList PostgresBackupEngine::dumpArguments(const ConnectionSpec &spec, const QString &target,
                                                int compression, const QString &snapshot)
{
    QStringList arguments = PgTools::connectionArguments(spec);
    arguments << QStringLiteral("--format=custom")
              << QStringLiteral("--compress=%1").arg(qBound(0, compression, 9))
              << QStringLiteral("--verbose") << QStringLiteral("--file=") + target;
    if (!snapshot.isEmpty())
        arguments << QStringLiteral("--snapshot=") + snapshot;
    return arguments;
}

QStringList PostgresBackupEngine::restoreArguments(const ConnectionSpec &spec,
                                                   const QString &archive)
{
    QStringList arguments = PgTools::connectionArguments(spec);
    arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists")
              << QStringLiteral("--single-transaction") << QStringLiteral("--exit-on-error")
              << QStringLiteral("--no-owner") << QStringLiteral("--verbose") << archive;
    return arguments;
}

bool PostgresBackupEngine::countRows(const ConnectionSpec &spec, TableCounts *tables,
                                     QString *error)
{
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("backup-count"));
    return connection && countIn(connection->database(), tables, error);
}

bool PostgresBackupEngine::backup(const ConnectionSpec &spec, const QString &target,
                                  int compression, const JobControl &control, DumpOutcome *outcome,
                                  QString *error)
{
    control.report(0, QCoreApplication::translate("PostgresBackupEngine", "Connecting to %1")
                          .arg(spec.displayName()));
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("backup"));
    if (!connection)
        return false;
    const int serverVersion = connection->serverVersionNumber();
    outcome->serverVersion = PgTools::versionLabel(serverVersion);
    const auto tool = PgTools::find(QStringLiteral("pg_dump"), serverVersion, error);
    if (!tool)
        return false;
    outcome->toolVersion = tool->versionText;

    // Count rows in a snapshot and hand that snapshot to pg_dump: the sidecar's
    // counts are then exactly what the archive holds, even while the robot writes.
    QString snapshot;
    {
        QSqlDatabase db = connection->database();
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            return fail(error, DatabaseConnection::describeError(begin.lastError()));
        QSqlQuery exported(db);
        if (!exported.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !exported.next())
            return fail(error, QCoreApplication::translate("PostgresBackupEngine",
                                                           "cannot export a snapshot: %1")
                                   .arg(DatabaseConnection::describeError(exported.lastError())));
        snapshot = exported.value(0).toString();
        if (!countIn(db, &outcome->tables, error))
            return false;
    }

    control.report(2, QCoreApplication::translate("PostgresBackupEngine", "Dumping with %1 %2")
                          .arg(tool->path, tool->versionText));
    TableProgress progress(outcome->tables, control, 2, 90,
                           QStringLiteral("dumping contents of table \"([^\"]+)\\.([^\"]+)\""));
    const auto run = PgTools::run(*tool, dumpArguments(spec, target, compression, snapshot),
                                  PgTools::environment(spec), control,
                                  [&](const QString &line) { progress.onLine(line); });
    {
        QSqlQuery end(connection->database());
        end.exec(QStringLiteral("COMMIT"));
    }
    connection.reset();
    if (run.cancelled) {
        outcome->cancelled = true;
        return fail(error, QCoreApplication::translate("PostgresBackupEngine", "cancelled"));
    }
    if (!run.started || run.exitCode != 0 || run.crashed)
        return fail(error, QCoreApplication::translate("PostgresBackupEngine", "pg_dump failed: %1")
                               .arg(PgTools::errorSummary(run)));
    for (const QString &line : run.stderrLines) {
        if (line.contains(QLatin1String("warning:")))
            outcome->warnings << line;
    }

    control.report(92, QCoreApplication::translate("PostgresBackupEngine",
                                                   "Checking the archive with pg_restore --list"));
    QStringList entries;
    if (!listArchive(target, control, &entries, error))
        return false;
    const QStringList withData = tablesWithData(entries);
    for (auto it = outcome->tables.cbegin(); it != outcome->tables.cend(); ++it) {
        if (!withData.contains(it.key()))
            return fail(error, QCoreApplication::translate("PostgresBackupEngine",
                                                           "the archive has no data for table %1")
                                   .arg(it.key()));
    }
    return true;
}

bool PostgresBackupEngine::listArchive(const QString &path, const JobControl &control,
                                       QStringList *entries, QString *error)
{
    const auto tool = PgTools::find(QStringLiteral("pg_restore"), 0, error);
    if (!tool)
        return false;
    QByteArray listing;
    const auto run = PgTools::run(*tool, {QStringLiteral("--list"), path},
                                  QProcessEnvironment::systemEnvironment(), control, {}, &listing);
    if (run.cancelled)
        return fail(error, QCoreApplication::translate("PostgresBackupEngine", "cancelled"));
    if (!run.started || run.exitCode != 0 || run.crashed)
        return fail(error, QCoreApplication::translate("PostgresBackupEngine",
                                                       "not a readable pg_dump archive: %1")
                               .arg(PgTools::errorSummary(run)));
    QStringList output;
    for (const QString &line : QString::fromUtf8(listing).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u';'))
            output << line;
    }
    *entries = output;
    return true;
}

QStringList PostgresBackupEngine::tablesWithData(const QStringList &entries)
{
    // "215; 0 16390 TABLE DATA public trades robot"
    static const QRegularExpression pattern(QStringLiteral("\\bTABLE DATA (\\S+) (\\S+) "));
    QStringList tables;
    for (const QString &entry : entries) {
        const auto match = pattern.match(entry);
        if (match.hasMatch())
            tables << tableKey(match.captured(1), match.captured(2));
    }
    return tables;
}

bool PostgresBackupEngine::restore(const ConnectionSpec &spec, const QString &archive,
                                   const TableCounts &expected, const JobControl &control,
                                   QStringList *warnings, QString *error, bool *cancelled)
{
    int serverVersion = 0;
    {
        auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, error,
                                                   QStringLiteral("restore-version"));
        if (!connection)
            return false;
        serverVersion = connection->serverVersionNumber();
    }
    const auto tool = PgTools::find(QStringLiteral("pg_restore"), serverVersion, error);
    if (!tool)
        return false;
    QProcessEnvironment env = PgTools::environment(spec);
    // A robot transaction holding a lock must not make the restore hang forever.
    env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c lock_timeout=30s"));
    TableProgress progress(expected, control, 20, 85,
                           QStringLiteral("processing data for table \"([^\"]+)\\.([^\"]+)\""));
    const auto run = PgTools::run(*tool, restoreArguments(spec, archive), env, control,
                                  [&](const QString &line) { progress.onLine(line); });
    for (const QString &line : run.stderrLines) {
        if (line.contains(QLatin1String("warning:")) && warnings)
            *warnings << line;
    }
    if (run.cancelled) {
        if (cancelled)
            *cancelled = true;
        return fail(error,
                    QCoreApplication::translate("PostgresBackupEngine",
                                                "cancelled; pg_restore was stopped and its single "
                                                "transaction rolled back"));
    }
    if (!run.started || run.exitCode != 0 || run.crashed)
        return fail(error,
                    QCoreApplication::translate("PostgresBackupEngine", "pg_restore failed: %1")
                        .arg(PgTools::errorSummary(run)));
    return true;
}
