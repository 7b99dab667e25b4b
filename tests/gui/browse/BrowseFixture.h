#pragma once

#include "db/ConnectionSpec.h"
#include "session/DatabaseSession.h"

#include <QString>

#include <optional>

// Real robot databases for the browse tests: a demo SQLite template made once
// by the real generator, copied fresh for each test, and opened the way the
// window opens them (DatabaseOpener: read-only, probed).
namespace BrowseFixture {

constexpr int kOrders = 400;

QString makeTemplate(const QString &directory);
ConnectionSpec freshCopy(const QString &directory, const QString &name);
std::optional<DatabaseSession> open(const ConnectionSpec &spec, QString *error);

} // namespace BrowseFixture
