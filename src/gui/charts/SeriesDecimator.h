#pragma once

#include <QList>
#include <QtGlobal>

// One point of a series sorted by x. x is an integer (microseconds since the
// epoch for time series) so that bucketing is exact.
struct SeriesPoint
{
    qint64 x = 0;
    double y = 0.0;
};

// Reduces a sorted series to what a line drawn into a given number of pixel
// columns can show: per column its first, lowest, highest and last point, in
// x order. A million points become at most four per column, and a spike is
// never lost because every column's extremes survive.
class SeriesDecimator
{
public:
    // Indices into points of the points to keep, ascending and unique.
    // Columns split [xMin, xMax] into equal buckets; points outside the range
    // fall into the first or last column.
    static QList<qsizetype> decimateIndices(const QList<SeriesPoint> &points, qint64 xMin,
                                            qint64 xMax, int columns);
    // Same, with the range taken from the series itself.
    static QList<qsizetype> decimateIndices(const QList<SeriesPoint> &points, int columns);

    static QList<SeriesPoint> decimate(const QList<SeriesPoint> &points, qint64 xMin, qint64 xMax,
                                       int columns);
    static QList<SeriesPoint> decimate(const QList<SeriesPoint> &points, int columns);

    // The column a given x falls into, clamped to [0, columns - 1].
    static int columnOf(qint64 x, qint64 xMin, qint64 xMax, int columns);
};
