#pragma once

#include "db/ConnectionSpec.h"
#include "settings/PasswordKeyring.h"

#include <QDialog>
#include <QFutureWatcher>

#include <QSet>

#include <memory>

namespace Ui {
class ConnectDialog;
}

// Picks a database: an SQLite file or PostgreSQL fields, pre-filled by the
// caller (the open database or DATABASE_URL), with the recent connections and a
// "Test connection" that runs off the GUI thread. The password typed here lives
// in the returned spec, in memory; "Remember" hands it to the system keyring,
// offered only once a keyring has answered. An empty password leaves it to
// libpq's PGPASSWORD or ~/.pgpass.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class KeyringState { Checking, Available, Unavailable };

    explicit ConnectDialog(const QList<ConnectionSpec> &recent, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setSpec(const ConnectionSpec &spec);
    ConnectionSpec spec() const;
    bool isTesting() const { return m_testWatcher.isRunning(); }
    KeyringState keyringState() const { return m_keyringState; }

public slots:
    void testConnection();
    void accept() override;

signals:
    void testFinished(bool ok, const QString &message);
    void keyringChecked(bool available);

private:
    void askKeyring();
    void keyringAnswered(const QString &key, const PasswordKeyring::Result &result);
    void updatePasswordNote();
    void updateDriverPage();
    void updateOpenButton();
    void browseForFile();
    void showTestResult();
    void setTestMessage(const QString &text, bool ok);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QList<ConnectionSpec> m_recent;
    PasswordKeyring *m_keyring;
    KeyringState m_keyringState = KeyringState::Checking;
    QString m_keyringError;
    QString m_askedKey;
    QSet<QString> m_rememberedKeys; // entries the keyring holds, as far as we know
    QFutureWatcher<std::pair<bool, QString>> m_testWatcher;
};
