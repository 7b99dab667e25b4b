#include "ReviewCharts.h"

#include "ReviewSeries.h"

#include "charts/DailyPnlChart.h"
#include "charts/EquityCurveChart.h"

#include <QLabel>
#include <QVBoxLayout>

ReviewCharts::ReviewCharts(QWidget *parent)
    : QWidget(parent)
    , m_equityTitle(new QLabel(tr("Realized equity (cumulative net P&L, drawdown shaded)"), this))
    , m_equity(new EquityCurveChart(this))
    , m_dailyTitle(new QLabel(tr("Net realized P&L per day (UTC)"), this))
    , m_daily(new DailyPnlChart(this))
{
    m_equity->setObjectName(QStringLiteral("equityChart"));
    m_daily->setObjectName(QStringLiteral("dailyPnlChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_equityTitle);
    layout->addWidget(m_equity, 3);
    layout->addWidget(m_dailyTitle);
    layout->addWidget(m_daily, 2);
}

void ReviewCharts::setSeries(const ReviewSeries &series)
{
    QList<EquityCurveChart::Point> equity;
    equity.reserve(series.equity.size());
    for (const ReviewSeries::EquityStep &step : series.equity)
        equity.append({step.at, step.equity});
    m_equity->setSeries(equity);
    QList<DailyPnlChart::Day> days;
    days.reserve(series.days.size());
    for (const ReviewSeries::Day &day : series.days)
        days.append({day.day, day.netPnl});
    m_daily->setSeries(days);
}

void ReviewCharts::clear()
{
    m_equity->setSeries({});
    m_daily->setSeries({});
}

qsizetype ReviewCharts::equityPointCount() const
{
    return m_equity->series().size();
}

qsizetype ReviewCharts::dailyBarCount() const
{
    return m_daily->barCount();
}
