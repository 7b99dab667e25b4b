#pragma once

#include "RobotEnum.h"

#include <QList>
#include <QString>
#include <QStringList>

// The robot's four tables as data: the one place that knows their columns,
// types, units, enums, indexes and labels (reference/trading-robot-database-schema.md).

enum class RobotTable { Orders, Trades, Positions, TradingSessions };

enum class ColumnType { Integer, Text, Decimal, DateTime, Boolean, Enum };

// How a value reads to an operator; drives formatting and alignment.
enum class ColumnUnit { None, Identifier, Count, Money, Quantity, Price, Percent };

struct ColumnDef
{
    QString name;
    ColumnType type = ColumnType::Text;
    ColumnUnit unit = ColumnUnit::None;
    int length = 0;    // VARCHAR(length); 0 for unbounded TEXT
    int precision = 0; // NUMERIC(precision, scale)
    int scale = 0;
    RobotEnum enumType = RobotEnum::None;
    bool nullable = true;
    bool primaryKey = false;
    bool unique = false;  // SQLAlchemy unique=True: a unique index ix_<table>_<column>
    bool indexed = false; // SQLAlchemy index=True: an index ix_<table>_<column>
    QString references;   // "orders.id" for a foreign key
    QString label;

    bool isNumeric() const { return type == ColumnType::Integer || type == ColumnType::Decimal; }
};

struct IndexDef
{
    QString name;
    QStringList columns;
    bool unique = false;
};

struct TableDef
{
    RobotTable id;
    QString name;
    QString label;
    QString mainTimeColumn; // the column date filters use
    QList<ColumnDef> columns;
    QList<IndexDef> compositeIndexes;
    // Browsing starts sorted by an indexed column, so no page sorts the whole
    // table: newest first for the event tables, by symbol for positions.
    QString defaultSortColumn;
    Qt::SortOrder defaultSortOrder = Qt::DescendingOrder;

    const ColumnDef *column(QStringView columnName) const;
    QStringList columnNames() const;
    // Single-column indexes from index=/unique= plus the composite ones.
    QList<IndexDef> allIndexes() const;
};

namespace RobotSchema {

const QList<TableDef> &tables();
const TableDef &table(RobotTable id);
const TableDef *find(QStringView tableName);
QStringList tableNames();

} // namespace RobotSchema
