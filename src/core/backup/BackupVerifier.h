#pragma once

#include "BackupTypes.h"
#include "jobs/JobControl.h"

#include <QString>

// Says whether a file can be restored, before anything is touched: the
// sidecar's size and SHA-256 when there is one, then SQLite's integrity check
// (opened read-only, immutable) or pg_restore --list, plus a full read of the
// archive when no checksum vouches for its data. Never writes.
class BackupVerifier
{
public:
    static VerifyResult verify(const QString &path, const JobControl &control = {});
};
