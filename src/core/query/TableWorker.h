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
//
// The connection heals itself: before each statement a lost one (server
// stopped or restarted, SQLite file replaced or deleted) is replaced, and a
// statement that fails because the connection died or a writer held its lock
// is run again a few times. What still fails comes back with its FaultKind, so
// the model can tell "reconnecting" from a real error.
class TableWorker : public QObject
{
    Q_OBJECT

public:
    using Post = std::function<void(std::function<void()>)>;

    TableWorker(std::shared_ptr<std::atomic<quint64>> currentGeneration, Post post);
    ~TableWorker() override;

    // The outcome of one unit of work, whatever it returned.
    struct Outcome
    {
        QString error;
        FaultKind fault = FaultKind::None;
        bool reconnected = false;
    };

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
    // `wanted` is asked between attempts: false once the page scrolled away.
    PageResult loadPage(const PageRequest &request, const std::function<bool()> &wanted);
    struct Estimate
    {
        qint64 tableRows = 0;
        qint64 rows = 0;
        bool exact = false;
        QString error;
    };
    Estimate estimate();
    std::optional<qint64> count(Outcome *outcome);
    // Opens a new connection in place of the current one.
    Outcome reconnect();
    void shutdown();

    // Any thread: aborts the statement running now, if any.
    void interrupt();
    bool isCurrent(quint64 generation) const { return generation == m_currentGeneration->load(); }
    const Post &post() const { return m_post; }

private:
    // Runs `statement` (true on success, else the reader's lastError() says
    // why), healing the connection and retrying transient faults while the
    // answer is still `wanted`.
    bool runStatement(const std::function<bool()> &statement, const std::function<bool()> &wanted,
                      Outcome *outcome);
    std::function<bool()> currentGenerationWanted() const;
    // count(*) in short statements, one id slice each (SQLite; see the .cpp).
    std::optional<qint64> countInSlices(const std::function<bool()> &wanted);
    bool ensureConnected(Outcome *outcome);
    void dropConnection();

    std::shared_ptr<std::atomic<quint64>> m_currentGeneration;
    Post m_post;
    QMutex m_connectionMutex; // guards the pointer against interrupt() from the GUI thread
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<TableReader> m_reader;
    // What to open and ask again after a reconnect.
    std::optional<ConnectionSpec> m_spec;
    RobotTable m_table = RobotTable::Trades;
    QString m_purpose;
    FilterSet m_filters;
    SortSpec m_sort;
    bool m_wasPresent = false;
    QString m_statementError; // set by statements that bypass the reader
};
