// The command line's --filter, --sort, --from and --to parsers on any text,
// against every table. Property: an expression that parses, written back with
// its typed values in their canonical text, parses to the same Filter; so the
// values the database is asked for are exactly the ones the operator meant.
#include "FuzzCheck.h"
#include "query/FilterExpressionParser.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <cstddef>
#include <cstdint>

namespace {

QString canonicalText(const QVariant &value)
{
    if (value.typeId() == qMetaTypeId<Decimal>())
        return value.value<Decimal>().toString();
    if (value.typeId() == qMetaTypeId<Timestamp>())
        return value.value<Timestamp>().toIsoString();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString written(const Filter &filter)
{
    QStringList values;
    for (const QVariant &value : filter.values)
        values << canonicalText(value);
    return filter.column + Filter::operatorSymbol(filter.op) + values.join(u',');
}

bool timeInFourDigitYears(const Filter &filter)
{
    for (const QVariant &value : filter.values) {
        if (value.typeId() != qMetaTypeId<Timestamp>())
            continue;
        const int year = value.value<Timestamp>().toUtc().date().year();
        if (year < 1 || year > 9999)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString expression = fuzzText(data, size);
    for (const TableDef &table : RobotSchema::tables()) {
        QString error;
        const auto filter = FilterExpressionParser::parse(table, expression, &error);
        if (!filter) {
            fuzzCheck(!error.isEmpty(), "a rejected filter says why", expression);
        } else {
            fuzzCheck(table.column(filter->column) != nullptr && !filter->values.isEmpty(),
                      "a filter names a column of its table and has a value", expression);
            (void)filter->toString();
            if (timeInFourDigitYears(*filter)) {
                const QString again = written(*filter);
                QString againError;
                const auto reparsed = FilterExpressionParser::parse(table, again, &againError);
                fuzzCheck(reparsed == filter, "a parsed filter written back parses the same",
                          expression + u'\n' + again + u'\n' + againError);
            }
        }
        (void)FilterExpressionParser::parseSort(table, expression, &error);
    }
    QString error;
    const auto from = FilterExpressionParser::parseTimeBound(expression, false, &error);
    const auto to = FilterExpressionParser::parseTimeBound(expression, true, &error);
    fuzzCheck(from.has_value() == to.has_value(), "both bounds accept the same dates", expression);
    if (from)
        fuzzCheck(*to > *from, "an upper bound lies after the same lower bound", expression);
    return 0;
}
