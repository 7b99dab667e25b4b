#include "query/FilterExpressionParser.h"
#include "schema/Decimal.h"

#include <QtTest>

class TestFilterExpressionParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void sortAndTimeBounds();
};

Q_DECLARE_METATYPE(FilterOperator)

void TestFilterExpressionParser::valid_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("column");
    QTest::addColumn<FilterOperator>("op");
    QTest::addColumn<QString>("rendered");

    QTest::newRow("equals") << "trades"
                            << "symbol=AAPL"
                            << "symbol" << FilterOperator::Equals << "symbol=AAPL";
    QTest::newRow("any of") << "trades"
                            << "symbol=AAPL,MSFT"
                            << "symbol" << FilterOperator::AnyOf << "symbol=AAPL,MSFT";
    QTest::newRow("none of") << "trades"
                             << "symbol!=AAPL,MSFT"
                             << "symbol" << FilterOperator::NoneOf << "symbol!=AAPL,MSFT";
    QTest::newRow("not equals") << "trades"
                                << "strategy_name!=x"
                                << "strategy_name" << FilterOperator::NotEquals
                                << "strategy_name!=x";
    QTest::newRow("enum upper") << "trades"
                                << "side=BUY"
                                << "side" << FilterOperator::Equals << "side=buy";
    QTest::newRow("enum mixed list")
        << "orders"
        << "status=Filled,PARTIALLY_FILLED"
        << "status" << FilterOperator::AnyOf << "status=filled,partially_filled";
    QTest::newRow("decimal ge") << "trades"
                                << "price>=12.50"
                                << "price" << FilterOperator::GreaterEqual << "price>=12.5";
    QTest::newRow("decimal lt") << "trades"
                                << "quantity<-3"
                                << "quantity" << FilterOperator::Less << "quantity<-3";
    QTest::newRow("le") << "trades"
                        << "price<=1e2"
                        << "price" << FilterOperator::LessEqual << "price<=100";
    QTest::newRow("gt int") << "trades"
                            << "id>42"
                            << "id" << FilterOperator::Greater << "id>42";
    QTest::newRow("date") << "trades"
                          << "executed_at>=2025-12-20"
                          << "executed_at" << FilterOperator::GreaterEqual
                          << "executed_at>=2025-12-20T00:00:00.000000Z";
    QTest::newRow("datetime us") << "trades"
                                 << "executed_at<2025-12-20 14:03:07.123456"
                                 << "executed_at" << FilterOperator::Less
                                 << "executed_at<2025-12-20T14:03:07.123456Z";
    QTest::newRow("bool") << "positions"
                          << "is_open=yes"
                          << "is_open" << FilterOperator::Equals << "is_open=true";
    QTest::newRow("contains") << "trades"
                              << "notes~100% _x_"
                              << "notes" << FilterOperator::Contains << "notes~100% _x_";
    QTest::newRow("contains enum") << "orders"
                                   << "status~fill"
                                   << "status" << FilterOperator::Contains << "status~fill";
    QTest::newRow("quote injection")
        << "trades"
        << "symbol='; DROP TABLE trades; --"
        << "symbol" << FilterOperator::Equals << "symbol='; DROP TABLE trades; --";
    QTest::newRow("emoji") << "trades"
                           << "notes~🚀"
                           << "notes" << FilterOperator::Contains << "notes~🚀";
    QTest::newRow("upper column") << "trades"
                                  << "SYMBOL=AAPL"
                                  << "symbol" << FilterOperator::Equals << "symbol=AAPL";
}

void TestFilterExpressionParser::valid()
{
    QFETCH(QString, table);
    QFETCH(QString, expression);
    QFETCH(QString, column);
    QFETCH(FilterOperator, op);
    QFETCH(QString, rendered);
    QString error;
    const auto filter =
        FilterExpressionParser::parse(*RobotSchema::find(table), expression, &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->column, column);
    QCOMPARE(filter->op, op);
    QCOMPARE(filter->toString(), rendered);
}

void TestFilterExpressionParser::invalid_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown column") << "trades"
                                    << "bogus=1"
                                    << "bogus";
    QTest::newRow("column of other table") << "trades"
                                           << "status=filled"
                                           << "status";
    QTest::newRow("no operator") << "trades"
                                 << "symbol"
                                 << "malformed";
    QTest::newRow("empty") << "trades"
                           << ""
                           << "malformed";
    QTest::newRow("operator only") << "trades"
                                   << "=AAPL"
                                   << "malformed";
    QTest::newRow("bad enum") << "trades"
                              << "side=hold"
                              << "buy, sell";
    QTest::newRow("bad number") << "trades"
                                << "price>abc"
                                << "price";
    QTest::newRow("number out of range") << "trades"
                                         << "price>1e400"
                                         << "price";
    QTest::newRow("id not whole") << "trades"
                                  << "id=1.5"
                                  << "whole";
    QTest::newRow("id too big") << "trades"
                                << "id=99999999999999999999"
                                << "range";
    QTest::newRow("bad date") << "trades"
                              << "executed_at>2025-13-45"
                              << "executed_at";
    QTest::newRow("date as year") << "trades"
                                  << "executed_at>2025"
                                  << "executed_at";
    QTest::newRow("bad bool") << "positions"
                              << "is_open=maybe"
                              << "is_open";
    QTest::newRow("contains number") << "trades"
                                     << "price~1"
                                     << "price";
    QTest::newRow("empty contains") << "trades"
                                    << "notes~"
                                    << "notes";
    QTest::newRow("nul") << "trades" << QStringLiteral("notes=a") + QChar(0) + u'b' << "NUL";
    QTest::newRow("huge") << "trades"
                          << "notes=" + QString(30000, u'x') << "too long";
    QTest::newRow("empty list item") << "trades"
                                     << "price=1,,2"
                                     << "empty";
}

void TestFilterExpressionParser::invalid()
{
    QFETCH(QString, table);
    QFETCH(QString, expression);
    QFETCH(QString, mentions);
    QString error;
    const auto filter =
        FilterExpressionParser::parse(*RobotSchema::find(table), expression, &error);
    QVERIFY(!filter);
    QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
}

void TestFilterExpressionParser::sortAndTimeBounds()
{
    const TableDef &trades = RobotSchema::table(RobotTable::Trades);
    QString error;
    auto sort = FilterExpressionParser::parseSort(trades, u"-price", &error);
    QVERIFY(sort);
    QCOMPARE(sort->column, QStringLiteral("price"));
    QVERIFY(sort->descending());
    sort = FilterExpressionParser::parseSort(trades, u"executed_at", &error);
    QVERIFY(sort && !sort->descending());
    QVERIFY(!FilterExpressionParser::parseSort(trades, u"-nope", &error));
    QVERIFY(error.contains(QLatin1String("nope")));

    auto to = FilterExpressionParser::parseTimeBound(u"2025-12-20", true, &error);
    QVERIFY(to);
    QCOMPARE(to->toStorageText(), QStringLiteral("2025-12-21 00:00:00.000000"));
    to = FilterExpressionParser::parseTimeBound(u"2025-12-20T10:00:00", true, &error);
    QCOMPARE(to->toStorageText(), QStringLiteral("2025-12-20 10:00:00.000001"));
    const auto from = FilterExpressionParser::parseTimeBound(u"2025-12-20", false, &error);
    QCOMPARE(from->toStorageText(), QStringLiteral("2025-12-20 00:00:00.000000"));
    QVERIFY(!FilterExpressionParser::parseTimeBound(u"yesterday", false, &error));
    QVERIFY(error.contains(QLatin1String("yesterday")));
}

QTEST_GUILESS_MAIN(TestFilterExpressionParser)
#include "TestFilterExpressionParser.moc"
