#pragma once

#include "PageRequest.h"
#include "TableWorker.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// The lazy model's link to its two worker threads: one reads pages, the other
// counts (an exact count(*) can take a while and must never delay a page). Each
// has its own read-only connection. Calls return at once; answers arrive as
// signals on the loader's thread, tagged with the query generation they belong to.
//
// Page requests queue newest first and only the newest few are kept: when the
// operator drags the scroll bar across a million rows, the pages flown past
// are dropped (pageDropped) instead of each costing a query, and the page
// being read for a position already left is interrupted.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    // A viewport shows two or three pages at most; one more covers prefetching.
    static constexpr int kMaxQueuedPages = 4;

    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void open(const ConnectionSpec &spec, RobotTable table);
    // A new filter or sort: later answers for older generations are dropped,
    // and statements still running for them are interrupted.
    void setQuery(quint64 generation, const FilterSet &filters, const SortSpec &sort);
    void loadPage(const PageRequest &request);
    void estimate(quint64 generation);
    void count(quint64 generation);
    // Both workers replace a lost connection (or open one after a failed open).
    void reconnect();
    void cancel();
    quint64 generation() const { return m_generation->load(); }
    // Page statements run so far (not dropped ones): what coalescing saves.
    int pagesQueried() const { return m_pagesQueried.load(); }

signals:
    void opened(const QString &error, bool present, const QList<ColumnDef> &columns,
                const QStringList &missingColumns);
    void queryAccepted(quint64 generation, bool canUseIndex);
    void queryFailed(quint64 generation, const QString &error);
    void pageLoaded(const PageResult &result);
    // Superseded by newer requests before it ran (or while it ran).
    void pageDropped(const PageRequest &request);
    void estimated(quint64 generation, qint64 tableRows, qint64 rows, bool exact);
    void counted(quint64 generation, qint64 rows, bool reconnected);
    void countFailed(quint64 generation, const QString &error, FaultKind fault);
    void reconnected(const QString &error, FaultKind fault);

private:
    template <typename F> void runOn(TableWorker *worker, F &&work);
    void serveNewestPage();

    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_pageThread;
    QThread m_countThread;
    TableWorker *m_pages = nullptr;
    TableWorker *m_counter = nullptr;

    QMutex m_queueMutex;
    QList<PageRequest> m_queue;         // oldest first; served from the back
    quint64 m_pageWorkerGeneration = 0; // the query the page worker holds; its thread only
    std::atomic<int> m_inFlightPage{-1};
    std::atomic_bool m_inFlightDropped{false};
    std::atomic<int> m_pagesQueried{0};
};
