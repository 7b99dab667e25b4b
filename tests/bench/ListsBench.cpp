#include "ListsBench.h"

#include "BenchTiming.h"

#include "query/FilterExpressionParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace {

constexpr int kTimeoutMs = 600000;

// One list: the GUI's model and, for the engine, a reader whose builder
// produces the SQL the model's worker runs.
class ListBench
{
public:
    ListBench(const ConnectionSpec &spec, RawEngine &engine, RobotTable table)
        : m_spec(spec)
        , m_engine(engine)
        , m_table(table)
    {
    }

    bool prepare(QString *error)
    {
        m_connection = DatabaseConnection::open(m_spec, AccessMode::ReadOnly, error,
                                                QStringLiteral("bench-lists"));
        if (!m_connection)
            return false;
        m_reader = TableReader::create(*m_connection, m_table, error);
        if (!m_reader)
            return false;
        m_rows = m_reader->exactCount().value_or(0);
        m_model = std::make_unique<LazyTableModel>();
        m_model->setSource(m_spec, m_table);
        return waitFor([this] { return exact(); }, error);
    }

    qint64 rows() const { return m_rows; }

    // From a fresh query to its first page on screen.
    double firstPage(const FilterSet &filters)
    {
        QElapsedTimer timer;
        timer.start();
        m_model->setQuery(filters, {});
        if (!waitFor([this] { return m_model->isRowLoaded(0) || (exact() && !rowCount()); }))
            return -1;
        return BenchTiming::since(timer);
    }

    // A fresh query with its exact count (the scroll bar spans the list), then
    // the last row, as dragging the scroll bar to the bottom asks for it.
    double jumpToEnd()
    {
        m_model->setQuery({}, {});
        if (!waitFor([this] { return exact() && m_model->isRowLoaded(0); }))
            return -1;
        QElapsedTimer timer;
        timer.start();
        const int last = rowCount() - 1;
        m_model->data(m_model->index(last, 0));
        if (!waitFor([this, last] { return m_model->isRowLoaded(last); }))
            return -1;
        return BenchTiming::since(timer);
    }

    // Every page in order, as scrolling down the whole list does; the page
    // cache stays bounded meanwhile.
    double scrollAll()
    {
        m_model->setQuery({}, {});
        if (!waitFor([this] { return exact() && m_model->isRowLoaded(0); }))
            return -1;
        QElapsedTimer timer;
        timer.start();
        for (int row = 0; row < rowCount(); row += LazyTableModel::kPageSize) {
            m_model->data(m_model->index(row, 0));
            if (!waitFor([this, row] { return m_model->isRowLoaded(row); }))
                return -1;
        }
        m_maxCachedPages = qMax(m_maxCachedPages, m_model->cachedPages());
        return BenchTiming::since(timer);
    }

    double engine(const FilterSet &filters,
                  const std::function<BoundSql(const QueryBuilder &)> &sql)
    {
        QString error;
        m_reader->setQuery(filters, {}, &error);
        const double ms = m_engine.run(sql(m_reader->builder()));
        if (ms < 0)
            m_error = m_engine.lastError();
        return ms;
    }

    QString error() const { return m_error.isEmpty() ? m_model->lastError() : m_error; }
    int maxCachedPages() const { return m_maxCachedPages; }

private:
    bool exact() const { return m_model->countState() == LazyTableModel::CountState::Exact; }
    int rowCount() const { return m_model->rowCount(); }

    bool waitFor(const std::function<bool()> &condition, QString *error = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        QTimer wake; // WaitForMoreEvents must not sleep forever if nothing comes
        wake.start(50);
        while (!condition()) {
            if (timer.elapsed() > kTimeoutMs || !m_model->lastError().isEmpty()) {
                m_error = m_model->lastError().isEmpty() ? QStringLiteral("timed out")
                                                         : m_model->lastError();
                if (error)
                    *error = m_error;
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    ConnectionSpec m_spec;
    RawEngine &m_engine;
    RobotTable m_table;
    qint64 m_rows = 0;
    int m_maxCachedPages = 0;
    QString m_error;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<TableReader> m_reader;
    std::unique_ptr<LazyTableModel> m_model;
};

OperationResult measure(const QString &name, const std::function<double()> &model,
                        const std::function<double()> &engine, int runs)
{
    QList<double> modelTimes, engineTimes;
    for (int i = 0; i < runs; ++i) {
        modelTimes << model();
        engineTimes << engine();
    }
    return {name, BenchTiming::median(modelTimes), BenchTiming::median(engineTimes)};
}

QList<OperationResult> listOperations(ListBench &list, const QString &prefix,
                                      const std::optional<FilterSet> &filtered, int runs)
{
    const int page = LazyTableModel::kPageSize;
    const auto firstPage = [page](const QueryBuilder &b) {
        return b.page(QueryBuilder::Direction::Forward, nullptr, page);
    };
    QList<OperationResult> results;
    results << measure(
        prefix + QStringLiteral("_first_page"), [&] { return list.firstPage({}); },
        [&] { return list.engine({}, firstPage); }, runs);
    if (filtered) {
        results << measure(
            prefix + QStringLiteral("_filtered_first_page"),
            [&] { return list.firstPage(*filtered); },
            [&] { return list.engine(*filtered, firstPage); }, runs);
    }
    const qint64 rows = list.rows();
    results << measure(
        prefix + QStringLiteral("_jump_end"), [&] { return list.jumpToEnd(); },
        [&] {
            const qint64 start = qMax<qint64>(0, rows - 1) / page * page;
            return list.engine({}, [&](const QueryBuilder &b) {
                return b.page(QueryBuilder::Direction::Backward, nullptr, int(rows - start));
            });
        },
        runs);
    // The engine reads the same rows in one ordered pass: the floor for paging.
    results << measure(
        prefix + QStringLiteral("_scroll_all"), [&] { return list.scrollAll(); },
        [&] { return list.engine({}, [](const QueryBuilder &b) { return b.all(); }); },
        qMax(1, runs / 2));
    return results;
}

} // namespace

QList<OperationResult> ListsBench::run(const ConnectionSpec &spec, RawEngine &engine, int runs,
                                       Sizes *sizes, QString *error)
{
    ListBench sessions(spec, engine, RobotTable::TradingSessions);
    ListBench positions(spec, engine, RobotTable::Positions);
    if (!sessions.prepare(error) || !positions.prepare(error))
        return {};
    *sizes = {sessions.rows(), positions.rows()};
    FilterSet open;
    const auto isOpen = FilterExpressionParser::parse(RobotSchema::table(RobotTable::Positions),
                                                      u"is_open=true", error);
    if (!isOpen)
        return {};
    open.filters << *isOpen;
    QList<OperationResult> results = listOperations(sessions, QStringLiteral("sessions"), {}, runs);
    results << listOperations(positions, QStringLiteral("positions"), open, runs);
    for (const ListBench *list : {&sessions, &positions}) {
        if (!list->error().isEmpty()) {
            *error = list->error();
            return {};
        }
        // Scrolling through every page must not keep every page.
        if (list->maxCachedPages() > LazyTableModel::kCachePages) {
            *error = QStringLiteral("the page cache grew to %1 pages").arg(list->maxCachedPages());
            return {};
        }
    }
    return results;
}
