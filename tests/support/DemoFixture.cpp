#include "DemoFixture.h"

#include "demo/DemoDataGenerator.h"

#include <QFile>

namespace DemoFixture {

QString makeTemplate(const QString &templatePath, int orders, quint32 seed)
{
    DemoOptions options;
    options.orders = orders;
    options.seed = seed;
    QString error;
    if (!DemoDataGenerator::generate(ConnectionSpec::sqliteFile(templatePath), options, &error))
        return error.isEmpty() ? QStringLiteral("demo generation failed") : error;
    return {};
}

ConnectionSpec freshCopy(const QString &templatePath, const QString &copyPath)
{
    QFile::remove(copyPath);
    QFile::copy(templatePath, copyPath);
    QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    return ConnectionSpec::sqliteFile(copyPath);
}

} // namespace DemoFixture
