#pragma once

#include "FigureRow.h"

#include <QCoreApplication>
#include <QList>

struct SessionStatistics;

// Turns SessionStatistics into the rows the review shows. Every row names the
// basis it is counted on, because "trades" means fills to the robot and round
// trips to a trader, and the two give different win rates.
class ReviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFigures)
public:
    // The cards at the top: fills, round trips, win rate, net realized P&L,
    // profit factor, max drawdown.
    static QList<FigureRow> headline(const SessionStatistics &statistics);
    // Everything else, fill figures first, then round trips, then what the
    // schema cannot support.
    static QList<FigureRow> details(const SessionStatistics &statistics);

    static QString fillsBasis();
    static QString roundTripsBasis();
};
