#include "MainPages.h"

#include "AuditPage.h"
#include "BackupsPage.h"
#include "BrowsePage.h"
#include "MainWindow.h"
#include "SessionsPage.h"

#include <QDateTime>

namespace MainPages {

namespace {

// Review windows include their end; a browse range's end is exclusive.
Timestamp exclusiveEnd(const std::optional<Timestamp> &to)
{
    return (to ? *to : Timestamp::fromUtc(QDateTime::currentDateTimeUtc())).addMicroseconds(1);
}

} // namespace

void install(MainWindow &window, AppSettings &settings)
{
    auto *orders = new BrowsePage(RobotTable::Orders, settings);
    auto *trades = new BrowsePage(RobotTable::Trades, settings);
    auto *positions = new BrowsePage(RobotTable::Positions, settings);
    auto *sessions = new SessionsPage;
    auto *backups = new BackupsPage(settings);
    auto *audit = new AuditPage;
    for (Page *page :
         std::initializer_list<Page *>{orders, trades, positions, sessions, backups, audit})
        window.addPage(page);

    MainWindow *w = &window;
    QObject::connect(trades, &BrowsePage::openOrderRequested, w, [w, orders](qint64 id) {
        orders->showOrder(id);
        w->showPage(orders->name());
    });
    QObject::connect(orders, &BrowsePage::showTradesForOrderRequested, w, [w, trades](qint64 id) {
        trades->showTradesForOrder(id);
        w->showPage(trades->name());
    });
    QObject::connect(positions, &BrowsePage::showTradesRequested, w,
                     [w, trades](const QString &symbol) {
                         trades->showSymbol(symbol);
                         w->showPage(trades->name());
                     });
    QObject::connect(sessions, &SessionsPage::showTradesRequested, w,
                     [w, trades](const Timestamp &from, const std::optional<Timestamp> &to) {
                         trades->showTimeRange(from, exclusiveEnd(to));
                         w->showPage(trades->name());
                     });
    QObject::connect(sessions, &SessionsPage::showOrdersRequested, w,
                     [w, orders](const Timestamp &from, const std::optional<Timestamp> &to) {
                         orders->showTimeRange(from, exclusiveEnd(to));
                         w->showPage(orders->name());
                     });
    QObject::connect(audit, &AuditPage::showRowsRequested, w,
                     [w, sessions](const QString &table, const QList<qint64> &ids) {
                         if (ids.isEmpty())
                             return;
                         if (table == QLatin1String("trading_sessions")) {
                             sessions->reviewSession(ids.first());
                             w->showPage(sessions->name());
                             return;
                         }
                         auto *browse = qobject_cast<BrowsePage *>(w->page(table));
                         if (!browse)
                             return;
                         browse->showIds(ids);
                         w->showPage(table);
                     });
    // A restore changed every table under the other pages: reopen and re-probe.
    QObject::connect(backups, &BackupsPage::databaseRestored, w, &MainWindow::refresh);
}

} // namespace MainPages
