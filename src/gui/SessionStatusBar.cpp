#include "SessionStatusBar.h"

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
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addPermanentWidget(m_driver);
    addPermanentWidget(m_database, 1);
    addPermanentWidget(m_readOnly);
    addPermanentWidget(m_rowCounts);
    addPermanentWidget(m_timeZone);
    clearSession();
}

void SessionStatusBar::setSession(const DatabaseSession &session)
{
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
