#include "ReviewGuiFixture.h"

#include "DemoFixture.h"
#include "db/DatabaseConnection.h"

#include <QDir>
#include <QSqlQuery>

namespace ReviewGuiFixture {

QString makeTemplate(const QString &directory)
{
    return DemoFixture::makeTemplate(QDir(directory).filePath(QStringLiteral("template.db")),
                                     kOrders, kSeed);
}

ConnectionSpec freshCopy(const QString &directory, const QString &name)
{
    return DemoFixture::freshCopy(QDir(directory).filePath(QStringLiteral("template.db")),
                                  QDir(directory).filePath(name));
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
