#include "ValueFormatter.h"

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QCoreApplication>

namespace ValueFormatter {

namespace {

QString timeText(const Timestamp &time, TimeDisplay display)
{
    const qint64 micros = ((time.microseconds() % 1000000) + 1000000) % 1000000;
    const QDateTime utc = time.toUtc();
    const QDateTime shown = display == TimeDisplay::Local ? utc.toLocalTime() : utc;
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'.' +
           QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0'));
}

QString decimalText(const ColumnDef &column, const Decimal &value)
{
    switch (column.unit) {
    case ColumnUnit::Money: {
        const QString text = value.toGroupedString(2);
        return isProfitAndLoss(column) && value.sign() > 0 ? u'+' + text : text;
    }
    case ColumnUnit::Quantity:
        return value.rounded(4).toString(-1);
    case ColumnUnit::Price:
        return value.toGroupedString(4);
    case ColumnUnit::Percent: {
        const QString text = value.toString(2);
        return isProfitAndLoss(column) && value.sign() > 0 ? u'+' + text : text;
    }
    default:
        return value.toString(column.scale > 0 ? column.scale : -1);
    }
}

} // namespace

QString nullText()
{
    return QStringLiteral("NULL");
}

bool isProfitAndLoss(const ColumnDef &column)
{
    return column.name.contains(QLatin1String("pnl"));
}

bool isRightAligned(const ColumnDef &column)
{
    return column.type == ColumnType::Integer || column.type == ColumnType::Decimal;
}

QString fullText(const ColumnDef &column, const QVariant &value, TimeDisplay time)
{
    if (value.isNull())
        return nullText();
    if (value.metaType() == QMetaType::fromType<Decimal>())
        return decimalText(column, value.value<Decimal>());
    if (value.metaType() == QMetaType::fromType<Timestamp>())
        return timeText(value.value<Timestamp>(), time);
    switch (column.type) {
    case ColumnType::Enum:
        return RobotEnums::label(column.enumType, value.toString());
    case ColumnType::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QCoreApplication::translate("ValueFormatter", "Yes")
                                  : QCoreApplication::translate("ValueFormatter", "No");
        break;
    case ColumnType::Integer:
        if (column.unit == ColumnUnit::Count && value.canConvert<qint64>())
            return Decimal::fromInteger(value.toLongLong()).toGroupedString(0);
        break;
    default:
        break;
    }
    // Undecodable stored values (text in a numeric column) are shown as stored.
    return value.toString();
}

QString display(const ColumnDef &column, const QVariant &value, TimeDisplay time)
{
    QString text = fullText(column, value, time);
    if (column.type != ColumnType::Text)
        return text;
    bool cut = false;
    if (text.size() > kMaxCellCharacters) {
        text.truncate(kMaxCellCharacters);
        cut = true;
    }
    // One line per cell: a note with line breaks would make rows of varying height.
    const qsizetype newline = text.indexOf(u'\n');
    if (newline >= 0) {
        text.truncate(newline);
        cut = true;
    }
    return cut ? text + QChar(0x2026) : text;
}

} // namespace ValueFormatter
