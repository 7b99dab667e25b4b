#include "ReviewGuiFixture.h"

#include "AuditFindingsModel.h"
#include "AuditPage.h"

#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ReviewGuiFixture;

// The Audit page on real demo databases, offscreen: a clean demo has no
// error finding, a planted defect is listed with its ids, and activating it
// asks the window to show those rows.
class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanDemoHasNoErrors();
    void plantedFindingIsListedAndActivates();
    void cancelStopsTheAudit();

private:
    std::unique_ptr<AuditPage> makePage(const ConnectionSpec &spec);
    static bool waitForAudit(AuditPage &page);

    QTemporaryDir m_dir;
};

void TestAuditPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(makeTemplate(m_dir.path()), QString());
}

std::unique_ptr<AuditPage> TestAuditPage::makePage(const ConnectionSpec &spec)
{
    auto page = std::make_unique<AuditPage>();
    page->resize(1200, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return {};
    page->setDatabase(sessionFor(spec));
    return page;
}

bool TestAuditPage::waitForAudit(AuditPage &page)
{
    QSignalSpy shown(&page, &AuditPage::auditShown);
    return shown.count() > 0 || shown.wait(60000);
}

void TestAuditPage::cleanDemoHasNoErrors()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("clean.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY(waitForAudit(*page));
    const AuditFindingsModel *model = page->findingsModel();
    QCOMPARE(model->errorCount(), 0);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(), model->summary());
    QAbstractItemModelTester tester(page->findingsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAuditPage::plantedFindingIsListedAndActivates()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("planted.db"));
    const qint64 orderId =
        scalar(spec, QStringLiteral("SELECT MIN(order_id) FROM trades WHERE order_id IS NOT NULL"))
            .toLongLong();
    QVERIFY(orderId > 0);
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("UPDATE orders SET filled_quantity = "
                                                          "filled_quantity + 1 WHERE id = %1")
                                               .arg(orderId)}),
             QString());
    auto page = makePage(spec);
    QVERIFY(page);
    page->runAudit();
    QVERIFY(waitForAudit(*page));
    const AuditFindingsModel *model = page->findingsModel();
    QVERIFY(model->errorCount() >= 1);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("%1 error").arg(model->errorCount())),
             qPrintable(summary->text()));

    auto *view = page->findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(view);
    QModelIndex planted;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, AuditFindingsModel::Kind);
        if (index.data().toString() == QLatin1String("order_filled_quantity_mismatch"))
            planted = index;
    }
    QVERIFY(planted.isValid());
    QCOMPARE(planted.siblingAtColumn(AuditFindingsModel::Table).data().toString(),
             QStringLiteral("orders"));
    QVERIFY(planted.siblingAtColumn(AuditFindingsModel::Ids)
                .data()
                .toString()
                .contains(QString::number(orderId)));

    if (const QString dir = qEnvironmentVariable("TI_REVIEW_SNAPSHOTS"); !dir.isEmpty())
        page->grab().save(QDir(dir).filePath(QStringLiteral("audit-planted.png")));
    QSignalSpy rows(page.get(), &AuditPage::showRowsRequested);
    view->scrollTo(planted);
    const QRect rect = view->visualRect(planted);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("orders"));
    QCOMPARE(rows.at(0).at(1).value<QList<qint64>>(), QList<qint64>{orderId});
}

void TestAuditPage::cancelStopsTheAudit()
{
    const ConnectionSpec spec = freshCopy(m_dir.path(), QStringLiteral("cancel.db"));
    auto page = makePage(spec);
    QVERIFY(page);
    QSignalSpy shown(page.get(), &AuditPage::auditShown);
    page->runAudit();
    QVERIFY(page->isRunning());
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page->isRunning());
    auto *summary = page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("cancelled")));
    QTest::qWait(1000);
    QCOMPARE(shown.count(), 0);
    // It runs again after a cancel.
    page->runAudit();
    QVERIFY(waitForAudit(*page));
}

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
