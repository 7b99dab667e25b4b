#include "SqlDialect.h"

QString SqlDialect::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString SqlDialect::timestampAsText(const QString &quotedColumn) const
{
    if (isPostgres())
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')").arg(quotedColumn);
    return quotedColumn;
}

QString SqlDialect::enumAsText(const QString &quotedColumn) const
{
    if (isPostgres())
        return quotedColumn + QStringLiteral("::text");
    return quotedColumn;
}

QString SqlDialect::timestampParameter() const
{
    // SQLite: the bound text in storage format compares as text, using the index.
    return isPostgres() ? QStringLiteral("CAST(? AS timestamp)") : QStringLiteral("?");
}
