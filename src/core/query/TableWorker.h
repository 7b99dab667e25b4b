#pragma once

#include "PageRequest.h"
#include "TableReader.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// Lives in a thread of its own with its own read-only connection; PageLoader
// posts work to it and gets answers posted back. Nothing here touches the model.
class TableWorker : public QObject
{
    Q_OBJECT

public:
    using Post = std::function<void(std::function<void()>)>;

    TableWorker(std::shared_ptr<std::atomic<quint64>> currentGeneration, Post post);
    ~TableWorker() override;

    // All of these run on the worker's thread.
    struct Opened
    {
        QString error;
        bool present = false;
        QList<ColumnDef> columns;
        QStringList missingColumns;
    };
    Opened open(const ConnectionSpec &spec, RobotTable table, const QString &purpose);
    QString setQuery(const FilterSet &filters, const SortSpec &sort, bool *canUseIndex);
    PageResult loadPage(const PageRequest &request);
    struct Estimate
    {
        qint64 tableRows = 0;
        qint64 rows = 0;
        bool exact = false;
        QString error;
    };
    Estimate estimate();
    std::optional<qint64> count(QString *error);
    void shutdown();

    // Any thread: aborts the statement running now, if any.
    void interrupt();
    bool isCurrent(quint64 generation) const { return generation == m_currentGeneration->load(); }
    const Post &post() const { return m_post; }

private:
    std::shared_ptr<std::atomic<quint64>> m_currentGeneration;
    Post m_post;
    QMutex m_connectionMutex; // guards the pointer against interrupt() from the GUI thread
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<TableReader> m_reader;
};
