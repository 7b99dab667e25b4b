#include "TradeStream.h"

#include "db/BoundQuery.h"

#include "FillReadAhead.h"
#include "PostgresFillReader.h"
#include "SqliteFillReader.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "schema/ValueDecoder.h"

#include <QSqlQuery>

namespace {

struct Where
{
    QString sql;        // " WHERE executed_at IS NOT NULL" + conditions
    QString conditions; // " AND ..." terms, without the NOT NULL one
    QVariantList values;
};

Where whereClause(const SqlDialect &dialect, const TradeStream::Filter &filter)
{
    Where w;
    if (filter.to) {
        w.conditions += QStringLiteral(" AND executed_at <= ") + dialect.timestampParameter();
        w.values << filter.to->toStorageText();
    }
    if (!filter.symbol.isEmpty()) {
        w.conditions += QStringLiteral(" AND symbol = ?");
        w.values << filter.symbol;
    }
    if (!filter.strategy.isEmpty()) {
        w.conditions += QStringLiteral(" AND strategy_name = ?");
        w.values << filter.strategy;
    }
    w.sql = QStringLiteral(" WHERE executed_at IS NOT NULL") + w.conditions;
    return w;
}

// libpq numbers its parameters: the n-th `?` of our own SQL text becomes $n
// (the text holds no quoted `?`).
QString numberedPlaceholders(const QString &sql)
{
    QString result;
    int n = 0;
    for (const QChar c : sql) {
        if (c == u'?')
            result += u'$' + QString::number(++n);
        else
            result += c;
    }
    return result;
}

} // namespace

TradeStream::Outcome TradeStream::run(DatabaseConnection &connection, const Filter &filter,
                                      const JobControl &control,
                                      const std::function<void(const Fill &)> &onFill,
                                      const std::function<void(qint64)> &onUnreadable,
                                      QString *error, const Options &options)
{
    const QSqlDatabase db = connection.database();
    const SqlDialect dialect(connection.driver());
    const Where where = whereClause(dialect, filter);
    const QString executedAt = dialect.timestampAsText(QStringLiteral("executed_at"));

    // The time span, for progress: two index lookups, no count of the rows.
    // (MIN/MAX under a WHERE clause scans every row on SQLite.)
    qint64 firstMicros = 0, spanMicros = 0;
    std::optional<Timestamp> bounds[2];
    for (int i = 0; i < 2; ++i) {
        QSqlQuery edge(db);
        if (!BoundQuery::exec(edge,
                              QStringLiteral("SELECT %1 FROM trades").arg(executedAt) + where.sql +
                                  QStringLiteral(" ORDER BY executed_at %1 LIMIT 1")
                                      .arg(i == 0 ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                              where.values, error))
            return control.isCancelled() ? Outcome::Cancelled : Outcome::Failed;
        if (edge.next())
            bounds[i] = ValueDecoder::toTimestamp(edge.value(0));
    }
    if (bounds[0] && bounds[1]) {
        firstMicros = bounds[0]->microseconds();
        spanMicros = bounds[1]->microseconds() - firstMicros;
    }

    // PostgreSQL only (SQLite's reader builds its own), read in binary: each
    // column cast to the type PostgresFillReader decodes (a no-op on the
    // robot's own types), so formatting and parsing a million timestamps and
    // numerics as text is left out on both sides. The timestamp cast renders
    // a timestamptz in the session time zone, as to_char() would. The ORDER
    // BY names the table's column: a bare name would sort by the output column
    // of the same name, which the index on executed_at does not give. Rows of
    // equal executed_at are put in id order by the reader.
    const QString sql =
        QStringLiteral("SELECT id::bigint, symbol::text, %1 AS side, quantity::numeric, "
                       "price::numeric, commission::numeric, executed_at::timestamp, "
                       "strategy_name::text FROM trades")
            .arg(dialect.enumAsText(QStringLiteral("side"))) +
        where.sql + QStringLiteral(" ORDER BY trades.executed_at");

    Fill fill;
    qint64 rows = 0;
    int lastPermille = -1;
    auto handle = [&](bool readable) {
        if (readable)
            onFill(fill);
        else if (onUnreadable)
            onUnreadable(fill.id);
        if ((++rows & 1023) == 0 && control.rowProgress) {
            const int permille =
                spanMicros > 0
                    ? int((fill.executedAt.microseconds() - firstMicros) * 1000 / spanMicros)
                    : 0;
            if (permille != lastPermille)
                control.rowProgress(lastPermille = permille, rows);
        }
    };

    // Both readers run on a second thread while this one matches.
    auto drain = [&](FillSource &reader) {
        {
            FillReadAhead readAhead(&reader);
            FillReadAhead::Batch batch;
            while (readAhead.next(&batch)) {
                for (FillReadAhead::Row &row : batch) {
                    if (control.isCancelled())
                        return Outcome::Cancelled;
                    std::swap(fill, row.fill);
                    handle(row.readable);
                }
            }
        }
        if (!reader.error().isEmpty()) {
            *error = reader.error();
            return control.isCancelled() ? Outcome::Cancelled : Outcome::Failed;
        }
        return Outcome::Finished;
    };

    QStringList values;
    for (const QVariant &v : where.values)
        values << v.toString();
    Outcome outcome;
    if (!dialect.isPostgres()) {
        SqliteFillReader reader;
        if (!reader.open(db, where.conditions, values, options, error))
            return Outcome::Failed;
        outcome = drain(reader);
    } else {
        PostgresFillReader reader;
        if (!reader.open(db, numberedPlaceholders(sql), values, options.batchRows, options.names,
                         error))
            return control.isCancelled() ? Outcome::Cancelled : Outcome::Failed;
        outcome = drain(reader);
    }
    if (outcome != Outcome::Finished)
        return outcome;
    if (control.rowProgress)
        control.rowProgress(1000, rows);
    return Outcome::Finished;
}
