// ti_robot_writer DB MILLISECONDS: writes like the trading robot for that long,
// in a process of its own with its own SQLite connection: each transaction
// inserts a fill into `trades` and updates its order, as SQLAlchemy's session
// does (pysqlite's default 5-second busy timeout, a deferred BEGIN). Prints
//   commits=N max_wait_ms=M locked=L errors=E first_error=...
// where max_wait_ms is the longest a transaction took from BEGIN to COMMIT:
// how long readers stalled the robot.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

bool exec(sqlite3 *db, const char *sql, std::string *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = message ? message : "unknown error";
    sqlite3_free(message);
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: ti_robot_writer DB MILLISECONDS\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    sqlite3_busy_timeout(db, 5000);
    std::string error;
    if (!exec(db,
              "INSERT INTO orders (symbol, side, order_type, quantity, status, filled_quantity, "
              "created_at, updated_at) VALUES ('AAPL', 'BUY', 'MARKET', 1000000, 'SUBMITTED', 0, "
              "'2030-01-01 00:00:00.000000', '2030-01-01 00:00:00.000000')",
              &error)) {
        std::fprintf(stderr, "cannot create the order: %s\n", error.c_str());
        return 1;
    }
    const long long orderId = sqlite3_last_insert_rowid(db);
    const auto end = Clock::now() + std::chrono::milliseconds(std::atoll(argv[2]));
    long long commits = 0, locked = 0, errors = 0, maxWaitMs = 0;
    std::string firstError;
    for (long long n = 0; Clock::now() < end; ++n) {
        // Newer than anything already there, and in insertion order.
        char stamp[40];
        std::snprintf(stamp, sizeof stamp, "'2030-01-01 %02lld:%02lld:%02lld.000000'",
                      n / 3600 % 24, n / 60 % 60, n % 60);
        const std::string insert =
            "INSERT INTO trades (broker_order_id, symbol, side, quantity, price, commission, "
            "total_value, executed_at, created_at, order_id, strategy_name) VALUES ('w" +
            std::to_string(n) + "', 'AAPL', 'BUY', 1, 100.5, 0.01, 100.5, " + stamp + ", " + stamp +
            ", " + std::to_string(orderId) + ", 'writer')";
        const std::string update =
            "UPDATE orders SET filled_quantity = filled_quantity + 1, status = "
            "'PARTIALLY_FILLED', updated_at = " +
            std::string(stamp) + " WHERE id = " + std::to_string(orderId);
        const auto started = Clock::now();
        bool ok = exec(db, "BEGIN", &error) && exec(db, insert.c_str(), &error) &&
                  exec(db, update.c_str(), &error) && exec(db, "COMMIT", &error);
        const long long waited =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
        if (ok) {
            ++commits;
            maxWaitMs = std::max(maxWaitMs, waited);
        } else {
            std::string ignored;
            exec(db, "ROLLBACK", &ignored);
            (error.find("locked") != std::string::npos ? locked : errors)++;
            if (firstError.empty())
                firstError = error;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
    }
    sqlite3_close(db);
    std::printf("commits=%lld max_wait_ms=%lld locked=%lld errors=%lld first_error=%s\n", commits,
                maxWaitMs, locked, errors, firstError.c_str());
    return 0;
}
