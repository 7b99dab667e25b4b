#include "BreakdownModel.h"

#include "ReviewFormat.h"

#include <QApplication>

BreakdownModel::BreakdownModel(const QString &groupTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_groupTitle(groupTitle)
{
}

void BreakdownModel::setGroups(const QMap<QString, GroupStatistics> &groups)
{
    beginResetModel();
    m_names = groups.keys();
    m_groups = groups.values();
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Decimal> BreakdownModel::pnlOf(const GroupStatistics &g, int column) const
{
    switch (column) {
    case GrossPnl:
        return g.fills.grossRealizedPnl;
    case NetPnl:
        return g.fills.netRealizedPnl();
    case TripNetPnl:
        return g.roundTrips.netPnl();
    }
    return std::nullopt;
}

QVariant BreakdownModel::display(const GroupStatistics &g, int column) const
{
    switch (column) {
    case Fills:
        return ReviewFormat::count(g.fills.fills);
    case Commission:
        return ReviewFormat::money(g.fills.commission);
    case GrossPnl:
    case NetPnl:
    case TripNetPnl:
        return ReviewFormat::pnl(pnlOf(g, column));
    case RoundTrips:
        return ReviewFormat::count(g.roundTrips.count);
    case WinRate:
        return ReviewFormat::percent(g.roundTrips.winRate());
    case ProfitFactor:
        return g.roundTrips.profitFactorIsInfinite()
                   ? QStringLiteral("\u221e")
                   : ReviewFormat::ratio(g.roundTrips.profitFactor());
    case Turnover:
        return ReviewFormat::money(g.fills.turnover);
    }
    return {};
}

QVariant BreakdownModel::sortValue(const GroupStatistics &g, int row, int column) const
{
    switch (column) {
    case Group:
        return m_names.at(row);
    case Fills:
        return g.fills.fills;
    case Commission:
        return g.fills.commission.toDouble();
    case GrossPnl:
    case NetPnl:
    case TripNetPnl:
        return pnlOf(g, column)->toDouble();
    case RoundTrips:
        return g.roundTrips.count;
    case WinRate:
        return g.roundTrips.winRate() ? g.roundTrips.winRate()->toDouble() : -1.0;
    case ProfitFactor:
        if (g.roundTrips.profitFactorIsInfinite())
            return std::numeric_limits<double>::max();
        return g.roundTrips.profitFactor() ? g.roundTrips.profitFactor()->toDouble() : -1.0;
    case Turnover:
        return g.fills.turnover.toDouble();
    }
    return {};
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const GroupStatistics &g = m_groups.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Group)
            return m_names.at(index.row()).isEmpty() ? tr("(none)") : m_names.at(index.row());
        return display(g, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (column == Group ? Qt::AlignLeft : Qt::AlignRight));
    case Qt::ForegroundRole:
        if (const auto pnl = pnlOf(g, column)) {
            const QColor colour = ReviewFormat::pnlColor(QApplication::palette(), *pnl);
            if (colour.isValid())
                return colour;
        }
        return {};
    case SortRole:
        return sortValue(g, index.row(), column);
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section >= RoundTrips && section <= ProfitFactor)
            return tr("Round trips closed in the window, grouped by the opening fill's group.");
        if (section != Group)
            return tr("Fills executed in the window (the robot's trades).");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return m_groupTitle;
    case Fills:
        return tr("Fills");
    case Commission:
        return tr("Commission");
    case GrossPnl:
        return tr("Gross P&L");
    case NetPnl:
        return tr("Net P&L");
    case RoundTrips:
        return tr("Round trips");
    case WinRate:
        return tr("Win rate (trips)");
    case TripNetPnl:
        return tr("Net P&L (trips)");
    case ProfitFactor:
        return tr("Profit factor");
    case Turnover:
        return tr("Turnover");
    }
    return {};
}
