#pragma once

#include <QWidget>

class DailyPnlChart;
class EquityCurveChart;
class QLabel;
struct ReviewSeries;

// The review's two charts, stacked: realized equity with its drawdown shaded,
// and net realized P&L per day. Takes ReviewSeries, never SessionStatistics
// (see ReviewSeries.h for why).
class ReviewCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewCharts(QWidget *parent = nullptr);

    void setSeries(const ReviewSeries &series);
    void clear();

    EquityCurveChart *equityChart() const { return m_equity; }
    DailyPnlChart *dailyChart() const { return m_daily; }
    qsizetype equityPointCount() const;
    qsizetype dailyBarCount() const;

private:
    QLabel *m_equityTitle;
    EquityCurveChart *m_equity;
    QLabel *m_dailyTitle;
    DailyPnlChart *m_daily;
};
