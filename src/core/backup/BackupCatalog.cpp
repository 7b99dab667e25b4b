#include "BackupCatalog.h"

#include "BackupFiles.h"
#include "BackupSidecar.h"
#include "BackupVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

BackupCatalog::BackupCatalog(QString directory)
    : m_directory(std::move(directory))
{
}

QString BackupCatalog::defaultDirectory(const ConnectionSpec &spec)
{
    if (spec.isSqlite())
        return QFileInfo(spec.absolutePath()).dir().filePath(QStringLiteral("backups"));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = spec.displayName();
    name.replace(unsafe, QStringLiteral("_"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("backups/") + name);
}

BackupEntry BackupCatalog::describe(const QString &path)
{
    BackupEntry entry;
    const QFileInfo info(path);
    entry.path = info.absoluteFilePath();
    entry.bytes = info.size();
    entry.kind = BackupFiles::sniffKind(path);
    entry.safety = BackupFiles::isSafetyName(info.fileName());
    entry.time = BackupFiles::timeFromName(info.fileName());
    if (!entry.time.isValid())
        entry.time = info.lastModified();
    QString error;
    if (const auto sidecar = BackupSidecar::read(path, &error)) {
        entry.hasSidecar = true;
        entry.source = sidecar->source;
        entry.tables = sidecar->tables;
        entry.sha256 = sidecar->sha256;
        entry.safety = entry.safety || sidecar->safety;
        if (sidecar->createdAt.isValid())
            entry.time = sidecar->createdAt;
        // Verified when made, and still the same size; verify() re-checks fully.
        if (sidecar->verified && sidecar->bytes == entry.bytes)
            entry.verified = BackupEntry::Verified::Yes;
        else if (sidecar->bytes != entry.bytes)
            entry.verified = BackupEntry::Verified::Failed;
    } else if (!error.isEmpty()) {
        entry.verifyMessage = error;
    }
    return entry;
}

QList<BackupEntry> BackupCatalog::list() const
{
    QList<BackupEntry> entries;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Readable)) {
        if (!BackupFiles::looksLikeBackupName(info.fileName()))
            continue;
        entries << describe(info.absoluteFilePath());
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return entries;
}

VerifyResult BackupCatalog::verify(BackupEntry &entry, const JobControl &control)
{
    const VerifyResult result = BackupVerifier::verify(entry.path, control);
    entry.verified = result.ok ? BackupEntry::Verified::Yes : BackupEntry::Verified::Failed;
    entry.verifyMessage = result.message;
    if (result.ok && entry.tables.isEmpty())
        entry.tables = result.tables;
    return result;
}

bool BackupCatalog::remove(const QString &path, QString *error)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = QCoreApplication::translate("BackupCatalog", "cannot delete %1").arg(path);
        return false;
    }
    QFile::remove(BackupSidecar::pathFor(path));
    return true;
}

QStringList BackupCatalog::keepLast(int keep, QString *error) const
{
    QStringList removed;
    int regular = 0;
    int safety = 0;
    for (const BackupEntry &entry : list()) {
        int &seen = entry.safety ? safety : regular;
        if (++seen <= keep)
            continue;
        if (!remove(entry.path, error))
            return removed;
        removed << entry.path;
    }
    return removed;
}
