#pragma once

#include "db/ConnectionSpec.h"

#include <QObject>
#include <QString>

#include <functional>

// Remembers PostgreSQL passwords in the system keyring (Secret Service or
// KWallet, through qtkeychain) and nowhere else: qtkeychain's plain-text
// fallback stays off, so without a keyring nothing is stored and libpq's
// PGPASSWORD / ~/.pgpass remain the way to avoid typing a password.
//
// Every call is asynchronous, since a keyring may ask the user to unlock it.
// `done` runs on this object's thread, once, and not at all after this object
// is destroyed; a write or removal still completes in the keyring then.
class PasswordKeyring : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Found,       // read: the password is in Result::password
        NotFound,    // read: the keyring works but holds nothing for this connection
        Done,        // write or remove succeeded
        Unavailable, // no keyring answered: the option must be offered as unavailable
        Failed,      // the keyring answered with an error (denied, locked...)
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString password;
        QString error; // the keyring's own words, for a tooltip or message
    };
    using Callback = std::function<void(const Result &)>;

    explicit PasswordKeyring(QObject *parent = nullptr);

    void read(const ConnectionSpec &spec, Callback done);
    void write(const ConnectionSpec &spec, const QString &password, Callback done = {});
    void remove(const ConnectionSpec &spec, Callback done = {});

    // The keyring entry's name: the connection's URL without its password, so
    // one server, database and user share one entry.
    static QString keyFor(const ConnectionSpec &spec);
    static QString serviceName();
};
