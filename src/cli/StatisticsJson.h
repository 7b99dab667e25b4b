#pragma once

#include "review/SessionStatistics.h"

#include <QJsonObject>

// `stats --json`: typed numbers, money rounded to cents, every figure under
// the name its definition has in the README ("Statistics definitions").
namespace StatisticsJson {

QJsonObject toJson(const SessionStatistics &statistics);
// A money value rounded to cents as a JSON number.
QJsonValue money(const Decimal &value);

} // namespace StatisticsJson
