#include "CommandRegistry.h"
#include "CommandRunner.h"
#include "DatabaseFingerprint.h"
#include "HostileStrings.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

// Hostile strings through every command-line entry point (export's filters,
// search, time range, sort and table; stats' symbol, strategy, time range and
// session; the filter expression parser; --database; backup --dir; restore
// FILE) on SQLite and on the real PostgreSQL: no crash, a usage error (exit 2)
// or an honest empty answer, a short one-line message, and the database
// untouched (SQLite: the same bytes; both: the same row counts). LIKE's own
// wildcards in a contains-search match themselves.
class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void valuesOnSqlite();
    void valuesOnPostgres();
    void wildcardsMatchLiterallyOnSqlite();
    void wildcardsMatchLiterallyOnPostgres();
    void databaseUrls();
    void backupAndRestorePathsOnSqlite();
    void backupAndRestorePathsOnPostgres();

private:
    void throwValuesAt(const ConnectionSpec &spec);
    void checkWildcards(const ConnectionSpec &spec);
    void throwPathsAt(const ConnectionSpec &spec);
    ConnectionSpec sqliteCopy(const QString &name);

    QTemporaryDir m_dir;
    QString m_template;
};

namespace {

// Notes holding LIKE's wildcards and escape next to look-alikes without them.
const QStringList kPlantedNotes{
    QStringLiteral("filled 100% at the open"),
    QStringLiteral("filled 100 at the open"),
    QStringLiteral("rule a_b hit"),
    QStringLiteral("rule axb hit"),
    QStringLiteral("path c:\\tmp"),
    QStringLiteral("path c:tmp"),
};

QString plant(const ConnectionSpec &spec)
{
    QStringList statements;
    for (const QString &note : kPlantedNotes) {
        QString quoted = note;
        quoted.replace(u'\'', QStringLiteral("''"));
        statements << QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, "
                                     "executed_at, notes) VALUES ('AAPL', 'BUY', 1, 100, "
                                     "'2025-01-07 15:00:00', '%1')")
                          .arg(quoted);
    }
    return TestDatabases::execute(spec, statements);
}

QString prepareDatabase(const ConnectionSpec &spec)
{
    QString error;
    if (!DemoDataGenerator::generate(spec, {300, 3, false}, &error))
        return error;
    return plant(spec);
}

CommandResult run(const QString &command, const QStringList &arguments, const ConnectionSpec &spec)
{
    return runCommand(*CommandRegistry::find(command), arguments, spec.toUrl(true));
}

// A refusal an operator can read: one short line naming the program (beyond
// the operator's own long values it quotes), and no sign that the text reached
// the database as SQL.
QString judge(const CommandResult &result, const QList<int> &allowedCodes,
              const QStringList &arguments)
{
    if (!allowedCodes.contains(result.exitCode))
        return QStringLiteral("exit code %1: %2").arg(result.exitCode).arg(result.err.left(300));
    if (result.exitCode == 0)
        return {};
    QString err = result.err.trimmed();
    for (const QString &argument : arguments) {
        if (argument.size() > 100)
            err.remove(argument);
    }
    if (!err.startsWith(QStringLiteral("trade-inspector ")))
        return QStringLiteral("no message on stderr: \"%1\"").arg(err.left(300));
    if (err.size() > 600 || err.count(u'\n') > 2)
        return QStringLiteral("message too long (%1 characters)").arg(err.size());
    for (const char *leak : {"syntax error", "unrecognized token", "unterminated", "near \""}) {
        if (err.contains(QLatin1String(leak), Qt::CaseInsensitive))
            return QStringLiteral("the text reached SQL: %1").arg(err.left(300));
    }
    return {};
}

QList<QStringList> valueEntryPoints(const QString &s)
{
    const QString trades = QStringLiteral("trades");
    const auto exportWith = [&](QStringList extra) {
        return QStringList{QStringLiteral("export"), QStringLiteral("--table"), trades} + extra;
    };
    return {
        exportWith({QStringLiteral("--filter"), QStringLiteral("symbol=") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("symbol=AAPL,") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("notes~") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("strategy_name!=") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("side=") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("quantity>=") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("id<") + s}),
        exportWith({QStringLiteral("--filter"), QStringLiteral("executed_at<") + s}),
        exportWith({QStringLiteral("--filter"), s + QStringLiteral("=1")}),
        exportWith({QStringLiteral("--filter"), s}),
        exportWith({QStringLiteral("--search"), s}),
        exportWith({QStringLiteral("--from"), s}),
        exportWith({QStringLiteral("--to"), s}),
        exportWith({QStringLiteral("--sort"), s}),
        {QStringLiteral("export"), QStringLiteral("--table"), s},
        {QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("orders"),
         QStringLiteral("--search"), s},
        {QStringLiteral("stats"), QStringLiteral("--symbol"), s},
        {QStringLiteral("stats"), QStringLiteral("--strategy"), s},
        {QStringLiteral("stats"), QStringLiteral("--from"), s, QStringLiteral("--to"),
         QStringLiteral("2030-01-01")},
        {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
         QStringLiteral("--to"), s},
        {QStringLiteral("stats"), QStringLiteral("--session"), s},
    };
}

// The ids of the exported CSV rows (first column).
QSet<qint64> exportedIds(const QString &csv)
{
    QSet<qint64> ids;
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids << lines[i].section(u',', 0, 0).toLongLong();
    return ids;
}

} // namespace

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    const QString error = prepareDatabase(ConnectionSpec::sqliteFile(m_template));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

ConnectionSpec TestHostileInput::sqliteCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_template, path);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return ConnectionSpec::sqliteFile(path);
}

void TestHostileInput::throwValuesAt(const ConnectionSpec &spec)
{
    const QString before = DatabaseFingerprint::of(spec);
    QVERIFY(!before.contains(QStringLiteral("missing")));
    QStringList failures;
    int runs = 0;
    for (const QString &s : HostileStrings::all()) {
        for (const QStringList &call : valueEntryPoints(s)) {
            const CommandResult result = run(call.first(), call.mid(1), spec);
            ++runs;
            const QString problem = judge(result, {ExitCode::Success, ExitCode::Usage}, call);
            if (!problem.isEmpty()) {
                QStringList shown;
                for (const QString &a : call)
                    shown << HostileStrings::label(a);
                failures << shown.join(u' ') + QStringLiteral(" -> ") + problem;
            }
        }
    }
    QVERIFY(runs > 400);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(DatabaseFingerprint::of(spec), before);
}

void TestHostileInput::valuesOnSqlite()
{
    throwValuesAt(sqliteCopy(QStringLiteral("values.db")));
}

void TestHostileInput::valuesOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("hostile_values"));
    const QString error = prepareDatabase(spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    throwValuesAt(spec);
}

void TestHostileInput::checkWildcards(const ConnectionSpec &spec)
{
    QString error;
    const auto trades = RobotFixture::readTable(spec, RobotTable::Trades, &error);
    QVERIFY2(trades, qPrintable(error));
    for (const QString &needle : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
                                  QStringLiteral("100%"), QStringLiteral("A_B")}) {
        // Expected from the rows themselves, not from any LIKE.
        QSet<qint64> expected;
        for (const QVariantMap &row : *trades) {
            if (row.value(QStringLiteral("notes")).toString().contains(needle, Qt::CaseInsensitive))
                expected << row.value(QStringLiteral("id")).toLongLong();
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(needle));
        for (const QStringList &how :
             {QStringList{QStringLiteral("--search"), needle},
              QStringList{QStringLiteral("--filter"), QStringLiteral("notes~") + needle}}) {
            const CommandResult result =
                run(QStringLiteral("export"),
                    QStringList{QStringLiteral("--table"), QStringLiteral("trades")} + how, spec);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QCOMPARE(exportedIds(result.out), expected);
        }
    }
}

void TestHostileInput::wildcardsMatchLiterallyOnSqlite()
{
    checkWildcards(sqliteCopy(QStringLiteral("wildcards.db")));
}

void TestHostileInput::wildcardsMatchLiterallyOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("hostile_wildcards"));
    const QString error = prepareDatabase(spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    checkWildcards(spec);
}

void TestHostileInput::databaseUrls()
{
    // Relative paths land in an empty directory, which must stay empty:
    // reading never creates a database file.
    QTemporaryDir cwd;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    QStringList failures;
    for (const QString &s : HostileStrings::all()) {
        // Port 1 refuses at once: the URL is parsed and tried, no server needed.
        for (const QString &url :
             {s, QStringLiteral("sqlite:///") + s, QStringLiteral("sqlite:////") + s,
              QStringLiteral("postgresql://robot:pw@127.0.0.1:1/") + s,
              QStringLiteral("postgresql://") + s + QStringLiteral("@127.0.0.1:1/robot"),
              QStringLiteral("postgresql://robot@127.0.0.1:") + s + QStringLiteral("/robot")}) {
            for (const char *command : {"info", "stats", "check"}) {
                const CommandResult result =
                    runCommand(*CommandRegistry::find(QString::fromLatin1(command)),
                               {QStringLiteral("--database"), url});
                // check: 3 = "the audit could not run".
                const QString problem =
                    judge(result, {ExitCode::Failure, ExitCode::Usage, 3}, {url, s});
                if (!problem.isEmpty())
                    failures << QStringLiteral("%1 --database %2 -> %3")
                                    .arg(QLatin1String(command), HostileStrings::label(url),
                                         problem);
            }
        }
    }
    const QStringList created =
        QDir(cwd.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    QDir::setCurrent(previous);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY2(created.isEmpty(), qPrintable(created.join(u' ')));
}

void TestHostileInput::throwPathsAt(const ConnectionSpec &spec)
{
    QTemporaryDir cwd;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    const QString before = DatabaseFingerprint::of(spec);
    QStringList failures;
    for (const QString &s : HostileStrings::all()) {
        // A directory named like SQL is still a directory the operator chose:
        // backing up into it may succeed; it must never touch the database.
        const CommandResult backup =
            run(QStringLiteral("backup"), {QStringLiteral("--dir"), s}, spec);
        QString problem =
            judge(backup, {ExitCode::Success, ExitCode::Failure, ExitCode::Usage}, {s});
        if (!problem.isEmpty())
            failures
                << QStringLiteral("backup --dir %1 -> %2").arg(HostileStrings::label(s), problem);
        for (const QString &file : {s, s + QStringLiteral(".db"), s + QStringLiteral(".dump")}) {
            const CommandResult restore =
                run(QStringLiteral("restore"), {file, QStringLiteral("--yes")}, spec);
            problem = judge(restore, {ExitCode::Failure, ExitCode::Usage}, {file});
            if (!problem.isEmpty())
                failures
                    << QStringLiteral("restore %1 -> %2").arg(HostileStrings::label(file), problem);
            const CommandResult verify = run(QStringLiteral("verify"), {file}, spec);
            problem = judge(verify, {ExitCode::Failure, ExitCode::Usage}, {file});
            if (!problem.isEmpty())
                failures
                    << QStringLiteral("verify %1 -> %2").arg(HostileStrings::label(file), problem);
        }
    }
    QDir::setCurrent(previous);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(DatabaseFingerprint::of(spec), before);
}

void TestHostileInput::backupAndRestorePathsOnSqlite()
{
    throwPathsAt(sqliteCopy(QStringLiteral("paths.db")));
}

void TestHostileInput::backupAndRestorePathsOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("hostile_paths"));
    const QString error = prepareDatabase(spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    throwPathsAt(spec);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
