#include "AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {

constexpr auto kTableGroup = "Tables";
constexpr auto kBackupArray = "BackupDirectories";

// A spec as it may be written: no password, sqlite paths made absolute so the
// same file opened from two directories is one recent entry.
ConnectionSpec withoutPassword(const ConnectionSpec &spec)
{
    ConnectionSpec safe = spec;
    safe.password.clear();
    safe.ignoredParameters.clear();
    if (safe.isSqlite())
        safe.sqlitePath = safe.absolutePath();
    return safe;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    restrictToOwner();
}

AppSettings::AppSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
    restrictToOwner();
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
    restrictToOwner();
}

// The file names the operator's databases, hosts and folders: no business of
// other local users. QSettings rewrites it through QSaveFile, which keeps the
// mode of the file it replaces, so the file is made owner-only before the
// first write and checked again after each explicit sync.
void AppSettings::restrictToOwner()
{
    const QString path = m_settings->fileName();
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!file.open(QIODevice::WriteOnly, ownerOnly))
            return; // unwritable: QSettings reports that itself through status()
        file.close();
    }
    // The User flags describe this process's access, not the file's mode.
    const auto userFlags = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    if ((file.permissions() & ~userFlags) != ownerOnly)
        file.setPermissions(ownerOnly);
}

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::WindowGeometry:
        return QStringLiteral("MainWindow/Geometry");
    case Key::WindowState:
        return QStringLiteral("MainWindow/State");
    case Key::CurrentPage:
        return QStringLiteral("MainWindow/CurrentPage");
    case Key::TimeDisplay:
        return QStringLiteral("Display/TimeZone");
    case Key::AutoRefreshSeconds:
        return QStringLiteral("Display/AutoRefreshSeconds");
    case Key::RecentConnections:
        return QStringLiteral("Connections/Recent");
    }
    Q_UNREACHABLE();
}

QVariant AppSettings::value(Key key, const QVariant &defaultValue) const
{
    return m_settings->value(keyName(key), defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QString AppSettings::currentPage() const
{
    return value(Key::CurrentPage).toString();
}

void AppSettings::setCurrentPage(const QString &pageName)
{
    setValue(Key::CurrentPage, pageName);
}

TimeDisplay AppSettings::timeDisplay() const
{
    return value(Key::TimeDisplay).toString() == u"utc" ? TimeDisplay::Utc : TimeDisplay::Local;
}

void AppSettings::setTimeDisplay(TimeDisplay display)
{
    setValue(Key::TimeDisplay,
             display == TimeDisplay::Utc ? QStringLiteral("utc") : QStringLiteral("local"));
}

int AppSettings::autoRefreshSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::AutoRefreshSeconds, DefaultAutoRefreshSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultAutoRefreshSeconds;
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    setValue(Key::AutoRefreshSeconds, qMax(0, seconds));
}

QList<ConnectionSpec> AppSettings::recentConnections() const
{
    QList<ConnectionSpec> specs;
    const QStringList urls = value(Key::RecentConnections).toStringList();
    for (const QString &url : urls) {
        const auto spec = ConnectionSpec::fromUrl(url);
        if (!spec)
            continue; // a hand-edited entry: skip it rather than fail
        const ConnectionSpec safe = withoutPassword(*spec);
        if (!specs.contains(safe))
            specs << safe;
        if (specs.size() == MaxRecentConnections)
            break;
    }
    return specs;
}

void AppSettings::addRecentConnection(const ConnectionSpec &spec)
{
    QList<ConnectionSpec> specs = recentConnections();
    const ConnectionSpec safe = withoutPassword(spec);
    specs.removeAll(safe);
    specs.prepend(safe);
    QStringList urls;
    for (const ConnectionSpec &each :
         std::as_const(specs).first(qMin<qsizetype>(specs.size(), MaxRecentConnections)))
        urls << each.toUrl(false);
    setValue(Key::RecentConnections, urls);
}

void AppSettings::clearRecentConnections()
{
    m_settings->remove(keyName(Key::RecentConnections));
}

TableLayout AppSettings::tableLayout(const QString &table) const
{
    m_settings->beginGroup(QLatin1String(kTableGroup));
    m_settings->beginGroup(table);
    TableLayout layout;
    layout.headerState = m_settings->value(QStringLiteral("HeaderState")).toByteArray();
    layout.sortColumn = m_settings->value(QStringLiteral("SortColumn")).toString();
    layout.sortOrder = m_settings->value(QStringLiteral("SortOrder")).toString() == u"asc"
                           ? Qt::AscendingOrder
                           : Qt::DescendingOrder;
    m_settings->endGroup();
    m_settings->endGroup();
    return layout;
}

void AppSettings::setTableLayout(const QString &table, const TableLayout &layout)
{
    m_settings->beginGroup(QLatin1String(kTableGroup));
    m_settings->beginGroup(table);
    m_settings->setValue(QStringLiteral("HeaderState"), layout.headerState);
    m_settings->setValue(QStringLiteral("SortColumn"), layout.sortColumn);
    m_settings->setValue(QStringLiteral("SortOrder"), layout.sortOrder == Qt::AscendingOrder
                                                          ? QStringLiteral("asc")
                                                          : QStringLiteral("desc"));
    m_settings->endGroup();
    m_settings->endGroup();
}

QString AppSettings::connectionKey(const ConnectionSpec &spec)
{
    return withoutPassword(spec).toUrl(false);
}

// An array of {connection, directory} rather than keys made of URLs: a URL's
// slashes would turn into QSettings groups.
QString AppSettings::backupDirectory(const ConnectionSpec &spec) const
{
    const QString key = connectionKey(spec);
    QString directory;
    const int count = m_settings->beginReadArray(QLatin1String(kBackupArray));
    for (int i = 0; i < count && directory.isEmpty(); ++i) {
        m_settings->setArrayIndex(i);
        if (m_settings->value(QStringLiteral("Connection")).toString() == key)
            directory = m_settings->value(QStringLiteral("Directory")).toString();
    }
    m_settings->endArray();
    return directory;
}

void AppSettings::setBackupDirectory(const ConnectionSpec &spec, const QString &directory)
{
    const QString key = connectionKey(spec);
    QList<std::pair<QString, QString>> entries;
    const int count = m_settings->beginReadArray(QLatin1String(kBackupArray));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString connection = m_settings->value(QStringLiteral("Connection")).toString();
        if (connection != key)
            entries.append({connection, m_settings->value(QStringLiteral("Directory")).toString()});
    }
    m_settings->endArray();
    if (!directory.isEmpty())
        entries.append({key, directory});
    m_settings->remove(QLatin1String(kBackupArray));
    m_settings->beginWriteArray(QLatin1String(kBackupArray), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("Connection"), entries[i].first);
        m_settings->setValue(QStringLiteral("Directory"), entries[i].second);
    }
    m_settings->endArray();
}
