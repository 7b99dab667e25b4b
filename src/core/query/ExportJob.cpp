#include "ExportJob.h"

#include "TableReader.h"
#include "db/DatabaseConnection.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QSaveFile>

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
constexpr qint64 kProgressEveryRows = 4096;

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

// The value as export text, and whether it is a JSON number/literal (unquoted).
QString valueText(const ColumnDef &column, const QVariant &value, bool *bare)
{
    *bare = false;
    if (value.metaType() == QMetaType::fromType<Decimal>()) {
        *bare = true;
        return value.value<Decimal>().toString(column.scale > 0 ? column.scale : -1);
    }
    if (value.metaType() == QMetaType::fromType<Timestamp>())
        return value.value<Timestamp>().toIsoString();
    if (value.typeId() == QMetaType::Bool) {
        *bare = true;
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.typeId() == QMetaType::LongLong && column.type == ColumnType::Integer) {
        *bare = true;
        return QString::number(value.toLongLong());
    }
    return value.toString(); // text, enum values, undecodable stored values
}

} // namespace

std::optional<ExportJob::Format> ExportJob::formatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

ExportJob::Result ExportJob::write(TableReader &reader, Format format, QIODevice &device,
                                   const std::atomic_bool *cancel, const Progress &progress,
                                   qint64 total)
{
    Result result;
    const QList<ColumnDef> &columns = reader.columns();
    QString buffer;
    buffer.reserve(kFlushBytes + 4096);
    bool writeFailed = false;
    const auto flush = [&] {
        const QByteArray bytes = buffer.toUtf8();
        if (device.write(bytes) != bytes.size())
            writeFailed = true;
        buffer.clear();
    };
    QStringList keys; // JSON object keys, escaped once
    for (const ColumnDef &column : columns) {
        QString key;
        appendJsonString(key, column.name);
        keys << key + u':';
    }
    if (format == Format::Csv) {
        QStringList header;
        for (const ColumnDef &column : columns)
            header << column.name;
        buffer += header.join(u',') + QStringLiteral("\r\n");
    } else {
        buffer += u'[';
    }
    const bool finished = reader.forEach([&](const TableRow &row) {
        if ((cancel && cancel->load()) || writeFailed)
            return false;
        bool bare = false;
        if (format == Format::Csv) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    buffer += u',';
                if (!row.values[i].isNull())
                    buffer += csvField(valueText(columns[i], row.values[i], &bare));
            }
            buffer += QStringLiteral("\r\n");
        } else {
            buffer += result.rows == 0 ? QStringLiteral("\n{") : QStringLiteral(",\n{");
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    buffer += u',';
                buffer += keys[i];
                if (row.values[i].isNull()) {
                    buffer += QStringLiteral("null");
                    continue;
                }
                const QString text = valueText(columns[i], row.values[i], &bare);
                if (bare)
                    buffer += text;
                else
                    appendJsonString(buffer, text);
            }
            buffer += u'}';
        }
        ++result.rows;
        if (buffer.size() >= kFlushBytes)
            flush();
        if (progress && result.rows % kProgressEveryRows == 0)
            progress(result.rows, total);
        return true;
    });
    if (cancel && cancel->load()) {
        result.cancelled = true;
        result.error = QStringLiteral("export cancelled");
        return result;
    }
    if (!finished || writeFailed) {
        result.error = writeFailed ? QStringLiteral("cannot write: %1").arg(device.errorString())
                                   : reader.lastError();
        return result;
    }
    if (format == Format::Json)
        buffer += result.rows == 0 ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    flush();
    if (writeFailed) {
        result.error = QStringLiteral("cannot write: %1").arg(device.errorString());
        return result;
    }
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    return result;
}

ExportJob::Result ExportJob::run(const Options &options, const std::atomic_bool *cancel,
                                 const Progress &progress, QIODevice *device)
{
    Result result;
    auto connection = DatabaseConnection::open(options.spec, AccessMode::ReadOnly, &result.error,
                                               QStringLiteral("export"));
    if (!connection)
        return result;
    auto reader = TableReader::create(*connection, options.table, &result.error);
    if (!reader)
        return result;
    if (!reader->isPresent()) {
        result.error = QStringLiteral("the robot has not created the %1 table yet")
                           .arg(RobotSchema::table(options.table).name);
        return result;
    }
    if (!reader->setQuery(options.filters, options.sort, &result.error)) {
        result.usageError = true;
        return result;
    }
    qint64 total = -1;
    if (options.countFirst && progress) {
        if (const auto rows = reader->exactCount())
            total = *rows;
    }
    if (options.outputPath.isEmpty()) {
        if (!device) {
            result.error = QStringLiteral("no output");
            return result;
        }
        return write(*reader, options.format, *device, cancel, progress, total);
    }
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    result = write(*reader, options.format, file, cancel, progress, total);
    if (!result.ok) {
        file.cancelWriting(); // the temporary file goes, nothing is renamed
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
    }
    return result;
}
