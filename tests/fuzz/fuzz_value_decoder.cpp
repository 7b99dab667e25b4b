// Decoding what the robot stored (reference/sqlalchemy-storage.md): the input is
// one stored value as SQLite hands it back as text, decoded for every column of
// every table, plus the same bytes as a REAL and an INTEGER when there are 8.
// Properties: a decoded value has its column's type or is the raw text, never
// anything else; a Decimal's text reads back as the same Decimal at every
// precision; a Timestamp's storage and ISO texts read back as the same instant;
// an enum's canonical value and member name map back to themselves.
#include "FuzzCheck.h"
#include "schema/Decimal.h"
#include "schema/RobotEnum.h"
#include "schema/RobotSchema.h"
#include "schema/Timestamp.h"
#include "schema/ValueDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

void checkDecimal(const QString &text)
{
    const auto number = Decimal::fromString(text);
    if (!number)
        return;
    const QString shortest = number->toString();
    fuzzCheck(Decimal::fromString(shortest) == *number, "Decimal text round-trips",
              text + u'\n' + shortest);
    for (int decimals = 0; decimals <= Decimal::kScale; ++decimals) {
        const QString fixed = number->toString(decimals);
        fuzzCheck(Decimal::fromString(fixed) == number->rounded(decimals),
                  "Decimal::toString(n) reads back as rounded(n)",
                  text + u'\n' + fixed + u'\n' + QString::number(decimals));
        (void)number->toGroupedString(decimals);
    }
    (void)number->toDouble();
}

void checkTimestamp(const QString &text)
{
    const auto time = Timestamp::fromText(text);
    if (!time)
        return;
    const int year = time->toUtc().date().year();
    if (year < 1 || year > 9999)
        return; // an offset moved it out of four-digit years: not a stored form
    fuzzCheck(Timestamp::fromText(time->toStorageText()) == *time, "storage text round-trips",
              text + u'\n' + time->toStorageText());
    fuzzCheck(Timestamp::fromText(time->toIsoString()) == *time, "ISO text round-trips",
              text + u'\n' + time->toIsoString());
    fuzzCheck(Timestamp::fromNaiveDateTime(time->toUtc()) ==
                  Timestamp::fromMicroseconds(time->microseconds() / 1000 * 1000 -
                                              (time->microseconds() % 1000 < 0 ? 1000 : 0)),
              "QDateTime keeps the instant to the millisecond", text);
}

void checkEnums(const QString &text)
{
    for (RobotEnum id : {RobotEnum::OrderSide, RobotEnum::OrderType, RobotEnum::OrderStatus}) {
        const auto value = RobotEnums::canonical(id, text);
        if (!value)
            continue;
        fuzzCheck(RobotEnums::canonical(id, *value) == value, "canonical is a fixed point", text);
        fuzzCheck(RobotEnums::canonical(id, RobotEnums::memberName(*value)) == value,
                  "the member name maps back", text);
        (void)RobotEnums::label(id, *value);
    }
}

void decodeEverywhere(const QVariant &raw)
{
    for (const TableDef &table : RobotSchema::tables()) {
        for (const ColumnDef &column : table.columns) {
            const QVariant value = ValueDecoder::decode(column, raw);
            fuzzCheck(ValueDecoder::isDecoded(column, value) ||
                          value.typeId() == QMetaType::QString || value.isNull(),
                      "decoded to the column's type or kept as text",
                      table.name + u'.' + column.name + u' ' + raw.toString());
        }
    }
    (void)ValueDecoder::decodeUntyped(raw);
    (void)ValueDecoder::toBool(raw);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    checkDecimal(text);
    checkTimestamp(text);
    checkEnums(text);
    decodeEverywhere(QVariant(text));
    if (size == sizeof(double)) {
        double real;
        std::memcpy(&real, data, sizeof real);
        if (const auto number = Decimal::fromDouble(real))
            checkDecimal(number->toString());
        decodeEverywhere(QVariant(real));
        qint64 integer;
        std::memcpy(&integer, data, sizeof integer);
        decodeEverywhere(QVariant::fromValue(integer));
    }
    return 0;
}
