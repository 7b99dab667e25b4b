#include "BoundQuery.h"

#include "DatabaseConnection.h"

#include <QSqlError>

namespace BoundQuery {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = DatabaseConnection::describeError(query.lastError());
    return ok;
}

} // namespace BoundQuery
