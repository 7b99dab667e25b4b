#pragma once

#include "ExportFormat.h"
#include "FilterSet.h"
#include "SortSpec.h"
#include "db/ConnectionSpec.h"
#include "schema/RobotSchema.h"

#include <QIODevice>

#include <atomic>
#include <functional>

class DatabaseConnection;
class TableReader;

// Streams the filtered, sorted rows of one table to CSV or JSON in constant
// memory, each row written as soon as it is read, through the engine's own C
// API where there is one (SqliteExportSource, PostgresExportSource). The text
// is ExportEncoder's. A file is written under a temporary name and renamed
// only on success, so a cancelled or failed export leaves nothing behind
// (QSaveFile).
class ExportJob
{
public:
    using Format = ExportFormat;

    struct Options
    {
        ConnectionSpec spec;
        RobotTable table = RobotTable::Trades;
        FilterSet filters;
        SortSpec sort{QStringLiteral("id"), Qt::AscendingOrder};
        Format format = Format::Csv;
        // The columns to write, in this order (the view's visible ones); empty: all.
        QStringList columns;
        QString outputPath;     // empty: write to `device` instead
        bool countFirst = true; // an exact count first, so progress has a total
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        bool usageError = false;   // the filter or sort is wrong, not the database
        bool deviceFailed = false; // writing the output failed (a full disk...), not the query
        qint64 rows = 0;
        QString error;
    };
    // rowsTotal is -1 when not counted.
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    // Runs on the calling thread (the GUI puts it on a worker); `cancel` may be
    // set from any thread. `device` is used when options.outputPath is empty.
    static Result run(const Options &options, const std::atomic_bool *cancel = nullptr,
                      const Progress &progress = {}, QIODevice *device = nullptr);
    // The streaming part, on an open reader whose query is set; `columns`
    // are indexes into reader.columns(), in output order.
    static Result write(DatabaseConnection &connection, TableReader &reader,
                        const QList<int> &columns, Format format, QIODevice &device,
                        const std::atomic_bool *cancel, const Progress &progress, qint64 total);

    static std::optional<Format> formatFromName(QStringView name);
};
