#pragma once

#include "FigureRow.h"

#include <QAbstractTableModel>

// A read-only list of review figures: figure, value (right-aligned, P&L
// coloured), and the basis each is counted on; the definition is the tooltip.
class FigureListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Value, Basis, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit FigureListModel(QObject *parent = nullptr);

    void setRows(const QList<FigureRow> &rows);
    const QList<FigureRow> &rows() const { return m_rows; }
    // The value text of the figure `key`, or empty.
    QString valueOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FigureRow> m_rows;
};
