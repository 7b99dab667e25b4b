#include "FilterBar.h"
#include "MultiChoiceButton.h"
#include "schema/Decimal.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QtTest>

// The filter bar without a database: which typed filters its controls make,
// the debounce, and how bad values are refused in place.
class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void typedFiltersFromControls();
    void typingIsDebounced();
    void statusesAreSeveral();
    void statusArrowHasRoom();
    void openOrClosedPositions();
    void invalidValuesAreMarkedInPlace_data();
    void invalidValuesAreMarkedInPlace();
    void escapeClears();
    void externalFiltersReplaceTheFields();

private:
    template <typename T> static T *child(QWidget &bar, const char *name)
    {
        T *widget = bar.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
};

void TestFilterBar::typedFiltersFromControls()
{
    FilterBar bar(RobotTable::Trades);
    bar.setSymbolValues({QStringLiteral("AAPL"), QStringLiteral("MSFT")});
    child<QLineEdit>(bar, "symbolEdit")->setText(QStringLiteral("aapl, msft  tsla"));
    auto *side = child<QComboBox>(bar, "sideCombo");
    side->setCurrentIndex(side->findData(QStringLiteral("sell")));
    child<QLineEdit>(bar, "priceMinEdit")->setText(QStringLiteral("1,000.5"));
    child<QLineEdit>(bar, "priceMaxEdit")->setText(QStringLiteral("2000"));
    child<QLineEdit>(bar, "timeFromEdit")->setText(QStringLiteral("2025-01-02"));
    child<QLineEdit>(bar, "timeToEdit")->setText(QStringLiteral("2025-01-03"));
    child<QLineEdit>(bar, "searchEdit")->setText(QStringLiteral("  partial  "));
    bar.applyNow();
    QVERIFY2(bar.isValid(), qPrintable(bar.validationError()));

    const FilterSet &set = bar.filterSet();
    QCOMPARE(set.search, QStringLiteral("partial"));
    const Filter symbols{QStringLiteral("symbol"),
                         FilterOperator::AnyOf,
                         {QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("TSLA")}};
    QVERIFY(set.filters.contains(symbols));
    QVERIFY(set.filters.contains(
        Filter{QStringLiteral("side"), FilterOperator::Equals, {QStringLiteral("sell")}}));
    QVERIFY(set.filters.contains(Filter{QStringLiteral("price"),
                                        FilterOperator::GreaterEqual,
                                        {QVariant::fromValue(*Decimal::fromString(u"1000.5"))}}));
    QVERIFY(set.filters.contains(Filter{QStringLiteral("price"),
                                        FilterOperator::LessEqual,
                                        {QVariant::fromValue(*Decimal::fromString(u"2000"))}}));
    // A bare "to" date includes that day: [Jan 2, Jan 4).
    QCOMPARE(set.from, Timestamp::fromText(u"2025-01-02"));
    QCOMPARE(set.to, Timestamp::fromText(u"2025-01-04"));
}

void TestFilterBar::typingIsDebounced()
{
    FilterBar bar(RobotTable::Trades);
    bar.show();
    QSignalSpy spy(&bar, &FilterBar::filtersChanged);
    auto *symbol = child<QLineEdit>(bar, "symbolEdit");
    QTest::keyClicks(symbol, QStringLiteral("MSF"));
    QTest::keyClick(symbol, Qt::Key_T);
    QCOMPARE(spy.count(), 0); // nothing before the pause
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QTest::qWait(FilterBar::kDebounceMs * 2);
    QCOMPARE(spy.count(), 1); // one query for four keystrokes
    QCOMPARE(bar.filterSet().filters.value(0).values, QVariantList{QStringLiteral("MSFT")});
}

void TestFilterBar::statusesAreSeveral()
{
    FilterBar bar(RobotTable::Orders);
    auto *status = child<MultiChoiceButton>(bar, "statusButton");
    status->actionFor(QStringLiteral("filled"))->setChecked(true);
    status->actionFor(QStringLiteral("partially_filled"))->setChecked(true);
    bar.applyNow();
    QVERIFY(bar.filterSet().filters.contains(
        Filter{QStringLiteral("status"),
               FilterOperator::AnyOf,
               {QStringLiteral("partially_filled"), QStringLiteral("filled")}}));
    QVERIFY(status->text().contains(QStringLiteral("Filled")));
    QVERIFY(child<QComboBox>(bar, "orderTypeCombo"));
    QVERIFY(!bar.findChild<QComboBox *>(QStringLiteral("openCombo")));
}

void TestFilterBar::statusArrowHasRoom()
{
    // The status button is drawn as a combo box: at its size hint the text
    // fits the text field and the drop-down arrow sits beside it, not on it.
    FilterBar bar(RobotTable::Orders);
    auto *status = child<MultiChoiceButton>(bar, "statusButton");
    for (const QStringList &checked :
         {QStringList{},
          QStringList{QStringLiteral("filled"), QStringLiteral("partially_filled")}}) {
        status->setSelectedValues(checked);
        status->resize(status->sizeHint());
        QStyleOptionComboBox option;
        option.initFrom(status);
        option.currentText = status->text();
        const QRect field = status->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxEditField, status);
        const QRect arrow = status->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxArrow, status);
        const int textWidth = status->fontMetrics().horizontalAdvance(status->text());
        QVERIFY2(field.width() >= textWidth, qPrintable(status->text()));
        QVERIFY(arrow.width() >= 8);
        QVERIFY(arrow.left() >= field.left() + textWidth);
        QCOMPARE(status->minimumSizeHint(), status->sizeHint());
    }
}

void TestFilterBar::openOrClosedPositions()
{
    FilterBar bar(RobotTable::Positions);
    auto *open = child<QComboBox>(bar, "openCombo");
    open->setCurrentIndex(open->findData(false));
    child<QLineEdit>(bar, "unrealized_pnlMinEdit")->setText(QStringLiteral("-50"));
    bar.applyNow();
    QVERIFY(bar.filterSet().filters.contains(
        Filter{QStringLiteral("is_open"), FilterOperator::Equals, {false}}));
    QVERIFY(!bar.findChild<QComboBox *>(QStringLiteral("sideCombo")));
}

void TestFilterBar::invalidValuesAreMarkedInPlace_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("price not a number") << "priceMinEdit"
                                        << "12abc"
                                        << "not a number";
    QTest::newRow("price out of range") << "priceMaxEdit"
                                        << "123456789"
                                        << "out of range";
    QTest::newRow("bad date") << "timeFromEdit"
                              << "2025-02-30"
                              << "not a date";
    QTest::newRow("words as date") << "timeToEdit"
                                   << "yesterday"
                                   << "not a date";
    QTest::newRow("long symbol") << "symbolEdit" << QString(10000, u'A') << "at most 10";
    QTest::newRow("NUL in search")
        << "searchEdit" << QStringLiteral("a") + QChar(0) + u'b' << "NUL";
    QTest::newRow("long search") << "searchEdit" << QString(10240, u'x') << "Too long";
}

void TestFilterBar::invalidValuesAreMarkedInPlace()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    FilterBar bar(RobotTable::Trades);
    child<QLineEdit>(bar, "symbolEdit")->setText(QStringLiteral("AAPL"));
    bar.applyNow();
    const FilterSet before = bar.filterSet();
    QSignalSpy validity(&bar, &FilterBar::validityChanged);

    auto *edit = bar.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setText(text);
    bar.applyNow();
    QVERIFY(!bar.isValid());
    QVERIFY2(bar.validationError().contains(reason), qPrintable(bar.validationError()));
    QVERIFY(edit->property("tiInvalid").toBool());
    QVERIFY(edit->toolTip().contains(reason));
    QCOMPARE(validity.count(), 1);
    if (field != u"symbolEdit")
        QCOMPARE(bar.filterSet(), before); // the last valid filters stay

    edit->clear();
    bar.applyNow();
    QVERIFY(bar.isValid());
    QVERIFY(!edit->property("tiInvalid").toBool());
}

void TestFilterBar::escapeClears()
{
    FilterBar bar(RobotTable::Trades);
    bar.show();
    auto *symbol = child<QLineEdit>(bar, "symbolEdit");
    symbol->setText(QStringLiteral("AAPL"));
    bar.applyNow();
    QVERIFY(!bar.filterSet().isEmpty());
    QTest::keyClick(symbol, Qt::Key_Escape);
    QVERIFY(bar.filterSet().isEmpty());
    QVERIFY(symbol->text().isEmpty());
}

void TestFilterBar::externalFiltersReplaceTheFields()
{
    FilterBar bar(RobotTable::Trades);
    child<QLineEdit>(bar, "searchEdit")->setText(QStringLiteral("x"));
    bar.showSymbols({QStringLiteral("NVDA")});
    const Filter nvda{QStringLiteral("symbol"), FilterOperator::Equals, {QStringLiteral("NVDA")}};
    QCOMPARE(bar.filterSet().filters, QList<Filter>{nvda});
    QVERIFY(bar.filterSet().search.isEmpty());

    bar.pinFilter({QStringLiteral("order_id"), FilterOperator::Equals, {qint64(42)}},
                  QStringLiteral("Order 42"));
    QCOMPARE(bar.filterSet().filters.size(), 1);
    QCOMPARE(bar.filterSet().filters.first().column, QStringLiteral("order_id"));

    const Timestamp from = *Timestamp::fromText(u"2025-03-01 09:30:00.250000");
    const Timestamp to = *Timestamp::fromText(u"2025-03-01 16:00:00");
    bar.showTimeRange(from, to);
    QCOMPARE(bar.filterSet().from, std::optional(from));
    QCOMPARE(bar.filterSet().to, std::optional(to));
    QVERIFY(bar.filterSet().filters.isEmpty());
}

QTEST_MAIN(TestFilterBar)
#include "TestFilterBar.moc"
