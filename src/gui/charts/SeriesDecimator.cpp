#include "charts/SeriesDecimator.h"

#include <algorithm>

int SeriesDecimator::columnOf(qint64 x, qint64 xMin, qint64 xMax, int columns)
{
    if (columns <= 1 || xMax <= xMin || x <= xMin)
        return 0;
    if (x >= xMax)
        return columns - 1;
    // 128-bit so that a century of microseconds times thousands of columns
    // cannot overflow.
    const __int128 column = static_cast<__int128>(x - xMin) * columns / (xMax - xMin);
    return static_cast<int>(std::min<__int128>(column, columns - 1));
}

QList<qsizetype> SeriesDecimator::decimateIndices(const QList<SeriesPoint> &points, qint64 xMin,
                                                  qint64 xMax, int columns)
{
    QList<qsizetype> kept;
    if (points.isEmpty())
        return kept;
    columns = std::max(columns, 1);
    kept.reserve(std::min<qsizetype>(points.size(), qsizetype(columns) * 4));

    qsizetype first = 0;
    while (first < points.size()) {
        const int column = columnOf(points[first].x, xMin, xMax, columns);
        qsizetype low = first;
        qsizetype high = first;
        qsizetype last = first + 1;
        for (; last < points.size(); ++last) {
            if (columnOf(points[last].x, xMin, xMax, columns) != column)
                break;
            if (points[last].y < points[low].y)
                low = last;
            if (points[last].y > points[high].y)
                high = last;
        }
        --last;
        // Emit in x order so the polyline visits the extremes as they happened.
        qsizetype bucket[4] = {first, low, high, last};
        std::sort(std::begin(bucket), std::end(bucket));
        for (const qsizetype index : bucket) {
            if (kept.isEmpty() || kept.last() != index)
                kept.append(index);
        }
        first = last + 1;
    }
    return kept;
}

QList<qsizetype> SeriesDecimator::decimateIndices(const QList<SeriesPoint> &points, int columns)
{
    if (points.isEmpty())
        return {};
    return decimateIndices(points, points.first().x, points.last().x, columns);
}

QList<SeriesPoint> SeriesDecimator::decimate(const QList<SeriesPoint> &points, qint64 xMin,
                                             qint64 xMax, int columns)
{
    QList<SeriesPoint> result;
    const QList<qsizetype> kept = decimateIndices(points, xMin, xMax, columns);
    result.reserve(kept.size());
    for (const qsizetype index : kept)
        result.append(points[index]);
    return result;
}

QList<SeriesPoint> SeriesDecimator::decimate(const QList<SeriesPoint> &points, int columns)
{
    if (points.isEmpty())
        return {};
    return decimate(points, points.first().x, points.last().x, columns);
}
