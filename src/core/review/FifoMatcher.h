#pragma once

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

struct MatchedFill
{
    Decimal realizedPnl;    // gross realized P&L of the lots this fill closed (0 if it only opened)
    Decimal closedQuantity; // quantity of existing lots this fill closed (0 if it only opened)
    bool closes() const { return closedQuantity.sign() > 0; }
};

// FIFO lots per symbol, long and short. Fills must be fed in (executed_at, id)
// order. A fill on the side of the open position (or on a flat book) opens a
// lot; a fill on the other side closes the oldest lots first, and whatever is
// left of it after the position is flat opens a lot on the other side (a flip).
// Journals that match long-only drop shorts (PEERS.md complaint 13); this one
// keeps both sides. Zero-quantity fills change nothing.
class FifoMatcher
{
public:
    MatchedFill add(const QString &symbol, bool isBuy, Decimal quantity, Decimal price,
                    Timestamp executedAt);
    // The same, also giving the symbol's signed open quantity before and after
    // the fill: one hash lookup instead of three on the million-row path.
    MatchedFill add(const QString &symbol, bool isBuy, Decimal quantity, Decimal price,
                    Timestamp executedAt, Decimal *netBefore, Decimal *netAfter);
    // The same on a book found once with bookOf(): no hashing per fill.
    int bookOf(const QString &symbol);
    MatchedFill addToBook(int book, bool isBuy, Decimal quantity, Decimal price,
                          Timestamp executedAt, Decimal *netBefore, Decimal *netAfter);
    Decimal openQuantity(const QString &symbol) const; // signed: > 0 long, < 0 short
    Decimal openCost(const QString &symbol) const;     // sum |qty| x price of the open lots
    QStringList symbols() const;                       // symbols ever fed, sorted
    // Opening time of the oldest open lot; a default Timestamp when flat.
    Timestamp oldestOpenLot(const QString &symbol) const;

private:
    struct Lot
    {
        Decimal quantity; // always > 0; the side is the book's
        Decimal price;
        Timestamp openedAt;
    };
    struct Book
    {
        std::deque<Lot> lots;
        bool isLong = true; // meaningful only while lots is not empty
        Decimal net;        // signed sum of the lots, kept so openQuantity() is O(1)
    };

    const Book *find(const QString &symbol) const;

    QHash<QString, int> m_bookOf;
    std::vector<Book> m_books;
};
