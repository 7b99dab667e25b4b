#include "FilterExpressionParser.h"

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <limits>

#include <QCoreApplication>

namespace FilterExpressionParser {

namespace {

// Longer than any robot column; a bigger value is a paste accident, not a filter.
constexpr qsizetype kMaxValueLength = 20000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString shortened(QStringView text)
{
    QString s = text.left(60).toString();
    s.replace(QChar(0), QStringLiteral("\\0"));
    return text.size() > 60 ? s + QStringLiteral("...") : s;
}

struct OperatorToken
{
    QLatin1String text;
    FilterOperator single;
    FilterOperator multiple;
};

// Two-character operators first so ">=" is not read as ">" followed by "=value".
const OperatorToken kOperators[] = {
    {QLatin1String("!="), FilterOperator::NotEquals, FilterOperator::NoneOf},
    {QLatin1String(">="), FilterOperator::GreaterEqual, FilterOperator::GreaterEqual},
    {QLatin1String("<="), FilterOperator::LessEqual, FilterOperator::LessEqual},
    {QLatin1String("="), FilterOperator::Equals, FilterOperator::AnyOf},
    {QLatin1String(">"), FilterOperator::Greater, FilterOperator::Greater},
    {QLatin1String("<"), FilterOperator::Less, FilterOperator::Less},
    {QLatin1String("~"), FilterOperator::Contains, FilterOperator::Contains},
};

bool isIdentifierChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

} // namespace

bool checkText(QStringView text, QString *error)
{
    if (text.contains(QChar(0)))
        return fail(error, QCoreApplication::translate("FilterExpressionParser",
                                                       "a value may not contain a NUL character"));
    if (text.size() > kMaxValueLength)
        return fail(error,
                    QCoreApplication::translate("FilterExpressionParser",
                                                "a value is too long (%1 characters, at most %2)")
                        .arg(text.size())
                        .arg(kMaxValueLength));
    return true;
}

std::optional<QVariant> parseValue(const ColumnDef &column, QStringView text, QString *error)
{
    if (!checkText(text, error))
        return std::nullopt;
    const QStringView trimmed = text.trimmed();
    const auto bad = [&](const QString &what) {
        fail(error, QCoreApplication::translate("FilterExpressionParser",
                                                "invalid value \"%1\" for %2: %3")
                        .arg(shortened(text), column.name, what));
        return std::nullopt;
    };
    switch (column.type) {
    case ColumnType::Integer: {
        const auto number = Decimal::fromString(trimmed);
        if (!number)
            return bad(QCoreApplication::translate("FilterExpressionParser", "not a number"));
        if (number->rounded(0) != *number)
            return bad(QCoreApplication::translate("FilterExpressionParser", "not a whole number"));
        const Decimal limit = Decimal::fromInteger(std::numeric_limits<qint64>::max());
        if (number->abs() > limit)
            return bad(QCoreApplication::translate("FilterExpressionParser", "out of range"));
        return QVariant::fromValue<qint64>(number->toInteger());
    }
    case ColumnType::Decimal: {
        const auto number = Decimal::fromString(trimmed);
        if (!number)
            return bad(QCoreApplication::translate("FilterExpressionParser",
                                                   "not a number (or out of range)"));
        return QVariant::fromValue(*number);
    }
    case ColumnType::DateTime: {
        const auto time = Timestamp::fromText(trimmed);
        if (!time)
            return bad(QCoreApplication::translate("FilterExpressionParser",
                                                   "not a date or date-time (use 2025-12-20 or "
                                                   "2025-12-20T14:03:07)"));
        return QVariant::fromValue(*time);
    }
    case ColumnType::Boolean: {
        const QString lowered = trimmed.toString().toLower();
        if (lowered == u"true" || lowered == u"1" || lowered == u"yes" || lowered == u"t")
            return QVariant(true);
        if (lowered == u"false" || lowered == u"0" || lowered == u"no" || lowered == u"f")
            return QVariant(false);
        return bad(
            QCoreApplication::translate("FilterExpressionParser", "not a boolean (true/false)"));
    }
    case ColumnType::Enum: {
        const auto value = RobotEnums::canonical(column.enumType, trimmed);
        if (!value)
            return bad(QCoreApplication::translate("FilterExpressionParser", "expected one of %1")
                           .arg(RobotEnums::definition(column.enumType).values.join(u", ")));
        return QVariant(*value);
    }
    case ColumnType::Text:
        return QVariant(text.toString());
    }
    return std::nullopt;
}

std::optional<Filter> parse(const TableDef &table, QStringView expression, QString *error)
{
    if (!checkText(expression, error))
        return std::nullopt;
    qsizetype nameEnd = 0;
    while (nameEnd < expression.size() && isIdentifierChar(expression[nameEnd]))
        ++nameEnd;
    const QString name = expression.left(nameEnd).trimmed().toString().toLower();
    const QStringView rest = expression.mid(nameEnd);
    const OperatorToken *token = nullptr;
    for (const OperatorToken &candidate : kOperators) {
        if (rest.startsWith(candidate.text)) {
            token = &candidate;
            break;
        }
    }
    if (name.isEmpty() || !token) {
        fail(error, QCoreApplication::translate(
                        "FilterExpressionParser",
                        "malformed filter expression \"%1\": expected COLUMN=VALUE, "
                        "COLUMN!=VALUE, COLUMN>=VALUE, COLUMN<=VALUE, COLUMN>VALUE, "
                        "COLUMN<VALUE or COLUMN~TEXT")
                        .arg(shortened(expression)));
        return std::nullopt;
    }
    const ColumnDef *column = table.column(name);
    if (!column) {
        fail(error, QCoreApplication::translate("FilterExpressionParser",
                                                "unknown column \"%1\" in table %2 (columns: %3)")
                        .arg(shortened(name), table.name, table.columnNames().join(u", ")));
        return std::nullopt;
    }
    const QStringView valueText = rest.mid(token->text.size());
    Filter filter;
    filter.column = column->name;
    if (token->single == FilterOperator::Contains) {
        if (column->type != ColumnType::Text && column->type != ColumnType::Enum) {
            fail(error,
                 QCoreApplication::translate("FilterExpressionParser",
                                             "\"%1~\": contains (~) works on text columns only; %1 "
                                             "is not text")
                     .arg(column->name));
            return std::nullopt;
        }
        if (valueText.isEmpty()) {
            fail(error, QCoreApplication::translate("FilterExpressionParser",
                                                    "\"%1~\": nothing to search for")
                            .arg(column->name));
            return std::nullopt;
        }
        filter.op = FilterOperator::Contains;
        filter.values << valueText.toString();
        return filter;
    }
    const bool listAllowed =
        token->single == FilterOperator::Equals || token->single == FilterOperator::NotEquals;
    const QList<QStringView> parts = listAllowed && valueText.contains(u',')
                                         ? valueText.split(u',')
                                         : QList<QStringView>{valueText};
    for (const QStringView part : parts) {
        if (part.trimmed().isEmpty() && column->type != ColumnType::Text) {
            fail(error,
                 QCoreApplication::translate("FilterExpressionParser",
                                             "malformed filter expression \"%1\": empty value")
                     .arg(shortened(expression)));
            return std::nullopt;
        }
        const auto value = parseValue(*column, part, error);
        if (!value)
            return std::nullopt;
        filter.values << *value;
    }
    filter.op = parts.size() > 1 ? token->multiple : token->single;
    return filter;
}

std::optional<SortSpec> parseSort(const TableDef &table, QStringView text, QString *error)
{
    SortSpec sort;
    QStringView name = text.trimmed();
    if (name.startsWith(u'-')) {
        sort.order = Qt::DescendingOrder;
        name = name.mid(1);
    } else if (name.startsWith(u'+')) {
        name = name.mid(1);
    }
    const ColumnDef *column = table.column(name.toString().toLower());
    if (!column) {
        fail(error, QCoreApplication::translate("FilterExpressionParser",
                                                "unknown sort column \"%1\" in table %2")
                        .arg(shortened(name), table.name));
        return std::nullopt;
    }
    sort.column = column->name;
    return sort;
}

std::optional<Timestamp> parseTimeBound(QStringView text, bool upperBound, QString *error)
{
    if (!checkText(text, error))
        return std::nullopt;
    const QStringView trimmed = text.trimmed();
    const auto time = Timestamp::fromText(trimmed);
    if (!time) {
        fail(error, QCoreApplication::translate(
                        "FilterExpressionParser",
                        "invalid date \"%1\" (use 2025-12-20 or 2025-12-20T14:03:07)")
                        .arg(shortened(text)));
        return std::nullopt;
    }
    if (!upperBound)
        return time;
    const bool bareDate = trimmed.size() == 10;
    return bareDate ? time->addMicroseconds(qint64(86400) * 1000000) : time->addMicroseconds(1);
}

} // namespace FilterExpressionParser
