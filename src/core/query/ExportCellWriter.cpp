#include "ExportCellWriter.h"

#include "schema/FastDecode.h"
#include "schema/ValueDecoder.h"

#include <charconv>

namespace {

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool allDigits(std::string_view text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

// An integer as QString::number(qint64) writes it: no '+', no leading zeros,
// no "-0". 18 digits keep it inside qint64.
bool isCanonicalInteger(std::string_view text)
{
    const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
    return allDigits(digits) && digits.size() <= 18 && (digits.size() == 1 || digits[0] != '0') &&
           !(digits == "0" && digits.size() != text.size());
}

// PostgreSQL's numeric(p, s) text, already what Decimal::toString(s) writes:
// exactly `scale` fractional digits, no leading zeros, no "-0.00".
bool isCanonicalDecimal(std::string_view text, int scale)
{
    const size_t point = text.find('.');
    if (point == std::string_view::npos || text.size() - point - 1 != size_t(scale))
        return false;
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = text.substr(point + 1);
    if (!isCanonicalInteger(whole) && whole != "-0")
        return false;
    if (!allDigits(fraction))
        return false;
    if (whole.starts_with('-'))
        return fraction.find_first_not_of('0') != std::string_view::npos || whole != "-0";
    return true;
}

int digitsAt(std::string_view s, size_t at, size_t n)
{
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// "YYYY-MM-DD HH:MM:SS.ffffff" (or with 'T') that names a real instant, so
// Timestamp::toStorageText() of the parsed value gives the same characters.
bool isStorageTimestamp(std::string_view s)
{
    if (s.size() != 26 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') ||
        s[13] != ':' || s[16] != ':' || s[19] != '.')
        return false;
    const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2),
              hour = digitsAt(s, 11, 2), minute = digitsAt(s, 14, 2), second = digitsAt(s, 17, 2);
    if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || digitsAt(s, 20, 6) < 0)
        return false;
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] && (month != 2 || day <= 28 || leap);
}

} // namespace

ExportCellWriter::ExportCellWriter(const ColumnDef &column)
    : m_column(column)
{
}

void ExportCellWriter::writeRaw(ExportEncoder &encoder, const QVariant &raw) const
{
    encoder.appendValue(m_column, ValueDecoder::decode(m_column, raw));
}

void ExportCellWriter::writeDecimal(ExportEncoder &encoder, const Decimal &rounded) const
{
    // Decimal::toString(scale) on bytes.
    constexpr qint64 kOne = 100'000'000; // 10^Decimal::kScale
    const __int128 raw = rounded.raw();
    const __int128 magnitude = raw < 0 ? -raw : raw;
    char text[64];
    char *end = text + sizeof text;
    char *p = end;
    qint64 fraction = qint64(magnitude % kOne);
    for (int i = Decimal::kScale; i > m_column.scale; --i)
        fraction /= 10;
    for (int i = 0; i < m_column.scale; ++i) {
        *--p = char('0' + fraction % 10);
        fraction /= 10;
    }
    *--p = '.';
    __int128 whole = magnitude / kOne;
    do {
        *--p = char('0' + int(whole % 10));
        whole /= 10;
    } while (whole > 0);
    if (raw < 0)
        *--p = '-';
    encoder.appendBare(std::string_view(p, size_t(end - p)));
}

void ExportCellWriter::writeInteger(ExportEncoder &encoder, qint64 value) const
{
    switch (m_column.type) {
    case ColumnType::Integer: {
        char text[24];
        const auto result = std::to_chars(text, text + sizeof text, value);
        encoder.appendBare(std::string_view(text, size_t(result.ptr - text)));
        return;
    }
    case ColumnType::Decimal:
        if (m_column.scale > 0 && m_column.scale <= 8 && value > -1'000'000'000'000'000 &&
            value < 1'000'000'000'000'000) {
            writeDecimal(encoder, Decimal::fromInteger(value));
            return;
        }
        break;
    case ColumnType::Boolean:
        if (value == 0 || value == 1) {
            encoder.appendBare(value == 1 ? "true" : "false");
            return;
        }
        break;
    default:
        break;
    }
    writeRaw(encoder, QVariant::fromValue<qlonglong>(value));
}

void ExportCellWriter::writeReal(ExportEncoder &encoder, double value)
{
    if (m_column.type == ColumnType::Decimal && m_column.scale > 0 && m_column.scale <= 8) {
        if (const auto decimal = FastDecode::decimalFromDouble(value, m_column.scale)) {
            writeDecimal(encoder, *decimal);
            return;
        }
    }
    writeRaw(encoder, value);
}

void ExportCellWriter::writeEnum(ExportEncoder &encoder, std::string_view stored)
{
    for (const auto &[spelling, text] : m_enumTexts) {
        if (std::string_view(spelling.constData(), size_t(spelling.size())) == stored) {
            encoder.appendText(std::string_view(text.constData(), size_t(text.size())));
            return;
        }
    }
    const QString raw = QString::fromUtf8(stored.data(), qsizetype(stored.size()));
    const QByteArray text = ValueDecoder::decode(m_column, raw).toString().toUtf8();
    if (m_enumTexts.size() < 64) // bounded: a column of free text would not repeat
        m_enumTexts.append({QByteArray(stored.data(), qsizetype(stored.size())), text});
    encoder.appendText(std::string_view(text.constData(), size_t(text.size())));
}

void ExportCellWriter::writeText(ExportEncoder &encoder, std::string_view utf8)
{
    switch (m_column.type) {
    case ColumnType::Text:
        encoder.appendText(utf8);
        return;
    case ColumnType::Enum:
        if (isAscii(utf8)) {
            writeEnum(encoder, utf8);
            return;
        }
        break;
    case ColumnType::DateTime:
        if (isStorageTimestamp(utf8)) {
            char iso[27];
            std::copy(utf8.begin(), utf8.end(), iso);
            iso[10] = 'T';
            iso[26] = 'Z';
            encoder.appendText(std::string_view(iso, sizeof iso));
            return;
        }
        break;
    case ColumnType::Decimal:
        if (m_column.scale > 0 && m_column.scale <= 8 && isCanonicalDecimal(utf8, m_column.scale)) {
            encoder.appendBare(utf8);
            return;
        }
        break;
    case ColumnType::Integer:
        if (isCanonicalInteger(utf8)) {
            encoder.appendBare(utf8);
            return;
        }
        break;
    case ColumnType::Boolean:
        if (utf8 == "t" || utf8 == "f") {
            encoder.appendBare(utf8 == "t" ? "true" : "false");
            return;
        }
        break;
    }
    writeRaw(encoder, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}
