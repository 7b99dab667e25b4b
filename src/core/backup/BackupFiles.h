#pragma once

#include "BackupTypes.h"

#include <QDateTime>
#include <QFileDevice>
#include <QString>

// File names and file handling shared by the engines, the catalog and restore.
// Names follow the robot's own script (trading_robot_YYYYMMDD_HHMMSS.db, local
// time) so its copies and ours sort and list together.
namespace BackupFiles {

QFileDevice::Permissions ownerOnly();

// <dir>/trading_robot_YYYYMMDD_HHMMSS[_safety].db|.dump, with _2, _3... when a
// backup of the same second already exists.
QString newBackupPath(const QString &dir, BackupKind kind, const QDateTime &time, bool safety);
// The time encoded in such a name (local time), or an invalid QDateTime.
QDateTime timeFromName(const QString &fileName);
bool isSafetyName(const QString &fileName);
// Names the catalog lists: trading_robot_*.db, *.dump, *.backup, *.sqlite(3).
bool looksLikeBackupName(const QString &fileName);

// What the file's first bytes say it is ("SQLite format 3", "PGDMP").
BackupKind sniffKind(const QString &path);
QString kindLabel(BackupKind kind);

// The hidden name a backup is written under until it is verified.
QString temporaryPathFor(const QString &finalPath);
// Creates an empty file readable by the owner only, so nothing is ever
// world-readable, not even for a moment; the engines then write into it.
bool createOwnerOnlyFile(const QString &path, QString *error);
// Removes a file and SQLite's -journal, -wal and -shm companions.
void removeWithCompanions(const QString &path);
// Renames over nothing (fails if `to` exists) and syncs the directory.
bool commitRename(const QString &from, const QString &to, QString *error);

} // namespace BackupFiles
