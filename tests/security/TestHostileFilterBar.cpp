#include "BrowsePage.h"
#include "DatabaseFingerprint.h"
#include "DemoFixture.h"
#include "FilterBar.h"
#include "HostileStrings.h"
#include "RobotFixture.h"
#include "TestDatabases.h"
#include "query/LazyTableModel.h"
#include "session/DatabaseOpener.h"
#include "settings/AppSettings.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

// Hostile strings typed into every text field of the trades page's filter bar
// (search, symbols, strategy, numeric ranges, time range), offscreen: no
// crash, a bad value marked in place (the last valid filters stay), no
// database error, the file byte for byte the same; % and _ in the search find
// themselves.
class TestHostileFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFieldTakesEveryString();
    void searchMatchesWildcardsLiterally();

private:
    std::unique_ptr<BrowsePage> openTrades(const ConnectionSpec &spec);
    bool waitIdle(BrowsePage &page);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<AppSettings> m_settings;
};

namespace {

constexpr int kTimeout = 30000;

const QStringList kPlantedNotes{QStringLiteral("filled 100% at the open"),
                                QStringLiteral("filled 100 at the open"),
                                QStringLiteral("rule a_b hit"), QStringLiteral("rule axb hit")};

} // namespace

void TestHostileFilterBar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    QString error = DemoFixture::makeTemplate(m_template, 300, 6);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList statements;
    for (const QString &note : kPlantedNotes)
        statements << QStringLiteral("INSERT INTO trades (symbol, side, quantity, price, "
                                     "executed_at, notes) VALUES ('AAPL', 'BUY', 1, 100, "
                                     "'2025-01-07 15:00:00', '%1')")
                          .arg(note);
    error = TestDatabases::execute(ConnectionSpec::sqliteFile(m_template), statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

std::unique_ptr<BrowsePage> TestHostileFilterBar::openTrades(const ConnectionSpec &spec)
{
    auto page = std::make_unique<BrowsePage>(RobotTable::Trades, *m_settings);
    page->resize(1400, 820);
    page->show();
    const DatabaseOpener::Result opened = DatabaseOpener::open(spec);
    if (!opened.session) {
        qWarning("open failed: %s", qPrintable(opened.error));
        return nullptr;
    }
    page->setDatabase(*opened.session);
    return page;
}

bool TestHostileFilterBar::waitIdle(BrowsePage &page)
{
    // Idle with the bar's filters applied: the query they make has run.
    LazyTableModel &model = *page.model();
    return QTest::qWaitFor(
        [&] {
            return model.filters() == page.filterBar()->filterSet() && model.isReady() &&
                   model.countState() == LazyTableModel::CountState::Exact && !model.isLoading();
        },
        kTimeout);
}

void TestHostileFilterBar::everyFieldTakesEveryString()
{
    const ConnectionSpec spec =
        DemoFixture::freshCopy(m_template, m_dir.filePath(QStringLiteral("fields.db")));
    const QString before = DatabaseFingerprint::of(spec);
    auto page = openTrades(spec);
    QVERIFY(page);
    QVERIFY(waitIdle(*page));
    const qint64 all = page->model()->count();
    FilterBar *bar = page->filterBar();
    QList<QLineEdit *> fields;
    for (QLineEdit *edit : bar->findChildren<QLineEdit *>()) {
        if (!edit->objectName().isEmpty() && edit->isVisibleTo(bar))
            fields << edit;
    }
    QStringList names;
    for (const QLineEdit *edit : fields)
        names << edit->objectName();
    for (const char *expected : {"searchEdit", "symbolEdit", "strategyEdit", "timeFromEdit",
                                 "timeToEdit", "priceMinEdit", "quantityMaxEdit"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(u' ')));

    QStringList problems;
    for (QLineEdit *edit : fields) {
        for (const QString &s : HostileStrings::all()) {
            edit->setText(s);
            bar->applyNow();
            const QString where = edit->objectName() + u' ' + HostileStrings::label(s);
            if (!waitIdle(*page)) {
                problems << where + QStringLiteral(": the page never settled");
                continue;
            }
            if (!page->model()->lastError().isEmpty())
                problems << where + QStringLiteral(": database error ") +
                                page->model()->lastError();
            if (!bar->isValid() && bar->validationError().trimmed().isEmpty())
                problems << where + QStringLiteral(": marked invalid without a reason");
            if (!bar->isValid() && page->model()->count() != all)
                problems << where + QStringLiteral(": an invalid value changed the rows shown");
            edit->clear();
            bar->applyNow();
            if (!waitIdle(*page) || page->model()->count() != all)
                problems << where + QStringLiteral(": clearing did not bring every row back");
        }
    }
    page.reset();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(DatabaseFingerprint::of(spec), before);
}

void TestHostileFilterBar::searchMatchesWildcardsLiterally()
{
    const ConnectionSpec spec =
        DemoFixture::freshCopy(m_template, m_dir.filePath(QStringLiteral("search.db")));
    QString error;
    const auto rows = RobotFixture::readTable(spec, RobotTable::Trades, &error);
    QVERIFY2(rows, qPrintable(error));
    auto page = openTrades(spec);
    QVERIFY(page);
    QVERIFY(waitIdle(*page));
    auto *search = page->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    for (const QString &needle : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("0%")}) {
        qint64 expected = 0;
        for (const QVariantMap &row : *rows)
            expected += row.value(QStringLiteral("notes")).toString().contains(needle) ? 1 : 0;
        QVERIFY(expected > 0);
        search->setText(needle);
        page->filterBar()->applyNow();
        QVERIFY(waitIdle(*page));
        QVERIFY(page->filterBar()->isValid());
        QCOMPARE(page->model()->count(), expected);
    }
}

QTEST_MAIN(TestHostileFilterBar)
#include "TestHostileFilterBar.moc"
