#pragma once

#include <QString>

// What a failed statement means for the one who issued it: wait and try again,
// reconnect, or tell the operator. Decided from the one-line message
// DatabaseConnection::describeError() gives, because that is all the readers
// above the connection keep; DatabaseConnection::isBroken() confirms a loss.
enum class FaultKind {
    None,
    // SQLite: a writer held its lock beyond our busy timeout. Nothing is wrong
    // with the connection; the same statement succeeds a moment later.
    Busy,
    // The server went away (stopped, restarted, the session was terminated) or
    // the SQLite file was deleted or replaced: open a new connection.
    ConnectionLost,
    // The SQLite file is damaged, truncated or no database at all: retrying is
    // useless until someone puts a good file back.
    Damaged,
    Other,
};

namespace ConnectionFault {

FaultKind classify(const QString &message);
bool isTransient(FaultKind kind); // Busy or ConnectionLost: worth an automatic retry

} // namespace ConnectionFault
