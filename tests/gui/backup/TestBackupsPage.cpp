#include "BackupsPage.h"
#include "GuiFixture.h"
#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "session/DatabaseOpener.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QtTest>

class TestBackupsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStateSaysWhatToDo();
    void backUpNowListsAVerifiedBackup();
    void restoreAsksThenRestores();
    void activeSessionNeedsOverride();

private:
    DatabaseSession open(const ConnectionSpec &spec);
    int execute(const ConnectionSpec &spec, const QString &sql);
    qint64 count(const ConnectionSpec &spec, const QString &table);
    // Runs `action` on the next modal dialog once it shows.
    void whenModal(std::function<void(QWidget *)> action);
    void confirmRestoreThenAcceptResult(bool tickOverride = false);

    QTemporaryDir m_dir;
};

void TestBackupsPage::initTestCase()
{
    QVERIFY2(GuiFixture::makeTemplate(m_dir.path()).isEmpty(), "demo fixture");
}

DatabaseSession TestBackupsPage::open(const ConnectionSpec &spec)
{
    const auto result = DatabaseOpener::open(spec);
    if (!result.session)
        qFatal("cannot open fixture: %s", qPrintable(result.error));
    return *result.session;
}

int TestBackupsPage::execute(const ConnectionSpec &spec, const QString &sql)
{
    QString error;
    auto c = DatabaseConnection::open(spec, AccessMode::ReadWrite, &error);
    QSqlQuery q(c->database());
    return q.exec(sql) ? q.numRowsAffected() : -1;
}

qint64 TestBackupsPage::count(const ConnectionSpec &spec, const QString &table)
{
    QString error;
    auto c = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QSqlQuery q(c->database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestBackupsPage::whenModal(std::function<void(QWidget *)> action)
{
    QTimer::singleShot(10, this, [this, action] {
        if (QWidget *modal = QApplication::activeModalWidget())
            action(modal);
        else
            whenModal(action);
    });
}

void TestBackupsPage::confirmRestoreThenAcceptResult(bool tickOverride)
{
    whenModal([this, tickOverride](QWidget *modal) {
        auto *restore = modal->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restore);
        if (tickOverride) {
            QVERIFY(!restore->isEnabled());
            modal->findChild<QCheckBox *>(QStringLiteral("forceActiveCheck"))->setChecked(true);
        }
        QVERIFY(restore->isEnabled());
        restore->click();
        // Then the result box, once the restore has run.
        whenModal([](QWidget *box) { qobject_cast<QDialog *>(box)->accept(); });
    });
}

void TestBackupsPage::emptyStateSaysWhatToDo()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")));
    BackupsPage page(settings);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("backupsEmptyLabel"));
    QVERIFY(empty->text().contains(QLatin1String("Open a database")));
    QVERIFY(!page.backupAction()->isEnabled());
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("empty.db"));
    page.setDatabase(open(spec));
    QVERIFY(page.backupAction()->isEnabled());
    // The folder is read on a worker; the page says so meanwhile.
    auto *folder = page.findChild<QLabel *>(QStringLiteral("backupDirectoryLabel"));
    QVERIFY2(folder->text().contains(QLatin1String("reading")), qPrintable(folder->text()));
    QTRY_VERIFY(empty->text().contains(QLatin1String("No backups")));
    QVERIFY(!folder->text().contains(QLatin1String("reading")));
    QCOMPARE(page.directory(), m_dir.filePath(QStringLiteral("backups")));
}

void TestBackupsPage::backUpNowListsAVerifiedBackup()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("backup.ini")));
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("b.db"));
    settings.setBackupDirectory(spec, m_dir.filePath(QStringLiteral("b-backups")));
    BackupsPage page(settings);
    page.setDatabase(open(spec));
    QCOMPARE(page.directory(), m_dir.filePath(QStringLiteral("b-backups")));
    page.backupAction()->trigger();
    QVERIFY(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
    auto *table = page.findChild<QTableView *>(QStringLiteral("backupsTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    const QString file = table->model()->index(0, 1).data().toString();
    QVERIFY2(file.startsWith(QLatin1String("trading_robot_")) &&
                 file.endsWith(QLatin1String(".db")),
             qPrintable(file));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("b-backups/")) + file));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("backupStatusLabel"))->text().size() > 0);
}

void TestBackupsPage::restoreAsksThenRestores()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("restore.ini")));
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("r.db"));
    BackupsPage page(settings);
    QSignalSpy restored(&page, &BackupsPage::databaseRestored);
    page.setDatabase(open(spec));
    execute(spec, QStringLiteral("UPDATE trading_sessions SET is_active = 0"));
    const qint64 trades = count(spec, QStringLiteral("trades"));
    page.backUpNow();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);

    QVERIFY(execute(spec, QStringLiteral("DELETE FROM trades WHERE id % 2 = 0")) > 0);
    QVERIFY(count(spec, QStringLiteral("trades")) < trades);

    auto *table = page.findChild<QTableView *>(QStringLiteral("backupsTable"));
    table->selectRow(0);
    // First the confirmation is declined: nothing changes.
    bool declined = false;
    whenModal([&declined](QWidget *modal) {
        declined = modal->objectName() == QLatin1String("restoreConfirmDialog");
        qobject_cast<QDialog *>(modal)->reject();
    });
    page.restoreSelected();
    QTRY_VERIFY_WITH_TIMEOUT(declined, 30000);
    QTRY_VERIFY(!page.isBusy());
    QVERIFY(count(spec, QStringLiteral("trades")) < trades);
    QCOMPARE(restored.count(), 0);

    table->selectRow(0);
    confirmRestoreThenAcceptResult();
    page.restoreSelected();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 60000);
    QCOMPARE(count(spec, QStringLiteral("trades")), trades);
    // The safety backup is listed beside the original.
    QTRY_COMPARE(table->model()->rowCount(), 2);
}

void TestBackupsPage::activeSessionNeedsOverride()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("active.ini")));
    const ConnectionSpec spec = GuiFixture::freshCopy(m_dir.path(), QStringLiteral("a.db"));
    QVERIFY(execute(spec, QStringLiteral("UPDATE trading_sessions SET is_active = 1 WHERE id = "
                                         "(SELECT max(id) FROM trading_sessions)")) == 1);
    BackupsPage page(settings);
    QSignalSpy restored(&page, &BackupsPage::databaseRestored);
    page.setDatabase(open(spec));
    page.backUpNow();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
    page.findChild<QTableView *>(QStringLiteral("backupsTable"))->selectRow(0);
    confirmRestoreThenAcceptResult(true);
    page.restoreSelected();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 60000);
}

QTEST_MAIN(TestBackupsPage)
#include "TestBackupsPage.moc"
