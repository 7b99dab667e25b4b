#pragma once

#include "review/SessionStatistics.h"

#include <QAbstractTableModel>

// The review broken down by symbol or by strategy: fill figures (the robot's
// unit) and round-trip figures side by side, one row per group. SortRole
// gives numbers for numeric columns so a proxy sorts 1,000 after 900.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Group,
        Fills,
        Commission,
        GrossPnl,
        NetPnl,
        RoundTrips,
        WinRate,
        TripNetPnl,
        ProfitFactor,
        Turnover,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    // groupTitle: "Symbol" or "Strategy".
    explicit BreakdownModel(const QString &groupTitle, QObject *parent = nullptr);

    void setGroups(const QMap<QString, GroupStatistics> &groups);
    QStringList groupNames() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const GroupStatistics &group, int column) const;
    QVariant sortValue(const GroupStatistics &group, int row, int column) const;
    std::optional<Decimal> pnlOf(const GroupStatistics &group, int column) const;

    QString m_groupTitle;
    QStringList m_names;
    QList<GroupStatistics> m_groups;
};
