#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What the filter bar's free-text fields accept, without widgets: a list of
// symbols and single text values. A value that cannot be what the column
// holds (too long, a NUL character) is refused with a reason instead of being
// sent to the database, where PostgreSQL would fail on it.
namespace FilterFields {

// "aapl, MSFT tsla" -> {"AAPL", "MSFT", "TSLA"}: split on commas and blanks,
// each matched case-insensitively to a known spelling, else upper-cased.
std::optional<QStringList> symbols(const QString &text, const QStringList &known, int maxLength,
                                   QString *error);
// The trimmed text, or nullopt when longer than maxLength or holding NUL.
std::optional<QString> text(const QString &text, int maxLength, QString *error);

} // namespace FilterFields
