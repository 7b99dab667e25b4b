#include "ConnectDialog.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest>

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postgresSpecRoundTrip();
    void sqliteSpecRoundTrip();
    void recentConnectionFillsTheFields();
    void openNeedsADatabase();
    void testConnectionRunsOffTheGuiThread();
    void testConnectionReportsAMissingFile();
    void sqliteLeavesNoGap();
    void rememberNeedsAKeyring();
    void passwordStaysOutOfOurFiles();
    void pgpassSuppliesAnEmptyPassword();

private:
    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    template <typename T> T *child(QDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QTemporaryDir m_dir;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No keyring, whatever the machine has: a session bus that is not there,
    // and no desktop that would make qtkeychain try KWallet first. D-Bus and
    // libsecret read these on first use, which comes later.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + m_dir.filePath(QStringLiteral("no-bus")).toUtf8());
    for (const char *name :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    // Our own files, wherever Qt would put them, land here to be searched.
    qputenv("XDG_CONFIG_HOME", configDir().toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    const QString error = GuiFixture::makeTemplate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestConnectDialog::postgresSpecRoundTrip()
{
    const auto spec = ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://robot:p%40ss@db.example:6543/trading_robot?sslmode=require"));
    QVERIFY(spec);
    ConnectDialog dialog({});
    dialog.setSpec(*spec);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("postgresRadio"))->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->echoMode(),
             QLineEdit::Password);
    QCOMPARE(dialog.spec(), *spec);
    QCOMPARE(dialog.spec().password, QStringLiteral("p@ss"));
}

void TestConnectDialog::sqliteSpecRoundTrip()
{
    ConnectDialog dialog({});
    const auto spec = ConnectionSpec::sqliteFile(QStringLiteral("/data/trading_robot.db"));
    dialog.setSpec(spec);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("sqliteRadio"))->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("pathEdit"))->text(), spec.sqlitePath);
    QCOMPARE(dialog.spec(), spec);
}

void TestConnectDialog::recentConnectionFillsTheFields()
{
    const QList<ConnectionSpec> recent{
        ConnectionSpec::sqliteFile(QStringLiteral("/data/a.db")),
        *ConnectionSpec::fromUrl(QStringLiteral("postgresql://op@pg.example:5433/robot"))};
    ConnectDialog dialog(recent);
    auto *list = child<QListWidget>(dialog, QStringLiteral("recentList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), recent.at(1).displayName());
    list->setCurrentRow(1);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("hostEdit"))->text(),
             QStringLiteral("pg.example"));
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("portSpin"))->value(), 5433);
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
    QCOMPARE(dialog.spec(), recent.at(1));
    list->setCurrentRow(0);
    QCOMPARE(dialog.spec(), recent.at(0));
}

void TestConnectDialog::openNeedsADatabase()
{
    ConnectDialog dialog({});
    auto *open = child<QPushButton>(dialog, QStringLiteral("openButton"));
    QVERIFY(!open->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("pathEdit")), QStringLiteral("x.db"));
    QVERIFY(open->isEnabled());
    child<QRadioButton>(dialog, QStringLiteral("postgresRadio"))->setChecked(true);
    QVERIFY(!open->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("databaseEdit")),
                     QStringLiteral("robot"));
    QVERIFY(open->isEnabled());
}

void TestConnectDialog::testConnectionRunsOffTheGuiThread()
{
    ConnectDialog dialog({});
    dialog.setSpec(GuiFixture::freshCopy(m_dir.path(), QStringLiteral("robot.db")));
    QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("testButton")), Qt::LeftButton);
    // The click returned before the work was done: it runs on a worker.
    QVERIFY(dialog.isTesting() || finished.count() == 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).toBool());
    const QString text = child<QLabel>(dialog, QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("Connection works")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("4 of 4")), qPrintable(text));
}

void TestConnectDialog::testConnectionReportsAMissingFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    ConnectDialog dialog({});
    dialog.setSpec(ConnectionSpec::sqliteFile(missing));
    QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("testResultLabel"))->text().contains(missing));
    QVERIFY(!QFile::exists(missing));
}

// The PostgreSQL fields, hidden, must not keep their room under the SQLite ones.
void TestConnectDialog::sqliteLeavesNoGap()
{
    ConnectDialog dialog({});
    dialog.setSpec(ConnectionSpec::sqliteFile(QStringLiteral("/data/trading_robot.db")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *page = child<QWidget>(dialog, QStringLiteral("sqlitePage"));
    auto *test = child<QPushButton>(dialog, QStringLiteral("testButton"));
    const auto gapBelowPage = [&] {
        return test->mapTo(&dialog, QPoint()).y() -
               (page->mapTo(&dialog, QPoint()).y() + page->height());
    };
    QTRY_VERIFY2(gapBelowPage() <=
                     2 * dialog.style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) + 4,
                 qPrintable(QString::number(gapBelowPage())));
    const int sqliteHeight = dialog.height();
    child<QRadioButton>(dialog, QStringLiteral("postgresRadio"))->setChecked(true);
    QTRY_VERIFY(dialog.height() > sqliteHeight);
    child<QRadioButton>(dialog, QStringLiteral("sqliteRadio"))->setChecked(true);
    QTRY_COMPARE(dialog.height(), sqliteHeight); // shrinks back
}

void TestConnectDialog::rememberNeedsAKeyring()
{
    ConnectDialog dialog({});
    auto *remember = child<QCheckBox>(dialog, QStringLiteral("rememberCheck"));
    QVERIFY(!remember->isEnabled()); // nothing offered before a keyring answers
    // SQLite needs no password, so the keyring is not even asked.
    QCOMPARE(dialog.keyringState(), ConnectDialog::KeyringState::Checking);
    QSignalSpy checked(&dialog, &ConnectDialog::keyringChecked);
    dialog.setSpec(*ConnectionSpec::fromUrl(QStringLiteral("postgresql://op@pg.example/robot")));
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QCOMPARE(checked.first().at(0).toBool(), false);
    QCOMPARE(dialog.keyringState(), ConnectDialog::KeyringState::Unavailable);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY2(remember->toolTip().contains(QStringLiteral("No system keyring")),
             qPrintable(remember->toolTip()));
    const QString note = child<QLabel>(dialog, QStringLiteral("passwordNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("~/.pgpass")), qPrintable(note));
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))
                ->placeholderText()
                .contains(QStringLiteral("~/.pgpass")));
}

// Connects through File > Connect with a typed password, the way an operator
// does, then searches every file we may have written for it.
void TestConnectDialog::passwordStaysOutOfOurFiles()
{
    TI_SCRATCH_POSTGRES(pg, QStringLiteral("connectpw"));
    QVERIFY(!pg.password.isEmpty());
    const QString schemaError = RobotFixture::createSchema(pg);
    QVERIFY2(schemaError.isEmpty(), qPrintable(schemaError));
    const QString settingsPath =
        QDir(configDir()).filePath(QStringLiteral("TradeInspector/trade-inspector.conf"));
    {
        AppSettings settings(settingsPath);
        MainWindow window(settings);
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy failed(&window, &MainWindow::databaseOpenFailed);
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setSpec(pg);
            QCOMPARE(child<QLineEdit>(*dialog, QStringLiteral("passwordEdit"))->text(),
                     pg.password);
            filled = true;
            child<QPushButton>(*dialog, QStringLiteral("openButton"))->click();
        });
        window.findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
        QVERIFY(filled);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(settings.recentConnections().value(0).database, pg.database);
        window.close(); // saves geometry and state too
        settings.sync();
    }
    QVERIFY(QFile::exists(settingsPath));
    QCOMPARE(QFile(settingsPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QByteArray password = pg.password.toUtf8();
    int searched = 0;
    for (const QString &root : {configDir(), m_dir.filePath(QStringLiteral("data")),
                                m_dir.filePath(QStringLiteral("cache"))}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++searched;
            QVERIFY2(!content.contains(password), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(QUrl::toPercentEncoding(pg.password)),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(searched > 0); // the settings file at least: the search looked somewhere
}

// With no password typed, libpq reads ~/.pgpass (here PGPASSFILE): the path
// from the dialog to the driver must leave the password unset, not empty.
void TestConnectDialog::pgpassSuppliesAnEmptyPassword()
{
    TI_SCRATCH_POSTGRES(pg, QStringLiteral("pgpass"));
    const QString schemaError = RobotFixture::createSchema(pg);
    QVERIFY2(schemaError.isEmpty(), qPrintable(schemaError));
    const QByteArray savedPassword = qgetenv("PGPASSWORD");
    const QByteArray savedFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    auto restore = qScopeGuard([&] {
        savedPassword.isNull() ? qunsetenv("PGPASSWORD") : qputenv("PGPASSWORD", savedPassword);
        savedFile.isNull() ? qunsetenv("PGPASSFILE") : qputenv("PGPASSFILE", savedFile);
    });
    ConnectionSpec withoutPassword = pg;
    withoutPassword.password.clear();
    const auto tryConnecting = [&](const QString &pgpassFile) -> std::pair<bool, QString> {
        qputenv("PGPASSFILE", pgpassFile.toUtf8());
        ConnectDialog dialog({});
        dialog.setSpec(withoutPassword);
        QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
        dialog.testConnection();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 30000))
            return {false, QStringLiteral("no answer")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    };

    // Without it, the server refuses: the password really is needed.
    const auto refused = tryConnecting(m_dir.filePath(QStringLiteral("no-such-pgpass")));
    QVERIFY2(!refused.first, qPrintable(refused.second));

    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                   .arg(pg.host)
                   .arg(pg.port)
                   .arg(pg.database, pg.user, pg.password)
                   .toUtf8());
    file.close();
    const auto accepted = tryConnecting(pgpass);
    QVERIFY2(accepted.first, qPrintable(accepted.second));
    QVERIFY2(accepted.second.contains(QStringLiteral("Connection works")),
             qPrintable(accepted.second));
}

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
