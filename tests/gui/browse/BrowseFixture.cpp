#include "BrowseFixture.h"

#include "demo/DemoDataGenerator.h"
#include "session/DatabaseOpener.h"

#include <QDir>
#include <QFile>

namespace BrowseFixture {

namespace {

QString templatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("browse-template.db"));
}

} // namespace

QString makeTemplate(const QString &directory)
{
    DemoOptions options;
    options.orders = kOrders;
    options.seed = 11;
    QString error;
    if (!DemoDataGenerator::generate(ConnectionSpec::sqliteFile(templatePath(directory)), options,
                                     &error))
        return error.isEmpty() ? QStringLiteral("demo generation failed") : error;
    return {};
}

ConnectionSpec freshCopy(const QString &directory, const QString &name)
{
    const QString path = QDir(directory).filePath(name);
    QFile::remove(path);
    QFile::copy(templatePath(directory), path);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return ConnectionSpec::sqliteFile(path);
}

std::optional<DatabaseSession> open(const ConnectionSpec &spec, QString *error)
{
    const DatabaseOpener::Result result = DatabaseOpener::open(spec);
    if (!result.session && error)
        *error = result.error;
    return result.session;
}

} // namespace BrowseFixture
