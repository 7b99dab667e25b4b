#include "ConnectDialog.h"
#include "settings/AppSettings.h"
#include "settings/PasswordKeyring.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

// "Remember the password" against a real Secret Service: gnome-keyring-daemon
// on a private D-Bus session, started by scripts/with-keyring.sh. Run directly
// (as ctest does), the program runs itself again through that script. Without
// the script's tools it skips, and fails under CI=true: the positive keyring
// path must not silently go untested.
class TestKeyringRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storesReadsAndRemovesAPassword();
    void connectDialogRemembersThroughTheKeyring();
    void passwordLandsInNoFileOfOurs();

private:
    PasswordKeyring::Result
    call(const std::function<void(PasswordKeyring &, PasswordKeyring::Callback)> &request);
    QTemporaryDir m_dir;
    // Unique per run, so a leftover entry or a file written by an earlier
    // run cannot make a check pass.
    const QString m_password = QStringLiteral("kr-%1-%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QDateTime::currentMSecsSinceEpoch());
};

namespace {

ConnectionSpec serverSpec(const QString &database)
{
    return *ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://operator@db.example:5433/%1").arg(database));
}

template <typename T> T *child(QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

void TestKeyringRoundTrip::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TI_TEST_KEYRING")) {
        const QString why =
            QStringLiteral("no test keyring: gnome-keyring-daemon or dbus-run-session is missing "
                           "(scripts/install-deps.sh), so scripts/with-keyring.sh cannot run");
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(QStringLiteral("CI=true but ") + why));
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    // Our settings file lands here, to be searched for the password.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
}

PasswordKeyring::Result TestKeyringRoundTrip::call(
    const std::function<void(PasswordKeyring &, PasswordKeyring::Callback)> &request)
{
    PasswordKeyring keyring;
    std::optional<PasswordKeyring::Result> answer;
    request(keyring, [&answer](const PasswordKeyring::Result &result) { answer = result; });
    QElapsedTimer waited;
    waited.start();
    while (!answer && waited.elapsed() < 30000)
        QTest::qWait(10);
    if (!answer)
        return {PasswordKeyring::Outcome::Failed, {}, QStringLiteral("no answer in 30 s")};
    return *answer;
}

void TestKeyringRoundTrip::storesReadsAndRemovesAPassword()
{
    using Outcome = PasswordKeyring::Outcome;
    const ConnectionSpec spec = serverSpec(QStringLiteral("robot_roundtrip"));

    auto stored = call([&](PasswordKeyring &k, auto done) { k.write(spec, m_password, done); });
    QVERIFY2(stored.outcome == Outcome::Done, qPrintable(stored.error));

    // A spec that carries a (different) password finds the same entry: the key
    // is the URL without the password.
    ConnectionSpec withPassword = spec;
    withPassword.password = QStringLiteral("typed-in-the-url");
    auto read = call([&](PasswordKeyring &k, auto done) { k.read(withPassword, done); });
    QVERIFY2(read.outcome == Outcome::Found, qPrintable(read.error));
    QCOMPARE(read.password, m_password);

    auto other = call([&](PasswordKeyring &k, auto done) {
        k.read(serverSpec(QStringLiteral("robot_other")), done);
    });
    QVERIFY2(other.outcome == Outcome::NotFound, qPrintable(other.error));

    auto removed = call([&](PasswordKeyring &k, auto done) { k.remove(spec, done); });
    QVERIFY2(removed.outcome == Outcome::Done, qPrintable(removed.error));
    auto gone = call([&](PasswordKeyring &k, auto done) { k.read(spec, done); });
    QVERIFY2(gone.outcome == Outcome::NotFound, qPrintable(gone.error));
    // Forgetting what is not there is what was asked for.
    auto again = call([&](PasswordKeyring &k, auto done) { k.remove(spec, done); });
    QVERIFY2(again.outcome == Outcome::Done, qPrintable(again.error));
}

void TestKeyringRoundTrip::connectDialogRemembersThroughTheKeyring()
{
    using Outcome = PasswordKeyring::Outcome;
    const ConnectionSpec spec = serverSpec(QStringLiteral("robot_dialog"));
    {
        ConnectDialog dialog({});
        QSignalSpy checked(&dialog, &ConnectDialog::keyringChecked);
        dialog.setSpec(spec);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QCOMPARE(checked.first().at(0).toBool(), true); // the app sees a keyring
        QCOMPARE(dialog.keyringState(), ConnectDialog::KeyringState::Available);
        auto *remember = child<QCheckBox>(dialog, QStringLiteral("rememberCheck"));
        QVERIFY(remember->isEnabled());
        child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->setText(m_password);
        remember->setChecked(true);
        dialog.accept();
        AppSettings settings;
        settings.addRecentConnection(dialog.spec());
    }
    // The write outlives the dialog.
    PasswordKeyring::Result read;
    QTRY_VERIFY_WITH_TIMEOUT((read = call([&](PasswordKeyring &k, auto done) {
                                  k.read(spec, done);
                              })).outcome == Outcome::Found,
                             30000);
    QCOMPARE(read.password, m_password);

    // The next time, the dialog fills the password in from the keyring.
    {
        ConnectDialog dialog(AppSettings().recentConnections());
        QSignalSpy checked(&dialog, &ConnectDialog::keyringChecked);
        dialog.setSpec(spec);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        auto *edit = child<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(edit->text(), m_password, 30000);
        QCOMPARE(dialog.spec().password, m_password);
    }
}

void TestKeyringRoundTrip::passwordLandsInNoFileOfOurs()
{
    AppSettings settings;
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY2(settings.fileName().startsWith(m_dir.path()), qPrintable(settings.fileName()));
    QCOMPARE(settings.recentConnections().size(), 1); // what the dialog test saved
    QVERIFY(settings.recentConnections().first().password.isEmpty());
    // Every file under our config and cache directories, and the keyring's own
    // files (encrypted with the keyring's password), without the plain text.
    QStringList roots{m_dir.path()};
    if (const QString data = qEnvironmentVariable("XDG_DATA_HOME"); !data.isEmpty())
        roots << data;
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++files;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(m_password.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(files >= 2, qPrintable(QString::number(files))); // the settings and the keyring
}

int main(int argc, char *argv[])
{
    // Run by ctest directly: run again inside a private keyring, when the
    // script's tools are there (without them initTestCase skips or fails).
    if (qEnvironmentVariableIsEmpty("TI_TEST_KEYRING") &&
        !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty() &&
        !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()) {
        std::vector<char *> arguments{const_cast<char *>(TI_WITH_KEYRING)};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        execv(TI_WITH_KEYRING, arguments.data());
        std::perror(TI_WITH_KEYRING);
        return 1;
    }
    // The keyring script runs without a display; the dialog needs none.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("TradeInspectorKeyringTest"));
    app.setApplicationName(QStringLiteral("trade-inspector"));
    TestKeyringRoundTrip test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeyringRoundTrip.moc"
