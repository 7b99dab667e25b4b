#pragma once

#include "ExportEncoder.h"

#include "schema/Decimal.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <string_view>
#include <utility>

// Writes one column's stored values, as the engine's C API hands them over
// (sqlite3_column_*, PQgetvalue), to an ExportEncoder without a QVariant or a
// QString per cell: QSQLITE and QPSQL wrap every value in both, which costs
// several times the engine's own read over a million rows. What SQLAlchemy
// stores takes the fast path; anything else is rebuilt as the driver's
// QVariant and goes through ValueDecoder and ExportEncoder::appendValue, so
// the text is always the reference export's.
class ExportCellWriter
{
public:
    explicit ExportCellWriter(const ColumnDef &column);

    void writeNull(ExportEncoder &encoder) const { encoder.appendNull(); }
    // SQLite INTEGER and REAL storage.
    void writeInteger(ExportEncoder &encoder, qint64 value) const;
    void writeReal(ExportEncoder &encoder, double value);
    // Text as stored (SQLite TEXT, every libpq value in text format); valid UTF-8.
    void writeText(ExportEncoder &encoder, std::string_view utf8);
    // The driver's value (the slow path): decoded, then formatted.
    void writeRaw(ExportEncoder &encoder, const QVariant &raw) const;

private:
    void writeDecimal(ExportEncoder &encoder, const Decimal &rounded) const;
    void writeEnum(ExportEncoder &encoder, std::string_view stored);

    ColumnDef m_column;
    // Enum spellings seen so far and their export text: a handful per column.
    QList<std::pair<QByteArray, QByteArray>> m_enumTexts;
};
