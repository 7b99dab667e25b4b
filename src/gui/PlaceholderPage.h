#pragma once

#include "Page.h"

#include <memory>

namespace Ui {
class PlaceholderPage;
}

// An honest stand-in for a page still being built: it says what will come and
// shows what the database holds for it (present or absent, rows, missing and
// extra columns), so even the shell answers "is my data there?".
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    // `table` is the robot table this page will browse; empty for pages that
    // are about the whole database (backups).
    PlaceholderPage(const QString &name, const QString &title, const QString &description,
                    const QString &table, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    QString title() const override { return m_title; }
    void setDatabase(const DatabaseSession &session) override;
    void clearDatabase() override;

private:
    void showTableState(const DatabaseSession &session);
    void showDatabaseState(const DatabaseSession &session);
    void setDetailRowsVisible(bool visible);

    std::unique_ptr<Ui::PlaceholderPage> m_ui;
    QString m_title;
    QString m_table;
};
