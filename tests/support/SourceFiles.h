#pragma once

#include <QString>
#include <QStringList>

// The project's own sources, for the tests that read code as text (the SQL and
// translation scanners).
namespace SourceFiles {

// The file's text as UTF-8, empty when it cannot be read.
QString read(const QString &path);
// Every .cpp and .h below the folders, sorted, so findings come in a stable order.
QStringList under(const QStringList &folders);

} // namespace SourceFiles
