#include "query/ValueFormatter.h"
#include "schema/Decimal.h"
#include "schema/Timestamp.h"

#include <QtTest>

class TestValueFormatter : public QObject
{
    Q_OBJECT

private slots:
    void display_data();
    void display();
    void truncation();
    void localTime();
};

namespace {

QVariant dec(const char *text)
{
    return QVariant::fromValue(*Decimal::fromString(QString::fromLatin1(text)));
}

const ColumnDef &col(RobotTable table, const char *name)
{
    return *RobotSchema::table(table).column(QString::fromLatin1(name));
}

} // namespace

void TestValueFormatter::display_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("money") << "trades"
                           << "total_value" << dec("1234567.5") << "1,234,567.50";
    QTest::newRow("money negative") << "trades"
                                    << "total_value" << dec("-1234.567") << "-1,234.57";
    QTest::newRow("quantity trims") << "trades"
                                    << "quantity" << dec("10.5000") << "10.5";
    QTest::newRow("quantity whole") << "trades"
                                    << "quantity" << dec("100") << "100";
    QTest::newRow("quantity 4dp") << "trades"
                                  << "quantity" << dec("0.12345") << "0.1235";
    QTest::newRow("price") << "trades"
                           << "price" << dec("187.3") << "187.3000";
    QTest::newRow("pnl positive") << "positions"
                                  << "unrealized_pnl" << dec("12.3") << "+12.30";
    QTest::newRow("pnl negative") << "positions"
                                  << "unrealized_pnl" << dec("-12.3") << "-12.30";
    QTest::newRow("pnl zero") << "positions"
                              << "unrealized_pnl" << dec("0") << "0.00";
    QTest::newRow("enum") << "orders"
                          << "status" << QVariant(QStringLiteral("partially_filled"))
                          << "Partially filled";
    QTest::newRow("enum side") << "trades"
                               << "side" << QVariant(QStringLiteral("buy")) << "Buy";
    QTest::newRow("null") << "trades"
                          << "notes" << QVariant() << "NULL";
    QTest::newRow("empty string") << "trades"
                                  << "notes" << QVariant(QStringLiteral("")) << "";
    QTest::newRow("bool") << "positions"
                          << "is_open" << QVariant(true) << "Yes";
    QTest::newRow("time utc") << "trades"
                              << "executed_at"
                              << QVariant::fromValue(
                                     *Timestamp::fromText(u"2025-12-20 14:03:07.123456"))
                              << "2025-12-20 14:03:07.123456";
    QTest::newRow("count") << "trading_sessions"
                           << "total_trades" << QVariant::fromValue<qint64>(1234567) << "1,234,567";
    QTest::newRow("undecodable kept") << "trades"
                                      << "price" << QVariant(QStringLiteral("n/a")) << "n/a";
}

void TestValueFormatter::display()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    const ColumnDef &def = *RobotSchema::find(table)->column(column);
    QCOMPARE(ValueFormatter::display(def, value), expected);
}

void TestValueFormatter::truncation()
{
    const ColumnDef &notes = col(RobotTable::Trades, "notes");
    const QString longText(10000, u'x');
    const QString shown = ValueFormatter::display(notes, longText);
    QCOMPARE(shown.size(), ValueFormatter::kMaxCellCharacters + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(ValueFormatter::fullText(notes, longText), longText);
    QCOMPARE(ValueFormatter::display(notes, QStringLiteral("a\nb")), QStringLiteral("a…"));
    QVERIFY(ValueFormatter::isRightAligned(col(RobotTable::Trades, "price")));
    QVERIFY(!ValueFormatter::isRightAligned(col(RobotTable::Trades, "symbol")));
}

void TestValueFormatter::localTime()
{
    qputenv("TZ", "Europe/Berlin");
    const ColumnDef &time = col(RobotTable::Trades, "executed_at");
    const QVariant value = QVariant::fromValue(*Timestamp::fromText(u"2025-12-20 14:03:07.000001"));
    QCOMPARE(ValueFormatter::display(time, value, ValueFormatter::TimeDisplay::Local),
             QStringLiteral("2025-12-20 15:03:07.000001"));
    QCOMPARE(ValueFormatter::display(time, value, ValueFormatter::TimeDisplay::Utc),
             QStringLiteral("2025-12-20 14:03:07.000001"));
}

QTEST_GUILESS_MAIN(TestValueFormatter)
#include "TestValueFormatter.moc"
