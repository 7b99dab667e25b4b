#include "StoredSession.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"
#include "schema/RobotSchema.h"
#include "schema/ValueDecoder.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QStringList kColumns = {
    QStringLiteral("id"),
    QStringLiteral("session_name"),
    QStringLiteral("started_at"),
    QStringLiteral("ended_at"),
    QStringLiteral("is_active"),
    QStringLiteral("total_trades"),
    QStringLiteral("winning_trades"),
    QStringLiteral("losing_trades"),
    QStringLiteral("total_pnl"),
    QStringLiteral("total_commission"),
    QStringLiteral("win_rate"),
    QStringLiteral("starting_balance"),
    QStringLiteral("ending_balance"),
    QStringLiteral("max_drawdown"),
};

QString selectSql(const SqlDialect &dialect)
{
    QStringList select;
    for (const QString &name : kColumns) {
        const QString quoted = SqlDialect::quoteIdentifier(name);
        if (name.endsWith(QLatin1String("ed_at")))
            select << dialect.timestampAsText(quoted) + QStringLiteral(" AS ") + quoted;
        else
            select << quoted;
    }
    return QStringLiteral("SELECT %1 FROM trading_sessions").arg(select.join(QStringLiteral(", ")));
}

QVariant field(const QSqlQuery &query, const QString &name)
{
    const ColumnDef *column = RobotSchema::table(RobotTable::TradingSessions).column(name);
    return ValueDecoder::decode(*column, query.value(name));
}

template <typename T> std::optional<T> optionalField(const QSqlQuery &query, const QString &name)
{
    const QVariant v = field(query, name);
    if (v.isNull() || !v.canConvert<T>())
        return std::nullopt;
    if constexpr (std::is_same_v<T, qint64>) {
        if (v.typeId() != QMetaType::LongLong)
            return std::nullopt;
        return v.toLongLong();
    } else {
        if (v.metaType() != QMetaType::fromType<T>())
            return std::nullopt;
        return v.value<T>();
    }
}

std::optional<StoredSession> fromRow(const QSqlQuery &query)
{
    StoredSession s;
    const auto started = optionalField<Timestamp>(query, QStringLiteral("started_at"));
    if (!started)
        return std::nullopt;
    s.id = query.value(QStringLiteral("id")).toLongLong();
    s.name = query.value(QStringLiteral("session_name")).toString();
    s.startedAt = *started;
    s.endedAt = optionalField<Timestamp>(query, QStringLiteral("ended_at"));
    s.isActive = field(query, QStringLiteral("is_active")).toBool();
    s.totalTrades = optionalField<qint64>(query, QStringLiteral("total_trades"));
    s.winningTrades = optionalField<qint64>(query, QStringLiteral("winning_trades"));
    s.losingTrades = optionalField<qint64>(query, QStringLiteral("losing_trades"));
    s.totalPnl = optionalField<Decimal>(query, QStringLiteral("total_pnl"));
    s.totalCommission = optionalField<Decimal>(query, QStringLiteral("total_commission"));
    s.winRate = optionalField<Decimal>(query, QStringLiteral("win_rate"));
    s.startingBalance = optionalField<Decimal>(query, QStringLiteral("starting_balance"));
    s.endingBalance = optionalField<Decimal>(query, QStringLiteral("ending_balance"));
    s.maxDrawdown = optionalField<Decimal>(query, QStringLiteral("max_drawdown"));
    return s;
}

} // namespace

std::optional<StoredSession> StoredSession::load(const QSqlDatabase &db, const SqlDialect &dialect,
                                                 qint64 id, QString *error)
{
    error->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(selectSql(dialect) + QStringLiteral(" WHERE id = ?"))) {
        *error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!query.exec()) {
        *error = DatabaseConnection::describeError(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    auto session = fromRow(query);
    if (!session)
        *error =
            QCoreApplication::translate("StoredSession", "session %1 has no readable started_at")
                .arg(id);
    return session;
}

bool StoredSession::loadAll(const QSqlDatabase &db, const SqlDialect &dialect,
                            QList<StoredSession> *sessions, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectSql(dialect) + QStringLiteral(" ORDER BY started_at, id"))) {
        *error = DatabaseConnection::describeError(query.lastError());
        return false;
    }
    while (query.next()) {
        if (auto s = fromRow(query))
            sessions->append(*s);
    }
    return true;
}
