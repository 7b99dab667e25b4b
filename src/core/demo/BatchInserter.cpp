#include "BatchInserter.h"

#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QSqlError>

BatchInserter::BatchInserter(const QSqlDatabase &db, QString table, QStringList columns,
                             int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
    , m_fullBatch(db)
{
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

QString BatchInserter::insertSql(int rows) const
{
    QString tuple = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        tuple += QStringLiteral(", ?");
    tuple += u')';
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

bool BatchInserter::add(const QVariantList &row, QString *error)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (m_pending.size() < m_columns.size() * m_rowsPerStatement)
        return true;
    if (!m_prepared) {
        if (!m_fullBatch.prepare(insertSql(m_rowsPerStatement))) {
            *error = QCoreApplication::translate("BatchInserter",
                                                 "preparing the insert into %1 failed: %2")
                         .arg(m_table, DatabaseConnection::describeError(m_fullBatch.lastError()));
            return false;
        }
        m_prepared = true;
    }
    return execute(m_fullBatch, error);
}

bool BatchInserter::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    const int rows = int(m_pending.size() / m_columns.size());
    if (rows == m_rowsPerStatement && m_prepared)
        return execute(m_fullBatch, error);
    QSqlQuery partial(m_db);
    if (!partial.prepare(insertSql(rows))) {
        *error =
            QCoreApplication::translate("BatchInserter", "preparing the insert into %1 failed: %2")
                .arg(m_table, DatabaseConnection::describeError(partial.lastError()));
        return false;
    }
    return execute(partial, error);
}

bool BatchInserter::execute(QSqlQuery &query, QString *error)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending[i]);
    if (!query.exec()) {
        *error = QCoreApplication::translate("BatchInserter", "inserting into %1 failed: %2")
                     .arg(m_table, DatabaseConnection::describeError(query.lastError()));
        return false;
    }
    query.finish();
    m_pending.clear();
    return true;
}
