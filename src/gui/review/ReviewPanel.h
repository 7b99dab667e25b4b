#pragma once

#include <QWidget>

class BreakdownModel;
class ComparisonModel;
class FigureListModel;
class HeadlineFigures;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ReviewCharts;
struct SessionStatistics;

// The review of one session or time range: headline cards, then tabs with
// stored vs recomputed, every other figure, and the breakdowns by symbol and
// strategy, with the equity and daily P&L charts beside them. Renders a
// finished SessionStatistics; computes nothing.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void setStatistics(const SessionStatistics &statistics);
    // Nothing to show (no selection, a running job, an error): says why.
    void clear(const QString &message);

    HeadlineFigures *headline() const { return m_headline; }
    ComparisonModel *comparisonModel() const { return m_comparison; }
    FigureListModel *figuresModel() const { return m_figures; }
    BreakdownModel *symbolModel() const { return m_bySymbol; }
    BreakdownModel *strategyModel() const { return m_byStrategy; }
    ReviewCharts *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTableView *makeTable(const QString &objectName);
    QWidget *makeComparisonTab();
    QTableView *makeBreakdownTable(const QString &objectName, BreakdownModel *model);
    void fitColumns();

    QLabel *m_emptyLabel;
    QWidget *m_content;
    HeadlineFigures *m_headline;
    QTabWidget *m_tabs;
    QLabel *m_comparisonSummary;
    ComparisonModel *m_comparison;
    FigureListModel *m_figures;
    BreakdownModel *m_bySymbol;
    BreakdownModel *m_byStrategy;
    QList<QTableView *> m_tables;
    ReviewCharts *m_charts;
};
