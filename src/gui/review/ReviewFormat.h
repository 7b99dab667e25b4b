#pragma once

#include "schema/Decimal.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

// How review figures read: money with 2 dp and a group separator every three
// digits, P&L always signed and coloured by the chart palette's gain/loss
// pair (so tables and charts agree, in light and dark themes), counts
// grouped, and an en dash for "nothing to show" rather than a made-up zero.
class ReviewFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFormat)
public:
    static QString money(Decimal value);
    static QString money(const std::optional<Decimal> &value);
    // "+1,234.56", "-0.50", "0.00".
    static QString pnl(Decimal value);
    static QString pnl(const std::optional<Decimal> &value);
    static QString count(qint64 value);
    static QString percent(const std::optional<Decimal> &value, int decimals = 2);
    static QString ratio(const std::optional<Decimal> &value);
    // "45 s", "12 min", "3 h 05 min", "2 d 4 h".
    static QString duration(const std::optional<double> &seconds);
    static QString none() { return QStringLiteral("\u2013"); }
    static QString notAvailable();

    // Gain or loss colour for a P&L value; an invalid colour for zero, so the
    // view keeps its own text colour.
    static QColor pnlColor(const QPalette &palette, Decimal value);
    // Row tint for a difference: the loss colour faded enough to keep text legible.
    static QColor differenceBackground(const QPalette &palette, bool isError);
};
