#include "ModelBench.h"

#include "BenchTiming.h"

#include "query/ExportJob.h"
#include "query/FilterExpressionParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kTimeoutMs = 600000;

FilterSet symbolFilter()
{
    FilterSet filters;
    QString error;
    filters.filters << *FilterExpressionParser::parse(RobotSchema::table(RobotTable::Trades),
                                                      u"symbol=AAPL", &error);
    return filters;
}

FilterSet searchFilter()
{
    FilterSet filters;
    filters.search = QStringLiteral("manual"); // rare in the demo data: a full scan
    return filters;
}

} // namespace

ModelBench::ModelBench(const ConnectionSpec &spec, RawEngine &engine, int runs)
    : m_spec(spec)
    , m_engine(engine)
    , m_runs(runs)
{
}

ModelBench::~ModelBench()
{
    m_model.reset();
    m_reader.reset();
    m_connection.reset();
}

bool ModelBench::waitFor(const std::function<bool()> &condition)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // WaitForMoreEvents must not sleep forever if nothing comes
    wake.start(50);
    while (!condition()) {
        if (timer.elapsed() > kTimeoutMs || !m_model->lastError().isEmpty())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool ModelBench::prepare(QString *error)
{
    m_connection =
        DatabaseConnection::open(m_spec, AccessMode::ReadOnly, error, QStringLiteral("bench"));
    if (!m_connection)
        return false;
    m_reader = TableReader::create(*m_connection, RobotTable::Trades, error);
    if (!m_reader)
        return false;
    if (!m_reader->isPresent()) {
        *error = QStringLiteral("no trades table");
        return false;
    }
    m_rows = m_reader->exactCount().value_or(-1);
    m_model = std::make_unique<LazyTableModel>();
    m_model->setSource(m_spec, RobotTable::Trades);
    if (!waitFor([this] { return m_model->isRowLoaded(0); }) ||
        !waitFor([this] { return m_model->countState() == LazyTableModel::CountState::Exact; })) {
        *error = m_model->lastError();
        return false;
    }
    return true;
}

bool ModelBench::requery(const FilterSet &filters, const SortSpec &sort)
{
    m_model->setQuery(filters, sort);
    return waitFor([this] {
        return m_model->isRowLoaded(0) ||
               (m_model->countState() == LazyTableModel::CountState::Exact &&
                m_model->rowCount() == 0);
    });
}

bool ModelBench::settledQuery(const FilterSet &filters, const SortSpec &sort)
{
    return requery(filters, sort) &&
           waitFor([this] { return m_model->countState() == LazyTableModel::CountState::Exact; });
}

double ModelBench::engine(const FilterSet &filters, const SortSpec &sort,
                          const std::function<BoundSql(const QueryBuilder &)> &sql, std::FILE *csv)
{
    QString error;
    m_reader->setQuery(filters, sort, &error);
    const double ms = m_engine.run(sql(m_reader->builder()), csv);
    if (ms < 0)
        m_error = m_engine.lastError();
    return ms;
}

OperationResult ModelBench::measure(const QString &name, const std::function<double()> &model,
                                    const std::function<double()> &engineRun, int runs)
{
    QList<double> modelTimes, engineTimes;
    for (int i = 0; i < runs; ++i) {
        modelTimes << model();
        engineTimes << engineRun();
    }
    return {name, BenchTiming::median(modelTimes), BenchTiming::median(engineTimes)};
}

QList<OperationResult> ModelBench::pageOperations(QString *error)
{
    const int page = LazyTableModel::kPageSize;
    const SortSpec byTime{}; // the main time column, the model's default
    const SortSpec byPrice{QStringLiteral("price"), Qt::DescendingOrder};
    const auto firstPage = [page](const QueryBuilder &b) {
        return b.page(QueryBuilder::Direction::Forward, nullptr, page);
    };
    // Every timed query comes from other filters, settled, as opening a table
    // or applying a filter does: the model counts its rows alongside the first
    // page. (The same filters again keep their count: less work than an
    // operator ever waits for when the rows change.)
    const auto timedRequery = [this](const FilterSet &from, const FilterSet &filters,
                                     const SortSpec &sort) {
        if (!settledQuery(from, sort))
            return -1.0;
        QElapsedTimer timer;
        timer.start();
        if (!requery(filters, sort))
            return -1.0;
        return BenchTiming::since(timer);
    };
    QList<OperationResult> results;
    results << measure(
        QStringLiteral("first_page"), [&] { return timedRequery(symbolFilter(), {}, byTime); },
        [&] { return engine({}, byTime, firstPage); }, m_runs);
    results << measure(
        QStringLiteral("filtered_first_page"),
        [&] { return timedRequery({}, symbolFilter(), byTime); },
        [&] { return engine(symbolFilter(), byTime, firstPage); }, m_runs);
    results << measure(
        QStringLiteral("search_first_page"),
        [&] { return timedRequery({}, searchFilter(), byTime); },
        [&] { return engine(searchFilter(), byTime, firstPage); }, m_runs);

    // Jumps start from a fresh query with the exact count known (the scroll
    // bar spans the result) and a cold page cache. A header click keeps that
    // count: sort_change times the new order's first page from there.
    const auto freshQuery = [this, byTime] {
        requery({}, byTime);
        waitFor([this] { return m_model->countState() == LazyTableModel::CountState::Exact; });
    };
    const auto jump = [this](int row) {
        QElapsedTimer timer;
        timer.start();
        m_model->data(m_model->index(row, 0));
        if (!waitFor([this, row] { return m_model->isRowLoaded(row); }))
            return -1.0;
        return BenchTiming::since(timer);
    };
    results << measure(
        QStringLiteral("jump_middle"),
        [&] {
            freshQuery();
            return jump(m_model->rowCount() / 2);
        },
        [&] {
            const qint64 start = (m_rows / 2) / page * page;
            return engine({}, byTime, [&](const QueryBuilder &b) {
                return b.page(QueryBuilder::Direction::Forward, nullptr, page, start);
            });
        },
        m_runs);
    results << measure(
        QStringLiteral("jump_end"),
        [&] {
            freshQuery();
            return jump(m_model->rowCount() - 1);
        },
        [&] {
            const qint64 start = (m_rows - 1) / page * page;
            return engine({}, byTime, [&](const QueryBuilder &b) {
                return b.page(QueryBuilder::Direction::Backward, nullptr, int(m_rows - start));
            });
        },
        m_runs);
    results << measure(
        QStringLiteral("sort_change"),
        [&] {
            requery({}, byTime);
            QElapsedTimer timer;
            timer.start();
            m_model->sort(m_model->columnOf(u"price"), Qt::DescendingOrder);
            if (!waitFor([this] { return m_model->isRowLoaded(0); }))
                return -1.0;
            return BenchTiming::since(timer);
        },
        [&] { return engine({}, byPrice, firstPage); }, m_runs);
    if (!m_error.isEmpty() || !m_model->lastError().isEmpty()) {
        *error = m_error.isEmpty() ? m_model->lastError() : m_error;
        return {};
    }
    return results;
}

OperationResult ModelBench::exactCount(QString *error)
{
    const OperationResult result = measure(
        QStringLiteral("exact_count"),
        [&] {
            // From other filters: the same ones again would keep their count.
            if (!settledQuery(symbolFilter(), m_model->sortSpec()))
                return -1.0;
            QElapsedTimer timer;
            timer.start();
            m_model->setFilters({});
            if (!waitFor(
                    [this] { return m_model->countState() == LazyTableModel::CountState::Exact; }))
                return -1.0;
            return BenchTiming::since(timer);
        },
        [&] { return engine({}, {}, [](const QueryBuilder &b) { return b.count(); }); }, m_runs);
    if (!m_error.isEmpty())
        *error = m_error;
    return result;
}

OperationResult ModelBench::exportCsv(QString *error)
{
    QTemporaryDir dir;
    const QString modelPath = dir.filePath(QStringLiteral("model.csv"));
    const QByteArray enginePath = QFile::encodeName(dir.filePath(QStringLiteral("engine.csv")));
    const SortSpec byId{QStringLiteral("id"), Qt::AscendingOrder};
    const OperationResult result = measure(
        QStringLiteral("export_csv"),
        [&] {
            ExportJob::Options options;
            options.spec = m_spec;
            options.outputPath = modelPath;
            options.sort = byId;
            options.countFirst = false;
            QElapsedTimer timer;
            timer.start();
            const auto exported = ExportJob::run(options);
            if (!exported.ok) {
                m_error = exported.error;
                return -1.0;
            }
            return BenchTiming::since(timer);
        },
        [&] {
            std::FILE *file = std::fopen(enginePath.constData(), "w");
            QElapsedTimer timer;
            timer.start();
            const double ms = engine(
                {}, byId, [](const QueryBuilder &b) { return b.all(); }, file);
            std::fclose(file);
            return ms < 0 ? ms : BenchTiming::since(timer);
        },
        qMax(1, m_runs / 2));
    if (!m_error.isEmpty())
        *error = m_error;
    return result;
}
