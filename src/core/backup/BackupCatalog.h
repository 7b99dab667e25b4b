#pragma once

#include "BackupTypes.h"
#include "db/ConnectionSpec.h"
#include "jobs/JobControl.h"

#include <QList>
#include <QString>

// The backups in one directory: those made here (with a sidecar) and the
// robot's own (trading_robot_*.db copies made by `cp`, *.dump archives), newest
// first. Verifying, deleting and pruning go through here so the sidecar always
// follows its backup.
class BackupCatalog
{
public:
    explicit BackupCatalog(QString directory);

    // `backups/` next to an SQLite file; otherwise
    // <AppDataLocation>/backups/<connection name made file-safe>.
    static QString defaultDirectory(const ConnectionSpec &spec);

    const QString &directory() const { return m_directory; }
    QList<BackupEntry> list() const;
    static BackupEntry describe(const QString &path);
    // Runs BackupVerifier and records the outcome in the entry.
    static VerifyResult verify(BackupEntry &entry, const JobControl &control = {});
    // Deletes the backup and its sidecar.
    static bool remove(const QString &path, QString *error);
    // Keeps the newest `keep` regular backups and deletes the older ones;
    // safety backups are pruned separately, by the same rule. Returns what went.
    QStringList keepLast(int keep, QString *error) const;

private:
    QString m_directory;
};
