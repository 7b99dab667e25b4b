#include "BackupFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QRegularExpression &stampPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^trading_robot_(\\d{8}_\\d{6})(?:_safety)?(?:_\\d+)?\\."));
    return pattern;
}

} // namespace

namespace BackupFiles {

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QString newBackupPath(const QString &dir, BackupKind kind, const QDateTime &time, bool safety)
{
    const QString base = QStringLiteral("trading_robot_") +
                         time.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss")) +
                         (safety ? QStringLiteral("_safety") : QString());
    const QString extension =
        kind == BackupKind::PostgresArchive ? QStringLiteral(".dump") : QStringLiteral(".db");
    const QDir directory(dir);
    QString path = directory.filePath(base + extension);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(temporaryPathFor(path)); ++n)
        path = directory.filePath(base + u'_' + QString::number(n) + extension);
    return path;
}

QDateTime timeFromName(const QString &fileName)
{
    const auto match = stampPattern().match(fileName);
    if (!match.hasMatch())
        return {};
    return QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd_HHmmss"));
}

bool isSafetyName(const QString &fileName)
{
    return fileName.contains(QLatin1String("_safety"));
}

bool looksLikeBackupName(const QString &fileName)
{
    if (fileName.startsWith(u'.') || fileName.endsWith(QLatin1String(".json")))
        return false;
    if (fileName.startsWith(QLatin1String("trading_robot_")) &&
        fileName.endsWith(QLatin1String(".db")))
        return true;
    for (const char *suffix : {".dump", ".backup", ".sqlite", ".sqlite3"}) {
        if (fileName.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

BackupKind sniffKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BackupKind::Unknown;
    const QByteArray head = file.read(16);
    if (head == QByteArray("SQLite format 3\0", 16))
        return BackupKind::Sqlite;
    if (head.startsWith("PGDMP"))
        return BackupKind::PostgresArchive;
    return BackupKind::Unknown;
}

QString kindLabel(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Sqlite:
        return QCoreApplication::translate("BackupFiles", "SQLite database");
    case BackupKind::PostgresArchive:
        return QCoreApplication::translate("BackupFiles",
                                           "PostgreSQL custom-format archive (pg_dump -Fc)");
    case BackupKind::Unknown:
        break;
    }
    return QCoreApplication::translate("BackupFiles", "unknown kind of file");
}

QString temporaryPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.dir().filePath(u'.' + info.fileName() + QStringLiteral(".partial"));
}

bool createOwnerOnlyFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never write through a file or link somebody else put there.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QCoreApplication::translate("BackupFiles", "cannot create %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::close(fd);
    return true;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool commitRename(const QString &from, const QString &to, QString *error)
{
    if (QFileInfo::exists(to)) {
        if (error)
            *error = QCoreApplication::translate("BackupFiles", "%1 already exists").arg(to);
        return false;
    }
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (error)
            *error = QCoreApplication::translate("BackupFiles", "cannot rename %1 to %2: %3")
                         .arg(from, to, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // The rename is durable only once the directory entry is on disk.
    const int dirFd = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace BackupFiles
