#pragma once

#include <QString>

class LazyTableModel;

// The page's count line, translated: "12,345 of 1,000,000 trades" once
// exact, "about 12,345 trades (estimate)" before, "1,000,000 trades" without
// filters; "Counting trades…" while nothing is known.
namespace CountText {

QString forModel(const LazyTableModel &model);
// "12,345"
QString grouped(qint64 value);

} // namespace CountText
