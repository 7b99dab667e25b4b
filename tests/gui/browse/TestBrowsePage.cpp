#include "BrowseEmptyState.h"
#include "BrowseExporter.h"
#include "BrowseFixture.h"
#include "BrowsePage.h"
#include "BrowseStatusRow.h"
#include "BrowseTableView.h"
#include "DetailPane.h"
#include "FillsPanel.h"
#include "FilterBar.h"
#include "MultiChoiceButton.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "demo/DemoDataGenerator.h"
#include "query/LazyTableModel.h"
#include "settings/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

// The browse pages on a real demo database, offscreen, driven by object names.
class TestBrowsePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void symbolFilterChangesTheCount();
    void severalStatuses();
    void orderShowsItsFills();
    void copiesSelectionAsTsv();
    void exportsTheFilteredView();
    void exportsVisibleColumnsInViewOrder();
    void hostileFilterTextChangesNothing_data();
    void hostileFilterTextChangesNothing();
    void noMatchOffersToClearFilters();
    void missingTableSaysSo();
    void relationsAskTheWindow();
    void layoutAndSortAreRemembered();
    void headerSortShowsTheFirstRows();
    void refreshShowsNewRowsAndKeepsSelection();
    void browsesPostgres();
    void screenshots();

private:
    std::unique_ptr<BrowsePage> makePage(RobotTable table, const ConnectionSpec &spec);
    static bool waitIdle(BrowsePage &page);
    static qint64 scalar(const ConnectionSpec &spec, const QString &sql);
    static QByteArray hashOf(const QString &file);
    template <typename T> static T *child(QWidget &root, const char *name)
    {
        return root.findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<AppSettings> m_settings;
    int m_copy = 0;
};

namespace {

constexpr int kTimeout = 20000;

QString grouped(qint64 value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({}); // the C locale groups with "," once allowed to
    return c.toString(value);
}

QString countOf(qint64 shown, qint64 total, const QString &noun)
{
    return QStringLiteral("%1 of %2 %3").arg(grouped(shown), grouped(total), noun);
}

} // namespace

void TestBrowsePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = BrowseFixture::makeTemplate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBrowsePage::init()
{
    m_spec = BrowseFixture::freshCopy(m_dir.path(), QStringLiteral("copy%1.db").arg(++m_copy));
    m_settings =
        std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_copy)));
}

void TestBrowsePage::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<BrowsePage> TestBrowsePage::makePage(RobotTable table, const ConnectionSpec &spec)
{
    auto page = std::make_unique<BrowsePage>(table, *m_settings);
    page->resize(1400, 820);
    page->show();
    QString error;
    const std::optional<DatabaseSession> session = BrowseFixture::open(spec, &error);
    if (!session) {
        qWarning("open failed: %s", qPrintable(error));
        return page;
    }
    page->setDatabase(*session);
    return page;
}

bool TestBrowsePage::waitIdle(BrowsePage &page)
{
    LazyTableModel &model = *page.model();
    return QTest::qWaitFor(
        [&] {
            return model.isReady() &&
                   (!model.isTablePresent() ||
                    (model.countState() == LazyTableModel::CountState::Exact &&
                     !model.isLoading())) &&
                   page.filterBar()->isValid();
        },
        kTimeout);
}

qint64 TestBrowsePage::scalar(const ConnectionSpec &spec, const QString &sql)
{
    const QVariant value = RobotFixture::scalar(spec, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QByteArray TestBrowsePage::hashOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestBrowsePage::symbolFilterChangesTheCount()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitIdle(*page));
    const qint64 total = scalar(m_spec, QStringLiteral("SELECT count(*) FROM trades"));
    QVERIFY(total > 100);
    QCOMPARE(page->statusRow()->countText(), grouped(total) + QStringLiteral(" trades"));

    const QString symbol =
        RobotFixture::scalar(m_spec, QStringLiteral("SELECT symbol FROM trades GROUP BY symbol "
                                                    "ORDER BY count(*) DESC LIMIT 1"))
            .toString();
    const qint64 matching = scalar(
        m_spec, QStringLiteral("SELECT count(*) FROM trades WHERE symbol = '%1'").arg(symbol));
    QVERIFY(matching > 0 && matching < total);

    // Typed in lower case, as operators do; the debounce then applies it.
    page->filterBar()->setFocus();
    auto *edit = child<QLineEdit>(*page, "symbolEdit");
    QTest::keyClicks(edit, symbol.toLower());
    QTRY_COMPARE_WITH_TIMEOUT(page->statusRow()->countText(), countOf(matching, total, "trades"),
                              kTimeout);
    QCOMPARE(page->model()->rowCount(), int(matching));
    const int symbolColumn = page->model()->columnOf(u"symbol");
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->isRowLoaded(0), kTimeout);
    QCOMPARE(page->model()->index(0, symbolColumn).data().toString(), symbol);

    // The detail pane follows the current row.
    page->view()->selectRow(0);
    QCOMPARE(page->detailPane()->valueText(QStringLiteral("symbol")), symbol);

    // Ctrl+F focuses the search, Esc clears every filter.
    QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>(*page, "searchEdit")->hasFocus());
    QTest::keyClick(child<QLineEdit>(*page, "searchEdit"), Qt::Key_Escape);
    QVERIFY(edit->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), int(total), kTimeout);
}

void TestBrowsePage::severalStatuses()
{
    auto page = makePage(RobotTable::Orders, m_spec);
    QVERIFY(waitIdle(*page));
    const qint64 total = scalar(m_spec, QStringLiteral("SELECT count(*) FROM orders"));
    const qint64 expected =
        scalar(m_spec, QStringLiteral("SELECT count(*) FROM orders WHERE lower(status) IN "
                                      "('filled', 'canceled')"));
    QVERIFY(expected > 0 && expected < total);
    auto *status = child<MultiChoiceButton>(*page, "statusButton");
    status->actionFor(QStringLiteral("filled"))->setChecked(true);
    status->actionFor(QStringLiteral("canceled"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusRow()->countText(), countOf(expected, total, "orders"),
                              kTimeout);
}

void TestBrowsePage::orderShowsItsFills()
{
    const qint64 orderId = scalar(
        m_spec, QStringLiteral("SELECT order_id FROM trades WHERE order_id IS NOT NULL GROUP BY "
                               "order_id ORDER BY count(*) DESC, "
                               "order_id LIMIT 1"));
    const qint64 fills = scalar(
        m_spec, QStringLiteral("SELECT count(*) FROM trades WHERE order_id = %1").arg(orderId));
    QVERIFY(orderId > 0 && fills > 0);

    auto page = makePage(RobotTable::Orders, m_spec);
    QVERIFY(waitIdle(*page));
    page->showOrder(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(page->currentRowId(), orderId, kTimeout);
    FillsPanel *panel = page->fillsPanel();
    QVERIFY(panel);
    QCOMPARE(panel->orderId(), orderId);
    LazyTableModel *model = panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->countState() == LazyTableModel::CountState::Exact &&
                                 model->rowCount() == fills,
                             kTimeout);
    const int orderColumn = model->columnOf(u"order_id");
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(
            model->isRowLoaded(row) ||
                model->index(row, 0).data(LazyTableModel::IsLoadedRole).toBool(),
            kTimeout);
        QCOMPARE(model->index(row, orderColumn).data(LazyTableModel::TypedValueRole).toLongLong(),
                 orderId);
    }
    QVERIFY(child<QLabel>(*page, "fillsTitle")->text().contains(QString::number(orderId)));

    // "Open in Trades" asks the window to route the order to the trades page.
    QSignalSpy spy(page.get(), &BrowsePage::showTradesForOrderRequested);
    QTest::mouseClick(child<QWidget>(*page, "openFillsInTradesButton"), Qt::LeftButton);
    QCOMPARE(spy.value(0).value(0).toLongLong(), orderId);
}

void TestBrowsePage::copiesSelectionAsTsv()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    BrowseTableView *view = page->view();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->isRowLoaded(2), kTimeout);
    view->selectRow(0);
    view->selectionModel()->select(page->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setColumnHidden(page->model()->columnOf(u"notes"), true);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QString text = QApplication::clipboard()->text();
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const int visible = page->model()->columnCount() - 1;
    QCOMPARE(lines[0].split(u'\t').size(), visible);
    QCOMPARE(lines[0].split(u'\t').first(),
             page->model()->index(0, 0).data(LazyTableModel::FullTextRole).toString());

    view->copySelectionWithHeaders();
    lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("ID\tExecuted\tSymbol\tSide")));
    QVERIFY(!lines[0].contains(QStringLiteral("Notes")));
}

void TestBrowsePage::exportsTheFilteredView()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    const QString symbol =
        RobotFixture::scalar(m_spec, QStringLiteral("SELECT min(symbol) FROM trades")).toString();
    const qint64 matching = scalar(
        m_spec, QStringLiteral("SELECT count(*) FROM trades WHERE symbol = '%1'").arg(symbol));
    page->showSymbol(symbol);
    QVERIFY(waitIdle(*page));
    QCOMPARE(page->model()->rowCount(), int(matching));

    QSignalSpy statusSpy(page.get(), &Page::statusMessage);
    QSignalSpy done(page->exporter(), &BrowseExporter::finished);
    const QString path = m_dir.filePath(QStringLiteral("export%1.csv").arg(m_copy));
    page->exporter()->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeout);
    QVERIFY2(done[0][0].toBool(), qPrintable(done[0][3].toString()));
    QCOMPARE(done[0][1].toLongLong(), matching);
    QVERIFY(statusSpy.last().value(0).toString().startsWith(QStringLiteral("Exported")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), matching + 1);
    const int symbolField = lines[0].split(u',').indexOf(QStringLiteral("symbol"));
    QVERIFY(symbolField >= 0);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines[i].split(u',').value(symbolField), symbol);
}

void TestBrowsePage::exportsVisibleColumnsInViewOrder()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    QHeaderView *header = page->view()->horizontalHeader();
    const LazyTableModel *model = page->model();
    // The operator hides price and moves notes to the front.
    header->hideSection(model->columnOf(u"price"));
    const int notes = model->columnOf(u"notes");
    header->showSection(notes);
    header->moveSection(header->visualIndex(notes), 0);
    QStringList expected;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            expected << model->columnDef(logical)->name;
    }
    QCOMPARE(expected.first(), QStringLiteral("notes"));
    QVERIFY(!expected.contains(QStringLiteral("price")));

    QSignalSpy done(page->exporter(), &BrowseExporter::finished);
    const QString path = m_dir.filePath(QStringLiteral("columns%1.json").arg(m_copy));
    page->exporter()->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeout);
    QVERIFY2(done[0][0].toBool(), qPrintable(done[0][3].toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!rows.isEmpty());
    // Keys in the file's order: JSON objects do not keep it, so read the first line's text.
    file.seek(0);
    file.readLine();
    const QByteArray firstRow = file.readLine();
    qsizetype at = 0;
    for (const QString &name : expected) {
        const qsizetype found = firstRow.indexOf('"' + name.toUtf8() + "\":", at);
        QVERIFY2(found >= at, qPrintable(name));
        at = found;
    }
    QCOMPARE(rows.first().toObject().keys().size(), expected.size());
}

void TestBrowsePage::hostileFilterTextChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"x\" `y`");
    QTest::newRow("injection") << QStringLiteral("'; DROP TABLE trades; --");
    QTest::newRow("like wildcards") << QStringLiteral("%_%\\");
    QTest::newRow("NUL") << (QStringLiteral("ab") + QChar(0) + QStringLiteral("cd"));
    QTest::newRow("10 kB") << QString(10240, u'Z');
    QTest::newRow("emoji") << QStringLiteral("🚀📉 AAPL");
}

void TestBrowsePage::hostileFilterTextChangesNothing()
{
    QFETCH(QString, text);
    const QByteArray before = hashOf(m_spec.absolutePath());
    const qint64 trades = scalar(m_spec, QStringLiteral("SELECT count(*) FROM trades"));
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    QSignalSpy errors(page->model(), &LazyTableModel::errorOccurred);
    for (const char *field : {"searchEdit", "symbolEdit", "strategyEdit", "priceMinEdit",
                              "quantityMaxEdit", "timeFromEdit", "timeToEdit"}) {
        auto *edit = child<QLineEdit>(*page, field);
        QVERIFY2(edit, field);
        edit->setText(text);
        page->filterBar()->applyNow();
        // Either refused in place or run with bound values: never a database error.
        QVERIFY(QTest::qWaitFor([&] { return !page->model()->isLoading(); }, kTimeout));
        QTest::qWait(20);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(field + QStringLiteral(": ") + page->model()->lastError()));
        if (!page->filterBar()->isValid())
            QVERIFY(edit->property("tiInvalid").toBool() ||
                    !page->filterBar()->validationError().isEmpty());
        edit->clear();
        page->filterBar()->applyNow();
    }
    QVERIFY(waitIdle(*page));
    QCOMPARE(page->model()->rowCount(), int(trades));
    page.reset();
    QCOMPARE(scalar(m_spec, QStringLiteral("SELECT count(*) FROM trades")), trades);
    QCOMPARE(hashOf(m_spec.absolutePath()), before);
}

void TestBrowsePage::noMatchOffersToClearFilters()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    page->showSymbol(QStringLiteral("NOSUCH"));
    QVERIFY(waitIdle(*page));
    QTRY_VERIFY(page->isShowingEmptyState());
    QCOMPARE(page->emptyState()->title(), QStringLiteral("No trades match these filters"));
    auto *clear = child<QPushButton>(*page, "emptyClearFiltersButton");
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(waitIdle(*page));
    QTRY_VERIFY(!page->isShowingEmptyState());
    QVERIFY(page->filterBar()->filterSet().isEmpty());
}

void TestBrowsePage::missingTableSaysSo()
{
    const ConnectionSpec spec =
        ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("nopositions%1.db").arg(m_copy)));
    QCOMPARE(RobotFixture::createSchema(spec), QString());
    QCOMPARE(TestDatabases::execute(spec, {QStringLiteral("DROP TABLE positions")}), QString());
    auto page = makePage(RobotTable::Positions, spec);
    QVERIFY(waitIdle(*page));
    QVERIFY(!page->model()->isTablePresent());
    QVERIFY(page->isShowingEmptyState());
    QCOMPARE(page->emptyState()->title(),
             QStringLiteral("The robot has not created the positions table yet"));
    QVERIFY(!child<QPushButton>(*page, "emptyClearFiltersButton")->isVisible());
    page->refresh(); // still missing: still said so, no crash
    QVERIFY(waitIdle(*page));
    QVERIFY(page->isShowingEmptyState());
}

void TestBrowsePage::relationsAskTheWindow()
{
    auto trades = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*trades));
    QTRY_VERIFY_WITH_TIMEOUT(trades->model()->isRowLoaded(0), kTimeout);
    trades->view()->selectRow(0);
    const qint64 orderId = trades->model()
                               ->index(0, trades->model()->columnOf(u"order_id"))
                               .data(LazyTableModel::TypedValueRole)
                               .toLongLong();
    QSignalSpy order(trades.get(), &BrowsePage::openOrderRequested);
    auto *goTo = trades->findChild<QAction *>(QStringLiteral("goToOrderAction"));
    QVERIFY(goTo && goTo->isEnabled());
    QVERIFY(goTo->toolTip().contains(QStringLiteral("Ctrl+G")));
    goTo->trigger();
    QCOMPARE(order.value(0).value(0).toLongLong(), orderId);

    auto positions = makePage(RobotTable::Positions, m_spec);
    QVERIFY(waitIdle(*positions));
    QTRY_VERIFY_WITH_TIMEOUT(positions->model()->isRowLoaded(0), kTimeout);
    positions->view()->selectRow(0);
    QSignalSpy symbol(positions.get(), &BrowsePage::showTradesRequested);
    positions->findChild<QAction *>(QStringLiteral("showTradesAction"))->trigger();
    const QString expected =
        positions->model()->index(0, positions->model()->columnOf(u"symbol")).data().toString();
    QCOMPARE(symbol.value(0).value(0).toString(), expected);

    // The window routes it: the trades page then shows that order's fills.
    trades->showTradesForOrder(orderId);
    QVERIFY(waitIdle(*trades));
    QCOMPARE(trades->model()->rowCount(),
             int(scalar(
                 m_spec,
                 QStringLiteral("SELECT count(*) FROM trades WHERE order_id = %1").arg(orderId))));
}

void TestBrowsePage::layoutAndSortAreRemembered()
{
    {
        auto page = makePage(RobotTable::Trades, m_spec);
        QVERIFY(waitIdle(*page));
        const int price = page->model()->columnOf(u"price");
        page->view()->horizontalHeader()->setSortIndicator(price, Qt::AscendingOrder);
        QVERIFY(waitIdle(*page));
        QCOMPARE(page->model()->sortSpec().column, QStringLiteral("price"));
        page->view()->setColumnHidden(page->model()->columnOf(u"notes"), true);
        emit page->view()->layoutEdited();
    } // the page saves on destruction at the latest
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    QCOMPARE(page->model()->sortSpec(), (SortSpec{QStringLiteral("price"), Qt::AscendingOrder}));
    QVERIFY(page->view()->isColumnHidden(page->model()->columnOf(u"notes")));
    QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(),
             page->model()->columnOf(u"price"));
}

void TestBrowsePage::headerSortShowsTheFirstRows()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    QScrollBar *scroll = page->view()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    QVERIFY(scroll->value() > 0);
    const int price = page->model()->columnOf(u"price");
    page->view()->horizontalHeader()->setSortIndicator(price, Qt::AscendingOrder);
    QVERIFY(waitIdle(*page));
    QCOMPARE(scroll->value(), 0);
    const QVariant cheapest = RobotFixture::scalar(
        m_spec, QStringLiteral("SELECT id FROM trades ORDER BY price, id LIMIT 1"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->isRowLoaded(0), kTimeout);
    LazyTableModel &model = *page->model();
    QCOMPARE(model.data(model.index(0, 0), LazyTableModel::RowIdRole).toLongLong(),
             cheapest.toLongLong());
}

void TestBrowsePage::refreshShowsNewRowsAndKeepsSelection()
{
    auto page = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*page));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->isRowLoaded(5), kTimeout);
    page->view()->selectRow(5);
    const qint64 selected = page->currentRowId();
    QVERIFY(selected > 0);
    // The robot writes three newer fills while the operator looks.
    QStringList inserts;
    for (int i = 0; i < 3; ++i)
        inserts << QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, executed_at) "
                                  "VALUES ('NEWX', 'BUY', 1, 10, '2099-01-01 00:00:0%1.000000')")
                       .arg(i);
    QCOMPARE(TestDatabases::execute(m_spec, inserts), QString());
    page->refresh();
    auto *hint = child<QToolButton>(*page, "newRowsButton");
    QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), kTimeout);
    QCOMPARE(hint->text(), QStringLiteral("3 new rows"));
    QVERIFY(waitIdle(*page));
    QTRY_VERIFY_WITH_TIMEOUT(page->currentRowId() == selected, kTimeout);
    QCOMPARE(page->view()->currentIndex().row(), 8); // moved down with its row
}

void TestBrowsePage::browsesPostgres()
{
    TI_SCRATCH_POSTGRES(pg, QStringLiteral("browse"));
    DemoOptions options;
    options.orders = 150;
    options.seed = 5;
    QString error;
    QVERIFY2(DemoDataGenerator::generate(pg, options, &error), qPrintable(error));
    auto page = makePage(RobotTable::Trades, pg);
    QVERIFY(waitIdle(*page));
    const qint64 total = scalar(pg, QStringLiteral("SELECT count(*) FROM trades"));
    QCOMPARE(page->model()->rowCount(), int(total));
    const QString symbol =
        RobotFixture::scalar(pg, QStringLiteral("SELECT min(symbol) FROM trades")).toString();
    const qint64 matching =
        scalar(pg, QStringLiteral("SELECT count(*) FROM trades WHERE symbol = '%1'").arg(symbol));
    QTest::keyClicks(child<QLineEdit>(*page, "symbolEdit"), symbol);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusRow()->countText(), countOf(matching, total, "trades"),
                              kTimeout);
    // Hostile text on PostgreSQL too: NUL is refused in place, the rest is bound.
    auto *search = child<QLineEdit>(*page, "searchEdit");
    search->setText(QStringLiteral("'; DROP TABLE trades; --") + QChar(0));
    page->filterBar()->applyNow();
    QVERIFY(!page->filterBar()->isValid());
    search->setText(QStringLiteral("'; DROP TABLE trades; -- %_\\ 🚀"));
    page->filterBar()->applyNow();
    QVERIFY(QTest::qWaitFor([&] { return !page->model()->isLoading(); }, kTimeout));
    QVERIFY2(page->model()->lastError().isEmpty(), qPrintable(page->model()->lastError()));
    page.reset();
    QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM trades")), total);
}

void TestBrowsePage::screenshots()
{
    const QString directory = qEnvironmentVariable("TI_BROWSE_SNAPSHOTS");
    auto trades = makePage(RobotTable::Trades, m_spec);
    QVERIFY(waitIdle(*trades));
    const QString symbol =
        RobotFixture::scalar(m_spec, QStringLiteral("SELECT symbol FROM trades GROUP BY symbol "
                                                    "ORDER BY count(*) DESC LIMIT 1"))
            .toString();
    QTest::keyClicks(child<QLineEdit>(*trades, "symbolEdit"), symbol);
    auto *min = child<QLineEdit>(*trades, "quantityMinEdit");
    min->setText(QStringLiteral("abc")); // an invalid field, to see how it reads
    trades->filterBar()->applyNow();
    min->clear();
    min->setText(QStringLiteral("1"));
    trades->filterBar()->applyNow();
    QVERIFY(waitIdle(*trades));
    QTRY_VERIFY_WITH_TIMEOUT(trades->model()->isRowLoaded(0), kTimeout);
    trades->view()->selectRow(1);
    QTest::qWait(50);
    const QImage tradesImage = trades->grab().toImage();
    QVERIFY(!tradesImage.isNull());

    auto orders = makePage(RobotTable::Orders, m_spec);
    QVERIFY(waitIdle(*orders));
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->isRowLoaded(3), kTimeout);
    orders->view()->selectRow(3);
    QVERIFY(waitIdle(*orders));
    QTRY_VERIFY_WITH_TIMEOUT(
        orders->fillsPanel()->model()->countState() == LazyTableModel::CountState::Exact, kTimeout);
    QTest::qWait(100);
    const QImage ordersImage = orders->grab().toImage();
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QVERIFY(tradesImage.save(QDir(directory).filePath(QStringLiteral("browse-trades.png"))));
        QVERIFY(ordersImage.save(QDir(directory).filePath(QStringLiteral("browse-orders.png"))));
    }
}

QTEST_MAIN(TestBrowsePage)
#include "TestBrowsePage.moc"
