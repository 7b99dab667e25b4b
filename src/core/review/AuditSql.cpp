#include "AuditSql.h"

#include "schema/ValueDecoder.h"

namespace AuditSql {

QVariant threshold(const SqlDialect &dialect, const char *decimalText)
{
    const QString text = QString::fromLatin1(decimalText);
    if (dialect.isPostgres())
        return text;
    return text.toDouble();
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

std::optional<Decimal> decimal(const QVariant &raw, int scale)
{
    if (raw.isNull())
        return std::nullopt;
    const auto d = ValueDecoder::toDecimal(raw);
    return d ? std::optional<Decimal>(d->rounded(scale)) : std::nullopt;
}

Decimal unit(int scale)
{
    return Decimal::fromString(QStringLiteral("1e-%1").arg(scale)).value_or(Decimal());
}

} // namespace AuditSql
