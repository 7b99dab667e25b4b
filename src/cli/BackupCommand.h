#pragma once

#include "Command.h"
#include "backup/BackupTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

// `trade-inspector backup --database URL [--dir DIR] [--json]`: one verified
// backup with its sidecar; prints its path (or JSON).
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "BackupCommand", "Back up the database (SQLite online backup or pg_dump -Fc) into "
                             "DIR, verify it and write its sidecar; print the backup's path.");
    }
    int run(const QStringList &arguments, CommandContext &context) override;

    // {"path", "bytes", "sha256", "tables": {...}, "verified"}: shared with `backups`.
    static QJsonObject toJson(const QString &path, qint64 bytes, const QString &sha256,
                              const TableCounts &tables, bool verified);
};
