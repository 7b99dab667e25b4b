#include "AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace AppTranslator {

QStringList searchDirectories()
{
    const QString relative = QStringLiteral("translations");
    QStringList directories = QStandardPaths::locateAll(QStandardPaths::AppDataLocation, relative,
                                                        QStandardPaths::LocateDirectory);
    const QString besideBinary =
        QDir::cleanPath(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/../share/TradeInspector/trade-inspector/translations"));
    if (!directories.contains(besideBinary) && QDir(besideBinary).exists())
        directories << besideBinary;
    return directories;
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    QString loaded;
    for (const QString &directory : searchDirectories()) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, QString::fromLatin1(kFilePrefix), QStringLiteral("_"),
                             directory)) {
            QCoreApplication::installTranslator(translator);
            loaded = translator->filePath();
            break;
        }
        delete translator;
    }
    // Qt's own strings only when ours are translated: a German dialog with
    // English text around it would read worse than all English.
    if (!loaded.isEmpty()) {
        auto *qtBase = new QTranslator(&app);
        if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtBase);
        else
            delete qtBase;
    }
    return loaded;
}

} // namespace AppTranslator
