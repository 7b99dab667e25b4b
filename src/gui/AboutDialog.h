#pragma once

#include <QDialog>

#include <memory>

struct DatabaseSession;

namespace Ui {
class AboutDialog;
}

// Names the versions an operator is asked for in a bug report: ours, Qt's,
// the SQLite library's and the open database server's.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` may be null when no database is open.
    explicit AboutDialog(const DatabaseSession *session, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
