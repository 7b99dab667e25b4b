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
    enum class Depth {
        Contents, // always check the contents: the Verify button, `verify FILE`
        // A restore: an SQLite backup whose sidecar records that its checks
        // passed, and whose SHA-256 matches that sidecar, is not page-checked
        // again (the same bytes give the same answer); its counts are the
        // sidecar's. Anything else is checked as with Contents.
        TrustVerifiedChecksum,
    };
    static VerifyResult verify(const QString &path, const JobControl &control = {},
                               Depth depth = Depth::Contents);
};
