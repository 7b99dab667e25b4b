#include "SourceFiles.h"
#include "UserTextScanner.h"

#include <QRegularExpression>
#include <QtTest>

// Reads src/core, src/gui and src/cli for string literals that read as words for a
// person but reach no tr()/translate() (see UserTextScanner), so a message
// added without tr() fails here instead of staying English in a translation.
class TestUserTextThroughTr : public QObject
{
    Q_OBJECT
private slots:
    void findsEveryPlantedMessage();
    void sourceTranslatesEveryMessage();
};

namespace {

// What the rules cannot tell from a message but a reader did. Each entry is a
// file and the start of a literal ("*": the whole file); an unused one is reported.
QList<UserTextScanner::Allowed> allowed()
{
    const QString driverText =
        QStringLiteral("matched against the drivers' own (English) error text, not shown");
    const QString robotData =
        QStringLiteral("demo data written into the robot's tables, as the robot writes it");
    const QString formula = QStringLiteral("a formula over column names, inside a translated "
                                           "finding");
    const QString stage = QStringLiteral("stage names for the timing log (StageClock)");
    return {
        {QStringLiteral("core/db/ConnectionFault.cpp"), QStringLiteral("*"), driverText},
        {QStringLiteral("core/db/DatabaseConnection.cpp"), QStringLiteral("Connection refused"),
         driverText},
        {QStringLiteral("core/db/DatabaseConnection.cpp"), QStringLiteral("timeout expired"),
         driverText},
        {QStringLiteral("core/db/DatabaseConnection.cpp"), QStringLiteral("-c "),
         QStringLiteral("libpq connect options")},
        {QStringLiteral("core/backup/PostgresBackupEngine.cpp"), QStringLiteral("-c "),
         QStringLiteral("libpq connect options")},
        {QStringLiteral("core/backup/PostgresBackupEngine.cpp"), QStringLiteral("dumping contents"),
         QStringLiteral("pattern for pg_dump's verbose output")},
        {QStringLiteral("core/backup/PostgresBackupEngine.cpp"),
         QStringLiteral("processing data for"),
         QStringLiteral("pattern for pg_restore's verbose output")},
        {QStringLiteral("core/backup/BackupFiles.cpp"), QStringLiteral("SQLite format 3"),
         QStringLiteral("the SQLite file header's magic bytes")},
        {QStringLiteral("core/demo/DemoOrderFactory.cpp"), QStringLiteral("*"), robotData},
        {QStringLiteral("core/demo/DemoSimulation.cpp"), QStringLiteral("*"), robotData},
        {QStringLiteral("core/demo/DemoWriter.cpp"), QStringLiteral("%04lld"),
         QStringLiteral("timestamp format for the robot's columns")},
        {QStringLiteral("core/review/PositionAudit.cpp"), QStringLiteral("quantity x "), formula},
        {QStringLiteral("core/review/PositionAudit.cpp"), QStringLiteral("market_value - "),
         formula},
        {QStringLiteral("core/review/PositionAudit.cpp"), QStringLiteral("100 x unrealized"),
         formula},
        {QStringLiteral("core/backup/SqliteBackupEngine.cpp"), QStringLiteral("copy (backup API)"),
         stage},
        {QStringLiteral("core/backup/SqliteBackupEngine.cpp"), QStringLiteral("quick_check and"),
         stage},
        {QStringLiteral("core/backup/SqliteBackupEngine.cpp"), QStringLiteral("  quick_check"),
         stage},
        {QStringLiteral("core/backup/SqliteBackupEngine.cpp"), QStringLiteral("  SHA-256"), stage},
        {QStringLiteral("core/backup/BackupJob.cpp"), QStringLiteral("pg_dump and pg_restore"),
         stage},
        {QStringLiteral("core/backup/BackupJob.cpp"), QStringLiteral("sidecar and rename"), stage},
        {QStringLiteral("core/backup/RestoreJob.cpp"), QStringLiteral("active sessions, row"),
         stage},
        {QStringLiteral("core/backup/RestoreJob.cpp"), QStringLiteral("verify backup |"), stage},
        {QStringLiteral("core/backup/RestoreJob.cpp"), QStringLiteral("  verify backup"), stage},
        {QStringLiteral("core/backup/RestoreJob.cpp"), QStringLiteral("write into the database"),
         stage},
        {QStringLiteral("core/backup/RestoreJob.cpp"), QStringLiteral("row counts after"), stage},
        {QStringLiteral("gui/browse/BrowseTableView.cpp"),
         QStringLiteral("a reasonably long note of text"),
         QStringLiteral("sample text that sizes a column, never shown")},
        {QStringLiteral("gui/browse/BrowseTableView.cpp"), QStringLiteral("Partially filled"),
         QStringLiteral("sample text that sizes a column, never shown")},
        {QStringLiteral("cli/CommandLine.cpp"), QStringLiteral("trade-inspector "),
         QStringLiteral("the program's name before a command's name")},
        {QStringLiteral("cli/ProgramHelp.cpp"), QStringLiteral("trade-inspector %1 (Qt"),
         QStringLiteral("--version: names and version numbers, read by scripts")},
        {QStringLiteral("core/db/SqlDialect.cpp"), QStringLiteral("to_char("),
         QStringLiteral("SQL: PostgreSQL's timestamp format")},
        {QStringLiteral("gui/GuiLauncher.cpp"), QStringLiteral("[command [options]]"),
         QStringLiteral("the positional argument's syntax in --help")},
        {QStringLiteral("gui/GuiLauncher.cpp"), QStringLiteral("trade-inspector: unknown command"),
         QStringLiteral("a command-line usage error on stderr, before any window")},
    };
}

} // namespace

void TestUserTextThroughTr::findsEveryPlantedMessage()
{
    const QString path = QStringLiteral(TI_I18N_DATA "/planted_untranslated.cpp.txt");
    const QString source = SourceFiles::read(path);
    QVERIFY2(!source.isEmpty(), qPrintable(path));
    QSet<int> expected;
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(QLatin1String("// FIND")))
            expected << int(i + 1);
    }
    QCOMPARE(expected.size(), 6);
    UserTextScanner scanner;
    QSet<int> found;
    for (const auto &finding : scanner.scan(path, source))
        found << finding.line;
    QCOMPARE(found, expected);
}

void TestUserTextThroughTr::sourceTranslatesEveryMessage()
{
    UserTextScanner scanner(allowed());
    QStringList findings;
    int files = 0;
    for (const QString &path : SourceFiles::under({QStringLiteral(TI_SOURCE_DIR "/src/core"),
                                                   QStringLiteral(TI_SOURCE_DIR "/src/gui"),
                                                   QStringLiteral(TI_SOURCE_DIR "/src/cli")})) {
        ++files;
        for (const auto &finding : scanner.scan(path, SourceFiles::read(path)))
            findings << finding.toString();
    }
    QVERIFY2(files > 150, qPrintable(QString::number(files)));
    // The scanner saw the messages it is meant to judge.
    QVERIFY2(scanner.sentencesSeen() > 400, qPrintable(QString::number(scanner.sentencesSeen())));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    for (const auto &entry : scanner.unusedAllowances())
        qWarning("allow-list entry no longer needed: %s %s", qPrintable(entry.file),
                 qPrintable(entry.text));
}

QTEST_GUILESS_MAIN(TestUserTextThroughTr)
#include "TestUserTextThroughTr.moc"
