#include "DemoMarket.h"

#include <cmath>

namespace {

// About 2% daily volatility over a 6.5 hour trading day.
constexpr double kVolatilityPerSqrtSecond = 0.02 / 152.97;
// Overnight gaps move a price like one more trading day, not like 17 hours.
constexpr double kMaxStepSeconds = 23'400;

struct SymbolSeed
{
    const char *name;
    double price;
    double weight;
};

constexpr SymbolSeed kSymbols[] = {
    {"SPY", 472.10, 3.0},  {"QQQ", 405.60, 2.2},  {"AAPL", 189.30, 2.6}, {"MSFT", 402.50, 2.0},
    {"NVDA", 495.20, 2.8}, {"TSLA", 238.40, 2.5}, {"AMZN", 153.80, 1.8}, {"GOOGL", 141.70, 1.5},
    {"META", 352.90, 1.6}, {"AMD", 121.40, 1.7},  {"NFLX", 486.30, 0.8}, {"JPM", 171.20, 0.9},
    {"V", 261.50, 0.6},    {"BAC", 33.45, 1.0},   {"XOM", 104.80, 0.7},  {"KO", 59.90, 0.5},
    {"DIS", 91.60, 0.7},   {"INTC", 44.70, 1.1},  {"PLTR", 17.85, 1.2},  {"COIN", 148.20, 1.0},
};

} // namespace

DemoMarket::DemoMarket(DemoRandom &random)
    : m_random(random)
    , m_strategies{QStringLiteral("momentum_breakout"), QStringLiteral("mean_reversion"),
                   QStringLiteral("vwap_reversion"),    QStringLiteral("rsi_divergence"),
                   QStringLiteral("opening_range"),     QStringLiteral("pairs_trading")}
{
    for (const SymbolSeed &seed : kSymbols) {
        Symbol symbol;
        symbol.name = QString::fromLatin1(seed.name);
        // Each seed starts the market somewhere else, within +-10%.
        symbol.price = seed.price * m_random.between(0.9, 1.1);
        symbol.weight = seed.weight;
        m_symbols << symbol;
        m_weights << seed.weight;
    }
}

int DemoMarket::pickSymbol()
{
    return m_random.weighted(m_weights);
}

const QString &DemoMarket::pickStrategy()
{
    return m_strategies[int(m_random.integer(0, m_strategies.size() - 1))];
}

double DemoMarket::priceAt(int index, Timestamp at)
{
    Symbol &symbol = m_symbols[index];
    if (symbol.moved && at > symbol.movedAt) {
        const double seconds = std::min(
            double(at.microseconds() - symbol.movedAt.microseconds()) / 1e6, kMaxStepSeconds);
        symbol.price *= std::exp(kVolatilityPerSqrtSecond * std::sqrt(seconds) * m_random.normal());
        // Keep prices in a band where cents and NUMERIC(12,4) both make sense.
        symbol.price = std::clamp(symbol.price, 2.0, 5000.0);
    }
    if (!symbol.moved || at > symbol.movedAt)
        symbol.movedAt = at;
    symbol.moved = true;
    return symbol.price;
}

Decimal DemoMarket::cents(double price)
{
    return Decimal::fromRaw(__int128(std::llround(price * 100)) * 1'000'000);
}

Decimal DemoMarket::shares(double quantity, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const qint64 units = std::llround(quantity * scale);
    return Decimal::fromRaw(__int128(units) * __int128(std::llround(1e8 / scale)));
}
