#include "ValueDecoder.h"

namespace ValueDecoder {

std::optional<Decimal> toDecimal(const QVariant &raw)
{
    switch (raw.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return Decimal::fromDouble(raw.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
        return Decimal::fromInteger(raw.toLongLong());
    case QMetaType::ULongLong:
        if (raw.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return Decimal::fromString(raw.toString());
        return Decimal::fromInteger(raw.toLongLong());
    case QMetaType::Bool:
        return Decimal::fromInteger(raw.toBool() ? 1 : 0);
    default:
        if (raw.metaType() == QMetaType::fromType<Decimal>())
            return raw.value<Decimal>();
        return Decimal::fromString(raw.toString());
    }
}

std::optional<Timestamp> toTimestamp(const QVariant &raw)
{
    switch (raw.typeId()) {
    case QMetaType::QDateTime:
        return Timestamp::fromNaiveDateTime(raw.toDateTime());
    case QMetaType::QDate:
        return Timestamp::fromNaiveDateTime(raw.toDate().startOfDay());
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return Timestamp::fromText(raw.toString());
    default:
        if (raw.metaType() == QMetaType::fromType<Timestamp>())
            return raw.value<Timestamp>();
        return std::nullopt;
    }
}

std::optional<bool> toBool(const QVariant &raw)
{
    switch (raw.typeId()) {
    case QMetaType::Bool:
        return raw.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: {
        const double v = raw.toDouble();
        if (v == 0 || v == 1)
            return v == 1;
        return std::nullopt;
    }
    default: {
        const QString text = raw.toString().trimmed().toLower();
        if (text == u"1" || text == u"t" || text == u"true")
            return true;
        if (text == u"0" || text == u"f" || text == u"false")
            return false;
        return std::nullopt;
    }
    }
}

QVariant decodeUntyped(const QVariant &raw)
{
    if (raw.isNull())
        return {};
    switch (raw.typeId()) {
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Int:
        return QVariant::fromValue<qint64>(raw.toLongLong());
    case QMetaType::QDateTime:
        if (auto t = toTimestamp(raw))
            return QVariant::fromValue(*t);
        return raw;
    default:
        return raw;
    }
}

QVariant decode(const ColumnDef &column, const QVariant &raw)
{
    if (raw.isNull())
        return {};
    switch (column.type) {
    case ColumnType::Integer: {
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        if (ok && raw.typeId() != QMetaType::Double)
            return QVariant::fromValue<qint64>(v);
        // A REAL in an INTEGER column (SQLite lets it happen): keep it whole if it is whole.
        if (auto d = toDecimal(raw); d && d->rounded(0) == *d)
            return QVariant::fromValue<qint64>(d->toInteger());
        return raw.toString();
    }
    case ColumnType::Decimal:
        if (auto d = toDecimal(raw))
            return QVariant::fromValue(d->rounded(column.scale));
        return raw.toString();
    case ColumnType::DateTime:
        if (auto t = toTimestamp(raw))
            return QVariant::fromValue(*t);
        return raw.toString();
    case ColumnType::Boolean:
        if (auto b = toBool(raw))
            return *b;
        return raw.toString();
    case ColumnType::Enum:
        if (auto value = RobotEnums::canonical(column.enumType, raw.toString()))
            return *value;
        return raw.toString();
    case ColumnType::Text:
        return raw.toString();
    }
    return raw;
}

bool isDecoded(const ColumnDef &column, const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (column.type) {
    case ColumnType::Integer:
        return value.typeId() == QMetaType::LongLong;
    case ColumnType::Decimal:
        return value.metaType() == QMetaType::fromType<Decimal>();
    case ColumnType::DateTime:
        return value.metaType() == QMetaType::fromType<Timestamp>();
    case ColumnType::Boolean:
        return value.typeId() == QMetaType::Bool;
    case ColumnType::Enum:
        return RobotEnums::canonical(column.enumType, value.toString()).has_value() &&
               value.toString() == value.toString().toLower();
    case ColumnType::Text:
        return true;
    }
    return false;
}

} // namespace ValueDecoder
