#pragma once

#include "db/ConnectionSpec.h"
#include "query/FilterSet.h"
#include "query/SortSpec.h"
#include "schema/RobotSchema.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class LazyTableModel;
class QAction;
class QProgressDialog;
class QWidget;

// Exports exactly what a browse page shows (its filters and its sort) to CSV
// or JSON: the file is chosen in a dialog, the rows are streamed on a worker
// with a progress dialog that can cancel, and the outcome goes to the status
// bar.
class BrowseExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    // `model` gives the filters and the sort at the moment of export.
    BrowseExporter(LazyTableModel *model, QWidget *parent);
    ~BrowseExporter() override;

    QAction *action() const { return m_action; }
    void setSource(const ConnectionSpec &spec, RobotTable table);
    // The columns to write, in order, asked at each export (the view's visible
    // ones as the operator arranged them); unset: every column.
    void setColumnSource(std::function<QStringList()> columns) { m_columns = std::move(columns); }
    void clearSource();
    bool isRunning() const { return m_cancel != nullptr; }

    static Format formatForPath(const QString &path);

public slots:
    // Asks for a file, then exports to it.
    void exportWithDialog();
    // Exports to `path` without asking (tests, "export again"); returns at once.
    void exportTo(const QString &path);
    void cancel();

signals:
    void statusMessage(const QString &message);
    void finished(bool ok, qint64 rows, const QString &path, const QString &error);

private:
    void onFinished(bool ok, qint64 rows, const QString &path, const QString &error);

    LazyTableModel *m_model;
    QWidget *m_parentWidget;
    QAction *m_action;
    std::optional<ConnectionSpec> m_spec;
    std::function<QStringList()> m_columns;
    RobotTable m_table = RobotTable::Trades;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QProgressDialog *m_progress = nullptr;
};
