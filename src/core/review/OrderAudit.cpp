#include "OrderAudit.h"

#include "AuditSql.h"
#include "schema/RobotEnum.h"
#include "schema/ValueDecoder.h"

#include <QCoreApplication>

namespace {

const int kQty = 4;   // NUMERIC(12,4) quantity, filled_quantity
const int kPrice = 4; // NUMERIC(12,4) avg_fill_price

QStringList spellings(const QStringList &values)
{
    QStringList all;
    for (const QString &v : values)
        all << RobotEnums::storedSpellings(v);
    return all;
}

bool checkAggregates(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
                     QString *error)
{
    // Half a unit in SQL (float noise stays far below it), one unit in C++.
    const QString sql = QStringLiteral(
        "SELECT o.id, o.quantity, o.filled_quantity, o.avg_fill_price, COUNT(t.id), "
        "SUM(t.quantity), SUM(t.quantity * t.price) FROM orders o JOIN trades t ON "
        "t.order_id = o.id GROUP BY o.id, o.quantity, o.filled_quantity, o.avg_fill_price "
        "HAVING ABS(COALESCE(o.filled_quantity, 0) - SUM(t.quantity)) > ? "
        "OR (o.avg_fill_price IS NOT NULL AND SUM(t.quantity) > 0 AND "
        "ABS(o.avg_fill_price - SUM(t.quantity * t.price) / SUM(t.quantity)) > ?) "
        "OR SUM(t.quantity) > o.quantity + ? ORDER BY o.id");
    QSqlQuery q(db);
    const QVariant half = AuditSql::threshold(dialect, "0.00005");
    if (!BoundQuery::exec(q, sql, {half, half, half}, error))
        return false;
    const Decimal unit = AuditSql::unit(kQty);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Decimal quantity = AuditSql::decimal(q.value(1), kQty).value_or(Decimal());
        const Decimal filled = AuditSql::decimal(q.value(2), kQty).value_or(Decimal());
        const auto avg = AuditSql::decimal(q.value(3), kPrice);
        const qint64 count = q.value(4).toLongLong();
        const Decimal sumQty = AuditSql::decimal(q.value(5), kQty).value_or(Decimal());
        const Decimal sumValue = AuditSql::decimal(q.value(6), 8).value_or(Decimal());
        if ((filled - sumQty).abs() > unit)
            findings->add(
                {QStringLiteral("order_filled_quantity_mismatch"),
                 AuditFinding::Severity::Error,
                 QStringLiteral("orders"),
                 {id},
                 QCoreApplication::translate(
                     "OrderAudit", "order %1: filled_quantity %2, but its %3 fills sum to %4")
                     .arg(id)
                     .arg(filled.toString(), QString::number(count), sumQty.toString())});
        if (avg && sumQty.sign() > 0) {
            const Decimal vwap = sumValue / sumQty;
            if ((*avg - vwap).abs() > AuditSql::unit(kPrice))
                findings->add({QStringLiteral("order_avg_fill_price_mismatch"),
                               AuditFinding::Severity::Error,
                               QStringLiteral("orders"),
                               {id},
                               QCoreApplication::translate(
                                   "OrderAudit",
                                   "order %1: avg_fill_price %2, but its fills' volume-weighted "
                                   "price is %3")
                                   .arg(id)
                                   .arg(avg->toString(), vwap.rounded(kPrice).toString())});
        }
        if (sumQty > quantity + unit)
            findings->add({QStringLiteral("order_fills_exceed_quantity"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("orders"),
                           {id},
                           QCoreApplication::translate(
                               "OrderAudit", "order %1: quantity %2, but its fills sum to %3")
                               .arg(id)
                               .arg(quantity.toString(), sumQty.toString())});
    }
    return true;
}

bool checkFilledWithoutFills(const QSqlDatabase &db, const SqlDialect &dialect,
                             AuditCollector *findings, QString *error)
{
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q,
            // The robot has no index on trades.order_id: a correlated NOT EXISTS
            // scans every trade once per order on SQLite. As an outer join,
            // SQLite builds an automatic index and PostgreSQL a hash anti-join.
            QStringLiteral("SELECT o.id, o.filled_quantity FROM orders o LEFT JOIN trades t "
                           "ON t.order_id = o.id WHERE COALESCE(o.filled_quantity, 0) > ? "
                           "AND t.id IS NULL ORDER BY o.id"),
            {AuditSql::threshold(dialect, "0.0001")}, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Decimal filled = AuditSql::decimal(q.value(1), kQty).value_or(Decimal());
        if (filled > AuditSql::unit(kQty))
            findings->add({QStringLiteral("order_filled_quantity_mismatch"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("orders"),
                           {id},
                           QCoreApplication::translate(
                               "OrderAudit", "order %1: filled_quantity %2, but it has no fills")
                               .arg(id)
                               .arg(filled.toString())});
    }
    return true;
}

bool checkFillsOfUnfilledOrders(const QSqlDatabase &db, const SqlDialect &dialect,
                                AuditCollector *findings, QString *error)
{
    // A rejected order never traded; a pending one was never sent. Canceled and
    // expired orders may have been partly filled first, so they are fine.
    const QStringList statuses = spellings({QStringLiteral("rejected"), QStringLiteral("pending")});
    QVariantList values;
    for (const QString &s : statuses)
        values << s;
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q,
            QStringLiteral("SELECT t.order_id, %1, t.id FROM trades t JOIN orders o ON o.id = "
                           "t.order_id WHERE %1 IN (%2) ORDER BY t.order_id, t.id")
                .arg(dialect.enumAsText(QStringLiteral("o.status")),
                     AuditSql::placeholders(values.size())),
            values, error))
        return false;
    qint64 currentOrder = -1;
    AuditFinding finding;
    auto flush = [&] {
        if (currentOrder < 0)
            return;
        finding.message =
            QCoreApplication::translate("OrderAudit", "order %1 is %2, yet it has %n fill(s)",
                                        nullptr, int(finding.ids.size()))
                .arg(currentOrder)
                .arg(finding.message);
        findings->add(finding);
    };
    while (q.next()) {
        const qint64 orderId = q.value(0).toLongLong();
        if (orderId != currentOrder) {
            flush();
            currentOrder = orderId;
            finding = {QStringLiteral("fills_of_unfilled_order"),
                       AuditFinding::Severity::Error,
                       QStringLiteral("trades"),
                       {},
                       RobotEnums::canonical(RobotEnum::OrderStatus, q.value(1).toString())
                           .value_or(q.value(1).toString())};
        }
        finding.ids << q.value(2).toLongLong();
    }
    flush();
    return true;
}

bool checkTimestamps(const QSqlDatabase &db, AuditCollector *findings, QString *error)
{
    // Stored text (SQLite) and timestamp (PostgreSQL) both compare in time order.
    QSqlQuery q(db);
    if (!BoundQuery::exec(q,
                          QStringLiteral("SELECT id, CASE WHEN filled_at < submitted_at THEN 1 "
                                         "ELSE 0 END, CASE WHEN canceled_at < submitted_at THEN 1 "
                                         "ELSE 0 END FROM orders WHERE filled_at < submitted_at OR "
                                         "canceled_at < submitted_at ORDER BY id"),
                          {}, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QStringList what;
        if (q.value(1).toInt())
            what << QStringLiteral("filled_at");
        if (q.value(2).toInt())
            what << QStringLiteral("canceled_at");
        findings->add({QStringLiteral("timestamps_out_of_order"),
                       AuditFinding::Severity::Error,
                       QStringLiteral("orders"),
                       {id},
                       QCoreApplication::translate("OrderAudit", "order %1: %2 before submitted_at")
                           .arg(id)
                           .arg(what.join(QStringLiteral(" and ")))});
    }
    return true;
}

} // namespace

namespace OrderAudit {

bool run(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
         QString *error)
{
    return checkAggregates(db, dialect, findings, error) &&
           checkFilledWithoutFills(db, dialect, findings, error) &&
           checkFillsOfUnfilledOrders(db, dialect, findings, error) &&
           checkTimestamps(db, findings, error);
}

} // namespace OrderAudit
