#pragma once

#include "DemoRandom.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

// The simulated market the demo robot trades in: ~20 US symbols with their own
// price random walks, and the robot's ~6 strategies. Prices move with the time
// that passed since the symbol last traded, so fills close together in time
// have close prices and a session's P&L looks like a real one.
class DemoMarket
{
public:
    explicit DemoMarket(DemoRandom &random);

    int symbolCount() const { return int(m_symbols.size()); }
    const QString &symbol(int index) const { return m_symbols[index].name; }
    // Liquid names trade more often.
    int pickSymbol();
    const QString &pickStrategy();
    const QStringList &strategies() const { return m_strategies; }

    // Advances the symbol's price to `at` and returns it.
    double priceAt(int symbol, Timestamp at);
    double lastPrice(int symbol) const { return m_symbols[symbol].price; }

    // A price rounded to whole cents, as exchanges quote US stocks above $1.
    static Decimal cents(double price);
    // A quantity of shares rounded to `decimals` (fractional shares have up to 4).
    static Decimal shares(double quantity, int decimals);

private:
    struct Symbol
    {
        QString name;
        double price = 0;
        double weight = 1;
        Timestamp movedAt;
        bool moved = false;
    };

    DemoRandom &m_random;
    QList<Symbol> m_symbols;
    QList<double> m_weights;
    QStringList m_strategies;
};
