#include "IntegrityAudit.h"

#include "AuditCollector.h"
#include "OrderAudit.h"
#include "PositionAudit.h"
#include "SessionAudit.h"
#include "TradeAudit.h"

#include "db/DatabaseConnection.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>

bool IntegrityAudit::Result::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const AuditFinding &f) { return f.isError(); });
}

IntegrityAudit::Result IntegrityAudit::run(DatabaseConnection &connection,
                                           const JobControl &control)
{
    Result result;
    AuditCollector findings;
    const QSqlDatabase db = connection.database();
    const SqlDialect dialect(connection.driver());

    QHash<QString, Decimal> netBySymbol;
    const auto pass =
        SessionAudit::run(connection, control, &findings, &netBySymbol, &result.error);
    if (pass != SessionAudit::Outcome::Finished) {
        result.cancelled = pass == SessionAudit::Outcome::Cancelled;
        if (result.cancelled)
            result.error = QCoreApplication::translate("IntegrityAudit", "cancelled");
        return result;
    }
    if (!OrderAudit::run(db, dialect, &findings, &result.error) ||
        !TradeAudit::run(db, dialect, &findings, &result.error) ||
        !PositionAudit::run(db, dialect, netBySymbol, &findings, &result.error))
        return result;
    result.findings = findings.takeFindings();
    result.ran = true;
    return result;
}
