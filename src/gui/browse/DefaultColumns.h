#pragma once

#include "schema/RobotSchema.h"

#include <QStringList>

// The columns an operator scans first on each page, in order: when, what,
// which way, how much, and the state. The others follow in the schema's order.
namespace DefaultColumns {

QStringList preferredOrder(RobotTable table);

} // namespace DefaultColumns
