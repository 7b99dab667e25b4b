#pragma once

#include "PageRequest.h"
#include "TableWorker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// The lazy model's link to its two worker threads: one reads pages, the other
// counts (an exact count(*) can take a while and must never delay a page). Each
// has its own read-only connection. Calls return at once; answers arrive as
// signals on the loader's thread, tagged with the query generation they belong to.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void open(const ConnectionSpec &spec, RobotTable table);
    // A new filter or sort: later answers for older generations are dropped,
    // and statements still running for them are interrupted.
    void setQuery(quint64 generation, const FilterSet &filters, const SortSpec &sort);
    void loadPage(const PageRequest &request);
    void estimate(quint64 generation);
    void count(quint64 generation);
    void cancel();
    quint64 generation() const { return m_generation->load(); }

signals:
    void opened(const QString &error, bool present, const QList<ColumnDef> &columns,
                const QStringList &missingColumns);
    void queryAccepted(quint64 generation, bool canUseIndex);
    void queryFailed(quint64 generation, const QString &error);
    void pageLoaded(const PageResult &result);
    void estimated(quint64 generation, qint64 tableRows, qint64 rows, bool exact);
    void counted(quint64 generation, qint64 rows);
    void countFailed(quint64 generation, const QString &error);

private:
    template <typename F> void runOn(TableWorker *worker, F &&work);

    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_pageThread;
    QThread m_countThread;
    TableWorker *m_pages = nullptr;
    TableWorker *m_counter = nullptr;
};
