#include "BrowseExporter.h"

#include "CountText.h"
#include "query/ExportJob.h"
#include "query/LazyTableModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

BrowseExporter::BrowseExporter(LazyTableModel *model, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_parentWidget(parent)
    , m_action(new QAction(tr("Export…"), this))
{
    m_action->setObjectName(QStringLiteral("exportAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setToolTip(tr("Export the filtered, sorted rows to CSV or JSON (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &BrowseExporter::exportWithDialog);
    parent->addAction(m_action);
}

BrowseExporter::~BrowseExporter()
{
    // The worker holds its own copy of the cancel flag: stop it, never wait.
    cancel();
}

void BrowseExporter::setSource(const ConnectionSpec &spec, RobotTable table)
{
    m_spec = spec;
    m_table = table;
    m_action->setEnabled(true);
}

void BrowseExporter::clearSource()
{
    m_spec.reset();
    m_action->setEnabled(false);
}

BrowseExporter::Format BrowseExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? Format::Json
               : Format::Csv;
}

void BrowseExporter::exportWithDialog()
{
    if (!m_spec || isRunning())
        return;
    const QString name = RobotSchema::table(m_table).name;
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString chosenFilter = csv;
    QString path = QFileDialog::getSaveFileName(
        m_parentWidget, tr("Export %1").arg(RobotSchema::table(m_table).label.toLower()),
        QDir(directory).filePath(name + QStringLiteral(".csv")), csv + QStringLiteral(";;") + json,
        &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportTo(path);
}

void BrowseExporter::exportTo(const QString &path)
{
    if (!m_spec || isRunning())
        return;
    ExportJob::Options options;
    options.spec = *m_spec;
    options.table = m_table;
    options.filters = m_model->filters();
    options.sort = m_model->sortSpec();
    if (m_columns)
        options.columns = m_columns();
    if (options.sort.column.isEmpty())
        options.sort.column = RobotSchema::table(m_table).defaultSortColumn;
    options.format =
        formatForPath(path) == Format::Json ? ExportJob::Format::Json : ExportJob::Format::Csv;
    options.outputPath = path;

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, m_parentWidget);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BrowseExporter::cancel);

    // Progress crosses threads through a queued call on a guarded pointer.
    QPointer<QProgressDialog> dialog = m_progress;
    const ExportJob::Progress progress = [dialog](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            qApp,
            [dialog, done, total] {
                if (!dialog)
                    return;
                // QProgressDialog counts in int: scale big tables down.
                const int scale = total > INT_MAX / 2 ? int(total / (INT_MAX / 2) + 1) : 1;
                if (total > 0)
                    dialog->setMaximum(int(total / scale));
                dialog->setValue(int(qMin(done, total > 0 ? total : done) / scale));
                dialog->setLabelText(
                    QObject::tr("Exported %1 rows…").arg(CountText::grouped(done)));
            },
            Qt::QueuedConnection);
    };
    std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    auto *watcher = new QFutureWatcher<ExportJob::Result>(this);
    connect(watcher, &QFutureWatcher<ExportJob::Result>::finished, this, [this, watcher, path] {
        const ExportJob::Result result = watcher->result();
        watcher->deleteLater();
        onFinished(result.ok, result.rows, path,
                   result.cancelled ? tr("Export cancelled") : result.error);
    });
    watcher->setFuture(QtConcurrent::run([options, cancelFlag, progress] {
        return ExportJob::run(options, cancelFlag.get(), progress);
    }));
    emit statusMessage(tr("Exporting %1…").arg(RobotSchema::table(m_table).label.toLower()));
}

void BrowseExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BrowseExporter::onFinished(bool ok, qint64 rows, const QString &path, const QString &error)
{
    m_cancel.reset();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (ok)
        emit statusMessage(tr("Exported %1 rows to %2")
                               .arg(CountText::grouped(rows), QDir::toNativeSeparators(path)));
    else
        emit statusMessage(tr("Export failed: %1").arg(error));
    emit finished(ok, rows, path, error);
}
