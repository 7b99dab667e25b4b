#include "GuiFixture.h"

#include "DemoFixture.h"

#include <QDir>

namespace {

QString templatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("template.db"));
}

} // namespace

namespace GuiFixture {

QString makeTemplate(const QString &directory)
{
    return DemoFixture::makeTemplate(templatePath(directory), kOrders, 7);
}

ConnectionSpec freshCopy(const QString &directory, const QString &name)
{
    return DemoFixture::freshCopy(templatePath(directory), QDir(directory).filePath(name));
}

} // namespace GuiFixture
