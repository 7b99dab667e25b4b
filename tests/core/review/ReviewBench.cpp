// Manual benchmark, not a test (not registered with CTest): session statistics
// and the integrity audit on a big database, beside the raw engine computing
// the plain aggregates (count, sum of commission, sum of value) in the same run.
//   ReviewBench <database-url> [--create-schema | --stats-only | --stats-vs-engine]
// --stats-vs-engine: five rounds of the bench's session_statistics operation
// (the statistics job beside the engine's plain aggregates, same SQL and
// window as tests/bench/StatisticsBench.cpp), medians printed; for when the
// whole benchmark is too long to run.
#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "review/IntegrityAudit.h"
#include "review/StatisticsJob.h"
#include "review/TradeStream.h"
#include "schema/SchemaDdl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <sys/resource.h>

static long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    QString error;
    const auto spec = ConnectionSpec::fromUrl(args.at(1), &error);
    if (!spec)
        return 2;
    if (args.contains(QStringLiteral("--create-schema"))) {
        auto rw = DatabaseConnection::open(*spec, AccessMode::Create, &error);
        if (!rw || !SchemaDdl::create(rw->database(), spec->driver, &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
        return 0;
    }
    auto connection = DatabaseConnection::open(*spec, AccessMode::ReadOnly, &error);
    if (!connection) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--stats-only"))) {
        // One statistics pass over every trade: what callgrind profiles.
        StatisticsRequest request;
        request.from = Timestamp::fromText(u"1970-01-01");
        request.to = Timestamp::fromText(u"2999-12-31");
        QElapsedTimer timer;
        timer.start();
        const auto stats = StatisticsJob::run(*connection, request);
        out << "statistics job: " << timer.elapsed() << " ms, fills "
            << (stats.statistics ? stats.statistics->fills.fills : -1) << ", peak RSS "
            << peakRssMiB() << " MiB\n";
        return stats.statistics ? 0 : 1;
    }
    if (args.contains(QStringLiteral("--stats-vs-engine"))) {
        StatisticsRequest request;
        request.from = Timestamp::fromText(u"1970-01-01");
        request.to = Timestamp::fromText(u"2999-12-31");
        const QString parameter = SqlDialect(spec->driver).timestampParameter();
        const QString aggregates =
            QStringLiteral("SELECT count(*), sum(commission), sum(total_value) FROM trades"
                           " WHERE executed_at >= %1 AND executed_at <= %1")
                .arg(parameter);
        QList<qint64> model, engine;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto stats = StatisticsJob::run(*connection, request);
            model << timer.elapsed();
            if (!stats.statistics) {
                qWarning("%s", qPrintable(stats.error));
                return 1;
            }
            timer.restart();
            QSqlQuery raw(connection->database());
            raw.setForwardOnly(true);
            raw.prepare(aggregates);
            raw.addBindValue(request.from->toStorageText());
            raw.addBindValue(request.to->toStorageText());
            if (!raw.exec() || !raw.next())
                return 1;
            engine << timer.elapsed();
            out << "round " << round << ": model " << model.last() << " ms, engine "
                << engine.last() << " ms, " << raw.value(0).toLongLong() << " trades\n";
            out.flush();
        }
        std::sort(model.begin(), model.end());
        std::sort(engine.begin(), engine.end());
        out << "median: model " << model.at(2) << " ms, engine " << engine.at(2) << " ms, ratio "
            << double(model.at(2)) / double(qMax<qint64>(1, engine.at(2))) << ", peak RSS "
            << peakRssMiB() << " MiB\n";
        return 0;
    }
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        {
            QSqlQuery raw(connection->database());
            raw.setForwardOnly(true);
            raw.exec(QStringLiteral("SELECT COUNT(*), SUM(commission), SUM(total_value) FROM "
                                    "trades WHERE executed_at >= '2025-01-01 00:00:00.000000'"));
            raw.next();
            out << "raw aggregates: " << raw.value(0).toLongLong() << " rows, " << timer.elapsed()
                << " ms\n";
        }
        timer.restart();
        {
            qint64 n = 0;
            TradeStream::run(
                *connection, {}, {}, [&](const Fill &) { ++n; }, {}, &error);
            out << "stream only: " << n << " rows, " << timer.elapsed() << " ms\n";
        }
        timer.restart();
        {
            QSqlQuery raw(connection->database());
            raw.setForwardOnly(true);
            raw.exec(
                QStringLiteral("SELECT id, symbol, side, quantity, price, commission, "
                               "executed_at, strategy_name FROM trades ORDER BY executed_at, id"));
            qint64 n = 0;
            while (raw.next()) {
                for (int c = 0; c < 8; ++c)
                    raw.value(c);
                ++n;
            }
            out << "QSqlQuery read only: " << n << " rows, " << timer.elapsed() << " ms\n";
        }
        timer.restart();
        StatisticsRequest request;
        request.sessionId = 1;
        const auto stats = StatisticsJob::run(*connection, request);
        out << "statistics job: " << timer.elapsed() << " ms, fills "
            << (stats.statistics ? stats.statistics->fills.fills : -1) << ", round trips "
            << (stats.statistics ? stats.statistics->roundTrips.count : -1) << ' ' << stats.error
            << ", peak RSS " << peakRssMiB() << " MiB\n";
        timer.restart();
        const auto audit = IntegrityAudit::run(*connection);
        out << "integrity audit: " << timer.elapsed() << " ms, findings " << audit.findings.size()
            << ' ' << audit.error << ", peak RSS " << peakRssMiB() << " MiB\n";
        out.flush();
    }
    return 0;
}
