#include "ConnectionFault.h"

#include <QLatin1String>

namespace ConnectionFault {

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

FaultKind classify(const QString &message)
{
    if (message.isEmpty())
        return FaultKind::None;
    // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout.
    if (containsAny(message,
                    {QLatin1String("database is locked"), QLatin1String("database table is locked"),
                     QLatin1String("database schema is locked")}))
        return FaultKind::Busy;
    // libpq's words when the socket dies, the server's when it ends the session
    // (pg_ctl stop -m fast, pg_terminate_backend, a restart), and libpq's when a
    // new connection finds nobody listening (describeError rewrites "refused").
    if (containsAny(
            message,
            {QLatin1String("server closed the connection unexpectedly"),
             QLatin1String("no connection to the server"), QLatin1String("terminating connection"),
             QLatin1String("could not receive data from server"),
             QLatin1String("could not send data to server"), QLatin1String("connection to server"),
             QLatin1String("SSL connection has been closed unexpectedly"),
             QLatin1String("the database system is shutting down"),
             QLatin1String("the database system is starting up"),
             QLatin1String("the database system is in recovery mode"),
             QLatin1String("connection refused"), QLatin1String("no answer from the server"),
             QLatin1String("Unable to connect"),
             // SQLite: the file went away under an open connection.
             QLatin1String("no such SQLite database file"), QLatin1String("was deleted or moved"),
             QLatin1String("was replaced"), QLatin1String("is no longer readable"),
             QLatin1String("unable to open database file")}))
        return FaultKind::ConnectionLost;
    if (containsAny(message,
                    {QLatin1String("database disk image is malformed"),
                     QLatin1String("file is not a database"),
                     QLatin1String("is not an SQLite database"), QLatin1String("disk I/O error"),
                     QLatin1String("is empty (0 bytes)")}))
        return FaultKind::Damaged;
    return FaultKind::Other;
}

bool isTransient(FaultKind kind)
{
    return kind == FaultKind::Busy || kind == FaultKind::ConnectionLost;
}

} // namespace ConnectionFault
