// A backup's <file>.json sidecar as BackupSidecar::read() and the catalog take
// it: any bytes from a backup directory, which the operator may have copied
// from anywhere. Properties: what parses writes back (toJson) to a sidecar that
// parses to the same values, so verify and restore see what the file said;
// the row counts and size are never negative. The input's first line is also
// taken as a file name, as the catalog reads names in a backup directory.
#include "FuzzCheck.h"
#include "backup/BackupFiles.h"
#include "backup/BackupSidecar.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

bool same(const BackupSidecar &a, const BackupSidecar &b)
{
    return a.kind == b.kind && a.source == b.source && a.createdAt == b.createdAt &&
           a.createdAt.isValid() == b.createdAt.isValid() && a.toolVersions == b.toolVersions &&
           a.tables == b.tables && a.sha256 == b.sha256 && a.bytes == b.bytes &&
           a.verified == b.verified && a.safety == b.safety && a.compression == b.compression;
}

void checkSidecar(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return;
    QString error;
    const auto sidecar = BackupSidecar::fromJson(doc.object(), &error);
    if (!sidecar) {
        fuzzCheck(!error.isEmpty(), "a rejected sidecar says why", QString::fromUtf8(bytes));
        return;
    }
    fuzzCheck(sidecar->bytes >= 0, "a backup's size is not negative", QString::fromUtf8(bytes));
    for (const qint64 rows : sidecar->tables)
        fuzzCheck(rows >= 0, "row counts are not negative", QString::fromUtf8(bytes));
    const auto again = BackupSidecar::fromJson(sidecar->toJson(), &error);
    fuzzCheck(again.has_value() && same(*again, *sidecar), "a sidecar written back reads the same",
              QString::fromUtf8(bytes));
}

void checkName(const QByteArray &bytes)
{
    const QString name = QString::fromUtf8(bytes.left(bytes.indexOf('\n')));
    (void)BackupFiles::timeFromName(name);
    (void)BackupFiles::looksLikeBackupName(name);
    (void)BackupFiles::isSafetyName(name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkSidecar(bytes);
    checkName(bytes);
    return 0;
}
