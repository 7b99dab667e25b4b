#include "TestDatabases.h"

#include "db/DatabaseConnection.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace TestDatabases {

std::optional<ConnectionSpec> postgresServer()
{
    const QString url = qEnvironmentVariable("TI_TEST_PG_URL");
    if (url.isEmpty())
        return std::nullopt;
    return ConnectionSpec::fromUrl(url);
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString execute(const ConnectionSpec &spec, const QStringList &statements)
{
    QString error;
    auto connection =
        DatabaseConnection::open(spec, AccessMode::ReadWrite, &error, QStringLiteral("test"));
    if (!connection)
        return error;
    for (const QString &sql : statements) {
        QSqlQuery query(connection->database());
        if (!query.exec(sql))
            return sql + QStringLiteral(": ") +
                   DatabaseConnection::describeError(query.lastError());
    }
    return {};
}

ScratchPostgres::ScratchPostgres(const QString &purpose)
{
    const auto server = postgresServer();
    if (!server) {
        m_error = QStringLiteral("no PostgreSQL server");
        return;
    }
    m_spec = *server;
    m_spec.database = QStringLiteral("ti_%1_%2")
                          .arg(purpose.toLower())
                          .arg(QRandomGenerator::global()->generate() % 1000000000u);
    m_error = execute(*server, {QStringLiteral("CREATE DATABASE %1").arg(m_spec.database)});
    m_valid = m_error.isEmpty();
}

ScratchPostgres::~ScratchPostgres()
{
    if (!m_valid)
        return;
    if (const auto server = postgresServer())
        execute(*server,
                {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.database)});
}

} // namespace TestDatabases
