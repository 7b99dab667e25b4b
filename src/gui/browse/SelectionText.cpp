#include "SelectionText.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>

namespace SelectionText {

namespace {

QString clean(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

QString toTsv(const QAbstractItemModel &model, const QModelIndexList &selected,
              const QList<int> &columns, int textRole, bool withHeaders)
{
    QMap<int, QSet<int>> rows; // row -> selected columns, rows in order
    QSet<int> usedColumns;
    for (const QModelIndex &index : selected) {
        rows[index.row()].insert(index.column());
        usedColumns.insert(index.column());
    }
    QList<int> order;
    for (int column : columns) {
        if (usedColumns.contains(column))
            order << column;
    }
    if (order.isEmpty())
        return {};
    QStringList lines;
    if (withHeaders) {
        QStringList header;
        for (int column : order)
            header << clean(model.headerData(column, Qt::Horizontal).toString());
        lines << header.join(u'\t');
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells;
        for (int column : order) {
            const QVariant text = it.value().contains(column)
                                      ? model.index(it.key(), column).data(textRole)
                                      : QVariant();
            cells << clean(text.toString());
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace SelectionText
