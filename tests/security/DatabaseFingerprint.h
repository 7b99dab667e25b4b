#pragma once

#include "db/ConnectionSpec.h"

#include <QString>

// What must not change when hostile input is thrown at a database: every
// robot table's row count and, for SQLite, the file's bytes (SHA-256).
namespace DatabaseFingerprint {

QString of(const ConnectionSpec &spec);

} // namespace DatabaseFingerprint
