#include "schema/ValueDecoder.h"

#include <QtTest>

class TestValueDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void nullStaysNull();
};

namespace {
QString show(const QVariant &v)
{
    if (v.metaType() == QMetaType::fromType<Decimal>())
        return QStringLiteral("Decimal:") + v.value<Decimal>().toString();
    if (v.metaType() == QMetaType::fromType<Timestamp>())
        return QStringLiteral("Timestamp:") + v.value<Timestamp>().toStorageText();
    return QString::fromLatin1(v.typeName()) + u':' + v.toString();
}
} // namespace

void TestValueDecoder::decodes_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("isDecoded");
    auto row = [](const char *name, const char *t, const char *c, QVariant raw, const char *out,
                  bool ok = true) {
        QTest::newRow(name) << QString::fromLatin1(t) << QString::fromLatin1(c) << raw
                            << QString::fromLatin1(out) << ok;
    };
    row("sqlite real price", "trades", "price", 187.25, "Decimal:187.25");
    row("sqlite integer price", "trades", "price", QVariant(qlonglong(100)), "Decimal:100");
    row("sqlite float noise", "trades", "price", 33.333333333333336, "Decimal:33.3333");
    row("pg numeric text", "trades", "quantity", QStringLiteral("12.5000"), "Decimal:12.5");
    row("money scale 2", "trades", "total_value", 1234.565, "Decimal:1234.57");
    row("text in numeric", "trades", "price", QStringLiteral("n/a"), "QString:n/a", false);
    row("enum member name", "orders", "status", QStringLiteral("PARTIALLY_FILLED"),
        "QString:partially_filled");
    row("enum value", "orders", "side", QStringLiteral("buy"), "QString:buy");
    row("enum odd case", "orders", "order_type", QStringLiteral("Stop_Limit"),
        "QString:stop_limit");
    row("unknown enum", "orders", "status", QStringLiteral("HALTED"), "QString:HALTED", false);
    row("sqlite datetime text", "trades", "executed_at",
        QStringLiteral("2025-12-20 14:03:07.123456"), "Timestamp:2025-12-20 14:03:07.123456");
    row("pg datetime", "trades", "executed_at",
        QDateTime(QDate(2025, 12, 20), QTime(14, 3, 7, 5), Qt::LocalTime),
        "Timestamp:2025-12-20 14:03:07.005000");
    row("bad datetime", "trades", "executed_at", QStringLiteral("not a date"), "QString:not a date",
        false);
    row("sqlite bool", "positions", "is_open", QVariant(qlonglong(1)), "bool:true");
    row("pg bool", "positions", "is_open", false, "bool:false");
    row("text bool", "positions", "is_open", QStringLiteral("t"), "bool:true");
    row("bool out of range", "positions", "is_open", QVariant(qlonglong(7)), "QString:7", false);
    row("pg bigint unsigned", "trades", "id", QVariant(qulonglong(42)), "qlonglong:42");
    row("sqlite int id", "trades", "id", QVariant(qlonglong(7)), "qlonglong:7");
    row("whole real in integer", "trading_sessions", "total_trades", 12.0, "qlonglong:12");
    row("text", "trades", "symbol", QStringLiteral("AAPL"), "QString:AAPL");
}

void TestValueDecoder::decodes()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, raw);
    const ColumnDef &def = *RobotSchema::find(table)->column(column);
    const QVariant value = ValueDecoder::decode(def, raw);
    QTEST(show(value), "decoded");
    QTEST(ValueDecoder::isDecoded(def, value), "isDecoded");
}

void TestValueDecoder::nullStaysNull()
{
    for (const ColumnDef &def : RobotSchema::table(RobotTable::Orders).columns) {
        QVERIFY(ValueDecoder::decode(def, QVariant()).isNull());
        QVERIFY(ValueDecoder::decode(def, QVariant(QMetaType::fromType<double>())).isNull());
    }
}

QTEST_GUILESS_MAIN(TestValueDecoder)
#include "TestValueDecoder.moc"
