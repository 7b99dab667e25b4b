#pragma once

#include "db/ConnectionSpec.h"
#include "query/FilterSet.h"
#include "query/QueryBuilder.h"
#include "query/RowKey.h"

#include <QList>
#include <QString>

// Deterministic robot data for the query tests, written through bound values
// exactly as SQLAlchemy stores it (SQLite: mixed enum spellings, text
// timestamps; PostgreSQL: native enums), plus a C++ reference evaluation of
// filters to check the generated SQL against.
namespace QueryTestData {

struct Options
{
    int trades = 500;
    int rowsPerTimestamp = 1; // > 1: many rows share one executed_at
    quint32 seed = 1;
    bool mixedEnumSpellings = true; // SQLite only: "BUY" and "buy" side by side
};

// Creates the robot schema (SchemaDdl) and fills `trades`; returns an error or empty.
QString createTrades(const ConnectionSpec &spec, const Options &options);
// Appends `count` trades after the existing ones (later executed_at).
QString appendTrades(const ConnectionSpec &spec, int count, int firstIndex, quint32 seed);

// Every trade decoded, in id order (TableReader on a fresh read-only connection).
QList<TableRow> readAll(const ConnectionSpec &spec, QString *error);

// The reference semantics of one FilterSet on decoded rows (QueryBuilder.h).
bool matches(const QueryBuilder &builder, const FilterSet &filters, const TableRow &row);

SqlDialect dialectOf(const ConnectionSpec &spec);

} // namespace QueryTestData
