#include "TestDatabases.h"
#include "db/DatabaseConnection.h"
#include "schema/RobotSchema.h"
#include "schema/SchemaDdl.h"
#include "schema/SchemaProbe.h"

#include <QSqlQuery>
#include <QtTest>

class TestSchemaDdl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteMatchesSqlAlchemy();
    void createsEverythingOnSqlite();
    void createsEverythingOnPostgres();
    void refusesAnExistingSchema();
    void defaultSortsUseAnIndex();

private:
    void checkCreated(const ConnectionSpec &spec);
    QTemporaryDir m_dir;
};

void TestSchemaDdl::sqliteMatchesSqlAlchemy()
{
    const QStringList sql = SchemaDdl::createStatements(DatabaseDriver::Sqlite);
    const QString all = sql.join(u'\n');
    QVERIFY(all.contains(QLatin1String("side VARCHAR(4) NOT NULL")));
    QVERIFY(all.contains(QLatin1String("status VARCHAR(16) NOT NULL")));
    QVERIFY(all.contains(QLatin1String("order_type VARCHAR(13) NOT NULL")));
    QVERIFY(all.contains(QLatin1String("quantity NUMERIC(12, 4) NOT NULL")));
    QVERIFY(all.contains(QLatin1String("executed_at DATETIME NOT NULL")));
    QVERIFY(all.contains(QLatin1String("FOREIGN KEY(order_id) REFERENCES orders (id)")));
    QVERIFY(sql.contains(QLatin1String(
        "CREATE UNIQUE INDEX ix_trades_broker_order_id ON trades (broker_order_id)")));
    QVERIFY(sql.contains(
        QLatin1String("CREATE INDEX idx_trades_symbol_executed ON trades (symbol, executed_at)")));
    QVERIFY(!all.contains(QLatin1String("CHECK")));
    const QString pg = SchemaDdl::createStatements(DatabaseDriver::Postgres).join(u'\n');
    QVERIFY(pg.contains(
        QLatin1String("CREATE TYPE orderstatus AS ENUM ('PENDING', 'SUBMITTED', "
                      "'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'REJECTED', 'EXPIRED')")));
    QVERIFY(pg.contains(QLatin1String("status orderstatus NOT NULL")));
    QVERIFY(pg.contains(QLatin1String("id SERIAL NOT NULL")));
}

void TestSchemaDdl::checkCreated(const ConnectionSpec &spec)
{
    QString error;
    {
        auto rw = DatabaseConnection::open(spec, AccessMode::Create, &error);
        QVERIFY2(rw, qPrintable(error));
        QVERIFY2(SchemaDdl::create(rw->database(), spec.driver, &error), qPrintable(error));
    }
    auto ro = DatabaseConnection::open(spec, AccessMode::ReadOnly, &error);
    QVERIFY2(ro, qPrintable(error));
    const auto probed =
        SchemaProbe::probe(ro->database(), spec.driver, SchemaProbe::RowCounts::Count, &error);
    QVERIFY2(probed, qPrintable(error));
    QVERIFY(probed->hasAllRobotTables());
    QVERIFY(probed->extraTables.isEmpty());
    for (const ProbedTable &t : probed->robotTables) {
        QVERIFY2(t.missingColumns.isEmpty(), qPrintable(t.missingColumns.join(u',')));
        QVERIFY(t.extraColumns.isEmpty());
        QCOMPARE(t.rows, 0);
    }
    if (spec.isPostgres())
        QCOMPARE(probed->table(u"orders")->nativeEnumColumns,
                 (QStringList{QStringLiteral("side"), QStringLiteral("order_type"),
                              QStringLiteral("status")}));
}

void TestSchemaDdl::createsEverythingOnSqlite()
{
    checkCreated(ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("ddl.db"))));
}

void TestSchemaDdl::createsEverythingOnPostgres()
{
    TI_SCRATCH_POSTGRES(spec, QStringLiteral("ddl"));
    checkCreated(spec);
}

void TestSchemaDdl::refusesAnExistingSchema()
{
    const auto spec = ConnectionSpec::sqliteFile(m_dir.filePath(QStringLiteral("twice.db")));
    QString error;
    auto rw = DatabaseConnection::open(spec, AccessMode::Create, &error);
    QVERIFY(SchemaDdl::create(rw->database(), spec.driver, &error));
    QVERIFY(!SchemaDdl::create(rw->database(), spec.driver, &error));
    QVERIFY(error.contains(QLatin1String("already")));
}

void TestSchemaDdl::defaultSortsUseAnIndex()
{
    // A browse page opens on this sort: without an index every page would sort
    // the whole table (100,000 positions took 157 ms a page by opened_at).
    for (const TableDef &table : RobotSchema::tables()) {
        bool leadsAnIndex = table.defaultSortColumn == u"id";
        for (const IndexDef &index : table.allIndexes())
            leadsAnIndex |= index.columns.value(0) == table.defaultSortColumn;
        QVERIFY2(leadsAnIndex, qPrintable(table.name + u'.' + table.defaultSortColumn));
    }
}

QTEST_GUILESS_MAIN(TestSchemaDdl)
#include "TestSchemaDdl.moc"
