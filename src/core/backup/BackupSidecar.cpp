#include "BackupSidecar.h"

#include "BackupFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/evp.h>

#include <cmath>
#include <memory>

namespace {

constexpr auto kFormat = "trade-inspector-backup/1";

BackupKind kindFromName(const QString &name)
{
    if (name == u"sqlite")
        return BackupKind::Sqlite;
    if (name == u"postgresql")
        return BackupKind::PostgresArchive;
    return BackupKind::Unknown;
}

// A size or row count: a whole number from 0 to 2^53, the integers a JSON
// number holds exactly. Anything else (negative, fractional, 1e300, text) means
// the sidecar was not written by us and is not trusted.
std::optional<qint64> countFrom(const QJsonValue &value)
{
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    if (!(number >= 0 && number <= 9007199254740992.0) || number != std::floor(number))
        return std::nullopt;
    return qint64(number);
}

} // namespace

QJsonObject BackupSidecar::toJson() const
{
    QJsonObject tools;
    for (auto it = toolVersions.cbegin(); it != toolVersions.cend(); ++it)
        tools.insert(it.key(), it.value());
    QJsonObject counts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    QJsonObject object{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("kind"), BackupSidecar::kindName(kind)},
        {QStringLiteral("source"), source},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("tables"), counts},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("bytes"), double(bytes)},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("safety"), safety},
    };
    if (!compression.isEmpty())
        object.insert(QStringLiteral("compression"), compression);
    return object;
}

std::optional<BackupSidecar> BackupSidecar::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar",
                                                 "not a Trade Inspector backup sidecar");
        return std::nullopt;
    }
    BackupSidecar sidecar;
    sidecar.kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    sidecar.source = object.value(QStringLiteral("source")).toString();
    sidecar.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(),
                                              Qt::ISODateWithMs);
    const QJsonObject tools = object.value(QStringLiteral("tools")).toObject();
    for (auto it = tools.begin(); it != tools.end(); ++it)
        sidecar.toolVersions.insert(it.key(), it.value().toString());
    const QJsonObject counts = object.value(QStringLiteral("tables")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const auto rows = countFrom(it.value());
        if (!rows) {
            if (error)
                *error = QCoreApplication::translate(
                             "BackupSidecar", "invalid row count for %1 in the backup sidecar")
                             .arg(it.key().left(60));
            return std::nullopt;
        }
        sidecar.tables.insert(it.key(), *rows);
    }
    sidecar.sha256 = object.value(QStringLiteral("sha256")).toString();
    const auto bytes = countFrom(object.value(QStringLiteral("bytes")));
    if (!bytes) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar",
                                                 "invalid backup size in the backup sidecar");
        return std::nullopt;
    }
    sidecar.bytes = *bytes;
    sidecar.verified = object.value(QStringLiteral("verified")).toBool();
    sidecar.safety = object.value(QStringLiteral("safety")).toBool();
    sidecar.compression = object.value(QStringLiteral("compression")).toString();
    return sidecar;
}

bool BackupSidecar::write(const QString &backupPath, QString *error) const
{
    QSaveFile file(pathFor(backupPath));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "cannot write %1: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(BackupFiles::ownerOnly());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "cannot write %1: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<BackupSidecar> BackupSidecar::read(const QString &backupPath, QString *error)
{
    if (error)
        error->clear();
    QFile file(pathFor(backupPath));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "cannot read %1: %2")
                         .arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "%1 is not valid JSON: %2")
                         .arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QString BackupSidecar::sha256Of(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    // OpenSSL uses the CPU's SHA instructions: 2 s for 646 MB where
    // QCryptographicHash took 8 s, the largest part of a backup's time.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        if (error)
            *error = QCoreApplication::translate("BackupSidecar", "SHA-256 is not available");
        return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0) {
            if (error)
                *error = QCoreApplication::translate("BackupSidecar", "cannot read %1: %2")
                             .arg(path, file.errorString());
            return {};
        }
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString BackupSidecar::kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Sqlite:
        return QStringLiteral("sqlite");
    case BackupKind::PostgresArchive:
        return QStringLiteral("postgresql");
    case BackupKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
