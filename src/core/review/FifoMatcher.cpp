#include "FifoMatcher.h"

#include <algorithm>

MatchedFill FifoMatcher::add(const QString &symbol, bool isBuy, Decimal quantity, Decimal price,
                             Timestamp executedAt)
{
    Decimal before, after;
    return add(symbol, isBuy, quantity, price, executedAt, &before, &after);
}

MatchedFill FifoMatcher::add(const QString &symbol, bool isBuy, Decimal quantity, Decimal price,
                             Timestamp executedAt, Decimal *netBefore, Decimal *netAfter)
{
    MatchedFill result;
    Book &book = m_books[symbol];
    *netBefore = book.net;
    *netAfter = book.net;
    // A negative quantity is not a fill the robot writes; treat its size only,
    // the side comes from the side column.
    Decimal remaining = quantity.abs();
    if (remaining.isZero())
        return result;
    // Set on every path below once the book has changed.
    struct Done
    {
        Decimal *out;
        const Book &book;
        ~Done() { *out = book.net; }
    } done{netAfter, book};

    if (!book.lots.empty() && book.isLong != isBuy) {
        // Closing: the oldest lots first. A long lot closed by a sell gains
        // (sell - entry); a short lot closed by a buy gains (entry - buy).
        while (!book.lots.empty() && remaining.sign() > 0) {
            Lot &lot = book.lots.front();
            const Decimal taken = std::min(lot.quantity, remaining);
            const Decimal perUnit = book.isLong ? price - lot.price : lot.price - price;
            result.realizedPnl += taken * perUnit;
            result.closedQuantity += taken;
            remaining -= taken;
            lot.quantity -= taken;
            book.net += book.isLong ? -taken : taken;
            if (lot.quantity.isZero())
                book.lots.pop_front();
        }
    }
    if (remaining.sign() > 0) {
        // Opening, or the rest of a flip once the old side is flat.
        if (book.lots.empty())
            book.isLong = isBuy;
        book.lots.push_back(Lot{remaining, price, executedAt});
        book.net += book.isLong ? remaining : -remaining;
    }
    return result;
}

Decimal FifoMatcher::openQuantity(const QString &symbol) const
{
    const auto it = m_books.constFind(symbol);
    return it == m_books.cend() ? Decimal() : it->net;
}

Decimal FifoMatcher::openCost(const QString &symbol) const
{
    const auto it = m_books.constFind(symbol);
    if (it == m_books.cend())
        return {};
    Decimal total;
    for (const Lot &lot : it->lots)
        total += lot.quantity * lot.price;
    return total;
}

QStringList FifoMatcher::symbols() const
{
    QStringList result = m_books.keys();
    result.sort();
    return result;
}

Timestamp FifoMatcher::oldestOpenLot(const QString &symbol) const
{
    const auto it = m_books.constFind(symbol);
    if (it == m_books.cend() || it->lots.empty())
        return {};
    return it->lots.front().openedAt;
}
