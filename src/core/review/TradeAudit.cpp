#include "TradeAudit.h"

#include "AuditSql.h"

#include <QCoreApplication>

namespace {

bool checkTotalValue(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
                     QString *error)
{
    // total_value is NUMERIC(12,2): it must be quantity x price within one cent.
    // NULL is allowed by the schema and not checked.
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q,
            QStringLiteral("SELECT id, quantity, price, total_value FROM trades WHERE "
                           "total_value IS NOT NULL AND ABS(total_value - quantity * "
                           "price) > ? ORDER BY id"),
            {AuditSql::threshold(dialect, "0.005")}, error))
        return false;
    const Decimal cent = AuditSql::unit(2);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Decimal quantity = AuditSql::decimal(q.value(1), 4).value_or(Decimal());
        const Decimal price = AuditSql::decimal(q.value(2), 4).value_or(Decimal());
        const Decimal total = AuditSql::decimal(q.value(3), 2).value_or(Decimal());
        const Decimal expected = quantity * price;
        if ((total - expected).abs() > cent)
            findings->add(
                {QStringLiteral("trade_total_value_mismatch"),
                 AuditFinding::Severity::Error,
                 QStringLiteral("trades"),
                 {id},
                 QCoreApplication::translate(
                     "TradeAudit", "trade %1: total_value %2, but quantity x price = %3 x "
                                   "%4 = %5")
                     .arg(id)
                     .arg(total.toString(2), quantity.toString(), price.toString(),
                          expected.toString())});
    }
    return true;
}

bool checkWithoutOrder(const QSqlDatabase &db, AuditCollector *findings, QString *error)
{
    // Legal (order_id is nullable) but worth seeing: one finding listing them.
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q, QStringLiteral("SELECT id FROM trades WHERE order_id IS NULL ORDER BY id"), {},
            error))
        return false;
    AuditFinding finding{QStringLiteral("trade_without_order"),
                         AuditFinding::Severity::Info,
                         QStringLiteral("trades"),
                         {},
                         {}};
    qint64 count = 0;
    while (q.next()) {
        if (finding.ids.size() < AuditCollector::kMaxIds)
            finding.ids << q.value(0).toLongLong();
        ++count;
    }
    if (count == 0)
        return true;
    finding.message =
        count > finding.ids.size()
            ? QCoreApplication::translate(
                  "TradeAudit",
                  "%n trade(s) have no order (order_id is NULL); the first %1 are listed", nullptr,
                  int(count))
                  .arg(finding.ids.size())
            : QCoreApplication::translate("TradeAudit",
                                          "%n trade(s) have no order (order_id is NULL)", nullptr,
                                          int(count));
    findings->add(finding);
    return true;
}

bool checkMissingOrder(const QSqlDatabase &db, AuditCollector *findings, QString *error)
{
    // SQLite does not enforce the foreign key: an order_id may point nowhere.
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q,
            QStringLiteral("SELECT t.id, t.order_id FROM trades t WHERE t.order_id IS "
                           "NOT NULL AND NOT EXISTS (SELECT 1 FROM orders o WHERE "
                           "o.id = t.order_id) ORDER BY t.id"),
            {}, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        findings->add({QStringLiteral("trade_order_missing"),
                       AuditFinding::Severity::Error,
                       QStringLiteral("trades"),
                       {id},
                       QCoreApplication::translate("TradeAudit",
                                                   "trade %1: order_id %2 does not exist in orders")
                           .arg(id)
                           .arg(q.value(1).toLongLong())});
    }
    return true;
}

} // namespace

namespace TradeAudit {

bool run(const QSqlDatabase &db, const SqlDialect &dialect, AuditCollector *findings,
         QString *error)
{
    return checkTotalValue(db, dialect, findings, error) &&
           checkWithoutOrder(db, findings, error) && checkMissingOrder(db, findings, error);
}

} // namespace TradeAudit
