#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The robot's Python enums. SQLAlchemy stores the member NAME ("PARTIALLY_FILLED")
// by default, other robots store the value ("partially_filled"); operators type
// either, in any case. Everything inside Trade Inspector uses the lower-case value.
enum class RobotEnum { None, OrderSide, OrderType, OrderStatus };

struct RobotEnumDef
{
    RobotEnum id;
    QString pgTypeName; // native PostgreSQL enum type SQLAlchemy creates
    QStringList values; // lower-case values, in declaration order
    QStringList labels; // what the GUI shows
};

namespace RobotEnums {

const RobotEnumDef &definition(RobotEnum id);
// "BUY", "buy", " Buy " -> "buy"; nullopt for anything that is not a member.
std::optional<QString> canonical(RobotEnum id, QStringView stored);
// The member name SQLAlchemy writes: "partially_filled" -> "PARTIALLY_FILLED".
QString memberName(QStringView value);
// Every stored spelling a filter on `value` must match: {"BUY", "buy"}.
QStringList storedSpellings(QStringView value);
QString label(RobotEnum id, QStringView value);

} // namespace RobotEnums
