#pragma once

#include "review/SessionComparison.h"

#include <QAbstractTableModel>

// "Stored vs recomputed": the robot's trading_sessions figures beside ours,
// one row per figure. A row that differs beyond rounding (more than one unit
// of the column's scale) is tinted: red where the schema fixes the meaning
// (an error), amber where the robot's definition is its own (balances,
// max_drawdown). Each row says which definition it uses.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Figure, Stored, Recomputed, Difference, Verdict, Definition, ColumnCount };
    enum Role { DiffersRole = Qt::UserRole + 1, ColumnNameRole };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setFigures(const QList<FigureComparison> &figures);
    const QList<FigureComparison> &figures() const { return m_figures; }
    int differenceCount() const;
    int errorDifferenceCount() const;
    // One line above the table: what agrees and what does not.
    QString summary() const;

    static QString label(const QString &column);
    static QString definition(const FigureComparison &figure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString valueText(const FigureComparison &figure, const std::optional<Decimal> &value) const;
    QString verdict(const FigureComparison &figure) const;

    QList<FigureComparison> m_figures;
};
