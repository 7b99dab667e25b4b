#include "RobotFixture.h"
#include "TestDatabases.h"
#include "backup/BackupJob.h"
#include "backup/BackupVerifier.h"
#include "db/ConnectionSpec.h"
#include "db/DatabaseConnection.h"
#include "query/ExportJob.h"
#include "query/FilterExpressionParser.h"
#include "review/IntegrityAudit.h"
#include "schema/RobotEnum.h"
#include "schema/RobotSchema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <mutex>

// Installs a translator that marks every text it is asked for ("«source»") and
// triggers real messages of the core libraries: each must come back marked, so
// a message that bypasses tr()/translate() fails here. Each (context, source)
// the translator was asked for must also be in the committed
// translations/trade-inspector.ts: lupdate found it under the same context the
// code asks for at run time, so a translator's work reaches the user.
class TestCoreMessagesTranslated : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectionUrlErrors();
    void missingSqliteFile();
    void filterExpressionErrors();
    void corruptBackupIsRefused();
    void backupIntoUnwritableFolder();
    void exportToUnwritablePath();
    void auditFindings();
    void schemaAndEnumLabels();
    void everyTextAskedForIsInTheSourceTsFile();
    void cleanupTestCase();

private:
    void requireMarked(const QString &message);
    QTemporaryDir m_dir;
    ConnectionSpec m_robot; // an SQLite robot database with the empty schema
};

namespace {

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText)
            return {};
        const std::lock_guard lock(m_mutex); // jobs translate on worker threads
        // Qt's own messages (QIODevice: "No such file or directory") are
        // marked too but belong to Qt's translations, not our .ts file.
        const bool qtOwn = context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z' &&
                           qstrcmp(context, "QObject") != 0;
        if (!qtOwn)
            m_asked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
    bool isEmpty() const override { return false; }

    QSet<QPair<QString, QString>> asked() const
    {
        const std::lock_guard lock(m_mutex);
        return m_asked;
    }

private:
    mutable std::mutex m_mutex;
    mutable QSet<QPair<QString, QString>> m_asked;
};

MarkingTranslator *g_translator = nullptr;

// (context, source) of every message in a .ts file.
QSet<QPair<QString, QString>> messagesIn(const QString &tsPath, QString *error)
{
    QSet<QPair<QString, QString>> messages;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messages.insert({context, xml.readElementText()});
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

void TestCoreMessagesTranslated::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Installed before any core code runs: the schema's labels are translated
    // once, on first use.
    g_translator = new MarkingTranslator;
    QVERIFY(QCoreApplication::installTranslator(g_translator));
    m_robot = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("robot.db")));
    const QString error = RobotFixture::createSchema(m_robot);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCoreMessagesTranslated::cleanupTestCase()
{
    QCoreApplication::removeTranslator(g_translator);
    delete g_translator;
}

void TestCoreMessagesTranslated::requireMarked(const QString &message)
{
    QVERIFY2(!message.isEmpty(), "no message at all");
    QVERIFY2(message.startsWith(u'«'), qPrintable(QStringLiteral("not translated: ") + message));
}

void TestCoreMessagesTranslated::connectionUrlErrors()
{
    for (const QString &url :
         {QStringLiteral("mysql://u@h/db"), QStringLiteral("sqlite://host/file.db"),
          QStringLiteral("postgresql://u@h:99999/db"), QStringLiteral("postgresql://u@h/"),
          QStringLiteral("postgresql://u@h/db?sslmode=sometimes"), QString()}) {
        QString error;
        QVERIFY2(!ConnectionSpec::fromUrl(url, &error), qPrintable(url));
        requireMarked(error);
    }
}

void TestCoreMessagesTranslated::missingSqliteFile()
{
    QString error;
    const auto spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("absent.db")));
    QVERIFY(!DatabaseConnection::open(spec, AccessMode::ReadOnly, &error));
    requireMarked(error);
    QVERIFY2(error.contains(QStringLiteral("absent.db")), qPrintable(error));
}

void TestCoreMessagesTranslated::filterExpressionErrors()
{
    const TableDef &trades = RobotSchema::table(RobotTable::Trades);
    for (const QString &expression :
         {QStringLiteral("symbol"), QStringLiteral("nosuchcolumn=1"), QStringLiteral("price>abc"),
          QStringLiteral("quantity~1"), QStringLiteral("side=sideways")}) {
        QString error;
        QVERIFY2(!FilterExpressionParser::parse(trades, expression, &error),
                 qPrintable(expression));
        requireMarked(error);
    }
    QString error;
    QVERIFY(!FilterExpressionParser::parseTimeBound(u"yesterday-ish", false, &error));
    requireMarked(error);
}

void TestCoreMessagesTranslated::corruptBackupIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("trading_robot_20250101_000000.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const VerifyResult verified = BackupVerifier::verify(path);
    QVERIFY(!verified.ok);
    requireMarked(verified.message);
    const VerifyResult missing = BackupVerifier::verify(path + QStringLiteral(".gone"));
    QVERIFY(!missing.ok);
    requireMarked(missing.message);
}

void TestCoreMessagesTranslated::backupIntoUnwritableFolder()
{
    // A regular file where the folder should be: no directory can be made there.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const BackupResult result = BackupJob::run(m_robot, blocker + QStringLiteral("/backups"));
    QVERIFY(!result.ok);
    requireMarked(result.message);
}

void TestCoreMessagesTranslated::exportToUnwritablePath()
{
    ExportJob::Options options;
    options.spec = m_robot;
    options.table = RobotTable::Trades;
    options.outputPath = m_dir.filePath(QStringLiteral("no/such/folder/trades.csv"));
    const ExportJob::Result result = ExportJob::run(options);
    QVERIFY(!result.ok);
    requireMarked(result.error);
}

void TestCoreMessagesTranslated::auditFindings()
{
    {
        QString error;
        auto connection = DatabaseConnection::open(m_robot, AccessMode::ReadWrite, &error);
        QVERIFY2(connection, qPrintable(error));
        QSqlQuery q(connection->database());
        // A fill without an order and one whose order does not exist.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO trades (symbol, side, quantity, price, total_value, executed_at, "
            "order_id) VALUES ('AAPL', 'BUY', 1, 10, 10, '2025-01-02 10:00:00', NULL), "
            "('AAPL', 'SELL', 1, 11, 99, '2025-01-02 11:00:00', 424242)")));
    }
    QString error;
    auto connection = DatabaseConnection::open(m_robot, AccessMode::ReadOnly, &error);
    QVERIFY2(connection, qPrintable(error));
    const IntegrityAudit::Result audit = IntegrityAudit::run(*connection);
    QVERIFY2(audit.ran, qPrintable(audit.error));
    QVERIFY2(audit.findings.size() >= 2, qPrintable(QString::number(audit.findings.size())));
    for (const AuditFinding &finding : audit.findings) {
        requireMarked(finding.message);
        QVERIFY2(!finding.kind.contains(u'«'), qPrintable(finding.kind)); // an identifier
    }
}

void TestCoreMessagesTranslated::schemaAndEnumLabels()
{
    const TableDef &orders = RobotSchema::table(RobotTable::Orders);
    requireMarked(orders.label);
    for (const ColumnDef &column : orders.columns) {
        requireMarked(column.label);
        QVERIFY2(!column.name.contains(u'«'), qPrintable(column.name)); // SQL stays SQL
    }
    requireMarked(RobotEnums::label(RobotEnum::OrderStatus, u"partially_filled"));
}

void TestCoreMessagesTranslated::everyTextAskedForIsInTheSourceTsFile()
{
    QString error;
    const auto listed = messagesIn(QStringLiteral(TI_SOURCE_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(listed.size() > 300, qPrintable(QString::number(listed.size())));
    const auto asked = g_translator->asked();
    QVERIFY2(asked.size() > 30, qPrintable(QString::number(asked.size())));
    QStringList unlisted;
    for (const auto &[context, source] : asked) {
        if (!listed.contains({context, source}))
            unlisted << QStringLiteral("%1: %2").arg(context, source);
    }
    unlisted.sort();
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(QStringLiteral("not in the .ts file (context differs, or run the "
                                       "update_translations target):\n") +
                        unlisted.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCoreMessagesTranslated)
#include "TestCoreMessagesTranslated.moc"
