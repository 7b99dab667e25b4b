#pragma once

#include <QString>

class MainWindow;

// The embedded default: with no --database and no DATABASE_URL the window
// opens a demo database under the user's data directory, creating it first
// (on a worker, with progress and Cancel) when it is missing.
namespace DemoDatabaseSetup {

// <AppDataLocation>/demo/trading_robot.db
QString defaultPath();

// Opens the demo database in `window`, generating `orders` orders first if the
// file does not exist. The file appears only once it is complete: generation
// writes "<path>.part" and renames it, so a cancel or failure leaves nothing.
void openIn(MainWindow &window, int orders);

} // namespace DemoDatabaseSetup
