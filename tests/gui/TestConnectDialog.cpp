#include "ConnectDialog.h"
#include "GuiFixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
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

private:
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

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
