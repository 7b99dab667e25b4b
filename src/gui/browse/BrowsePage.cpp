#include "BrowsePage.h"

#include "BrowseEmptyState.h"
#include "BrowseExporter.h"
#include "BrowseStatusRow.h"
#include "BrowseTableView.h"
#include "DefaultColumns.h"
#include "DetailPane.h"
#include "FillsPanel.h"
#include "FilterBar.h"
#include "PageAction.h"
#include "query/LazyTableModel.h"
#include "session/DatabaseSession.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

BrowsePage::BrowsePage(RobotTable table, AppSettings &settings, QWidget *parent)
    : Page(RobotSchema::table(table).name, parent)
    , m_table(table)
    , m_settings(settings)
    , m_model(new LazyTableModel(this))
    , m_filterBar(new FilterBar(table, this))
    , m_view(new BrowseTableView(this))
    , m_detail(new DetailPane(this))
    , m_empty(new BrowseEmptyState(this))
    , m_status(new BrowseStatusRow(this))
    , m_exporter(new BrowseExporter(m_model, this))
    , m_saveLayout(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("browseView"));
    m_view->setModel(m_model);
    m_view->setPreferredOrder(DefaultColumns::preferredOrder(table));
    m_exporter->setColumnSource([this] {
        QStringList names;
        for (const int section : m_view->visibleColumnsInViewOrder()) {
            if (const ColumnDef *column = m_model->columnDef(section))
                names << column->name;
        }
        return names;
    });
    if (table == RobotTable::Orders)
        m_fills = new FillsPanel(this);
    m_saveLayout->setSingleShot(true);
    m_saveLayout->setInterval(400);
    connect(m_saveLayout, &QTimer::timeout, this, &BrowsePage::saveLayout);
    buildActions();
    buildLayout();
    connectModel();
    updateStatus();
    updateEmptyState();
}

BrowsePage::~BrowsePage()
{
    if (m_saveLayout->isActive())
        saveLayout();
}

QString BrowsePage::title() const
{
    return RobotSchema::table(m_table).label;
}

void BrowsePage::buildActions()
{
    m_findAction = PageAction::create(this, tr("Find"), QStringLiteral("findAction"),
                                      tr("Focus the filters"), QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    m_detailsAction = PageAction::create(this, tr("Details"), QStringLiteral("detailsAction"),
                                         tr("Show or hide the selected row's details"),
                                         QKeySequence(Qt::CTRL | Qt::Key_D));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, this, &BrowsePage::setDetailsVisible);
    // F5 belongs to the window (it re-probes, then calls refresh()); this
    // button does the same for this page alone.
    m_refreshAction =
        PageAction::create(this, tr("Refresh"), QStringLiteral("pageRefreshAction"),
                           tr("Reload this table, keeping the selection (F5 reloads all)"));
    connect(m_refreshAction, &QAction::triggered, this, &BrowsePage::refresh);

    if (m_table == RobotTable::Trades) {
        m_relationAction = PageAction::create(
            this, tr("Go to order"), QStringLiteral("goToOrderAction"),
            tr("Show the order this trade filled"), QKeySequence(Qt::CTRL | Qt::Key_G));
        connect(m_relationAction, &QAction::triggered, this, [this] {
            const QVariant order = currentValue(QStringLiteral("order_id"));
            if (!order.isNull() && order.isValid())
                emit openOrderRequested(order.toLongLong());
        });
    } else if (m_table == RobotTable::Positions) {
        m_relationAction = PageAction::create(
            this, tr("Show trades for symbol"), QStringLiteral("showTradesAction"),
            tr("Show every trade of this position's symbol"), QKeySequence(Qt::CTRL | Qt::Key_T));
        connect(m_relationAction, &QAction::triggered, this, [this] {
            const QString symbol = currentValue(QStringLiteral("symbol")).toString();
            if (!symbol.isEmpty())
                emit showTradesRequested(symbol);
        });
    }
    if (m_relationAction) {
        m_relationAction->setEnabled(false);
        m_view->setContextActions({m_relationAction});
    }
}

void BrowsePage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);

    connect(m_status, &BrowseStatusRow::newRowsClicked, this, [this] {
        if (m_model->sortSpec().descending())
            m_view->scrollToTop();
        else
            m_view->scrollToBottom();
    });
    QList<QAction *> buttons;
    if (m_relationAction)
        buttons << m_relationAction;
    buttons << m_detailsAction << m_exporter->action() << m_refreshAction;
    for (QAction *action : std::as_const(buttons)) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        m_status->addButton(button);
    }
    layout->addWidget(m_status);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    QWidget *content = m_splitter;
    if (m_fills) {
        auto *vertical = new QSplitter(Qt::Vertical, this);
        vertical->setObjectName(QStringLiteral("fillsSplitter"));
        vertical->addWidget(m_splitter);
        vertical->addWidget(m_fills);
        vertical->setStretchFactor(0, 3);
        vertical->setStretchFactor(1, 1);
        content = vertical;
        connect(m_fills, &FillsPanel::openInTradesRequested, this,
                &BrowsePage::showTradesForOrderRequested);
    }
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("browseStack"));
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_empty, &BrowseEmptyState::clearFiltersRequested, this, &BrowsePage::clearFilters);
}

void BrowsePage::connectModel()
{
    connect(m_filterBar, &FilterBar::filtersChanged, this, &BrowsePage::applyFilters);
    connect(m_filterBar, &FilterBar::validityChanged, this, &BrowsePage::updateStatus);
    connect(m_model, &LazyTableModel::ready, this, &BrowsePage::onReady);
    const auto modelStateChanged = [this] {
        updateStatus();
        updateEmptyState();
    };
    connect(m_model, &LazyTableModel::countChanged, this, modelStateChanged);
    connect(m_model, &LazyTableModel::statusChanged, this, modelStateChanged);
    connect(m_model, &LazyTableModel::errorOccurred, this, modelStateChanged);
    connect(m_model, &LazyTableModel::newRowsAvailable, this, &BrowsePage::onNewRows);
    connect(m_model, &LazyTableModel::rowsLoaded, this, [this](int first, int last) {
        const int current = m_view->currentIndex().row();
        if (current >= first && current <= last)
            onCurrentRowChanged();
        if (m_pendingSelectId >= 0 && first == 0) {
            // showOrder(): the filtered result is that one order; make it current.
            if (m_model->data(m_model->index(0, 0), LazyTableModel::RowIdRole).toLongLong() ==
                m_pendingSelectId)
                m_view->selectRow(0);
            m_pendingSelectId = -1;
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowsePage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowsePage::onCurrentRowChanged);
    connect(m_view, &BrowseTableView::sortRequested, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    connect(m_view, &BrowseTableView::layoutEdited, m_saveLayout, qOverload<>(&QTimer::start));
    connect(m_exporter, &BrowseExporter::statusMessage, this, &Page::statusMessage);
}

void BrowsePage::setDatabase(const DatabaseSession &session)
{
    const QString tableName = RobotSchema::table(m_table).name;
    const bool present =
        session.rowCount(tableName) >= 0 ||
        (session.schema.table(tableName) && session.schema.table(tableName)->present);
    // Same database, same table state: keep filters, scroll and selection.
    if (m_spec && *m_spec == session.spec && m_model->isReady() &&
        present == m_model->isTablePresent())
        return;
    m_spec = session.spec;
    m_status->hideNewRows();
    m_model->setSource(session.spec, m_table);
    const TableLayout layout = m_settings.tableLayout(tableName);
    const TableDef &def = RobotSchema::table(m_table);
    if (!layout.sortColumn.isEmpty() && def.column(layout.sortColumn))
        m_model->setSortSpec({layout.sortColumn, layout.sortOrder});
    else
        m_model->setSortSpec({def.defaultSortColumn, def.defaultSortOrder});
    m_model->setFilters(m_filterBar->filterSet());
    if (m_fills)
        m_fills->setSource(session.spec);
    m_exporter->setSource(session.spec, m_table);
    m_filterBar->loadCompletions(session.spec);
    updateStatus();
}

void BrowsePage::clearDatabase()
{
    // The model keeps its last rows hidden behind the empty state: it has no
    // "no source" state, and opening an empty path would only show an error.
    m_spec.reset();
    m_exporter->clearSource();
    if (m_fills)
        m_fills->clearSource();
    m_detail->clear();
    updateStatus();
    updateEmptyState();
}

void BrowsePage::onReady()
{
    const TableDef &def = RobotSchema::table(m_table);
    QStringList columns;
    for (int i = 0; i < m_model->columnCount(); ++i)
        columns << m_model->columnDef(i)->name;
    m_filterBar->setAvailableColumns(columns);
    m_filterBar->setEnabled(m_model->isTablePresent());
    TableLayout layout = m_settings.tableLayout(def.name);
    layout.sortColumn = m_model->sortSpec().column;
    layout.sortOrder = m_model->sortSpec().order;
    m_view->restoreLayoutState(layout, def.defaultSortColumn, def.defaultSortOrder);
    updateStatus();
    updateEmptyState();
}

void BrowsePage::applyFilters(const FilterSet &filters)
{
    m_status->hideNewRows();
    m_model->setFilters(filters);
    updateStatus();
}

void BrowsePage::refresh()
{
    if (!m_spec)
        return;
    if (!m_model->isTablePresent()) {
        // The robot may have created the table since: open it again.
        m_model->setSource(*m_spec, m_table);
        m_model->setFilters(m_filterBar->filterSet());
        return;
    }
    // Persistent indexes keep the selection; onNewRows() keeps the rows in view.
    m_model->refresh();
    if (m_fills)
        m_fills->model()->refresh();
}

void BrowsePage::onNewRows(qint64 rows)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_model->sortSpec().descending() && bar->value() > 0) {
        // New rows went in above: move down with the rows the operator was reading.
        bar->setValue(bar->value() + int(rows));
    }
    m_status->showNewRows(rows);
}

void BrowsePage::setTimeDisplay(TimeDisplay display)
{
    const auto shown = display == TimeDisplay::Local ? ValueFormatter::TimeDisplay::Local
                                                     : ValueFormatter::TimeDisplay::Utc;
    m_model->setTimeDisplay(shown);
    m_filterBar->setTimeDisplay(shown);
    if (m_fills)
        m_fills->setTimeDisplay(display == TimeDisplay::Local);
    onCurrentRowChanged();
}

QVariant BrowsePage::currentValue(const QString &column) const
{
    const QModelIndex current = m_view->currentIndex();
    const int section = m_model->columnOf(column);
    if (!current.isValid() || section < 0)
        return {};
    return m_model->data(m_model->index(current.row(), section), LazyTableModel::TypedValueRole);
}

qint64 BrowsePage::currentRowId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->isRowLoaded(current.row()))
        return -1;
    return m_model->data(m_model->index(current.row(), 0), LazyTableModel::RowIdRole).toLongLong();
}

void BrowsePage::onCurrentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const bool loaded = current.isValid() && m_model->isRowLoaded(current.row());
    if (m_detail->isVisibleTo(this))
        m_detail->showRow(m_model, loaded ? current.row() : -1);
    if (m_fills) {
        const qint64 id = loaded ? currentRowId() : -1;
        if (loaded || !current.isValid())
            m_fills->showOrder(id);
    }
    if (m_relationAction) {
        const QString column =
            m_table == RobotTable::Trades ? QStringLiteral("order_id") : QStringLiteral("symbol");
        const QVariant value = currentValue(column);
        m_relationAction->setEnabled(loaded && value.isValid() && !value.isNull());
    }
}

void BrowsePage::setDetailsVisible(bool visible)
{
    if (m_detailsAction->isChecked() != visible)
        m_detailsAction->setChecked(visible);
    m_detail->setVisible(visible);
    onCurrentRowChanged();
}

bool BrowsePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void BrowsePage::updateStatus()
{
    m_status->update(m_spec ? m_model : nullptr, *m_filterBar);
}

void BrowsePage::updateEmptyState()
{
    const bool empty = m_empty->showFor(m_spec ? m_model : nullptr);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
}

void BrowsePage::saveLayout()
{
    m_saveLayout->stop();
    if (m_model->isReady() && m_model->isTablePresent() && m_model->columnCount() > 0)
        m_settings.setTableLayout(RobotSchema::table(m_table).name, m_view->layoutState());
}

void BrowsePage::clearFilters()
{
    m_filterBar->clearAll();
}

void BrowsePage::showSymbol(const QString &symbol)
{
    m_filterBar->showSymbols({symbol});
}

void BrowsePage::showTimeRange(const Timestamp &from, const Timestamp &to)
{
    m_filterBar->showTimeRange(from, to);
}

void BrowsePage::showTradesForOrder(qint64 orderId)
{
    m_filterBar->pinFilter({QStringLiteral("order_id"), FilterOperator::Equals, {orderId}},
                           tr("Order %1").arg(orderId));
}

void BrowsePage::showIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    m_pendingSelectId = ids.first();
    m_filterBar->pinFilter({QStringLiteral("id"), FilterOperator::AnyOf, values},
                           ids.size() == 1 ? tr("Row %1").arg(ids.first())
                                           : tr("%1 rows from the audit").arg(ids.size()));
}

void BrowsePage::showOrder(qint64 orderId)
{
    m_pendingSelectId = orderId;
    m_filterBar->pinFilter({QStringLiteral("id"), FilterOperator::Equals, {orderId}},
                           tr("Order %1").arg(orderId));
}
