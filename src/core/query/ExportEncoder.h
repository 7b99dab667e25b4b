#pragma once

#include "ExportFormat.h"
#include "schema/RobotSchema.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <string_view>

// Writes export rows as UTF-8 bytes, CSV or JSON, one cell at a time. The one
// place that knows the export's text: the streaming fast paths and the
// QVariant path both end here, so their files are byte for byte the same.
//
// CSV: a header of column names, RFC 4180 quoting, NULL as an empty field,
// CRLF line ends. JSON: an array of objects, one per line; numbers as numbers
// (exact decimal text, never through double), NULL as null, booleans as
// true/false, times as ISO 8601 UTC with microseconds, enums canonical.
class ExportEncoder
{
public:
    ExportEncoder(ExportFormat format, const QList<ColumnDef> &columns);

    void begin();
    void beginRow();
    void endRow();
    void end();

    // Cells, in the columns' order.
    void appendNull();
    // Unquoted: numbers and booleans (JSON literals).
    void appendBare(std::string_view text);
    // Quoted or escaped as the format needs; `utf8` must be valid UTF-8.
    void appendText(std::string_view utf8);
    // A value as ValueDecoder::decode gives it (the reference formatting).
    void appendValue(const ColumnDef &column, const QVariant &decoded);

    QByteArray &buffer() { return m_buffer; }
    qint64 rows() const { return m_rows; }

private:
    void separate();
    void appendJsonString(std::string_view utf8);

    ExportFormat m_format;
    QList<ColumnDef> m_columns;
    QList<QByteArray> m_keys; // JSON: "name": escaped once
    QByteArray m_buffer;
    int m_cell = 0;
    qint64 m_rows = 0;
};
