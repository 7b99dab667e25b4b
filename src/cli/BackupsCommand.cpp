#include "BackupsCommand.h"

#include "BackupCommand.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupFiles.h"
#include "backup/BackupSidecar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace {

QString verifiedText(BackupEntry::Verified verified)
{
    switch (verified) {
    case BackupEntry::Verified::Yes:
        return QStringLiteral("yes");
    case BackupEntry::Verified::Failed:
        return QStringLiteral("FAILED");
    case BackupEntry::Verified::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject toJson(const BackupEntry &entry)
{
    QJsonObject object = BackupCommand::toJson(entry.path, entry.bytes, entry.sha256, entry.tables,
                                               entry.verified == BackupEntry::Verified::Yes);
    object.insert(QStringLiteral("verified_state"), verifiedText(entry.verified).toLower());
    object.insert(QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("kind"), BackupSidecar::kindName(entry.kind));
    object.insert(QStringLiteral("source"),
                  entry.source.isEmpty() ? QJsonValue() : QJsonValue(entry.source));
    object.insert(QStringLiteral("safety"), entry.safety);
    object.insert(QStringLiteral("sidecar"), entry.hasSidecar);
    if (!entry.verifyMessage.isEmpty())
        object.insert(QStringLiteral("message"), entry.verifyMessage);
    return object;
}

void printText(QTextStream &out, const QString &directory, const QList<BackupEntry> &entries)
{
    out << QCoreApplication::translate("BackupsCommand", "Backups in %1: %2")
               .arg(directory, QString::number(entries.size())) // one call: a path may hold "%2"
        << '\n';
    const QLocale locale = QLocale::c();
    for (const BackupEntry &entry : entries) {
        qint64 rows = 0;
        for (const qint64 count : entry.tables)
            rows += count;
        out << "  " << entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            << "  " << locale.formattedDataSize(entry.bytes).rightJustified(10) << "  "
            << QFileInfo(entry.path).fileName() << (entry.safety ? "  [safety]" : "") << "\n      "
            << QCoreApplication::translate("BackupsCommand", "verified: %1; source: %2")
                   .arg(verifiedText(entry.verified),
                        entry.source.isEmpty()
                            ? QCoreApplication::translate("BackupsCommand", "unknown (no sidecar)")
                            : entry.source);
        if (!entry.tables.isEmpty())
            out << QCoreApplication::translate("BackupsCommand", "; rows: %1")
                       .arg(locale.toString(rows));
        if (!entry.verifyMessage.isEmpty())
            out << "\n      " << entry.verifyMessage;
        out << '\n';
    }
    out.flush();
}

} // namespace

int BackupsCommand::run(const QStringList &arguments, CommandContext &context)
{
    CommandLine cli(*this, context);
    cli.addDatabaseOption();
    cli.addOption({QCoreApplication::translate("BackupsCommand", "dir"),
                   QCoreApplication::translate("BackupsCommand", "Backup directory."),
                   QCoreApplication::translate("BackupsCommand", "dir")});
    cli.addOption({QStringLiteral("verify"),
                   QCoreApplication::translate(
                       "BackupsCommand", "Verify every backup now (checksum, integrity check or "
                                         "pg_restore --list).")});
    cli.addJsonOption();
    if (auto stop = cli.parse(arguments))
        return *stop;
    QString directory = cli.value(QStringLiteral("dir"));
    if (!cli.isSet(QStringLiteral("dir"))) {
        int exitCode = ExitCode::Success;
        const auto spec = cli.connection(&exitCode);
        if (!spec)
            return exitCode;
        directory = BackupCatalog::defaultDirectory(*spec);
    }
    QList<BackupEntry> entries = BackupCatalog(directory).list();
    bool allGood = true;
    if (cli.isSet(QStringLiteral("verify"))) {
        for (BackupEntry &entry : entries)
            allGood = BackupCatalog::verify(entry).ok && allGood;
    }
    if (cli.json()) {
        QJsonArray array;
        for (const BackupEntry &entry : entries)
            array.append(toJson(entry));
        JsonOutput::print(context.out, array);
    } else {
        printText(context.out, directory, entries);
    }
    return allGood ? ExitCode::Success
                   : cli.fail(QCoreApplication::translate(
                         "BackupsCommand", "at least one backup failed verification"));
}
