#include "ReviewPanel.h"

#include "BreakdownModel.h"
#include "ComparisonModel.h"
#include "FigureListModel.h"
#include "HeadlineFigures.h"
#include "ReviewCharts.h"
#include "ReviewFigures.h"
#include "ReviewSeries.h"

#include "review/SessionStatistics.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_emptyLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_headline(new HeadlineFigures(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_comparisonSummary(new QLabel(m_content))
    , m_comparison(new ComparisonModel(this))
    , m_figures(new FigureListModel(this))
    , m_bySymbol(new BreakdownModel(tr("Symbol"), this))
    , m_byStrategy(new BreakdownModel(tr("Strategy"), this))
    , m_charts(new ReviewCharts(m_content))
{
    m_emptyLabel->setObjectName(QStringLiteral("reviewEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("headlineFigures"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_charts->setObjectName(QStringLiteral("reviewCharts"));

    m_tabs->addTab(makeComparisonTab(), tr("Stored vs recomputed"));
    QTableView *figures = makeTable(QStringLiteral("figuresView"));
    figures->setModel(m_figures);
    m_tabs->addTab(figures, tr("All figures"));
    m_tabs->addTab(makeBreakdownTable(QStringLiteral("bySymbolView"), m_bySymbol), tr("By symbol"));
    m_tabs->addTab(makeBreakdownTable(QStringLiteral("byStrategyView"), m_byStrategy),
                   tr("By strategy"));

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_charts);
    // Tables need the width more than the charts do: 60/40.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_headline);
    contentLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_content, 1);
    clear(tr("Select a session to review it."));
}

QTableView *ReviewPanel::makeTable(const QString &objectName)
{
    auto *view = new QTableView(m_content);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Compact rows: a review table is read like a report, not edited.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    m_tables << view;
    return view;
}

QWidget *ReviewPanel::makeComparisonTab()
{
    auto *tab = new QWidget(m_content);
    m_comparisonSummary->setObjectName(QStringLiteral("comparisonSummaryLabel"));
    m_comparisonSummary->setWordWrap(true);
    QTableView *view = makeTable(QStringLiteral("comparisonView"));
    view->setModel(m_comparison);
    auto *note = new QLabel(tr("The robot counts fills as trades: these rows recompute its "
                               "figures the way the schema reads them. Round-trip statistics "
                               "are under \u201cAll figures\u201d."),
                            tab);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_comparisonSummary);
    layout->addWidget(view, 1);
    layout->addWidget(note);
    return tab;
}

QTableView *ReviewPanel::makeBreakdownTable(const QString &objectName, BreakdownModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(BreakdownModel::SortRole);
    QTableView *view = makeTable(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(BreakdownModel::Group, Qt::AscendingOrder);
    return view;
}

void ReviewPanel::setStatistics(const SessionStatistics &statistics)
{
    m_headline->setFigures(ReviewFigures::headline(statistics));
    m_figures->setRows(ReviewFigures::details(statistics));
    m_comparison->setFigures(statistics.comparison);
    m_comparisonSummary->setText(m_comparison->summary());
    m_bySymbol->setGroups(statistics.bySymbol);
    m_byStrategy->setGroups(statistics.byStrategy);
    m_charts->setSeries(ReviewSeries::from(statistics));
    fitColumns();
    if (statistics.fills.fills == 0) {
        // The figures stay visible (zeros and dashes are the honest answer),
        // with a line saying why they are empty.
        m_emptyLabel->setText(tr("No fills in this window: there is nothing to review yet."));
        m_emptyLabel->setVisible(true);
        m_emptyLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    } else {
        m_emptyLabel->setVisible(false);
    }
    m_content->setVisible(true);
}

void ReviewPanel::clear(const QString &message)
{
    m_headline->clear();
    m_figures->setRows({});
    m_comparison->setFigures({});
    m_comparisonSummary->clear();
    m_bySymbol->setGroups({});
    m_byStrategy->setGroups({});
    m_charts->clear();
    m_emptyLabel->setText(message);
    m_emptyLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_emptyLabel->setVisible(true);
    m_content->setVisible(false);
}

void ReviewPanel::fitColumns()
{
    for (QTableView *view : std::as_const(m_tables)) {
        // Numbers must never be elided; the last column stretches into the rest.
        view->resizeColumnsToContents();
    }
}
