#pragma once

#include <QDialog>

#include <optional>

class AppSettings;
class QLineEdit;
class QRadioButton;
class QSpinBox;
struct ConnectionSpec;

// Edit > Preferences: how times read, how often the window re-reads the
// database, and where the open database's backups go. Everything is written
// to the typed settings only when the operator accepts; passwords are not a
// preference and never appear here.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // `connection`: the open database, whose backup folder can be chosen.
    PreferencesDialog(AppSettings &settings, const std::optional<ConnectionSpec> &connection,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void chooseBackupFolder();

    AppSettings &m_settings;
    std::unique_ptr<ConnectionSpec> m_connection;
    QRadioButton *m_localTime;
    QRadioButton *m_utcTime;
    QSpinBox *m_autoRefresh;
    QLineEdit *m_backupFolder;
};
