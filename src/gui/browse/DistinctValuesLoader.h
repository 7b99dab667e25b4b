#pragma once

#include "db/ConnectionSpec.h"
#include "schema/RobotSchema.h"

#include <QObject>
#include <QStringList>

// Reads a table's distinct symbols and strategies for the filter bar's
// completion, on a worker with its own read-only connection, then deletes
// itself. Failing quietly is right here: completion is a convenience.
class DistinctValuesLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxValues = 5000;

    DistinctValuesLoader(const ConnectionSpec &spec, RobotTable table, QObject *parent = nullptr);
    void start();

signals:
    void loaded(const QStringList &symbols, const QStringList &strategies);

private:
    ConnectionSpec m_spec;
    RobotTable m_table;
};
