// trade-inspector-bench [--rows N] [--sessions N] [--positions N] [--database URL] [--json]
// Drives the real lazy model and export over the trades table, and the session
// and position lists through the same model, each operation
// beside the raw engine (sqlite3 C API or libpq) running the same SQL in the
// same run; medians of several runs; peak RSS after first, middle and end pages.
// Without --database it builds (once, cached) an N-trade SQLite demo database.

#include "BackupBench.h"
#include "ListsBench.h"
#include "ModelBench.h"
#include "StatisticsBench.h"
#include "demo/DemoDataGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace {

double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// What the demo database holds: N trades and, for load tests of the lists,
// optionally many sessions and (retired, closed) positions.
struct DemoShape
{
    qint64 trades = 0;
    int sessions = 0;  // 0: what the generator derives from the trades
    int positions = 0; // 0: one per traded symbol; otherwise that many more

    QStringList arguments() const
    {
        return {QStringLiteral("--rows"),      QString::number(trades),
                QStringLiteral("--sessions"),  QString::number(sessions),
                QStringLiteral("--positions"), QString::number(positions)};
    }
    QString fileName() const
    {
        QString name = QStringLiteral("trades-%1").arg(trades);
        if (sessions > 0)
            name += QStringLiteral("-sessions-%1").arg(sessions);
        if (positions > 0)
            name += QStringLiteral("-positions-%1").arg(positions);
        return name + QStringLiteral(".db");
    }
};

// `path` is an SQLite file (written under a temporary name, then renamed) or a
// PostgreSQL URL (filled in place, for `--database` runs against PostgreSQL).
int generate(const QString &path, const DemoShape &shape)
{
    DemoOptions options;
    // The generator makes about 1.3 fills per order.
    options.orders = int(qMax<qint64>(1, shape.trades * 10 / 13));
    options.force = true;
    options.sessions = shape.sessions;
    options.retiredPositions = shape.positions;
    QString error;
    const auto target = ConnectionSpec::fromUrl(path, &error);
    if (target && target->isPostgres()) {
        if (DemoDataGenerator::generate(*target, options, &error))
            return 0;
        QTextStream(stderr) << "trade-inspector-bench: cannot generate: " << error << Qt::endl;
        return 1;
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!DemoDataGenerator::generate(ConnectionSpec::sqliteFile(partial), options, &error)) {
        QTextStream(stderr) << "trade-inspector-bench: cannot generate: " << error << Qt::endl;
        return 1;
    }
    QFile::remove(path);
    return QFile::rename(partial, path) ? 0 : 1;
}

// The cached demo database for N trades, generated in a child process so the
// generator's memory does not count towards the benchmark's peak.
QString cachedDatabase(const DemoShape &shape, QString *error)
{
    QString base = qEnvironmentVariable("TI_BENCH_CACHE");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
               QStringLiteral("/trade-inspector-bench");
    QDir().mkpath(base);
    const QString path = base + u'/' + shape.fileName();
    if (QFile::exists(path))
        return path;
    QTextStream(stderr) << "generating " << path << " ..." << Qt::endl;
    const int code =
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          QStringList{QStringLiteral("--generate"), path} + shape.arguments());
    if (code != 0 || !QFile::exists(path)) {
        *error = QStringLiteral("generating the demo database failed");
        return {};
    }
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trade-inspector-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark the lazy table model against the "
                                                    "raw database engine."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("Trades to generate (default 1000000)."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("sessions"),
                      QStringLiteral("Sessions in the generated database (default: derived "
                                     "from --rows, at most 250)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("positions"),
                      QStringLiteral("Closed positions added to the generated database "
                                     "(default 0; at most 456976)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Benchmark this database instead of a generated one."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per operation (default 7)."),
                      QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("skip-backup"),
                      QStringLiteral("Leave out backup and restore (they rewrite the database).")});
    QCommandLineOption generateOption(QStringLiteral("generate"), QString(),
                                      QStringLiteral("path"));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(generateOption);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const qint64 trades = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || trades < 1) {
        err << "trade-inspector-bench: --rows needs a positive number" << Qt::endl;
        return 2;
    }
    DemoShape shape{trades};
    bool sessionsOk = false, positionsOk = false;
    shape.sessions = parser.value(QStringLiteral("sessions")).toInt(&sessionsOk);
    shape.positions = parser.value(QStringLiteral("positions")).toInt(&positionsOk);
    if (!sessionsOk || !positionsOk || shape.sessions < 0 || shape.positions < 0 ||
        shape.positions > 456976) {
        err << "trade-inspector-bench: --sessions and --positions need a number from 0 "
               "(--positions at most 456976)"
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(generateOption))
        return generate(parser.value(generateOption), shape);

    QString error;
    QString url = parser.value(QStringLiteral("database"));
    if (url.isEmpty()) {
        url = cachedDatabase(shape, &error);
        if (url.isEmpty()) {
            err << "trade-inspector-bench: " << error << Qt::endl;
            return 1;
        }
    }
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        err << "trade-inspector-bench: bad --database: " << error << Qt::endl;
        return 2;
    }
    auto engine = RawEngine::open(*spec, &error);
    if (!engine) {
        err << "trade-inspector-bench: " << error << Qt::endl;
        return 1;
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    ModelBench bench(*spec, *engine, runs);
    if (!bench.prepare(&error)) {
        err << "trade-inspector-bench: " << error << Qt::endl;
        return 1;
    }
    QList<OperationResult> operations = bench.pageOperations(&error);
    const double peak = peakRssMib(); // after first, middle and end pages
    if (error.isEmpty())
        operations << bench.exactCount(&error);
    if (error.isEmpty())
        operations << bench.exportCsv(&error);
    if (error.isEmpty())
        operations << StatisticsBench::run(*spec, *engine, runs, &error);
    ListsBench::Sizes lists;
    if (error.isEmpty())
        operations << ListsBench::run(*spec, *engine, runs, &lists, &error);
    // Each backup copies the whole database: three runs give a stable median.
    if (error.isEmpty() && !parser.isSet(QStringLiteral("skip-backup")))
        operations << BackupBench::operations(*spec, qMin(runs, 3), &error);
    if (!error.isEmpty()) {
        err << "trade-inspector-bench: " << error << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const OperationResult &op : operations)
        list.append(QJsonObject{{QStringLiteral("name"), op.name},
                                {QStringLiteral("model_ms"), qRound(op.modelMs * 100) / 100.0},
                                {QStringLiteral("engine_ms"), qRound(op.engineMs * 100) / 100.0}});
    const QJsonObject result{
        {QStringLiteral("rows"), double(bench.rows())},
        {QStringLiteral("sessions"), double(lists.sessions)},
        {QStringLiteral("positions"), double(lists.positions)},
        {QStringLiteral("backend"), spec->qtDriverName()},
        {QStringLiteral("operations"), list},
        {QStringLiteral("peak_rss_mib"), qRound(peak * 10) / 10.0},
        {QStringLiteral("peak_rss_after_export_mib"), qRound(peakRssMib() * 10) / 10.0},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("page_size"), LazyTableModel::kPageSize},
    };
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out << "rows " << bench.rows() << ", sessions " << lists.sessions << ", positions "
        << lists.positions << ", " << spec->qtDriverName() << ", medians of " << runs << " runs\n";
    for (const OperationResult &op : operations)
        out << op.name.leftJustified(30) << " model " << QString::number(op.modelMs, 'f', 2)
            << " ms   engine " << QString::number(op.engineMs, 'f', 2) << " ms\n";
    out << "peak RSS " << QString::number(peak, 'f', 1) << " MiB" << Qt::endl;
    return 0;
}
