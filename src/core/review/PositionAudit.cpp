#include "PositionAudit.h"

#include "AuditSql.h"
#include "schema/ValueDecoder.h"

#include <QCoreApplication>

namespace {

void mismatch(AuditCollector *findings, const QString &kind, qint64 id, const QString &symbol,
              const QString &column, const Decimal &stored, const Decimal &expected,
              const QString &rule, int scale)
{
    findings->add(
        {kind,
         AuditFinding::Severity::Error,
         QStringLiteral("positions"),
         {id},
         QCoreApplication::translate("PositionAudit", "position %1 (%2): %3 %4, but %5 = %6")
             .arg(id)
             .arg(symbol, column, stored.toString(scale), rule,
                  expected.rounded(scale).toString(scale))});
}

} // namespace

namespace PositionAudit {

bool run(const QSqlDatabase &db, const SqlDialect &dialect,
         const QHash<QString, Decimal> &netBySymbol, AuditCollector *findings, QString *error)
{
    QSqlQuery q(db);
    if (!BoundQuery::exec(
            q,
            QStringLiteral("SELECT id, symbol, quantity, avg_cost, current_price, cost_basis, "
                           "market_value, unrealized_pnl, unrealized_pnl_pct, is_open, %1, %2, "
                           "CASE WHEN closed_at < opened_at THEN 1 ELSE 0 END FROM positions "
                           "ORDER BY id")
                .arg(dialect.timestampAsText(QStringLiteral("closed_at")),
                     dialect.timestampAsText(QStringLiteral("opened_at"))),
            {}, error))
        return false;
    const Decimal cent = AuditSql::unit(2);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString symbol = q.value(1).toString();
        const Decimal quantity = AuditSql::decimal(q.value(2), 4).value_or(Decimal());
        const auto avgCost = AuditSql::decimal(q.value(3), 4);
        const auto price = AuditSql::decimal(q.value(4), 4);
        const auto costBasis = AuditSql::decimal(q.value(5), 2);
        const auto marketValue = AuditSql::decimal(q.value(6), 2);
        const auto unrealized = AuditSql::decimal(q.value(7), 2);
        const auto pct = AuditSql::decimal(q.value(8), 4);
        const bool isOpen = ValueDecoder::toBool(q.value(9)).value_or(false);
        const bool closedAtMissing = q.value(10).isNull();

        if (q.value(12).toInt() == 1)
            findings->add({QStringLiteral("timestamps_out_of_order"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("positions"),
                           {id},
                           QCoreApplication::translate(
                               "PositionAudit", "position %1 (%2): closed_at before opened_at")
                               .arg(id)
                               .arg(symbol)});
        if (!isOpen) {
            if (!quantity.isZero())
                findings->add(
                    {QStringLiteral("closed_position_with_quantity"),
                     AuditFinding::Severity::Error,
                     QStringLiteral("positions"),
                     {id},
                     QCoreApplication::translate("PositionAudit",
                                                 "position %1 (%2) is closed but holds quantity %3")
                         .arg(id)
                         .arg(symbol, quantity.toString())});
            if (closedAtMissing)
                findings->add(
                    {QStringLiteral("closed_position_without_closed_at"),
                     AuditFinding::Severity::Error,
                     QStringLiteral("positions"),
                     {id},
                     QCoreApplication::translate("PositionAudit",
                                                 "position %1 (%2) is closed but has no closed_at")
                         .arg(id)
                         .arg(symbol)});
            continue;
        }
        // The open position must be what the symbol's fills add up to.
        const Decimal net = netBySymbol.value(symbol);
        if ((quantity - net).abs() > AuditSql::unit(4))
            findings->add({QStringLiteral("position_quantity_mismatch"),
                           AuditFinding::Severity::Error,
                           QStringLiteral("positions"),
                           {id},
                           QCoreApplication::translate(
                               "PositionAudit", "position %1 (%2): quantity %3, but the symbol's "
                                                "trades net to %4 (buys - sells)")
                               .arg(id)
                               .arg(symbol, quantity.toString(), net.toString())});
        // Its money columns must follow from its own columns, within one cent.
        if (costBasis && avgCost && (*costBasis - quantity * *avgCost).abs() > cent)
            mismatch(findings, QStringLiteral("position_cost_basis_mismatch"), id, symbol,
                     QStringLiteral("cost_basis"), *costBasis, quantity * *avgCost,
                     QStringLiteral("quantity x avg_cost"), 2);
        if (marketValue && price && (*marketValue - quantity * *price).abs() > cent)
            mismatch(findings, QStringLiteral("position_market_value_mismatch"), id, symbol,
                     QStringLiteral("market_value"), *marketValue, quantity * *price,
                     QStringLiteral("quantity x current_price"), 2);
        if (unrealized && marketValue && costBasis &&
            (*unrealized - (*marketValue - *costBasis)).abs() > cent)
            mismatch(findings, QStringLiteral("position_unrealized_pnl_mismatch"), id, symbol,
                     QStringLiteral("unrealized_pnl"), *unrealized, *marketValue - *costBasis,
                     QStringLiteral("market_value - cost_basis"), 2);
        if (pct && unrealized && costBasis && !costBasis->isZero()) {
            const Decimal expected = *unrealized * Decimal::fromInteger(100) / costBasis->abs();
            if ((*pct - expected).abs() > AuditSql::unit(4))
                mismatch(findings, QStringLiteral("position_unrealized_pnl_mismatch"), id, symbol,
                         QStringLiteral("unrealized_pnl_pct"), *pct, expected,
                         QStringLiteral("100 x unrealized_pnl / |cost_basis|"), 4);
        }
    }
    return true;
}

} // namespace PositionAudit
