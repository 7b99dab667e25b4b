#include "FigureListModel.h"

#include "ReviewFormat.h"

#include <QApplication>

FigureListModel::FigureListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureListModel::setRows(const QList<FigureRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString FigureListModel::valueOf(const QString &key) const
{
    for (const FigureRow &row : m_rows) {
        if (row.key == key)
            return row.value;
    }
    return {};
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FigureRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Label)
            return row.label;
        if (index.column() == Value)
            return row.note.isEmpty() ? row.value
                                      : QStringLiteral("%1  (%2)").arg(row.value, row.note);
        return row.basis;
    case Qt::ToolTipRole:
        return row.definition;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (index.column() == Value ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if (index.column() == Value && row.pnl) {
            const QColor colour = ReviewFormat::pnlColor(QApplication::palette(), *row.pnl);
            if (colour.isValid())
                return colour;
        }
        return {};
    case KeyRole:
        return row.key;
    }
    return {};
}

QVariant FigureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Figure");
    case Value:
        return tr("Value");
    case Basis:
        return tr("Counted on");
    }
    return {};
}
