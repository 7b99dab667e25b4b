#pragma once

#include "RawEngine.h"
#include "db/DatabaseConnection.h"
#include "query/LazyTableModel.h"
#include "query/TableReader.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct OperationResult
{
    QString name;
    double modelMs = 0;
    double engineMs = 0;
};

// Drives the real LazyTableModel (and ExportJob) through the operations the
// issue names, each beside the raw engine running the same SQL, as medians.
class ModelBench
{
public:
    ModelBench(const ConnectionSpec &spec, RawEngine &engine, int runs);
    ~ModelBench();
    bool prepare(QString *error);
    qint64 rows() const { return m_rows; }

    QList<OperationResult> pageOperations(QString *error);
    OperationResult exactCount(QString *error);
    OperationResult exportCsv(QString *error);

private:
    bool waitFor(const std::function<bool()> &condition);
    bool requery(const FilterSet &filters, const SortSpec &sort);      // until the first row shows
    bool settledQuery(const FilterSet &filters, const SortSpec &sort); // and the count is exact
    double engine(const FilterSet &filters, const SortSpec &sort,
                  const std::function<BoundSql(const QueryBuilder &)> &sql,
                  std::FILE *csv = nullptr);
    OperationResult measure(const QString &name, const std::function<double()> &model,
                            const std::function<double()> &engine, int runs);

    ConnectionSpec m_spec;
    RawEngine &m_engine;
    int m_runs;
    qint64 m_rows = 0;
    QString m_error;
    std::unique_ptr<DatabaseConnection> m_connection; // for the builder's SQL only
    std::unique_ptr<TableReader> m_reader;
    std::unique_ptr<LazyTableModel> m_model;
};
