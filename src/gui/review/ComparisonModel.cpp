#include "ComparisonModel.h"

#include "ReviewFormat.h"

#include "charts/ChartFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace {

enum class Kind { Count, Money, Percent2, Percent4 };

Kind kindOf(const QString &column)
{
    if (column.endsWith(QLatin1String("_trades")))
        return Kind::Count;
    if (column == QLatin1String("win_rate"))
        return Kind::Percent2;
    if (column == QLatin1String("max_drawdown"))
        return Kind::Percent4;
    return Kind::Money;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setFigures(const QList<FigureComparison> &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

int ComparisonModel::differenceCount() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(),
                             [](const FigureComparison &f) { return f.differs; }));
}

int ComparisonModel::errorDifferenceCount() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(),
                             [](const FigureComparison &f) { return f.differs && f.isError; }));
}

QString ComparisonModel::summary() const
{
    if (m_figures.isEmpty())
        return tr("Stored figures are compared for a whole session only, without a symbol or "
                  "strategy filter.");
    const int compared =
        int(std::count_if(m_figures.cbegin(), m_figures.cend(),
                          [](const FigureComparison &f) { return f.stored && f.recomputed; }));
    const int errors = errorDifferenceCount();
    const int infos = differenceCount() - errors;
    if (compared == 0)
        return tr("The robot stored none of these figures for this session: nothing to compare.");
    if (errors == 0 && infos == 0)
        return compared == 1 ? tr("The one stored figure agrees within rounding.")
                             : tr("All %1 stored figures agree within rounding.").arg(compared);
    QStringList parts;
    if (errors > 0)
        parts << (errors == 1 ? tr("1 figure contradicts the trades")
                              : tr("%1 figures contradict the trades").arg(errors));
    if (infos > 0)
        parts << (infos == 1
                      ? tr("1 figure differs from our definition (the robot's own)")
                      : tr("%1 figures differ from our definitions (the robot's own)").arg(infos));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString ComparisonModel::label(const QString &column)
{
    if (column == QLatin1String("total_trades"))
        return tr("Trades (fills)");
    if (column == QLatin1String("winning_trades"))
        return tr("Winning fills");
    if (column == QLatin1String("losing_trades"))
        return tr("Losing fills");
    if (column == QLatin1String("total_pnl"))
        return tr("Total P&L (gross realized)");
    if (column == QLatin1String("total_commission"))
        return tr("Commission");
    if (column == QLatin1String("win_rate"))
        return tr("Win rate (closing fills)");
    if (column == QLatin1String("ending_balance"))
        return tr("Ending balance");
    if (column == QLatin1String("max_drawdown"))
        return tr("Max drawdown");
    return column;
}

QString ComparisonModel::definition(const FigureComparison &figure)
{
    // The core's wording, translatable here; an unknown figure keeps the core's text.
    const QString &c = figure.name;
    if (c == QLatin1String("total_trades"))
        return tr("Fills executed in the session window (ends inclusive).");
    if (c == QLatin1String("winning_trades"))
        return tr("Closing fills in the window with gross FIFO realized P&L > 0.");
    if (c == QLatin1String("losing_trades"))
        return tr("Closing fills in the window with gross FIFO realized P&L < 0.");
    if (c == QLatin1String("total_pnl"))
        return tr("Gross FIFO realized P&L of the closing fills in the window, before "
                  "commission; lots from the symbol's whole history.");
    if (c == QLatin1String("total_commission"))
        return tr("Commission of the fills in the window.");
    if (c == QLatin1String("win_rate"))
        return tr("100 \u00d7 winning / (winning + losing) fills; 0 without either.");
    if (c == QLatin1String("ending_balance"))
        return tr("starting_balance + net realized P&L. Informational: the robot may count "
                  "unrealized P&L.");
    if (c == QLatin1String("max_drawdown"))
        return tr("Largest fall of realized net equity below its peak, % of starting_balance. "
                  "Informational: the robot's definition may differ.");
    return figure.definition;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonModel::valueText(const FigureComparison &figure,
                                   const std::optional<Decimal> &value) const
{
    if (!value)
        return ReviewFormat::none();
    switch (kindOf(figure.name)) {
    case Kind::Count:
        return ReviewFormat::count(value->toInteger());
    case Kind::Percent2:
        return ReviewFormat::percent(value, 2);
    case Kind::Percent4:
        return ReviewFormat::percent(value, 4);
    case Kind::Money:
        break;
    }
    return figure.name == QLatin1String("total_pnl") ? ReviewFormat::pnl(*value)
                                                     : ReviewFormat::money(*value);
}

QString ComparisonModel::verdict(const FigureComparison &figure) const
{
    if (!figure.stored)
        return tr("not stored");
    if (!figure.recomputed)
        return tr("cannot recompute");
    if (figure.differs)
        return figure.isError ? tr("DIFFERS") : tr("differs (robot's definition)");
    if (*figure.stored != *figure.recomputed)
        return tr("agrees (rounding)");
    return tr("agrees");
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const FigureComparison &f = m_figures.at(index.row());
    const bool numeric =
        index.column() == Stored || index.column() == Recomputed || index.column() == Difference;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Figure:
            return label(f.name);
        case Stored:
            return valueText(f, f.stored);
        case Recomputed:
            return valueText(f, f.recomputed);
        case Difference:
            if (!f.stored || !f.recomputed)
                return ReviewFormat::none();
            return kindOf(f.name) == Kind::Count
                       ? ReviewFormat::count((*f.stored - *f.recomputed).toInteger())
                       : ChartFormat::money(*f.stored - *f.recomputed,
                                            kindOf(f.name) == Kind::Percent4 ? 4 : 2, QLocale(),
                                            ChartFormat::Sign::Always);
        case Verdict:
            return verdict(f);
        case Definition:
            return definition(f);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Difference)
            return tr("Stored minus recomputed. Up to %1 apart is rounding.")
                .arg(f.tolerance.toString());
        return tr("%1 (%2): %3 Tolerance %4.")
            .arg(label(f.name), f.name, definition(f), f.tolerance.toString());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::BackgroundRole:
        if (f.differs)
            return ReviewFormat::differenceBackground(QApplication::palette(), f.isError);
        return {};
    case Qt::FontRole:
        if (f.differs && index.column() == Verdict) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DiffersRole:
        return f.differs;
    case ColumnNameRole:
        return f.name;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure:
        return tr("Figure");
    case Stored:
        return tr("Stored (robot)");
    case Recomputed:
        return tr("Recomputed (trades)");
    case Difference:
        return tr("Difference");
    case Verdict:
        return tr("Verdict");
    case Definition:
        return tr("How we recompute it");
    }
    return {};
}
