#pragma once

#include "DatabaseSession.h"

#include <QString>

#include <optional>

// Opens a database read-only, probes it against the robot's schema (with row
// counts) and closes it again: blocking, so call it on a worker thread. Never
// writes and never creates a file. Every failure comes back as one sentence
// an operator can act on.
class DatabaseOpener
{
public:
    struct Result
    {
        std::optional<DatabaseSession> session;
        QString error; // set when session is empty
    };

    static Result open(const ConnectionSpec &spec);
    // Parses the URL first; a malformed URL is an error like any other.
    static Result openUrl(const QString &url);

    // The SQLite library this program runs with, for the About dialog.
    static QString sqliteLibraryVersion();
};
