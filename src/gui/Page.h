#pragma once

#include "settings/AppSettings.h"

#include <QWidget>

struct DatabaseSession;

// One page of the main window's stack (Orders, Trades, ...). The window owns the
// database choice; a page is told about it and asks core for models and jobs.
//
// setDatabase() is called when a database opened and again after every
// refresh with new row counts: a page keeps its view state (filter, scroll,
// selection) when the spec is the same as before.
class Page : public QWidget
{
    Q_OBJECT
public:
    // `name` is stable and untranslated ("orders"): object names, settings.
    Page(const QString &name, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    virtual QString title() const = 0;

    virtual void setDatabase(const DatabaseSession &session) = 0;
    virtual void clearDatabase() = 0;
    // Reload what the page shows from the current database (F5, auto-refresh).
    virtual void refresh() {}
    virtual void setTimeDisplay(TimeDisplay display) { Q_UNUSED(display); }
    // True while the page runs work that must not be cut short (a restore).
    virtual bool isBusy() const { return false; }

signals:
    // A short note for the window's status bar ("Exported 1,200 rows").
    void statusMessage(const QString &message);

private:
    QString m_name;
};
