#include "AboutDialog.h"
#include "DemoDatabaseSetup.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "MessagePanel.h"
#include "Page.h"
#include "PlaceholderPage.h"
#include "db/DatabaseConnection.h"

#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// Drives the real main window by object and action names, offscreen, on a
// fresh copy of a demo database and with a throwaway settings file per test.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensDatabaseAndShowsStatus();
    void switchesPagesByActionAndShortcut();
    void realPageReplacesPlaceholder();
    void badDatabaseShowsErrorInWindow_data();
    void badDatabaseShowsErrorInWindow();
    void postgresDownShowsErrorQuickly();
    void refreshKeepsTheDatabase();
    void geometryAndPageRemembered();
    void timeInUtcToggleIsSaved();
    void aboutDialogNamesVersions();
    void embeddedDemoDatabaseIsCreatedOnce();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<MainWindow> makeWindow();
    static QString labelText(const QWidget &root, const QString &name);
    static QByteArray hashOf(const QString &file);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_testDir;
    std::unique_ptr<AppSettings> m_settings;
};

QByteArray TestMainWindow::hashOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TestMainWindow::labelText(const QWidget &root, const QString &name)
{
    const auto *label = root.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The embedded demo database goes under XDG_DATA_HOME: keep it private.
    qputenv("XDG_DATA_HOME", path(QStringLiteral("xdg-data")).toUtf8());
    const QString error = GuiFixture::makeTemplate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::init()
{
    m_testDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_testDir->filePath(QStringLiteral("ti.ini")));
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_testDir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_settings);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("main window not exposed");
    return window;
}

void TestMainWindow::opensDatabaseAndShowsStatus()
{
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("robot.db"));
    const QByteArray before = hashOf(spec.sqlitePath);
    auto window = makeWindow();
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    window->openConnection(spec);
    // The open runs on a worker: the window says so meanwhile.
    auto *panel = window->findChild<MessagePanel *>(QStringLiteral("messagePanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->kind(), MessagePanel::Kind::Busy);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!panel->isVisible());
    QVERIFY(window->session());
    const DatabaseSession &session = *window->session();

    QVERIFY(labelText(*window, QStringLiteral("statusDriver")).startsWith(u"SQLite 3."));
    QCOMPARE(labelText(*window, QStringLiteral("statusDatabase")), spec.displayName());
    auto *badge = window->findChild<QLabel *>(QStringLiteral("statusReadOnly"));
    QVERIFY(badge && badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("READ-ONLY"));
    const QString counts = labelText(*window, QStringLiteral("statusRowCounts"));
    QVERIFY2(session.rowCount(u"orders") == GuiFixture::kOrders, qPrintable(counts));
    QVERIFY2(counts.contains(QLocale().toString(session.rowCount(u"trades"))), qPrintable(counts));
    QVERIFY(window->windowTitle().contains(QStringLiteral("robot.db")));

    // The placeholder pages say what the database holds for them.
    Page *orders = window->page(QStringLiteral("orders"));
    QVERIFY(orders);
    QVERIFY(labelText(*orders, QStringLiteral("stateLabel")).contains(QStringLiteral("present")));
    QCOMPARE(labelText(*orders, QStringLiteral("rowsLabel")), QLocale().toString(300));

    // Remembered without a password, and nothing was written to the database.
    QCOMPARE(m_settings->recentConnections().value(0), spec);
    QCOMPARE(hashOf(spec.sqlitePath), before);
}

void TestMainWindow::switchesPagesByActionAndShortcut()
{
    auto window = makeWindow();
    QCOMPARE(window->currentPage()->name(), QStringLiteral("orders"));
    auto *trades = window->findChild<QAction *>(QStringLiteral("actionPageTrades"));
    QVERIFY(trades);
    trades->trigger();
    QCOMPARE(window->currentPage()->name(), QStringLiteral("trades"));
    QVERIFY(trades->isChecked());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Trades")));

    const QStringList expected{QStringLiteral("orders"), QStringLiteral("trades"),
                               QStringLiteral("positions"), QStringLiteral("sessions"),
                               QStringLiteral("backups")};
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    for (int i = expected.size() - 1; i >= 0; --i) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window->currentPage()->name(), expected.at(i));
    }
}

void TestMainWindow::realPageReplacesPlaceholder()
{
    auto window = makeWindow();
    auto *real = new PlaceholderPage(QStringLiteral("trades"), QStringLiteral("Fills"),
                                     QStringLiteral("the real one"), QStringLiteral("trades"));
    window->addPage(real);
    QCOMPARE(window->page(QStringLiteral("trades")), real);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionPageTrades"));
    QCOMPARE(action->text(), QStringLiteral("Fills"));
    action->trigger();
    QCOMPARE(window->currentPage(), real);
    QCOMPARE(window->findChildren<QAction *>(QStringLiteral("actionPageBackups")).size(), 1);
    QCOMPARE(window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))->count(), 5);
}

void TestMainWindow::badDatabaseShowsErrorInWindow_data()
{
    QTest::addColumn<QString>("file");       // created by the test, "" for none
    QTest::addColumn<QByteArray>("content"); // for the file; "sql:" runs SQL instead
    QTest::addColumn<QString>("url");        // %1 is the file's path
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << QString() << QByteArray()
                                  << QStringLiteral("sqlite:///%1/missing/robot.db")
                                  << QStringLiteral("no such SQLite database file");
    QTest::newRow("not sqlite") << QStringLiteral("notes.db")
                                << QByteArray("just some text, not a database\n").repeated(64)
                                << QStringLiteral("%1") << QStringLiteral("not an SQLite database");
    QTest::newRow("no robot tables")
        << QStringLiteral("other.db") << QByteArray("sql:") << QStringLiteral("%1")
        << QStringLiteral("none of the trading robot's tables");
    QTest::newRow("malformed url")
        << QString() << QByteArray() << QStringLiteral("postgresql://robot@host:port/db")
        << QStringLiteral("Not a database URL");
}

void TestMainWindow::badDatabaseShowsErrorInWindow()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, url);
    QFETCH(QString, expected);

    // Databases apart from the settings file, which the window does write.
    const QDir dbDir(m_testDir->filePath(QStringLiteral("db")));
    QVERIFY(dbDir.mkpath(QStringLiteral(".")));
    QString target = dbDir.path();
    if (!file.isEmpty()) {
        target = dbDir.filePath(file);
        if (content == "sql:") {
            const ConnectionSpec other = ConnectionSpec::sqliteFile(target);
            QString error;
            {
                auto connection = DatabaseConnection::open(other, AccessMode::Create, &error);
                QVERIFY2(connection, qPrintable(error));
                QSqlQuery query(connection->database());
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE customers (id INTEGER)")));
            }
        } else {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
    }
    const QByteArray before = hashOf(target);
    const QStringList filesBefore = dbDir.entryList(QDir::AllEntries);

    auto window = makeWindow();
    QSignalSpy failed(window.get(), &MainWindow::databaseOpenFailed);
    window->openUrl(url.contains(u"%1") ? url.arg(target) : url);
    QTRY_COMPARE(failed.count(), 1);
    auto *panel = window->findChild<MessagePanel *>(QStringLiteral("messagePanel"));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->kind(), MessagePanel::Kind::Error);
    QVERIFY2(panel->text().contains(expected, Qt::CaseInsensitive), qPrintable(panel->text()));
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("messageConnect"))->isVisible());
    QVERIFY(!window->session());
    QCOMPARE(labelText(*window, QStringLiteral("statusDriver")), QStringLiteral("No database"));
    // Nothing written, nothing created.
    QCOMPARE(hashOf(target), before);
    QCOMPARE(dbDir.entryList(QDir::AllEntries), filesBefore);
}

void TestMainWindow::postgresDownShowsErrorQuickly()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto window = makeWindow();
    QSignalSpy failed(window.get(), &MainWindow::databaseOpenFailed);
    QElapsedTimer timer;
    timer.start();
    window->openUrl(QStringLiteral("postgresql://robot:secret@127.0.0.1:%1/robot").arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(timer.elapsed() < 10000);
    const QString text = window->findChild<MessagePanel *>()->text();
    QVERIFY2(text.contains(QStringLiteral("cannot connect"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("secret")), qPrintable(text));
}

void TestMainWindow::refreshKeepsTheDatabase()
{
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("robot.db"));
    auto window = makeWindow();
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    auto *refresh = window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(!refresh->isEnabled());
    window->openConnection(spec);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(refresh->isEnabled());
    refresh->trigger();
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(window->session()->spec, spec);
}

void TestMainWindow::geometryAndPageRemembered()
{
    {
        auto window = makeWindow();
        window->resize(900, 640);
        window->findChild<QAction *>(QStringLiteral("actionPagePositions"))->trigger();
        window->close();
    }
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(900, 640));
    QCOMPARE(window->currentPage()->name(), QStringLiteral("positions"));
}

void TestMainWindow::timeInUtcToggleIsSaved()
{
    auto window = makeWindow();
    auto *utc = window->findChild<QAction *>(QStringLiteral("actionTimeUtc"));
    QVERIFY(utc && !utc->isChecked());
    utc->trigger();
    QCOMPARE(m_settings->timeDisplay(), TimeDisplay::Utc);
    QCOMPARE(labelText(*window, QStringLiteral("statusTimeZone")), QStringLiteral("Times in UTC"));
    window.reset();
    window = makeWindow();
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionTimeUtc"))->isChecked());
}

void TestMainWindow::aboutDialogNamesVersions()
{
    DatabaseSession session;
    session.spec = *ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@h/robot"));
    session.serverVersion = QStringLiteral("15.99 (test)");
    AboutDialog dialog(&session);
    QCOMPARE(labelText(dialog, QStringLiteral("serverVersionLabel")),
             QStringLiteral("PostgreSQL 15.99 (test)"));
    QVERIFY(labelText(dialog, QStringLiteral("qtVersionLabel")).startsWith(qVersion()));
    QVERIFY(labelText(dialog, QStringLiteral("sqliteVersionLabel")).startsWith(u"3."));
    AboutDialog empty(nullptr);
    QCOMPARE(labelText(empty, QStringLiteral("serverVersionLabel")),
             QStringLiteral("no database open"));
}

void TestMainWindow::embeddedDemoDatabaseIsCreatedOnce()
{
    const QString demo = DemoDatabaseSetup::defaultPath();
    QVERIFY2(demo.startsWith(path(QStringLiteral("xdg-data"))), qPrintable(demo));
    QVERIFY(!QFile::exists(demo));
    auto window = makeWindow();
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    DemoDatabaseSetup::openIn(*window, 150);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    QVERIFY(QFile::exists(demo));
    QVERIFY(!QFile::exists(demo + QStringLiteral(".part")));
    QCOMPARE(window->session()->rowCount(u"orders"), 150);
    QTRY_VERIFY(!window->findChild<QProgressDialog *>());
    // A second start opens what is there instead of generating again.
    const QByteArray before = hashOf(demo);
    auto second = makeWindow();
    QSignalSpy secondOpened(second.get(), &MainWindow::databaseOpened);
    DemoDatabaseSetup::openIn(*second, 150);
    QVERIFY(!second->findChild<QProgressDialog *>());
    QTRY_COMPARE(secondOpened.count(), 1);
    QCOMPARE(hashOf(demo), before);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
