#pragma once

class AppSettings;
class MainWindow;

namespace MainPages {

// Puts the real pages into the window (orders, trades, positions, sessions,
// backups, audit) in place of the placeholders, and routes the relations
// between them: a trade's order, an order's fills, a position's trades, a
// session's window, an audit finding's rows, a restore's reload.
void install(MainWindow &window, AppSettings &settings);

} // namespace MainPages
