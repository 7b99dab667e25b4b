#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// One condition on one column, with values already typed for that column:
//   Integer -> qint64, Decimal -> Decimal, DateTime -> Timestamp, Boolean -> bool,
//   Enum -> canonical lower-case value ("partially_filled"), Text -> QString.
// FilterExpressionParser makes them from text; the GUI's filter bar makes them
// from its controls. Neither ever produces SQL: QueryBuilder does, with bound values.
enum class FilterOperator {
    Equals,    // column = v
    AnyOf,     // column IN (v1, v2, ...)
    NotEquals, // column <> v, NULL counts as "not equal"
    NoneOf,    // column NOT IN (...), NULL counts as "none of"
    Less,      // NULL never matches a comparison
    LessEqual,
    Greater,
    GreaterEqual,
    Contains, // case-insensitive substring, text and enum columns only
};

struct Filter
{
    QString column;
    FilterOperator op = FilterOperator::Equals;
    QVariantList values; // one value, except AnyOf/NoneOf (one or more)

    static QString operatorSymbol(FilterOperator op);
    // "symbol=AAPL,MSFT" – readable, for status lines and logs.
    QString toString() const;

    friend bool operator==(const Filter &, const Filter &) = default;
};
