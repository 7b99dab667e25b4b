#include "GuiFixture.h"

#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QFile>

namespace {

QString templatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("template.db"));
}

} // namespace

namespace GuiFixture {

QString makeTemplate(const QString &directory)
{
    DemoOptions options;
    options.orders = kOrders;
    options.seed = 7;
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
    return ConnectionSpec::sqliteFile(path);
}

} // namespace GuiFixture
