#include "BrowseFixture.h"

#include "DemoFixture.h"
#include "session/DatabaseOpener.h"

#include <QDir>

namespace BrowseFixture {

namespace {

QString templatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("browse-template.db"));
}

} // namespace

QString makeTemplate(const QString &directory)
{
    return DemoFixture::makeTemplate(templatePath(directory), kOrders, 11);
}

ConnectionSpec freshCopy(const QString &directory, const QString &name)
{
    return DemoFixture::freshCopy(templatePath(directory), QDir(directory).filePath(name));
}

std::optional<DatabaseSession> open(const ConnectionSpec &spec, QString *error)
{
    const DatabaseOpener::Result result = DatabaseOpener::open(spec);
    if (!result.session && error)
        *error = result.error;
    return result.session;
}

} // namespace BrowseFixture
