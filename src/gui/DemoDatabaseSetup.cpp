#include "DemoDatabaseSetup.h"

#include "MainWindow.h"
#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace {

// Shared between the worker and the GUI thread; progress is polled by a timer
// rather than posted per batch, so a fast generator cannot flood the event loop.
struct Progress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoDatabaseSetup", text);
}

} // namespace

namespace DemoDatabaseSetup {

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/trading_robot.db"));
}

void openIn(MainWindow &window, int orders)
{
    const QString path = defaultPath();
    if (QFile::exists(path)) {
        window.openConnection(ConnectionSpec::sqliteFile(path));
        return;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        window.showError(
            tr("Could not create the demo database"),
            tr("The folder %1 cannot be created.").arg(QFileInfo(path).absolutePath()));
        return;
    }
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath); // left over from a crash

    auto progress = std::make_shared<Progress>();
    auto *dialog = new QProgressDialog(
        tr("Creating a demo database with %L1 orders in\n%2").arg(orders).arg(path), tr("Cancel"),
        0, 100, &window);
    dialog->setObjectName(QStringLiteral("demoProgressDialog"));
    dialog->setWindowTitle(tr("Demo Database"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog,
                     [progress] { progress->cancel = true; });
    // Closing the window mid-way must not leave a worker writing until the end.
    QObject::connect(dialog, &QObject::destroyed, [progress] { progress->cancel = true; });

    auto *poll = new QTimer(dialog);
    QObject::connect(poll, &QTimer::timeout, dialog, [dialog, progress] {
        const qint64 total = progress->total;
        if (total > 0)
            dialog->setValue(int(progress->done * 100 / total));
    });
    poll->start(100);

    auto *watcher = new QFutureWatcher<QString>(dialog);
    QObject::connect(watcher, &QFutureWatcherBase::finished, &window,
                     [&window, watcher, dialog, progress, path, partPath] {
                         const QString error = watcher->result();
                         dialog->deleteLater();
                         if (error.isEmpty() && QFile::rename(partPath, path)) {
                             window.openConnection(ConnectionSpec::sqliteFile(path));
                             return;
                         }
                         QFile::remove(partPath);
                         if (progress->cancel)
                             window.showError(tr("No demo database was created"),
                                              tr("Cancelled. Use File \u203a Connect\u2026 "
                                                 "(Ctrl+O) to open the robot's database."));
                         else
                             window.showError(
                                 tr("Could not create the demo database"),
                                 error.isEmpty() ? tr("Cannot rename %1.").arg(partPath) : error);
                     });
    DemoOptions options;
    options.orders = orders;
    watcher->setFuture(QtConcurrent::run([partPath, options, progress]() -> QString {
        QString error;
        const bool ok = DemoDataGenerator::generate(
            ConnectionSpec::sqliteFile(partPath), options, &error,
            [progress](qint64 done, qint64 total) {
                progress->done = done;
                progress->total = total;
            },
            &progress->cancel);
        if (ok)
            return {};
        return error.isEmpty() ? tr("The demo data generator failed.") : error;
    }));
}

} // namespace DemoDatabaseSetup
