#include "SessionStatusBar.h"

#include "db/ConnectionMonitor.h"
#include "schema/RobotSchema.h"
#include "session/DatabaseSession.h"

#include <QLabel>
#include <QLocale>

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_connection(makeLabel(QStringLiteral("statusConnection"), this))
    , m_driver(makeLabel(QStringLiteral("statusDriver"), this))
    , m_database(makeLabel(QStringLiteral("statusDatabase"), this))
    , m_readOnly(makeLabel(QStringLiteral("statusReadOnly"), this))
    , m_rowCounts(makeLabel(QStringLiteral("statusRowCounts"), this))
    , m_timeZone(makeLabel(QStringLiteral("statusTimeZone"), this))
{
    setObjectName(QStringLiteral("statusBar"));
    // A badge that reads in light and dark palettes: the highlight colours.
    m_readOnly->setStyleSheet(
        QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                       " border-radius: 3px; padding: 0px 6px; font-weight: bold; }"));
    m_connection->setStyleSheet(
        QStringLiteral("QLabel { background: #d93f3f; color: white; border-radius: 3px;"
                       " padding: 0px 6px; font-weight: bold; }"));
    m_connection->setText(tr("CONNECTION LOST"));
    m_connection->hide();
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addPermanentWidget(m_connection);
    addPermanentWidget(m_driver);
    addPermanentWidget(m_database, 1);
    addPermanentWidget(m_readOnly);
    addPermanentWidget(m_rowCounts);
    addPermanentWidget(m_timeZone);
    clearSession();
    ConnectionMonitor &monitor = ConnectionMonitor::instance();
    connect(&monitor, &ConnectionMonitor::connectionLost, this, &SessionStatusBar::onLost);
    connect(&monitor, &ConnectionMonitor::connectionRestored, this, &SessionStatusBar::onRestored);
}

void SessionStatusBar::onLost(const ConnectionSpec &spec, const QString &reason)
{
    if (!m_spec || spec != *m_spec)
        return; // a database no longer open
    m_connection->setToolTip(
        tr("The connection to the database was lost: %1. Reconnecting automatically; press F5 "
           "to try now.")
            .arg(reason));
    if (m_lostReporters++ > 0)
        return;
    m_connection->show();
    emit connectionLost(reason);
}

void SessionStatusBar::onRestored(const ConnectionSpec &spec)
{
    if (!m_spec || spec != *m_spec || m_lostReporters == 0)
        return;
    if (--m_lostReporters > 0)
        return;
    m_connection->hide();
    showMessage(tr("Reconnected to %1").arg(spec.displayName()), 5000);
    emit connectionRestored();
}

void SessionStatusBar::setSession(const DatabaseSession &session)
{
    if (!m_spec || *m_spec != session.spec) {
        m_lostReporters = 0;
        m_connection->hide();
    }
    m_spec = session.spec;
    m_driver->setText(session.spec.isSqlite()
                          ? tr("SQLite %1").arg(session.serverVersion)
                          : tr("PostgreSQL %1").arg(session.serverVersion.section(u' ', 0, 0)));
    m_database->setText(session.spec.displayName());
    m_database->setToolTip(session.spec.toUrl(false));
    m_readOnly->setText(session.readOnly ? tr("READ-ONLY") : tr("READ-WRITE"));
    m_readOnly->setToolTip(session.readOnly ? tr("Browsing never writes to this database.")
                                            : tr("This connection may write to the database."));
    m_readOnly->show();
    QStringList counts;
    const QLocale locale;
    for (const TableDef &table : RobotSchema::tables()) {
        const qint64 rows = session.rowCount(table.name);
        counts << (rows < 0 ? tr("%1: absent").arg(table.label)
                            : tr("%1: %2").arg(table.label, locale.toString(rows)));
    }
    m_rowCounts->setText(counts.join(QStringLiteral(" \u00b7 ")));
    m_rowCounts->setToolTip(
        tr("Rows counted at %1")
            .arg(locale.toString(session.probedAt.toLocalTime(), QLocale::ShortFormat)));
}

void SessionStatusBar::clearSession()
{
    m_spec.reset();
    m_lostReporters = 0;
    m_connection->hide();
    m_driver->setText(tr("No database"));
    m_database->clear();
    m_database->setToolTip({});
    m_readOnly->hide();
    m_rowCounts->clear();
}

void SessionStatusBar::setTimeDisplay(TimeDisplay display)
{
    m_timeZone->setText(display == TimeDisplay::Utc ? tr("Times in UTC") : tr("Local times"));
}
