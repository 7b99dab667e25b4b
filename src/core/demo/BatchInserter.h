#pragma once

#include "RowInserter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// Inserts rows into one table with multi-row INSERT statements of bound
// values through QSqlQuery: one prepared statement for full batches, reused,
// and one for the last partial batch. Many rows per statement is what makes a
// million rows take seconds instead of minutes on PostgreSQL, where each
// statement is a round trip. Column names come from RobotSchema only; every
// value is a bound parameter.
class BatchInserter : public RowInserter
{
public:
    BatchInserter(const QSqlDatabase &db, QString table, QStringList columns, int rowsPerStatement);

    bool add(const QVariantList &row, QString *error) override;
    bool flush(QString *error) override;
    bool fullAfterNextRow() const override
    {
        return m_pending.size() + m_columns.size() >= m_columns.size() * m_rowsPerStatement;
    }

private:
    QString insertSql(int rows) const;
    bool execute(QSqlQuery &query, QString *error);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_fullBatch;
    bool m_prepared = false;
    QVariantList m_pending;
};
