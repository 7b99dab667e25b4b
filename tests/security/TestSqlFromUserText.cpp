#include "SourceFiles.h"
#include "SqlTextScanner.h"

#include <QRegularExpression>
#include <QtTest>

// Greps src/ for SQL text built from anything but SQL the code wrote itself
// (see SqlTextScanner), so a filter or search value spliced into a statement
// fails the build's tests instead of reaching a database.
class TestSqlFromUserText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryPlantedInjection();
    void sourceBuildsSqlOnlyFromSqlAndSchema();
};

namespace {

// What the rules cannot prove but a reader did: identifiers from the compiled-in
// schema description (RobotSchema), which holds no runtime text. Each entry is
// one file and one exact operand; an entry no longer used is reported.
QList<SqlTextScanner::Allowed> allowed()
{
    const QString schema = QStringLiteral("names from RobotSchema, compiled in");
    return {
        {QStringLiteral("core/schema/SchemaDdl.cpp"), QStringLiteral("table.name"), schema},
        {QStringLiteral("core/schema/SchemaDdl.cpp"), QStringLiteral("index.name"), schema},
        {QStringLiteral("core/schema/SchemaDdl.cpp"),
         QStringLiteral("index.columns.join(QStringLiteral(\", \"))"), schema},
        {QStringLiteral("core/schema/SchemaDdl.cpp"),
         QStringLiteral("RobotEnums::definition(id).pgTypeName"), schema},
        {QStringLiteral("core/schema/SchemaDdl.cpp"),
         QStringLiteral("lines.join(QStringLiteral(\", \\n\\t\"))"),
         QStringLiteral("column definitions from RobotSchema and the dialect's type names")},
        {QStringLiteral("core/demo/DemoDataGenerator.cpp"), QStringLiteral("index.name"), schema},
        {QStringLiteral("core/demo/DemoDataGenerator.cpp"), QStringLiteral("table.name"), schema},
        {QStringLiteral("core/demo/SqliteInserter.cpp"), QStringLiteral("table"),
         QStringLiteral("DemoWriter passes RobotSchema's table name")},
        {QStringLiteral("core/demo/SqliteInserter.cpp"),
         QStringLiteral("columns.join(QStringLiteral(\", \"))"),
         QStringLiteral("DemoWriter passes RobotSchema's column names")},
        {QStringLiteral("core/demo/BatchInserter.cpp"), QStringLiteral("m_table"),
         QStringLiteral("DemoWriter passes RobotSchema's table name")},
        {QStringLiteral("core/demo/BatchInserter.cpp"),
         QStringLiteral("m_columns.join(QStringLiteral(\", \"))"),
         QStringLiteral("DemoWriter passes RobotSchema's column names")},
        {QStringLiteral("core/query/PostgresExportSource.cpp"),
         QStringLiteral("numberedParameters(m_sql.sql)"),
         QStringLiteral("renumbers the ? of QueryBuilder's own SQL as $n; values stay bound")},
        {QStringLiteral("core/review/SqliteFillReader.cpp"), QStringLiteral("conditions"),
         QStringLiteral("open()'s \" AND ...\" terms with ? placeholders; its one caller, "
                        "TradeStream's whereClause(), builds them from literals and the dialect")},
        {QStringLiteral("core/review/PostgresFillReader.cpp"), QStringLiteral("sql.toUtf8()"),
         QStringLiteral("open()'s statement for the cursor; its one caller, TradeStream, builds "
                        "it from literals, the dialect and ? placeholders")},
        {QStringLiteral("core/backup/PgTools.cpp"),
         QStringLiteral("QString(spec.database) .replace(u'\\\\', QStringLiteral(\"\\\\\\\\\")) "
                        ".replace(u'\\'', QStringLiteral(\"\\\\'\"))"),
         QStringLiteral("not SQL: a libpq conninfo value for pg_dump's --dbname, escaped by "
                        "libpq's rules (backslash, single quote)")},
    };
}

} // namespace

void TestSqlFromUserText::findsEveryPlantedInjection()
{
    const QString path = QStringLiteral(TI_SECURITY_DATA "/planted_injection.cpp.txt");
    const QString source = SourceFiles::read(path);
    QVERIFY2(!source.isEmpty(), qPrintable(path));
    // Each "// FIND <operand>" marks a line whose SQL is built from that operand.
    QSet<QString> expected;
    const QStringList lines = source.split(u'\n');
    static const QRegularExpression marker(QStringLiteral(R"(// FIND (.+)$)"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto m = marker.match(lines[i]); m.hasMatch())
            expected << QStringLiteral("%1 %2").arg(i + 1).arg(m.captured(1).trimmed());
    }
    QCOMPARE(expected.size(), 5);
    SqlTextScanner scanner;
    QSet<QString> found;
    for (const auto &finding : scanner.scan(path, source))
        found << QStringLiteral("%1 %2").arg(finding.line).arg(finding.operand);
    QCOMPARE(found, expected);
}

void TestSqlFromUserText::sourceBuildsSqlOnlyFromSqlAndSchema()
{
    SqlTextScanner scanner(allowed());
    QStringList findings;
    int files = 0;
    for (const QString &path : SourceFiles::under({QStringLiteral(TI_SOURCE_DIR "/src")})) {
        ++files;
        for (const auto &finding : scanner.scan(path, SourceFiles::read(path)))
            findings << finding.toString();
    }
    QVERIFY2(files > 100, qPrintable(QString::number(files)));
    // The scanner saw the statements it is meant to judge.
    QVERIFY2(scanner.sqlLiterals() > 100, qPrintable(QString::number(scanner.sqlLiterals())));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    // An entry the code no longer needs should go, but code moves under
    // other work in progress: a warning, not a failure.
    for (const auto &entry : scanner.unusedAllowances())
        qWarning("allow-list entry no longer needed: %s %s", qPrintable(entry.file),
                 qPrintable(entry.operand));
}

QTEST_GUILESS_MAIN(TestSqlFromUserText)
#include "TestSqlFromUserText.moc"
