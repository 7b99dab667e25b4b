#include "LazyTableModel.h"

#include "db/ConnectionMonitor.h"
#include "schema/Decimal.h"

#include <QTimer>

#include <limits>
#include <utility>

namespace {

constexpr qint64 kMaxRows = std::numeric_limits<int>::max();

} // namespace

LazyTableModel::LazyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new PageLoader(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, m_loader, &PageLoader::reconnect);
    connect(m_loader, &PageLoader::reconnected, this, &LazyTableModel::onReconnected);
    connect(m_loader, &PageLoader::pageDropped, this, &LazyTableModel::onPageDropped);
    connect(m_loader, &PageLoader::opened, this, &LazyTableModel::onOpened);
    connect(m_loader, &PageLoader::pageLoaded, this, &LazyTableModel::onPageLoaded);
    connect(m_loader, &PageLoader::estimated, this, &LazyTableModel::onEstimated);
    connect(m_loader, &PageLoader::counted, this, &LazyTableModel::onCounted);
    connect(m_loader, &PageLoader::queryAccepted, this, [this](quint64 generation, bool index) {
        if (generation == m_generation)
            m_canUseIndex = index;
    });
    connect(m_loader, &PageLoader::queryFailed, this,
            [this](quint64 generation, const QString &error) {
                if (generation == m_generation)
                    fail(error);
            });
    connect(m_loader, &PageLoader::countFailed, this,
            [this](quint64 generation, const QString &error, FaultKind fault) {
                if (generation != m_generation)
                    return;
                if (!std::exchange(m_queryCountPending, false))
                    m_refreshesPending = qMax(0, m_refreshesPending - 1);
                handleFault(error, fault);
            });
}

LazyTableModel::~LazyTableModel()
{
    forgetLostConnection();
}

void LazyTableModel::forgetLostConnection()
{
    // Whoever counts the models waiting for this database must not wait for us.
    if (m_connectionLost && m_spec)
        ConnectionMonitor::instance().reportRestored(*m_spec);
    m_connectionLost = false;
}

void LazyTableModel::setSource(const ConnectionSpec &spec, RobotTable table)
{
    beginResetModel();
    m_table = table;
    m_columns.clear();
    m_ready = false;
    m_present = false;
    m_rowCount = 0;
    m_cache.clear();
    m_pending.clear();
    m_failedPages.clear();
    m_lastError.clear();
    forgetLostConnection();
    m_retryTimer->stop();
    m_backoff.reset();
    m_spec = spec;
    m_sort = {};
    endResetModel();
    m_loader->open(spec, table);
}

void LazyTableModel::onOpened(const QString &error, bool present, const QList<ColumnDef> &columns,
                              const QStringList &missing)
{
    beginResetModel();
    m_columns = present ? columns : QList<ColumnDef>{};
    m_missingColumns = missing;
    m_present = present;
    m_ready = error.isEmpty();
    endResetModel();
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    emit ready();
    if (m_present)
        requery(Count::Again);
    else
        setCount(0, CountState::Exact);
    emit statusChanged(statusText());
}

void LazyTableModel::setFilters(const FilterSet &filters)
{
    setQuery(filters, m_sort);
}

void LazyTableModel::setSortSpec(const SortSpec &sort)
{
    setQuery(m_filters, sort);
}

void LazyTableModel::setQuery(const FilterSet &filters, const SortSpec &sort)
{
    const bool filtersChanged = filters != m_filters;
    m_filters = filters;
    m_sort = sort;
    if (m_ready && m_present)
        requery(filtersChanged ? Count::Again : Count::KeepIfExact);
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    setSortSpec({m_columns[column].name, order});
}

void LazyTableModel::setTimeDisplay(ValueFormatter::TimeDisplay display)
{
    if (m_timeDisplay == display)
        return;
    m_timeDisplay = display;
    if (m_rowCount > 0 && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rowCount) - 1, int(m_columns.size()) - 1),
                         {Qt::DisplayRole});
}

void LazyTableModel::requery(Count count)
{
    // The same filters match the same rows in any order: a header click keeps
    // the exact count and the scroll bar's range instead of scanning every row
    // again (on PostgreSQL a parallel count(*) competes with the new order's
    // first page for the cores). Only a settled count is kept: one still
    // running, or a refresh's, is interrupted by the new query and asked again.
    const bool keepCount = count == Count::KeepIfExact && m_countState == CountState::Exact &&
                           m_refreshesPending == 0 && !m_connectionLost && m_lastError.isEmpty();
    const bool wasLoading = isLoading();
    // The loader takes the new query first: with the rows kept, a view may
    // ask for pages as soon as the reset ends, and the loader drops what it
    // queued before the new query.
    ++m_generation;
    m_loader->setQuery(m_generation, m_filters, m_sort);
    beginResetModel();
    m_cache.clear();
    m_pending.clear();
    m_failedPages.clear();
    if (!keepCount) {
        m_rowCount = 0;
        m_countState = CountState::Unknown;
    }
    if (!m_connectionLost)
        m_lastError.clear();
    m_refreshesPending = 0;
    m_queryCountPending = !keepCount;
    endResetModel();
    requestPage(0);
    if (!keepCount) {
        m_loader->estimate(m_generation);
        m_loader->count(m_generation);
    }
    setLoading(wasLoading);
    if (!keepCount)
        emit countChanged(0, false);
}

void LazyTableModel::refresh()
{
    if (!m_ready || !m_present)
        return;
    if (m_connectionLost || !m_lastError.isEmpty()) {
        // F5 after a failure: try now rather than at the next backoff step.
        m_retryTimer->stop();
        m_loader->reconnect();
        return;
    }
    ++m_refreshesPending;
    m_loader->count(m_generation);
}

void LazyTableModel::reloadInPlace()
{
    ++m_refreshesPending;
    m_loader->count(m_generation);
}

void LazyTableModel::handleFault(const QString &error, FaultKind fault)
{
    if (ConnectionFault::isTransient(fault))
        enterConnectionLost(error);
    else
        fail(error);
}

void LazyTableModel::enterConnectionLost(const QString &reason)
{
    const bool wasLost = m_connectionLost;
    m_connectionLost = true;
    m_lastError = tr("connection lost (%1); reconnecting automatically").arg(reason);
    if (!m_retryTimer->isActive())
        m_retryTimer->start(m_backoff.nextDelayMs());
    if (!wasLost) {
        if (m_spec)
            ConnectionMonitor::instance().reportLost(*m_spec, reason);
        emit connectionLost(reason);
        emit errorOccurred(m_lastError);
    }
    emit statusChanged(statusText());
}

void LazyTableModel::onReconnected(const QString &error, FaultKind fault)
{
    if (!error.isEmpty()) {
        if (ConnectionFault::isTransient(fault)) {
            enterConnectionLost(error);
        } else {
            m_connectionLost = false;
            m_retryTimer->stop();
            fail(error);
        }
        return;
    }
    const bool wasLost = m_connectionLost;
    m_connectionLost = false;
    m_retryTimer->stop();
    m_backoff.reset();
    m_lastError.clear();
    if (wasLost) {
        if (m_spec)
            ConnectionMonitor::instance().reportRestored(*m_spec);
        emit connectionRestored();
    }
    emit statusChanged(statusText());
    reloadInPlace();
}

void LazyTableModel::onPageDropped(const PageRequest &request)
{
    // A request of an older layout is not what m_pending holds now for that
    // page number (it was cleared when new rows moved every row down).
    if (request.generation != m_generation || request.layout != m_layout ||
        !m_pending.remove(request.page))
        return;
    // Still on screen? Then the view asks again when it repaints these rows.
    const qint64 start = qint64(request.page) * kPageSize;
    const qint64 last = qMin(start + kPageSize, m_rowCount) - 1;
    if (last >= start && !m_columns.isEmpty())
        emit dataChanged(index(int(start), 0), index(int(last), int(m_columns.size()) - 1));
}

void LazyTableModel::requestPage(int page, Anchor anchor) const
{
    if (m_pending.contains(page) || !m_ready || !m_present)
        return;
    if (m_connectionLost) {
        m_failedPages.insert(page); // asked for once the connection is back
        return;
    }
    PageRequest request;
    request.generation = m_generation;
    request.layout = m_layout;
    request.page = page;
    request.limit = kPageSize;
    const qint64 start = qint64(page) * kPageSize;
    // Only a fresh page marks where its neighbour starts: a stale one was read
    // at another moment of a table the robot keeps writing, so its rows may sit
    // a few places off, and a page chained to its keys would be off as much
    // while looking fresh, never to be read again.
    const auto anchorPage = [this](int neighbour) -> const QList<TableRow> * {
        return neighbour >= 0 && !m_cache.isStale(neighbour) ? m_cache.peek(neighbour) : nullptr;
    };
    const QList<TableRow> *previous = anchorPage(page - 1);
    const QList<TableRow> *next = anchorPage(page + 1);
    if (page == 0) {
        request.mode = PageRequest::Mode::First;
    } else if (anchor == Anchor::Neighbours && previous && previous->size() == kPageSize &&
               !previous->last().values.isEmpty()) {
        request.mode = PageRequest::Mode::After;
        request.key = previous->last().key;
    } else if (anchor == Anchor::Neighbours && next && !next->isEmpty() &&
               !next->first().values.isEmpty()) {
        request.mode = PageRequest::Mode::Before;
        request.key = next->first().key;
    } else if (m_countState == CountState::Exact && start + kPageSize >= m_rowCount) {
        // The end: the reversed order's first page, no OFFSET scan.
        request.mode = PageRequest::Mode::Last;
        request.limit = int(m_rowCount - start);
    } else {
        // A jump: one seek; neighbours then continue by keyset from here.
        request.mode = PageRequest::Mode::Offset;
        request.offset = start;
    }
    auto *self = const_cast<LazyTableModel *>(this);
    const bool wasLoading = isLoading();
    m_pending.insert(page);
    m_loader->loadPage(request);
    self->setLoading(wasLoading);
}

void LazyTableModel::onPageLoaded(const PageResult &result)
{
    if (result.request.generation != m_generation || result.request.layout != m_layout)
        return;
    const bool wasLoading = isLoading();
    const int page = result.request.page;
    m_pending.remove(page);
    if (!result.error.isEmpty()) {
        if (ConnectionFault::isTransient(result.fault))
            m_failedPages.insert(page);
        handleFault(result.error, result.fault);
        setLoading(wasLoading);
        return;
    }
    if (!m_lastError.isEmpty() && !m_connectionLost) {
        m_lastError.clear(); // the failure is over
        emit statusChanged(statusText());
    }
    const qint64 start = qint64(page) * kPageSize;
    const qint64 loaded = result.rows.size();
    const PageRequest::Mode mode = result.request.mode;
    const bool forward = mode == PageRequest::Mode::First || mode == PageRequest::Mode::After ||
                         mode == PageRequest::Mode::Offset;
    if (forward && loaded < result.request.limit && (loaded > 0 || page == 0))
        setCount(start + loaded, CountState::Exact); // the end of the result is in sight
    else if (m_countState != CountState::Exact && start + loaded > m_rowCount)
        setCount(start + loaded, CountState::Estimate);
    m_cache.insert(page, result.rows);
    const qint64 last = qMin(start + loaded, m_rowCount) - 1;
    if (last >= start && !m_columns.isEmpty()) {
        emit dataChanged(index(int(start), 0), index(int(last), int(m_columns.size()) - 1));
        emit rowsLoaded(int(start), int(last));
    }
    setLoading(wasLoading);
    if (result.reconnected && m_refreshesPending == 0)
        reloadInPlace(); // the other rows came from a connection that has since died
}

void LazyTableModel::onEstimated(quint64 generation, qint64 tableRows, qint64 rows, bool exact)
{
    if (generation != m_generation)
        return;
    m_tableRows = tableRows;
    if (m_countState != CountState::Exact)
        setCount(qMax(rows, m_rowCount), exact ? CountState::Exact : CountState::Estimate);
}

void LazyTableModel::onCounted(quint64 generation, qint64 rows, bool reconnected)
{
    if (generation != m_generation)
        return;
    const bool answersTheQuery = std::exchange(m_queryCountPending, false);
    if (reconnected && m_refreshesPending == 0) {
        reloadInPlace(); // counted on a new connection: the cached rows may be stale
        return;
    }
    if (m_filters.isEmpty())
        m_tableRows = rows;
    // Every answer to a refresh is one: an auto-refresh may ask again before
    // the last answer came, and its new rows belong on top all the same.
    if (answersTheQuery || m_refreshesPending == 0) {
        setCount(rows, CountState::Exact);
        return;
    }
    --m_refreshesPending;
    const qint64 added = rows - m_rowCount;
    if (added > 0 && m_rowCount + added <= kMaxRows) {
        // New rows of a running robot are the newest: on top in a descending
        // order, at the end otherwise. Persistent indexes (the selection) and
        // the cached rows move with the rows they point to.
        const bool onTop = m_sort.descending();
        const int first = onTop ? 0 : int(m_rowCount);
        beginInsertRows({}, first, first + int(added) - 1);
        m_rowCount = rows;
        m_countState = CountState::Exact;
        m_cache.shift(onTop ? added : 0, kPageSize, m_rowCount);
        if (onTop)
            ++m_layout; // pages asked for before belong to rows that have moved
        endInsertRows();
        emit countChanged(rows, true);
    } else {
        setCount(rows, CountState::Exact);
    }
    // Rows may also have changed in place (an order got filled): every cached
    // page is read again when a view next shows it, and keeps showing its
    // values until then. Only what is on screen costs a query, and a burst of
    // requests can be coalesced without leaving a stale page behind.
    m_pending.clear();
    m_cache.markAllStale();
    for (const int page : std::exchange(m_failedPages, {}))
        requestPage(page, Anchor::Position); // asked for while the connection was lost
    if (m_rowCount > 0 && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rowCount) - 1, int(m_columns.size()) - 1));
    if (added > 0)
        emit newRowsAvailable(added);
    emit statusChanged(statusText());
}

void LazyTableModel::setCount(qint64 rows, CountState state)
{
    rows = qMin(rows, kMaxRows);
    if (rows > m_rowCount) {
        beginInsertRows({}, int(m_rowCount), int(rows) - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, int(rows), int(m_rowCount) - 1);
        m_rowCount = rows;
        m_cache.removeFrom(int((rows + kPageSize - 1) / kPageSize));
        endRemoveRows();
    }
    m_countState = state;
    emit countChanged(m_rowCount, state == CountState::Exact);
    emit statusChanged(statusText());
}

void LazyTableModel::setLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

void LazyTableModel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
    emit statusChanged(statusText());
}

const ColumnDef *LazyTableModel::columnDef(int section) const
{
    return section >= 0 && section < m_columns.size() ? &m_columns[section] : nullptr;
}

int LazyTableModel::columnOf(QStringView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return int(i);
    }
    return -1;
}

bool LazyTableModel::isRowLoaded(int row) const
{
    const QList<TableRow> *rows = m_cache.peek(row / kPageSize);
    return rows && row % kPageSize < rows->size() && !rows->at(row % kPageSize).values.isEmpty();
}

QString LazyTableModel::statusText() const
{
    const QString table = RobotSchema::table(m_table).name;
    if (!m_lastError.isEmpty())
        return tr("Error: %1").arg(m_lastError);
    if (!m_ready)
        return tr("Opening %1...").arg(table);
    if (!m_present)
        return tr("The robot has not created the %1 table yet.").arg(table);
    if (m_countState == CountState::Unknown)
        return tr("Counting %1...").arg(table);
    const QString count = Decimal::fromInteger(m_rowCount).toGroupedString(0);
    // "8 sessions", not "8 trading_sessions": the label is what operators read.
    const QString what = RobotSchema::table(m_table).label.toLower();
    const bool exact = m_countState == CountState::Exact;
    QString text;
    if (!m_filters.isEmpty() && m_tableRows >= 0) {
        const QString total = Decimal::fromInteger(m_tableRows).toGroupedString(0);
        text = exact ? tr("%1 of %2 %3").arg(count, total, what)
                     : tr("about %1 of %2 %3").arg(count, total, what);
    } else {
        text = exact ? tr("%1 %2").arg(count, what) : tr("about %1 %2").arg(count, what);
    }
    if (!m_canUseIndex)
        text = tr("%1 (text search: full scan)").arg(text);
    return text;
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnDef &column = m_columns[index.column()];
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            int(Qt::AlignVCenter) |
            int(ValueFormatter::isRightAligned(column) ? Qt::AlignRight : Qt::AlignLeft));
    case ColumnNameRole:
        return column.name;
    case ColumnTypeRole:
        return int(column.type);
    case ColumnUnitRole:
        return int(column.unit);
    default:
        break;
    }
    const int page = index.row() / kPageSize;
    const int offset = index.row() % kPageSize;
    const QList<TableRow> *rows = m_cache.find(page);
    // By position: a stale page's neighbours were read at another moment of a
    // table the robot keeps writing, so their keys no longer mark these rows.
    if (rows && m_cache.isStale(page))
        requestPage(page, Anchor::Position);
    if (!rows || offset >= rows->size() || rows->at(offset).values.isEmpty()) {
        // A page shorter than the exact count says is out of date: ask again.
        if (!rows || offset < rows->size() || m_countState == CountState::Exact)
            requestPage(page);
        return role == IsLoadedRole ? QVariant(false) : QVariant();
    }
    const TableRow &row = rows->at(offset);
    const QVariant &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormatter::display(column, value, m_timeDisplay);
    case Qt::ToolTipRole:
    case FullTextRole:
        return ValueFormatter::fullText(column, value, m_timeDisplay);
    case TypedValueRole:
    case Qt::EditRole:
        return value;
    case IsNullRole:
        return value.isNull();
    case IsLoadedRole:
        return true;
    case RowIdRole:
        return row.key.id;
    case EnumValueRole:
        return column.type == ColumnType::Enum ? value : QVariant();
    default:
        return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const ColumnDef *column = columnDef(section);
    if (!column)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return column->label.isEmpty() ? column->name : column->label;
    case Qt::ToolTipRole:
    case ColumnNameRole:
        return column->name;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            int(Qt::AlignVCenter) |
            int(ValueFormatter::isRightAligned(*column) ? Qt::AlignRight : Qt::AlignLeft));
    default:
        return {};
    }
}
