#pragma once

#include "BackupTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The JSON file written next to every backup (<backup>.json): where it came
// from, when, with which tools, what it holds and its SHA-256. It never holds a
// password: `source` is ConnectionSpec::displayName().
struct BackupSidecar
{
    BackupKind kind = BackupKind::Unknown;
    QString source;
    QDateTime createdAt; // UTC
    QMap<QString, QString> toolVersions;
    TableCounts tables;
    QString sha256;
    qint64 bytes = 0;
    bool verified = false; // integrity check / pg_restore --list passed when made
    bool safety = false;   // made automatically before a restore
    QString compression;   // PostgreSQL archives: the pg_dump -Z level used

    static QString pathFor(const QString &backupPath)
    {
        return backupPath + QStringLiteral(".json");
    }

    QJsonObject toJson() const;
    static std::optional<BackupSidecar> fromJson(const QJsonObject &object, QString *error);

    // Written under a temporary name and renamed, mode 0600.
    bool write(const QString &backupPath, QString *error) const;
    // nullopt with an empty *error when there is no sidecar at all.
    static std::optional<BackupSidecar> read(const QString &backupPath, QString *error);

    // Hex SHA-256 of a file, read in chunks; empty on a read error.
    // "sqlite", "postgresql" or "unknown": the kind as the sidecar and JSON name it.
    static QString kindName(BackupKind kind);
    static QString sha256Of(const QString &path, QString *error = nullptr);
};
