#include "ReviewGuiFixture.h"

#include "db/DatabaseConnection.h"
#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace ReviewGuiFixture {

QString makeTemplate(const QString &directory)
{
    DemoOptions options;
    options.orders = kOrders;
    options.seed = kSeed;
    QString error;
    const QString path = QDir(directory).filePath(QStringLiteral("template.db"));
    if (!DemoDataGenerator::generate(ConnectionSpec::sqliteFile(path), options, &error))
        return error.isEmpty() ? QStringLiteral("demo generation failed") : error;
    return {};
}

ConnectionSpec freshCopy(const QString &directory, const QString &name)
{
    const QString path = QDir(directory).filePath(name);
    QFile::remove(path);
    QFile::copy(QDir(directory).filePath(QStringLiteral("template.db")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return ConnectionSpec::sqliteFile(path);
}

DatabaseSession sessionFor(const ConnectionSpec &spec)
{
    DatabaseSession session;
    session.spec = spec;
    return session;
}

StatisticsJob::Result statistics(const ConnectionSpec &spec, const StatisticsRequest &request)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    if (!connection) {
        StatisticsJob::Result failed;
        failed.error = error;
        return failed;
    }
    return StatisticsJob::run(*connection, request);
}

QVariant scalar(const ConnectionSpec &spec, const QString &sql)
{
    QString error;
    auto connection = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    if (!connection)
        return {};
    QVariant value;
    {
        QSqlQuery query(connection->database());
        if (query.exec(sql) && query.next())
            value = query.value(0);
    }
    return value;
}

} // namespace ReviewGuiFixture
