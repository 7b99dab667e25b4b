#include "DatabaseOpener.h"

#include "db/DatabaseConnection.h"
#include "schema/RobotSchema.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

DatabaseOpener::Result failure(const QString &message)
{
    return {std::nullopt, message};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

} // namespace

DatabaseOpener::Result DatabaseOpener::open(const ConnectionSpec &spec)
{
    QString error;
    DatabaseSession session;
    session.spec = spec;
    {
        // Scoped so the connection is removed on this thread before we return.
        const auto connection =
            DatabaseConnection::open(spec, AccessMode::ReadOnly, &error, QStringLiteral("open"));
        if (!connection)
            return failure(error);
        auto schema = SchemaProbe::probe(connection->database(), spec.driver,
                                         SchemaProbe::RowCounts::Count, &error);
        if (!schema)
            return failure(error);
        if (!schema->hasAnyRobotTable())
            return failure(
                tr("%1 holds none of the trading robot's tables (%2).")
                    .arg(spec.displayName(), RobotSchema::tableNames().join(QStringLiteral(", "))));
        session.schema = std::move(*schema);
        session.serverVersion = connection->serverVersion();
        session.serverVersionNumber = connection->serverVersionNumber();
        session.readOnly = connection->isReadOnly();
    }
    session.probedAt = QDateTime::currentDateTimeUtc();
    return {std::move(session), {}};
}

DatabaseOpener::Result DatabaseOpener::openUrl(const QString &url)
{
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec)
        return failure(tr("Not a database URL: %1").arg(error));
    return open(*spec);
}

QString DatabaseOpener::sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}
