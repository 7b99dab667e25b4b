#include "RobotEnum.h"

#include <QCoreApplication>

namespace {

const RobotEnumDef kNone{RobotEnum::None, {}, {}, {}};

const RobotEnumDef kSide{RobotEnum::OrderSide,
                         QStringLiteral("orderside"),
                         {QStringLiteral("buy"), QStringLiteral("sell")},
                         {QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Buy")),
                          QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Sell"))}};

const RobotEnumDef kType{RobotEnum::OrderType,
                         QStringLiteral("ordertype"),
                         {QStringLiteral("market"), QStringLiteral("limit"), QStringLiteral("stop"),
                          QStringLiteral("stop_limit"), QStringLiteral("trailing_stop")},
                         {QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Market")),
                          QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Limit")),
                          QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Stop")),
                          QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Stop limit")),
                          QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Trailing stop"))}};

const RobotEnumDef kStatus{RobotEnum::OrderStatus,
                           QStringLiteral("orderstatus"),
                           {QStringLiteral("pending"), QStringLiteral("submitted"),
                            QStringLiteral("partially_filled"), QStringLiteral("filled"),
                            QStringLiteral("canceled"), QStringLiteral("rejected"),
                            QStringLiteral("expired")},
                           {QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Pending")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Submitted")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Partially filled")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Filled")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Canceled")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Rejected")),
                            QStringLiteral(QT_TRANSLATE_NOOP("RobotEnum", "Expired"))}};

} // namespace

namespace RobotEnums {

const RobotEnumDef &definition(RobotEnum id)
{
    switch (id) {
    case RobotEnum::OrderSide:
        return kSide;
    case RobotEnum::OrderType:
        return kType;
    case RobotEnum::OrderStatus:
        return kStatus;
    case RobotEnum::None:
        break;
    }
    return kNone;
}

std::optional<QString> canonical(RobotEnum id, QStringView stored)
{
    const QString lowered = stored.trimmed().toString().toLower();
    for (const QString &value : definition(id).values) {
        if (value == lowered)
            return value;
    }
    return std::nullopt;
}

QString memberName(QStringView value)
{
    return value.toString().toUpper();
}

QStringList storedSpellings(QStringView value)
{
    const QString lower = value.toString().toLower();
    const QString upper = memberName(lower);
    return lower == upper ? QStringList{lower} : QStringList{upper, lower};
}

QString label(RobotEnum id, QStringView value)
{
    const RobotEnumDef &def = definition(id);
    const qsizetype index = def.values.indexOf(value.toString().toLower());
    if (index < 0)
        return value.toString();
    return QCoreApplication::translate("RobotEnum", def.labels[index].toUtf8().constData());
}

} // namespace RobotEnums
