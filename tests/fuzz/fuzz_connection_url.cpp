// ConnectionSpec::fromUrl on any text an operator could put in DATABASE_URL or
// --database. Property: a URL that parses re-serialises (toUrl, with the
// password) to one that parses to the same connection, so nothing the operator
// wrote is silently changed when the spec is shown, stored or passed on; and
// toUrl(false), the form shown and remembered, carries no password.
#include "FuzzCheck.h"
#include "db/ConnectionSpec.h"

#include <cstddef>
#include <cstdint>

namespace {

// toUrl() makes SQLite paths absolute and leaves out parameters that mean
// nothing here, so those are compared as the connection sees them.
ConnectionSpec comparable(ConnectionSpec spec)
{
    if (spec.isSqlite())
        spec.sqlitePath = spec.absolutePath();
    spec.ignoredParameters.clear();
    return spec;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = fuzzText(data, size);
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        fuzzCheck(!error.isEmpty(), "a rejected URL says why", url);
        return 0;
    }
    (void)spec->displayName();
    const QString again = spec->toUrl(true);
    QString againError;
    const auto reparsed = ConnectionSpec::fromUrl(again, &againError);
    fuzzCheck(reparsed.has_value(), "toUrl() parses back",
              url + u'\n' + again + u'\n' + againError);
    fuzzCheck(comparable(*reparsed) == comparable(*spec), "toUrl() parses back to the same spec",
              url + u'\n' + again);

    const QString shown = spec->toUrl(false);
    const auto withoutPassword = ConnectionSpec::fromUrl(shown);
    fuzzCheck(withoutPassword && withoutPassword->password.isEmpty(),
              "toUrl(false) parses back without a password", url + u'\n' + shown);
    return 0;
}
