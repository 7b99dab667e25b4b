#pragma once

#include "schema/Decimal.h"

#include <QString>

#include <optional>

// One figure of the review as it is shown: already formatted, with the basis
// it is counted on and its definition, so a table or a card can render it
// without knowing statistics.
struct FigureRow
{
    QString key;                // stable, untranslated: object names and tests ("net_pnl")
    QString label;              // "Win rate"
    QString value;              // "33.33 %"
    QString basis;              // "fills", "round trips", ...
    QString definition;         // the tooltip
    std::optional<Decimal> pnl; // set for a P&L figure: it is coloured by sign
    QString note;               // a second line under a card ("1 open at the end")
};
