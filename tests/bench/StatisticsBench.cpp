#include "StatisticsBench.h"

#include "BenchTiming.h"
#include "RawEngine.h"
#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "review/StatisticsJob.h"

namespace StatisticsBench {

OperationResult run(const ConnectionSpec &spec, RawEngine &engine, int runs, QString *error)
{
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("bench-stats"));
    if (!connection)
        return {};
    // A window wider than any demo history: every trade is in it.
    StatisticsRequest request;
    request.from = Timestamp::fromText(u"1970-01-01");
    request.to = Timestamp::fromText(u"2999-12-31");
    const QString parameter = SqlDialect(spec.driver).timestampParameter();
    const BoundSql aggregates{
        QStringLiteral("SELECT count(*), sum(commission), sum(total_value) FROM trades"
                       " WHERE executed_at >= %1 AND executed_at <= %1")
            .arg(parameter),
        {request.from->toStorageText(), request.to->toStorageText()}};

    QList<double> model;
    QList<double> raw;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const StatisticsJob::Result result = StatisticsJob::run(*connection, request);
        model << BenchTiming::since(timer);
        if (!result.statistics) {
            *error = QStringLiteral("statistics failed: ") + result.error;
            return {};
        }
        raw << engine.run(aggregates);
    }
    return {QStringLiteral("session_statistics"), BenchTiming::median(model),
            BenchTiming::median(raw)};
}

} // namespace StatisticsBench
