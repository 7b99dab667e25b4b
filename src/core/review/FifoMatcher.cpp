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
    return addToBook(bookOf(symbol), isBuy, quantity, price, executedAt, netBefore, netAfter);
}

int FifoMatcher::bookOf(const QString &symbol)
{
    const auto it = m_bookOf.constFind(symbol);
    if (it != m_bookOf.cend())
        return *it;
    m_books.emplace_back();
    return *m_bookOf.insert(symbol, int(m_books.size() - 1));
}

MatchedFill FifoMatcher::addToBook(int bookIndex, bool isBuy, Decimal quantity, Decimal price,
                                   Timestamp executedAt, Decimal *netBefore, Decimal *netAfter)
{
    MatchedFill result;
    Book &book = m_books[size_t(bookIndex)];
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

const FifoMatcher::Book *FifoMatcher::find(const QString &symbol) const
{
    const auto it = m_bookOf.constFind(symbol);
    return it == m_bookOf.cend() ? nullptr : &m_books[size_t(*it)];
}

Decimal FifoMatcher::openQuantity(const QString &symbol) const
{
    const Book *book = find(symbol);
    return book ? book->net : Decimal();
}

Decimal FifoMatcher::openCost(const QString &symbol) const
{
    const Book *book = find(symbol);
    if (!book)
        return {};
    Decimal total;
    for (const Lot &lot : book->lots)
        total += lot.quantity * lot.price;
    return total;
}

QStringList FifoMatcher::symbols() const
{
    QStringList result = m_bookOf.keys();
    result.sort();
    return result;
}

Timestamp FifoMatcher::oldestOpenLot(const QString &symbol) const
{
    const Book *book = find(symbol);
    if (!book || book->lots.empty())
        return {};
    return book->lots.front().openedAt;
}
