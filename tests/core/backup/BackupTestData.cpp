#include "BackupTestData.h"

#include <QFileInfo>

#include <QDir>

#include "db/DatabaseConnection.h"
#include "schema/RobotSchema.h"
#include "schema/SchemaDdl.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace BackupTestData {

namespace {

QString stamp(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(1766239387LL + seconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(".%1").arg(seconds * 7919 % 1000000, 6, 10, QLatin1Char('0'));
}

QString insertOrders(QSqlDatabase db, int firstId, int count)
{
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO orders (id, broker_order_id, symbol, side, order_type, quantity, "
        "limit_price, time_in_force, status, filled_quantity, avg_fill_price, submitted_at, "
        "filled_at, created_at, updated_at, strategy_name, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery trade(db);
    trade.prepare(QStringLiteral(
        "INSERT INTO trades (id, broker_order_id, symbol, side, quantity, price, commission, "
        "total_value, executed_at, created_at, order_id, strategy_name, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT"),
                              QStringLiteral("TSLA")};
    for (int id = firstId; id < firstId + count; ++id) {
        const QString symbol = symbols.at(id % symbols.size());
        const QString side = id % 2 ? QStringLiteral("BUY") : QStringLiteral("SELL");
        const QString quantity = QString::number(id % 50 + 1);
        const QString price =
            QStringLiteral("%1.%2").arg(100 + id % 37).arg(id % 10000, 4, 10, QLatin1Char('0'));
        order.addBindValue(id);
        order.addBindValue(QStringLiteral("ord-%1").arg(id));
        order.addBindValue(symbol);
        order.addBindValue(side);
        order.addBindValue(QStringLiteral("LIMIT"));
        order.addBindValue(quantity);
        order.addBindValue(price);
        order.addBindValue(QStringLiteral("FILLED"));
        order.addBindValue(quantity);
        order.addBindValue(price);
        order.addBindValue(stamp(id * 60));
        order.addBindValue(stamp(id * 60 + 1));
        order.addBindValue(stamp(id * 60));
        order.addBindValue(stamp(id * 60 + 1));
        order.addBindValue(QStringLiteral("momentum"));
        order.addBindValue(QStringLiteral("order %1 'quoted'").arg(id));
        if (!order.exec())
            return DatabaseConnection::describeError(order.lastError());
        trade.addBindValue(id);
        trade.addBindValue(QStringLiteral("fill-%1").arg(id));
        trade.addBindValue(symbol);
        trade.addBindValue(side);
        trade.addBindValue(quantity);
        trade.addBindValue(price);
        trade.addBindValue(QStringLiteral("0.35"));
        trade.addBindValue(QStringLiteral("%1.25").arg(id));
        trade.addBindValue(stamp(id * 60 + 1));
        trade.addBindValue(stamp(id * 60 + 2));
        trade.addBindValue(id);
        trade.addBindValue(QStringLiteral("momentum"));
        trade.addBindValue(QVariant());
        if (!trade.exec())
            return DatabaseConnection::describeError(trade.lastError());
    }
    return {};
}

} // namespace

QString createRobotDatabase(const ConnectionSpec &spec, int orders, bool activeSession)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::Create, &error, QStringLiteral("testdata"));
    if (!connection)
        return error;
    QSqlDatabase db = connection->database();
    if (!SchemaDdl::create(db, spec.driver, &error))
        return error;
    db.transaction();
    error = insertOrders(db, 1, orders);
    if (!error.isEmpty())
        return error;
    QSqlQuery query(db);
    for (int id = 1; id <= 2; ++id) {
        query.prepare(QStringLiteral("INSERT INTO positions (id, symbol, quantity, avg_cost, "
                                     "opened_at, is_open) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(id == 1 ? QStringLiteral("AAPL") : QStringLiteral("MSFT"));
        query.addBindValue(QStringLiteral("10"));
        query.addBindValue(QStringLiteral("101.5"));
        query.addBindValue(stamp(id));
        query.addBindValue(id == 1);
        if (!query.exec())
            return DatabaseConnection::describeError(query.lastError());
    }
    query.prepare(QStringLiteral("INSERT INTO trading_sessions (id, session_name, started_at, "
                                 "total_trades, total_pnl, is_active, broker, trading_mode) "
                                 "VALUES (1, 'morning', ?, ?, '12.5', ?, 'alpaca', 'paper')"));
    query.addBindValue(stamp(0));
    query.addBindValue(orders);
    query.addBindValue(activeSession);
    if (!query.exec())
        return DatabaseConnection::describeError(query.lastError());
    if (!db.commit())
        return DatabaseConnection::describeError(db.lastError());
    if (spec.isPostgres()) {
        // Explicit ids leave the SERIAL sequences behind; SQLAlchemy would not.
        for (const QString &table : RobotSchema::tableNames()) {
            query.exec(
                QStringLiteral("SELECT setval('%1_id_seq', (SELECT max(id) FROM %1))").arg(table));
        }
    }
    return {};
}

QString addOrders(const ConnectionSpec &spec, int firstId, int count)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadWrite, &error, QStringLiteral("testadd"));
    if (!connection)
        return error;
    QSqlDatabase db = connection->database();
    db.transaction();
    error = insertOrders(db, firstId, count);
    if (!error.isEmpty())
        return error;
    return db.commit() ? QString() : DatabaseConnection::describeError(db.lastError());
}

QMap<QString, QStringList> snapshot(const ConnectionSpec &spec, QString *error)
{
    QMap<QString, QStringList> rows;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, error, QStringLiteral("snapshot"));
    if (!connection)
        return rows;
    for (const QString &table : RobotSchema::tableNames()) {
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        const QString sql = spec.isPostgres()
                                ? QStringLiteral("SELECT t::text FROM %1 t ORDER BY id").arg(table)
                                : QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
        if (!query.exec(sql)) {
            *error = DatabaseConnection::describeError(query.lastError());
            return rows;
        }
        QStringList &list = rows[table];
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            list << values.join(u'|');
        }
    }
    return rows;
}

ConnectionSpec makeSqliteDatabase(const QString &directory, const QString &name, int orders,
                                  bool activeSession)
{
    const QString path = QDir(directory).filePath(name + QStringLiteral("/trading_robot.db"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    const QString error = createRobotDatabase(spec, orders, activeSession);
    if (!error.isEmpty())
        qFatal("cannot create the test database: %s", qPrintable(error));
    return spec;
}

} // namespace BackupTestData
