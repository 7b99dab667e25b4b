#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class DatabaseDriver { Sqlite, Postgres };

// Where the robot's database is, as operators already write it in DATABASE_URL:
//   sqlite:///relative.db   sqlite:////absolute/path.db   /plain/path.db
//   postgresql://user:pass@host:5432/db?sslmode=require
//   postgres://...   postgresql+psycopg2://...   (percent-encoded parts)
// The password lives only in memory: displayName() and toUrl() leave it out.
struct ConnectionSpec
{
    DatabaseDriver driver = DatabaseDriver::Sqlite;
    QString sqlitePath; // as given; absolutePath() resolves it
    QString host;       // empty: libpq's default (PGHOST or the local socket)
    int port = 0;       // 0: libpq's default (PGPORT or 5432)
    QString database;
    QString user;     // empty: libpq's default (PGUSER or the login name)
    QString password; // empty: libpq's own PGPASSWORD or ~/.pgpass
    QString sslMode;  // empty or one of libpq's sslmode values
    // URL query parameters that have no meaning here; reported, never fatal.
    QStringList ignoredParameters;

    static std::optional<ConnectionSpec> fromUrl(const QString &url, QString *error = nullptr);
    static ConnectionSpec sqliteFile(const QString &path);

    bool isSqlite() const { return driver == DatabaseDriver::Sqlite; }
    bool isPostgres() const { return driver == DatabaseDriver::Postgres; }
    QString qtDriverName() const;
    QString absolutePath() const;
    // "/home/op/trading_robot.db" or "robot@db.example:5432/trading_robot".
    QString displayName() const;
    // A URL that parses back to this spec, without the password unless asked.
    QString toUrl(bool includePassword = false) const;

    friend bool operator==(const ConnectionSpec &, const ConnectionSpec &) = default;
};

Q_DECLARE_METATYPE(ConnectionSpec)
