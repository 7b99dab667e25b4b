#include "ExportJob.h"

#include "ExportCellWriter.h"
#include "ExportEncoder.h"
#include "PostgresExportSource.h"
#include "SqliteExportSource.h"
#include "TableReader.h"
#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
constexpr qint64 kProgressEveryRows = 4096;

std::unique_ptr<ExportRowSource> openSource(DatabaseConnection &connection,
                                            const QueryBuilder &builder, QString *error)
{
    const QSqlDatabase database = connection.database();
    if (connection.driver() == DatabaseDriver::Sqlite) {
        auto source = std::make_unique<SqliteExportSource>(database, builder);
        if (source->start())
            return source;
        *error = source->error();
        return nullptr;
    }
    auto source = std::make_unique<PostgresExportSource>(database, builder.all());
    if (source->start())
        return source;
    *error = source->error();
    return nullptr;
}

// The reader's column indexes for `names`, or every column when it is empty.
std::optional<QList<int>> columnIndexes(const TableReader &reader, const QStringList &names,
                                        QString *error)
{
    QList<int> indexes;
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < reader.columns().size(); ++i)
            indexes << int(i);
        return indexes;
    }
    for (const QString &name : names) {
        const int index = reader.builder().columnIndex(name);
        if (index < 0) {
            *error =
                QCoreApplication::translate(
                    "ExportJob", "cannot export column \"%1\": the %2 table has no such column")
                    .arg(name, reader.builder().table().name);
            return std::nullopt;
        }
        indexes << index;
    }
    return indexes;
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

ExportJob::Result ExportJob::write(DatabaseConnection &connection, TableReader &reader,
                                   const QList<int> &columns, Format format, QIODevice &device,
                                   const std::atomic_bool *cancel, const Progress &progress,
                                   qint64 total)
{
    Result result;
    QList<ColumnDef> outputColumns;
    std::vector<ExportCellWriter> writers;
    for (const int index : columns) {
        outputColumns << reader.columns()[index];
        writers.emplace_back(reader.columns()[index]);
    }
    ExportEncoder encoder(format, outputColumns);
    QByteArray &buffer = encoder.buffer();
    buffer.reserve(kFlushBytes + 64 * 1024);
    bool writeFailed = false;
    const auto flush = [&] {
        if (device.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
    };
    encoder.begin();
    std::unique_ptr<ExportRowSource> source;
    if (reader.isPresent()) {
        source = openSource(connection, reader.builder(), &result.error);
        if (!source)
            return result;
    }
    while (source && !writeFailed && !(cancel && cancel->load()) && source->next()) {
        encoder.beginRow();
        for (size_t i = 0; i < writers.size(); ++i)
            source->write(columns[qsizetype(i)], writers[i], encoder);
        encoder.endRow();
        if (buffer.size() >= kFlushBytes)
            flush();
        if (progress && encoder.rows() % kProgressEveryRows == 0)
            progress(encoder.rows(), total);
    }
    result.rows = encoder.rows();
    if (cancel && cancel->load()) {
        result.cancelled = true;
        result.error = QCoreApplication::translate("ExportJob", "export cancelled");
        return result;
    }
    if (source && !source->error().isEmpty()) {
        result.error = source->error();
        return result;
    }
    encoder.end();
    if (!writeFailed)
        flush();
    if (writeFailed) {
        result.deviceFailed = true;
        result.error =
            QCoreApplication::translate("ExportJob", "cannot write: %1").arg(device.errorString());
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
        result.error =
            QCoreApplication::translate("ExportJob", "the robot has not created the %1 table yet")
                .arg(RobotSchema::table(options.table).name);
        return result;
    }
    if (!reader->setQuery(options.filters, options.sort, &result.error)) {
        result.usageError = true;
        return result;
    }
    const auto columns = columnIndexes(*reader, options.columns, &result.error);
    if (!columns) {
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
            result.error = QCoreApplication::translate("ExportJob", "no output");
            return result;
        }
        return write(*connection, *reader, *columns, options.format, *device, cancel, progress,
                     total);
    }
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                           .arg(options.outputPath, file.errorString());
        return result;
    }
    result = write(*connection, *reader, *columns, options.format, file, cancel, progress, total);
    if (!result.ok) {
        file.cancelWriting(); // the temporary file goes, nothing is renamed
        if (!result.cancelled && result.deviceFailed)
            result.error = QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                               .arg(options.outputPath, file.errorString());
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = QCoreApplication::translate("ExportJob", "cannot write %1: %2")
                           .arg(options.outputPath, file.errorString());
    }
    return result;
}
