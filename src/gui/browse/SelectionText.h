#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

// The selected cells of a grid as tab-separated text, rows and columns in view
// order, ready for a spreadsheet. Cells carry their full, untruncated text;
// tabs and line breaks inside a value become spaces so the grid stays a grid.
namespace SelectionText {

// `columns` is the visual order of the visible columns (logical indexes);
// only selected cells of those columns are written. `textRole` is read for
// each cell (LazyTableModel::FullTextRole for the browse grid).
QString toTsv(const QAbstractItemModel &model, const QModelIndexList &selected,
              const QList<int> &columns, int textRole, bool withHeaders);

} // namespace SelectionText
