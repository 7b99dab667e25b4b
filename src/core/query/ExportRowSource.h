#pragma once

#include "ExportCellWriter.h"

#include <QString>

// The rows an export reads, one at a time, in the query's sort order, through
// each engine's C API (SqliteExportSource, PostgresExportSource).
class ExportRowSource
{
public:
    virtual ~ExportRowSource() = default;
    // The next row; false at the end or on an error (error() not empty).
    virtual bool next() = 0;
    // Column `index` of the current row, in the reader's column order.
    virtual void write(int index, ExportCellWriter &writer, ExportEncoder &encoder) = 0;
    const QString &error() const { return m_error; }

protected:
    QString m_error;
};
