#include "StatisticsJob.h"

#include "StatisticsAccumulator.h"
#include "TradeStream.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>

StatisticsJob::Result StatisticsJob::run(DatabaseConnection &connection,
                                         const StatisticsRequest &request,
                                         const JobControl &control)
{
    Result result;
    SessionStatistics statistics;
    statistics.symbol = request.symbol;
    statistics.strategy = request.strategy;
    if (request.sessionId) {
        const SqlDialect dialect(connection.driver());
        statistics.session =
            StoredSession::load(connection.database(), dialect, *request.sessionId, &result.error);
        if (!statistics.session) {
            result.sessionNotFound = result.error.isEmpty();
            if (result.sessionNotFound)
                result.error =
                    QCoreApplication::translate("StatisticsJob", "no trading session with id %1")
                        .arg(*request.sessionId);
            return result;
        }
        statistics.from = statistics.session->startedAt;
        statistics.to = statistics.session->endedAt;
    } else {
        statistics.from = request.from;
        statistics.to = request.to;
    }

    StatisticsAccumulator accumulator(&statistics, request.collectEquityCurve);
    TradeStream::Filter filter;
    filter.to = statistics.to;
    filter.symbol = request.symbol;
    filter.strategy = request.strategy;
    TradeStream::Options options;
    options.names = &accumulator.names();
    options.batchRows = request.batchRows;
    const auto outcome = TradeStream::run(
        connection, filter, control, [&](const Fill &fill) { accumulator.add(fill); },
        [&](qint64) { accumulator.skip(); }, &result.error, options);
    if (outcome != TradeStream::Outcome::Finished) {
        result.cancelled = outcome == TradeStream::Outcome::Cancelled;
        if (result.cancelled)
            result.error = QCoreApplication::translate("StatisticsJob", "cancelled");
        return result;
    }
    accumulator.finish();
    result.statistics = std::move(statistics);
    return result;
}
