#include "SqliteBackupEngine.h"

#include "BackupSidecar.h"
#include "StageClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <memory>

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kLockWaitLimitMs = 60000;

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// `immutable`: a backup file nobody writes; no locks, no -shm, never modified.
Handle openFile(const QString &path, int flags, bool immutable, QString *error)
{
    QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    if (immutable) {
        name =
            "file:" + QUrl::toPercentEncoding(QString::fromLocal8Bit(name), "/") + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK) {
        fail(error, QCoreApplication::translate("SqliteBackupEngine", "cannot open %1: %2")
                        .arg(path, raw ? lastError(raw)
                                       : QCoreApplication::translate("SqliteBackupEngine",
                                                                     "out of memory")));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

int cancelHandler(void *control)
{
    return static_cast<const JobControl *>(control)->isCancelled() ? 1 : 0;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    fail(error, message ? QString::fromUtf8(message) : lastError(db));
    sqlite3_free(message);
    return false;
}

// Checks read every page once: mapping the file spares a copy of each page
// into SQLite's cache (about 15% of quick_check's CPU at 1M trades). Mapped
// pages count as the process's resident memory, so the window is bounded: a
// whole 700 MB database mapped twice showed the app at 1.3 GB during a restore.
constexpr qint64 kMaxMappedBytes = qint64(128) << 20;

void mapForReading(sqlite3 *db, const QString &path)
{
    const qint64 bytes = std::min(QFileInfo(path).size(), kMaxMappedBytes);
    const QByteArray sql = "PRAGMA mmap_size=" + QByteArray::number(bytes);
    QString ignored;
    exec(db, sql.constData(), &ignored);
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool collectCounts(sqlite3 *db, TableCounts *tables, QString *error)
{
    sqlite3_stmt *list = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                           -1, &list, nullptr) != SQLITE_OK)
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "not a readable SQLite database: %1")
                               .arg(lastError(db)));
    QStringList names;
    int rc;
    while ((rc = sqlite3_step(list)) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    if (rc != SQLITE_DONE)
        return fail(error,
                    QCoreApplication::translate("SqliteBackupEngine", "cannot list the tables: %1")
                        .arg(lastError(db)));
    TableCounts counts;
    for (const QString &name : names) {
        // Identifiers come from the file's own catalog, quoted; there is no value.
        const QByteArray sql = "SELECT count(*) FROM " + quoted(name).toUtf8();
        sqlite3_stmt *count = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &count, nullptr) != SQLITE_OK)
            return fail(error,
                        QCoreApplication::translate("SqliteBackupEngine", "cannot count %1: %2")
                            .arg(name, lastError(db)));
        rc = sqlite3_step(count);
        const qint64 rows = sqlite3_column_int64(count, 0);
        sqlite3_finalize(count);
        if (rc != SQLITE_ROW)
            return fail(error,
                        QCoreApplication::translate("SqliteBackupEngine", "cannot count %1: %2")
                            .arg(name, lastError(db)));
        counts.insert(name, rows);
    }
    if (tables)
        *tables = counts;
    return true;
}

bool integrityCheck(sqlite3 *db, SqliteBackupEngine::Check check, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = check == SqliteBackupEngine::Check::Full ? "PRAGMA integrity_check(20)"
                                                               : "PRAGMA quick_check(20)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "not a readable SQLite database: %1")
                               .arg(lastError(db)));
    QStringList problems;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (line != u"ok")
            problems << line;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "the integrity check could not run: %1")
                               .arg(lastError(db)));
    if (!problems.isEmpty())
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "the integrity check failed: %1")
                               .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    return true;
}

// One backup run from `src` into `dst`. Large steps for progress and cancel;
// the first sign of a restart switches to a single step for the remainder.
// The destination's write transaction commits inside the step that copies the
// last page: `beforeCommit`, when given, runs just before that step and can
// still refuse, which rolls every page back.
bool copy(sqlite3 *src, sqlite3 *dst, const SqliteBackupEngine::CommitGate &beforeCommit,
          const JobControl &control, const QString &what, QString *error, bool *cancelled)
{
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        return fail(error, lastError(dst));
    QElapsedTimer waited;
    // A gated copy starts with a step of no page: it locks the destination and
    // tells how many pages remain, so the gate is never passed unseen.
    int chunk = beforeCommit ? 0 : 256;
    bool gatePassed = !beforeCommit;
    int previousRemaining = -1;
    int rc = SQLITE_OK;
    bool stoppedByCancel = false;
    bool stoppedByGate = false;
    while (true) {
        if (control.isCancelled()) {
            stoppedByCancel = true;
            break;
        }
        if (!gatePassed && previousRemaining >= 0 && (chunk < 0 || previousRemaining <= chunk)) {
            if (!beforeCommit(error)) {
                stoppedByGate = true;
                break;
            }
            gatePassed = true;
        }
        rc = sqlite3_backup_step(backup, chunk);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (!waited.isValid())
                waited.start();
            if (waited.elapsed() > kLockWaitLimitMs)
                break;
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        const int remaining = sqlite3_backup_remaining(backup);
        if (total > 0)
            control.report(int(90.0 * (total - remaining) / total), what);
        if (chunk == 0)
            chunk = qMax(256, total / 20); // about 20 progress steps
        else if (chunk > 0) {
            if (previousRemaining >= 0 && remaining >= previousRemaining)
                chunk = -1; // another connection wrote and the copy started over
            else if (chunk == 256)
                chunk = qMax(256, total / 20);
        }
        previousRemaining = remaining;
    }
    // The operating system's reason ("No space left on device", "File too
    // large") says more to an operator than SQLite's "disk I/O error".
    const int systemError = sqlite3_system_errno(dst);
    sqlite3_backup_finish(backup);
    if (stoppedByGate)
        return false; // the gate said why
    if (stoppedByCancel) {
        if (cancelled)
            *cancelled = true;
        return fail(error, QCoreApplication::translate("SqliteBackupEngine", "cancelled"));
    }
    if (rc == SQLITE_DONE)
        return true;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "the database stayed locked for %1 s")
                               .arg(kLockWaitLimitMs / 1000));
    QString message = QString::fromUtf8(sqlite3_errstr(rc));
    if (systemError != 0)
        message += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
    return fail(error, message);
}

} // namespace

QString SqliteBackupEngine::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool SqliteBackupEngine::backup(const QString &livePath, const QString &target,
                                const JobControl &control, TableCounts *tables, QString *sha256,
                                QString *error, bool *cancelled, StageTimes *stages,
                                const std::function<void()> &copied)
{
    StageClock clock(stages);
    if (cancelled)
        *cancelled = false;
    if (!QFileInfo(livePath).isFile())
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "no such SQLite database file: %1")
                               .arg(livePath));
    Handle src = openFile(livePath, SQLITE_OPEN_READONLY, false, error);
    if (!src)
        return false;
    Handle dst = openFile(target, SQLITE_OPEN_READWRITE, false, error);
    if (!dst)
        return false;
    control.report(0, QCoreApplication::translate("SqliteBackupEngine", "Copying %1")
                          .arg(QFileInfo(livePath).fileName()));
    clock.next(QStringLiteral("copy (backup API)"));
    if (!copy(src.get(), dst.get(), {}, control,
              QCoreApplication::translate("SqliteBackupEngine", "Copying the database"), error,
              cancelled)) {
        if (!(cancelled && *cancelled))
            *error = QCoreApplication::translate("SqliteBackupEngine", "%1 while copying into %2")
                         .arg(*error, target);
        return false;
    }
    src.reset(); // release the robot's database as early as possible
    // A copy of a WAL database says "WAL" in its header; a single-file backup
    // must open read-only anywhere, so it gets a rollback journal.
    QString ignored;
    exec(dst.get(), "PRAGMA journal_mode=DELETE", &ignored);
    // The check reads the file as written, through a connection of its own,
    // not the pages the writing connection still holds in its cache.
    dst.reset();
    if (copied)
        copied();
    control.report(
        90, QCoreApplication::translate("SqliteBackupEngine", "Checking the copy's integrity"));
    clock.next(QStringLiteral("quick_check and row counts | SHA-256"));
    // The file is final now: hash it on the other core while this one checks.
    QString hashError;
    double hashMs = 0;
    auto hashing = std::async(std::launch::async, [&] {
        QElapsedTimer timer;
        timer.start();
        QString sum = BackupSidecar::sha256Of(target, &hashError);
        hashMs = timer.nsecsElapsed() / 1e6;
        return sum;
    });
    QElapsedTimer checkTimer;
    checkTimer.start();
    bool checked = inspect(target, Check::Quick, tables, error, control);
    const double checkMs = checkTimer.nsecsElapsed() / 1e6;
    *sha256 = hashing.get();
    clock.stop();
    if (stages) {
        stages->append({QStringLiteral("  quick_check and row counts"), checkMs});
        stages->append({QStringLiteral("  SHA-256 (other core)"), hashMs});
    }
    if (checked && sha256->isEmpty())
        checked = fail(error, hashError);
    if (!checked && control.isCancelled()) {
        if (cancelled)
            *cancelled = true;
        return fail(error, QCoreApplication::translate("SqliteBackupEngine", "cancelled"));
    }
    return checked;
}

bool SqliteBackupEngine::inspect(const QString &path, Check check, TableCounts *tables,
                                 QString *error, const JobControl &control)
{
    Handle db = openFile(path, SQLITE_OPEN_READONLY, true, error);
    if (!db)
        return false;
    mapForReading(db.get(), path);
    sqlite3_progress_handler(db.get(), 10000, cancelHandler, const_cast<JobControl *>(&control));
    return integrityCheck(db.get(), check, error) && collectCounts(db.get(), tables, error);
}

bool SqliteBackupEngine::countRows(const QString &path, TableCounts *tables, QString *error)
{
    Handle db = openFile(path, SQLITE_OPEN_READONLY, false, error);
    return db && collectCounts(db.get(), tables, error);
}

bool SqliteBackupEngine::restoreInto(const QString &backupFile, const QString &livePath,
                                     const JobControl &control, QString *error, bool *cancelled,
                                     const CommitGate &beforeCommit)
{
    Handle src = openFile(backupFile, SQLITE_OPEN_READONLY, true, error);
    if (!src)
        return false;
    if (!QFileInfo(livePath).isFile())
        return fail(error, QCoreApplication::translate("SqliteBackupEngine",
                                                       "no such SQLite database file: %1")
                               .arg(livePath));
    Handle dst = openFile(livePath, SQLITE_OPEN_READWRITE, false, error);
    if (!dst)
        return false;
    control.report(0,
                   QCoreApplication::translate("SqliteBackupEngine", "Writing the backup into %1")
                       .arg(livePath));
    // Steps for progress and cancel: the destination's write transaction stays
    // open across them and commits only with the last, so a cancel, an error
    // or a crash in between rolls every page back (the source never changes).
    return copy(src.get(), dst.get(), beforeCommit, control,
                QCoreApplication::translate("SqliteBackupEngine", "Restoring"), error, cancelled);
}
