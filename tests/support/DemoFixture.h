#pragma once

#include "db/ConnectionSpec.h"

#include <QString>

// Robot databases for tests: a demo SQLite template made once per test program
// by the real generator, and fresh copies of it, one per test.
namespace DemoFixture {

// Returns an error, or empty when the template was written at templatePath.
QString makeTemplate(const QString &templatePath, int orders, quint32 seed);
// An owner-writable copy of the template at copyPath, replacing an older one.
ConnectionSpec freshCopy(const QString &templatePath, const QString &copyPath);

} // namespace DemoFixture
