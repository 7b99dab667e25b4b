#pragma once

#include "db/ConnectionSpec.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ConnectDialog;
}

// Picks a database: an SQLite file or PostgreSQL fields, pre-filled by the
// caller (the open database or DATABASE_URL), with the recent connections and a
// "Test connection" that runs off the GUI thread. The password typed here lives
// in the returned spec only, in memory.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const QList<ConnectionSpec> &recent, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setSpec(const ConnectionSpec &spec);
    ConnectionSpec spec() const;
    bool isTesting() const { return m_testWatcher.isRunning(); }

public slots:
    void testConnection();

signals:
    void testFinished(bool ok, const QString &message);

private:
    void updateDriverPage();
    void updateOpenButton();
    void browseForFile();
    void showTestResult();
    void setTestMessage(const QString &text, bool ok);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QList<ConnectionSpec> m_recent;
    QFutureWatcher<std::pair<bool, QString>> m_testWatcher;
};
