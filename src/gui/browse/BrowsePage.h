#pragma once

#include "Page.h"
#include "db/ConnectionSpec.h"
#include "query/FilterSet.h"
#include "schema/RobotSchema.h"

#include <optional>

class AppSettings;
class BrowseEmptyState;
class BrowseExporter;
class BrowseStatusRow;
class BrowseTableView;
class DetailPane;
class FillsPanel;
class FilterBar;
class LazyTableModel;
class QAction;
class QSplitter;
class QStackedWidget;
class QTimer;

// One robot table (orders, trades or positions) for an operator: a filter
// bar, the lazy grid sorted in the database, a count that says whether it is
// exact, a detail pane, the table's relations one click away (an order's
// fills below the orders grid; "Go to order" from a trade; "Show trades for
// symbol" from a position) and export of exactly what is shown.
class BrowsePage : public Page
{
    Q_OBJECT
public:
    BrowsePage(RobotTable table, AppSettings &settings, QWidget *parent = nullptr);
    ~BrowsePage() override;

    QString title() const override;
    void setDatabase(const DatabaseSession &session) override;
    void clearDatabase() override;
    // Re-counts and reloads, keeping the selection and the rows in view.
    void refresh() override;
    void setTimeDisplay(TimeDisplay display) override;

    RobotTable table() const { return m_table; }
    LazyTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    BrowseTableView *view() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    FillsPanel *fillsPanel() const { return m_fills; } // orders page only
    BrowseEmptyState *emptyState() const { return m_empty; }
    BrowseStatusRow *statusRow() const { return m_status; }
    BrowseExporter *exporter() const { return m_exporter; }
    // The id of the current row, -1 when none is current or loaded.
    qint64 currentRowId() const;
    bool isShowingEmptyState() const;

public slots:
    // Filters applied from elsewhere in the window; each replaces the filters.
    void showTradesForOrder(qint64 orderId);
    void showOrder(qint64 orderId);
    // The rows an audit finding names.
    void showIds(const QList<qint64> &ids);
    void showSymbol(const QString &symbol);
    void showTimeRange(const Timestamp &from, const Timestamp &to);
    void clearFilters();
    void setDetailsVisible(bool visible);

signals:
    void openOrderRequested(qint64 orderId);          // trades page: "Go to order"
    void showTradesRequested(const QString &symbol);  // positions page
    void showTradesForOrderRequested(qint64 orderId); // orders page: fills in Trades

private:
    void buildActions();
    void buildLayout();
    void connectModel();
    void applyFilters(const FilterSet &filters);
    void onReady();
    void onCurrentRowChanged();
    void updateStatus();
    void updateEmptyState();
    void onNewRows(qint64 rows);
    void saveLayout();
    QVariant currentValue(const QString &column) const;

    RobotTable m_table;
    AppSettings &m_settings;
    std::optional<ConnectionSpec> m_spec;
    LazyTableModel *m_model;
    FilterBar *m_filterBar;
    BrowseTableView *m_view;
    DetailPane *m_detail;
    FillsPanel *m_fills = nullptr;
    BrowseEmptyState *m_empty;
    BrowseStatusRow *m_status;
    BrowseExporter *m_exporter;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_relationAction = nullptr;
    QTimer *m_saveLayout;
    qint64 m_pendingSelectId = -1; // showOrder(): select this row once loaded
};
