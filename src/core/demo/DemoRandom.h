#pragma once

#include <QString>
#include <QtGlobal>

#include <random>

// The demo data's only source of randomness. std::mt19937_64's output is fixed
// by the standard, but the std:: distributions are not (they differ between
// standard libraries), so every draw below is derived from raw bits here: the
// same seed gives the same database everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 bits() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return double(bits() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    // Inclusive on both ends; the modulo bias is far below anything visible.
    qint64 integer(qint64 low, qint64 high)
    {
        return low + qint64(bits() % quint64(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }
    // Standard normal (Box-Muller).
    double normal();
    // Index into `weights` drawn in proportion to them.
    template <typename Container> int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }
    // A random (version 4 shaped) UUID, like the ids Alpaca hands out.
    QString uuid();

private:
    std::mt19937_64 m_engine;
};
