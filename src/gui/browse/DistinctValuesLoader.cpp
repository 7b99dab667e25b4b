#include "DistinctValuesLoader.h"

#include "db/DatabaseConnection.h"
#include "query/DistinctValues.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

struct Values
{
    QStringList symbols;
    QStringList strategies;
};

Values readValues(const ConnectionSpec &spec, RobotTable table)
{
    Values values;
    QString error;
    std::unique_ptr<DatabaseConnection> connection =
        DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("distinct"));
    if (!connection)
        return values;
    const int limit = DistinctValuesLoader::kMaxValues;
    values.symbols =
        DistinctValues::read(*connection, table, QStringLiteral("symbol"), limit, &error)
            .value_or(QStringList());
    values.strategies =
        DistinctValues::read(*connection, table, QStringLiteral("strategy_name"), limit, &error)
            .value_or(QStringList());
    return values;
}

} // namespace

DistinctValuesLoader::DistinctValuesLoader(const ConnectionSpec &spec, RobotTable table,
                                           QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_table(table)
{
}

void DistinctValuesLoader::start()
{
    auto *watcher = new QFutureWatcher<Values>(this);
    connect(watcher, &QFutureWatcher<Values>::finished, this, [this, watcher] {
        const Values values = watcher->result();
        emit loaded(values.symbols, values.strategies);
        deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(readValues, m_spec, m_table));
}
