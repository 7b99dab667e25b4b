#pragma once

#include "DemoSink.h"
#include "RowInserter.h"
#include "db/ConnectionSpec.h"
#include "schema/RobotSchema.h"

#include <QSqlDatabase>

#include <memory>

// Writes the simulation's rows the way SQLAlchemy 1.4 stores them
// (reference/sqlalchemy-storage.md): enum member names ("PARTIALLY_FILLED");
// on SQLite DATETIME as "YYYY-MM-DD HH:MM:SS.ffffff" text, NUMERIC as REAL
// (SQLite itself keeps whole values as INTEGER), BOOLEAN as 0/1; on
// PostgreSQL exact numeric and timestamp text the server casts into its
// native types and enums. Ids are explicit, so trades can name their order
// before it is read back. The caller owns the transaction.
class DemoWriter : public DemoSink
{
public:
    DemoWriter(const QSqlDatabase &db, DatabaseDriver driver);
    ~DemoWriter() override;

    bool addOrder(const DemoOrder &order) override;
    bool addTrade(const DemoTrade &trade) override;
    bool addPosition(const DemoPosition &position) override;
    bool addSession(const DemoSession &session) override;
    // Writes what is still batched.
    bool finish();

    // Empty unless construction or a write failed.
    const QString &error() const { return m_error; }

private:
    QVariant decimal(Decimal value, int scale) const;
    QVariant decimal(const std::optional<Decimal> &value, int scale) const;
    QVariant timestamp(const std::optional<Timestamp> &value) const;
    std::unique_ptr<RowInserter> inserter(const QSqlDatabase &db, RobotTable table,
                                          const QStringList &columns);
    QVariant boolean(bool value) const;
    static QVariant text(const QString &value);
    static QVariant enumeration(const QString &value);

    bool m_sqlite;
    std::unique_ptr<RowInserter> m_orders;
    std::unique_ptr<RowInserter> m_trades;
    std::unique_ptr<RowInserter> m_positions;
    std::unique_ptr<RowInserter> m_sessions;
    QString m_error;
};
