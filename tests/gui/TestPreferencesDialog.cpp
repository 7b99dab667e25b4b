#include "PreferencesDialog.h"
#include "backup/BackupCatalog.h"
#include "db/ConnectionSpec.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsCurrentSettings();
    void acceptWritesEverything();
    void cancelWritesNothing();
    void withoutDatabaseFolderIsDisabled();

private:
    QTemporaryDir m_dir;
};

void TestPreferencesDialog::showsCurrentSettings()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("show.ini")));
    settings.setTimeDisplay(TimeDisplay::Utc);
    settings.setAutoRefreshSeconds(30);
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("r.db")));
    PreferencesDialog dialog(settings, spec);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("utcTimeRadio"))->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("autoRefreshSpin"))->value(), 30);
    QCOMPARE(QDir::fromNativeSeparators(
                 dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))->text()),
             BackupCatalog::defaultDirectory(spec));
}

void TestPreferencesDialog::acceptWritesEverything()
{
    const QString ini = m_dir.filePath(QStringLiteral("accept.ini"));
    const auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql://robot:s3cret@db/robot"));
    QVERIFY(spec);
    {
        AppSettings settings(ini);
        PreferencesDialog dialog(settings, *spec);
        dialog.findChild<QRadioButton *>(QStringLiteral("utcTimeRadio"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("autoRefreshSpin"))->setValue(15);
        dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))
            ->setText(m_dir.filePath(QStringLiteral("pg-backups")));
        dialog.accept();
    }
    AppSettings reread(ini);
    QCOMPARE(reread.timeDisplay(), TimeDisplay::Utc);
    QCOMPARE(reread.autoRefreshSeconds(), 15);
    QCOMPARE(reread.backupDirectory(*spec), m_dir.filePath(QStringLiteral("pg-backups")));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
}

void TestPreferencesDialog::cancelWritesNothing()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("cancel.ini")));
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("c.db")));
    PreferencesDialog dialog(settings, spec);
    dialog.findChild<QSpinBox *>(QStringLiteral("autoRefreshSpin"))->setValue(60);
    dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))
        ->setText(QStringLiteral("/x"));
    dialog.reject();
    QCOMPARE(settings.autoRefreshSeconds(), 0);
    QVERIFY(settings.backupDirectory(spec).isEmpty());
}

void TestPreferencesDialog::withoutDatabaseFolderIsDisabled()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("none.ini")));
    PreferencesDialog dialog(settings, std::nullopt);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"))->isEnabled());
    dialog.accept();
    QCOMPARE(settings.timeDisplay(), TimeDisplay::Local);
}

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
