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
    cancel();
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages, generation, filters, sort] {
        bool canUseIndex = true;
        const QString error = pages->setQuery(filters, sort, &canUseIndex);
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
    TableWorker *pages = m_pages;
    runOn(pages, [this, pages, request] {
        if (!pages->isCurrent(request.generation))
            return; // the operator has moved on; skip the query entirely
        PageResult result = pages->loadPage(request);
        pages->post()([this, result = std::move(result)] { emit pageLoaded(result); });
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
        QString error;
        const auto rows = counter->count(&error);
        counter->post()([this, generation, rows, error] {
            if (rows)
                emit counted(generation, *rows);
            else
                emit countFailed(generation, error);
        });
    });
}

void PageLoader::cancel()
{
    m_pages->interrupt();
    m_counter->interrupt();
}
