#include "Filter.h"

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

namespace {

QString valueText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Decimal>())
        return value.value<Decimal>().toString();
    if (value.metaType() == QMetaType::fromType<Timestamp>())
        return value.value<Timestamp>().toIsoString();
    return value.toString();
}

} // namespace

QString Filter::operatorSymbol(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equals:
    case FilterOperator::AnyOf:
        return QStringLiteral("=");
    case FilterOperator::NotEquals:
    case FilterOperator::NoneOf:
        return QStringLiteral("!=");
    case FilterOperator::Less:
        return QStringLiteral("<");
    case FilterOperator::LessEqual:
        return QStringLiteral("<=");
    case FilterOperator::Greater:
        return QStringLiteral(">");
    case FilterOperator::GreaterEqual:
        return QStringLiteral(">=");
    case FilterOperator::Contains:
        return QStringLiteral("~");
    }
    return {};
}

QString Filter::toString() const
{
    QStringList parts;
    for (const QVariant &value : values)
        parts << valueText(value);
    return column + operatorSymbol(op) + parts.join(u',');
}
