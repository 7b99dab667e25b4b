#pragma once

#include "FilterSet.h"
#include "PageCache.h"
#include "PageLoader.h"
#include "SortSpec.h"
#include "ValueFormatter.h"

#include "db/RetryBackoff.h"

#include <QAbstractTableModel>
#include <QSet>

class QTimer;

// One robot table, filtered and sorted by the database, for a QTableView of any
// size. The first rows show at once; the row count starts as an estimate
// (labelled so) and becomes exact when the separate counting connection
// answers. Pages load on a worker thread by keyset on (sort key, id); data()
// only reads a bounded LRU page cache and answers a quiet placeholder (an
// invalid QVariant, IsLoadedRole false) for rows not loaded yet while their
// page is fetched: never another row's stale values.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        TypedValueRole = Qt::UserRole + 1, // Decimal, Timestamp, qint64, bool, QString, null
        IsNullRole,                        // bool: NULL, as opposed to an empty string
        IsLoadedRole,                      // bool: false while the row's page is loading
        RowIdRole,                         // qint64: the row's id
        FullTextRole,                      // QString: the untruncated display text
        ColumnNameRole,                    // QString: "executed_at"
        ColumnTypeRole,                    // int: ColumnType
        ColumnUnitRole,                    // int: ColumnUnit (money, price, ...)
        EnumValueRole,                     // QString: canonical enum value ("buy")
    };
    enum class CountState { Unknown, Estimate, Exact };

    static constexpr int kPageSize = 128;
    static constexpr int kCachePages = 48; // ~6k rows at most in memory

    explicit LazyTableModel(QObject *parent = nullptr);
    ~LazyTableModel() override;

    void setSource(const ConnectionSpec &spec, RobotTable table);
    // New filters count again; a new order with the same filters keeps an
    // exact count (and rowCount()): only the pages are read again.
    void setFilters(const FilterSet &filters);
    const FilterSet &filters() const { return m_filters; }
    void setSortSpec(const SortSpec &sort);
    // Both at once, one database round (a saved view being restored).
    void setQuery(const FilterSet &filters, const SortSpec &sort);
    const SortSpec &sortSpec() const { return m_sort; }
    void setTimeDisplay(ValueFormatter::TimeDisplay display);
    // Re-counts and reloads: picks up rows the robot wrote (newRowsAvailable).
    // After a lost connection or an error it reconnects first, keeping the
    // rows in view and the selection.
    void refresh();

    RobotTable table() const { return m_table; }
    const ColumnDef *columnDef(int section) const;
    int columnOf(QStringView name) const;
    QStringList missingColumns() const { return m_missingColumns; }
    bool isTablePresent() const { return m_present; }
    bool isReady() const { return m_ready; }
    qint64 count() const { return m_rowCount; }
    CountState countState() const { return m_countState; }
    qint64 tableRowsEstimate() const { return m_tableRows; }
    bool canUseIndex() const { return m_canUseIndex; }
    bool isLoading() const { return !m_pending.isEmpty(); }
    bool isRowLoaded(int row) const;
    QString lastError() const { return m_lastError; }
    // The database went away (server stopped, file deleted or replaced): the
    // rows already read stay, and reconnecting is retried with a growing pause.
    bool isConnectionLost() const { return m_connectionLost; }
    int pagesQueried() const { return m_loader->pagesQueried(); }
    // "12,345 of about 1,000,000 trades", or why the table is empty.
    QString statusText() const;
    int cachedPages() const { return m_cache.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // ORDER BY in the database, id as tie-breaker.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void ready(); // columns known (or the table found missing)
    void countChanged(qint64 count, bool exact);
    void loadingChanged(bool loading);
    void rowsLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);
    void statusChanged(const QString &status);
    void newRowsAvailable(qint64 rows);
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    enum class Count {
        Again,       // the filters changed (or a new source): estimate and count
        KeepIfExact, // only the order changed: the same rows, the same count
    };
    void requery(Count count);
    enum class Anchor {
        Neighbours, // keyset after/before a cached neighbour page: cheap scrolling
        Position,   // by offset: reloading pages whose neighbours may be stale
    };
    void requestPage(int page, Anchor anchor = Anchor::Neighbours) const;
    void setCount(qint64 rows, CountState state);
    void setLoading(bool wasLoading);
    void fail(const QString &message);
    // A statement failed for `fault`: retry (lost, busy) or report it.
    void handleFault(const QString &error, FaultKind fault);
    void enterConnectionLost(const QString &reason);
    void forgetLostConnection();
    void onReconnected(const QString &error, FaultKind fault);
    void onPageDropped(const PageRequest &request);
    void reloadInPlace();
    void onOpened(const QString &error, bool present, const QList<ColumnDef> &columns,
                  const QStringList &missing);
    void onPageLoaded(const PageResult &result);
    void onEstimated(quint64 generation, qint64 tableRows, qint64 rows, bool exact);
    void onCounted(quint64 generation, qint64 rows, bool reconnected);

    PageLoader *m_loader;
    QTimer *m_retryTimer;
    RetryBackoff m_backoff;
    std::optional<ConnectionSpec> m_spec;
    RobotTable m_table = RobotTable::Trades;
    QList<ColumnDef> m_columns;
    QStringList m_missingColumns;
    FilterSet m_filters;
    SortSpec m_sort;
    ValueFormatter::TimeDisplay m_timeDisplay = ValueFormatter::TimeDisplay::Utc;
    bool m_ready = false;
    bool m_present = false;
    bool m_canUseIndex = true;
    int m_refreshesPending = 0; // counts asked for by refresh(), not answered yet
    // The query's own count, not answered yet. Answers come in the order
    // asked, so while this is set the next one is the query's, not a refresh's.
    bool m_queryCountPending = false;
    quint64 m_generation = 0;
    quint64 m_layout = 0; // bumped when new rows on top move every row down
    qint64 m_rowCount = 0;
    qint64 m_tableRows = -1;
    CountState m_countState = CountState::Unknown;
    QString m_lastError;
    bool m_connectionLost = false;
    mutable QSet<int> m_failedPages; // asked for while the connection was lost
    // data() is const for Qt, yet it is what discovers which pages are wanted.
    mutable PageCache m_cache{kCachePages};
    mutable QSet<int> m_pending;
};
