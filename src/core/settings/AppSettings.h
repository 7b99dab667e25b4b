#pragma once

#include "TableLayout.h"
#include "db/ConnectionSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

enum class TimeDisplay { Local, Utc };

// The application's persistent state, typed. Keys are an enum mapped to their
// text in one table (AppSettings.cpp), the way KeePassXC's Config does it.
//
// The file is readable by its owner only (0600). Passwords are never stored: connections are kept
// as URLs made by ConnectionSpec::toUrl(false), and the password field of every spec handed in is
// dropped before anything is written.
class AppSettings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        CurrentPage,
        TimeDisplay,
        AutoRefreshSeconds,
        RecentConnections,
    };

    static constexpr int MaxRecentConnections = 10;
    static constexpr int DefaultAutoRefreshSeconds = 0; // 0: off

    // The user's settings file (QSettings' default for the organisation and
    // application names set in main()).
    AppSettings();
    // An explicit INI file: tests and --settings use this.
    explicit AppSettings(const QString &iniFilePath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString fileName() const;
    void sync();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString currentPage() const;
    void setCurrentPage(const QString &pageName);

    TimeDisplay timeDisplay() const;
    void setTimeDisplay(TimeDisplay display);
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    // Most recent first, without passwords, at most MaxRecentConnections.
    QList<ConnectionSpec> recentConnections() const;
    void addRecentConnection(const ConnectionSpec &spec);
    void clearRecentConnections();

    // Per robot table ("orders", "trades", ...).
    TableLayout tableLayout(const QString &table) const;
    void setTableLayout(const QString &table, const TableLayout &layout);

    // Per connection, keyed by its password-free URL; empty when never chosen.
    QString backupDirectory(const ConnectionSpec &spec) const;
    void setBackupDirectory(const ConnectionSpec &spec, const QString &directory);

    static QString keyName(Key key);

private:
    QVariant value(Key key, const QVariant &defaultValue = {}) const;
    void setValue(Key key, const QVariant &value);
    static QString connectionKey(const ConnectionSpec &spec);
    void restrictToOwner();

    std::unique_ptr<QSettings> m_settings;
};
