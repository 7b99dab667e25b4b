#include "ExportEncoder.h"

#include "schema/Decimal.h"
#include "schema/Timestamp.h"

namespace {

bool needsCsvQuotes(std::string_view text)
{
    if (text.empty())
        return false;
    if (text.front() == ' ' || text.back() == ' ')
        return true;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

ExportEncoder::ExportEncoder(ExportFormat format, const QList<ColumnDef> &columns)
    : m_format(format)
    , m_columns(columns)
{
    for (const ColumnDef &column : columns) {
        QByteArray key;
        std::swap(key, m_buffer);
        appendJsonString(view(column.name.toUtf8()));
        std::swap(key, m_buffer);
        m_keys << key + ':';
    }
}

void ExportEncoder::begin()
{
    if (m_format == ExportFormat::Json) {
        m_buffer += '[';
        return;
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += m_columns[i].name.toUtf8();
    }
    m_buffer += "\r\n";
}

void ExportEncoder::beginRow()
{
    m_cell = 0;
    if (m_format == ExportFormat::Json)
        m_buffer += m_rows == 0 ? "\n{" : ",\n{";
}

void ExportEncoder::endRow()
{
    m_buffer += m_format == ExportFormat::Json ? "}" : "\r\n";
    ++m_rows;
}

void ExportEncoder::end()
{
    if (m_format == ExportFormat::Json)
        m_buffer += m_rows == 0 ? "]\n" : "\n]\n";
}

void ExportEncoder::separate()
{
    if (m_cell > 0)
        m_buffer += ',';
    if (m_format == ExportFormat::Json)
        m_buffer += m_keys[m_cell];
    ++m_cell;
}

void ExportEncoder::appendNull()
{
    separate();
    if (m_format == ExportFormat::Json)
        m_buffer += "null";
}

void ExportEncoder::appendBare(std::string_view text)
{
    separate();
    m_buffer.append(text.data(), qsizetype(text.size()));
}

void ExportEncoder::appendText(std::string_view utf8)
{
    separate();
    if (m_format == ExportFormat::Json) {
        appendJsonString(utf8);
        return;
    }
    if (!needsCsvQuotes(utf8)) {
        m_buffer.append(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    m_buffer += '"';
    for (const char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void ExportEncoder::appendJsonString(std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_buffer += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_buffer += "\\\"";
            break;
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_buffer += "\\u00";
                m_buffer += kHex[(c >> 4) & 0xf];
                m_buffer += kHex[c & 0xf];
            } else {
                m_buffer += c;
            }
        }
    }
    m_buffer += '"';
}

void ExportEncoder::appendValue(const ColumnDef &column, const QVariant &value)
{
    if (value.isNull()) {
        appendNull();
    } else if (value.metaType() == QMetaType::fromType<Decimal>()) {
        appendBare(
            view(value.value<Decimal>().toString(column.scale > 0 ? column.scale : -1).toLatin1()));
    } else if (value.metaType() == QMetaType::fromType<Timestamp>()) {
        appendText(view(value.value<Timestamp>().toIsoString().toLatin1()));
    } else if (value.typeId() == QMetaType::Bool) {
        appendBare(value.toBool() ? "true" : "false");
    } else if (value.typeId() == QMetaType::LongLong && column.type == ColumnType::Integer) {
        appendBare(view(QByteArray::number(value.toLongLong())));
    } else {
        appendText(view(value.toString().toUtf8())); // text, enums, undecodable stored values
    }
}
