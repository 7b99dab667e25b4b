#pragma once

#include "FilterSet.h"
#include "SortSpec.h"
#include "db/ConnectionSpec.h"
#include "schema/RobotSchema.h"

#include <QIODevice>

#include <atomic>
#include <functional>

class TableReader;

// Streams the filtered, sorted rows of one table to CSV or JSON in constant
// memory: one forward-only query, each row written as soon as it is read.
// A file is written under a temporary name and renamed only on success, so a
// cancelled or failed export leaves nothing behind (QSaveFile).
//
// CSV: a header of column names, RFC 4180 quoting, NULL as an empty field.
// JSON: an array of objects, one per line; numbers as numbers (exact decimal
// text, never through double), NULL as null, booleans as true/false, times as
// ISO 8601 UTC with microseconds, enums as their canonical value ("buy").
class ExportJob
{
public:
    enum class Format { Csv, Json };

    struct Options
    {
        ConnectionSpec spec;
        RobotTable table = RobotTable::Trades;
        FilterSet filters;
        SortSpec sort{QStringLiteral("id"), Qt::AscendingOrder};
        Format format = Format::Csv;
        QString outputPath;     // empty: write to `device` instead
        bool countFirst = true; // an exact count first, so progress has a total
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        bool usageError = false; // the filter or sort is wrong, not the database
        qint64 rows = 0;
        QString error;
    };
    // rowsTotal is -1 when not counted.
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    // Runs on the calling thread (the GUI puts it on a worker); `cancel` may be
    // set from any thread. `device` is used when options.outputPath is empty.
    static Result run(const Options &options, const std::atomic_bool *cancel = nullptr,
                      const Progress &progress = {}, QIODevice *device = nullptr);
    // The streaming part, on an open reader whose query is set.
    static Result write(TableReader &reader, Format format, QIODevice &device,
                        const std::atomic_bool *cancel, const Progress &progress, qint64 total);

    static std::optional<Format> formatFromName(QStringView name);
};
