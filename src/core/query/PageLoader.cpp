#include "PageLoader.h"

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    // Answers are posted back to this object: if it is gone, they are dropped.
    const auto post = [this](std::function<void()> answer) {
        QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
    };
    m_pages = new TableWorker(m_generation, post);
    m_counter = new TableWorker(m_generation, post);
    m_pages->moveToThread(&m_pageThread);
    m_counter->moveToThread(&m_countThread);
    m_pageThread.setObjectName(QStringLiteral("ti-pages"));
    m_countThread.setObjectName(QStringLiteral("ti-count"));
    m_pageThread.start();
    m_countThread.start();
}

PageLoader::~PageLoader()
{
    cancel();
    m_generation->store(~quint64(0)); // everything still queued is stale now
    // Connections are closed on the thread that opened them.
    for (TableWorker *worker : {m_pages, m_counter})
        QMetaObject::invokeMethod(
            worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_pageThread.quit();
    m_countThread.quit();
    m_pageThread.wait();
    m_countThread.wait();
    delete m_pages;
    delete m_counter;
}

template <typename F> void PageLoader::runOn(TableWorker *worker, F &&work)
{
    QMetaObject::invokeMethod(worker, std::forward<F>(work), Qt::QueuedConnection);
}

void PageLoader::open(const ConnectionSpec &spec, RobotTable table)
{
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages, spec, table] {
        const TableWorker::Opened result = pages->open(spec, table, QStringLiteral("pages"));
        pages->post()([this, result] {
            emit opened(result.error, result.present, result.columns, result.missingColumns);
        });
    });
    TableWorker *counter = m_counter;
    runOn(counter, [counter, spec, table] { counter->open(spec, table, QStringLiteral("count")); });
}

void PageLoader::setQuery(quint64 generation, const FilterSet &filters, const SortSpec &sort)
{
    m_generation->store(generation);
    {
        QMutexLocker locker(&m_queueMutex);
        m_queue.clear(); // the model forgets its pending pages with the old query
    }
    cancel();
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages, generation, filters, sort] {
        bool canUseIndex = true;
        const QString error = pages->setQuery(filters, sort, &canUseIndex);
        m_pageWorkerGeneration = generation;
        pages->post()([this, generation, error, canUseIndex] {
            if (error.isEmpty())
                emit queryAccepted(generation, canUseIndex);
            else
                emit queryFailed(generation, error);
        });
    });
    TableWorker *counter = m_counter;
    runOn(counter, [counter, filters, sort] {
        bool ignored = true;
        counter->setQuery(filters, sort, &ignored);
    });
}

void PageLoader::loadPage(const PageRequest &request)
{
    QList<PageRequest> dropped;
    {
        QMutexLocker locker(&m_queueMutex);
        m_queue.append(request);
        while (m_queue.size() > kMaxQueuedPages)
            dropped << m_queue.takeFirst();
        // A burst: the page being read now is older than everything dropped.
        if (!dropped.isEmpty() && m_inFlightPage.load() >= 0 && !m_inFlightDropped.exchange(true))
            m_pages->interrupt();
    }
    // Queued: this is called from the model's data(), which must not see its
    // state change underneath it.
    for (const PageRequest &stale : std::as_const(dropped))
        QMetaObject::invokeMethod(
            this, [this, stale] { emit pageDropped(stale); }, Qt::QueuedConnection);
    runOn(m_pages, [this] { serveNewestPage(); });
}

void PageLoader::serveNewestPage()
{
    PageRequest request;
    {
        QMutexLocker locker(&m_queueMutex);
        // A request made after a new query may be queued before the worker
        // has that query: its own serving call comes after the query's.
        if (m_queue.isEmpty() || m_queue.last().generation != m_pageWorkerGeneration)
            return; // dropped while waiting, or not yet for this query
        request = m_queue.takeLast();
        m_inFlightDropped = false;
        m_inFlightPage = request.page;
    }
    if (!m_pages->isCurrent(request.generation)) {
        m_inFlightPage = -1;
        return; // the operator has moved on; skip the query entirely
    }
    ++m_pagesQueried;
    PageResult result = m_pages->loadPage(request, [this] { return !m_inFlightDropped.load(); });
    bool dropped = false;
    {
        QMutexLocker locker(&m_queueMutex);
        dropped = m_inFlightDropped.exchange(false) && !result.error.isEmpty();
        m_inFlightPage = -1;
    }
    m_pages->post()([this, result = std::move(result), dropped] {
        if (dropped)
            emit pageDropped(result.request);
        else
            emit pageLoaded(result);
    });
}

void PageLoader::estimate(quint64 generation)
{
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages, generation] {
        if (!pages->isCurrent(generation))
            return;
        const TableWorker::Estimate result = pages->estimate();
        pages->post()([this, generation, result] {
            if (result.error.isEmpty())
                emit estimated(generation, result.tableRows, result.rows, result.exact);
        });
    });
}

void PageLoader::count(quint64 generation)
{
    TableWorker *counter = m_counter;
    runOn(counter, [this, counter, generation] {
        if (!counter->isCurrent(generation))
            return;
        TableWorker::Outcome outcome;
        const auto rows = counter->count(&outcome);
        counter->post()([this, generation, rows, outcome] {
            if (rows)
                emit counted(generation, *rows, outcome.reconnected);
            else
                emit countFailed(generation, outcome.error, outcome.fault);
        });
    });
}

void PageLoader::reconnect()
{
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages] {
        const TableWorker::Outcome outcome = pages->reconnect();
        pages->post()([this, outcome] { emit reconnected(outcome.error, outcome.fault); });
    });
    TableWorker *counter = m_counter;
    runOn(counter, [counter] { counter->reconnect(); });
}

void PageLoader::cancel()
{
    m_pages->interrupt();
    m_counter->interrupt();
}
