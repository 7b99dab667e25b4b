#pragma once

#include "db/ConnectionSpec.h"
#include "review/StatisticsJob.h"
#include "session/DatabaseSession.h"

#include <QString>
#include <QVariant>

// Demo databases for the review pages: made once per test program by the real
// generator, copied per test so a test may plant a defect in its own copy.
namespace ReviewGuiFixture {

constexpr int kOrders = 400;
constexpr quint32 kSeed = 11;

// Generates the template `template.db` in directory; an error or empty.
QString makeTemplate(const QString &directory);
ConnectionSpec freshCopy(const QString &directory, const QString &name);
// What a page is handed when the window opened `spec`.
DatabaseSession sessionFor(const ConnectionSpec &spec);
// The core job run directly, for comparing with what the page shows.
StatisticsJob::Result statistics(const ConnectionSpec &spec, const StatisticsRequest &request);
// One value of a read-only query (test data, not user input).
QVariant scalar(const ConnectionSpec &spec, const QString &sql);

} // namespace ReviewGuiFixture
