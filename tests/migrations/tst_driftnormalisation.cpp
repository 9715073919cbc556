// The spellings the drift comparison makes one, each row a pair a database and SQLAlchemy
// write for the same thing (or two that must stay apart).

#include <migrations/driftnormalisation.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

Q_DECLARE_METATYPE(Migrations::Dialect)

namespace {

// Each row: what a database reports, what the model renders, and whether the two must
// come out of the normalisation as one.
void addColumns()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("same");
}

void row(const char *name, Dialect dialect, const QString &database, const QString &model, bool same)
{
    QTest::addRow("%s", name) << dialect << database << model << same;
}

void checkRow(QString (*normalised)(const QString &, Dialect))
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, database);
    QFETCH(QString, model);
    QFETCH(bool, same);
    QCOMPARE(normalised(database, dialect) == normalised(model, dialect), same);
}

} // namespace

class TestDriftNormalisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void types_data();
    void types();
    void defaults_data();
    void defaults();
    void conditions_data();
    void conditions();
};

void TestDriftNormalisation::types_data()
{
    addColumns();
    row("pg varchar", Dialect::PostgreSQL, u"character varying(50)"_s, u"VARCHAR(50)"_s, true);
    row("pg varchar length differs", Dialect::PostgreSQL, u"character varying(100)"_s, u"VARCHAR(50)"_s, false);
    row("pg timestamp", Dialect::PostgreSQL, u"timestamp without time zone"_s, u"TIMESTAMP WITHOUT TIME ZONE"_s, true);
    row("pg timestamptz", Dialect::PostgreSQL, u"timestamp with time zone"_s, u"TIMESTAMP WITH TIME ZONE"_s, true);
    row("pg time zone differs", Dialect::PostgreSQL, u"timestamp with time zone"_s, u"TIMESTAMP WITHOUT TIME ZONE"_s,
        false);
    row("pg float", Dialect::PostgreSQL, u"double precision"_s, u"FLOAT"_s, true);
    row("pg double", Dialect::PostgreSQL, u"double precision"_s, u"DOUBLE PRECISION"_s, true);
    row("pg float 24", Dialect::PostgreSQL, u"real"_s, u"FLOAT(24)"_s, true);
    row("pg numeric", Dialect::PostgreSQL, u"numeric(10,2)"_s, u"NUMERIC(10, 2)"_s, true);
    row("pg char", Dialect::PostgreSQL, u"character(3)"_s, u"CHAR(3)"_s, true);
    row("pg nchar", Dialect::PostgreSQL, u"character(20)"_s, u"NCHAR(20)"_s, true);
    row("pg nvarchar", Dialect::PostgreSQL, u"character varying(20)"_s, u"NVARCHAR(20)"_s, true);
    row("pg array", Dialect::PostgreSQL, u"integer[]"_s, u"INTEGER[]"_s, true);
    row("pg nchar", Dialect::PostgreSQL, u"character(20)"_s, u"NCHAR(20)"_s, true);
    row("pg nvarchar", Dialect::PostgreSQL, u"character varying(20)"_s, u"NVARCHAR(20)"_s, true);
    row("pg array dimensions", Dialect::PostgreSQL, u"text[]"_s, u"TEXT[][]"_s, true);
    row("mysql blob length", Dialect::MariaDB, u"blob"_s, u"BLOB(1024)"_s, true);
    row("mysql small blob", Dialect::MariaDB, u"tinyblob"_s, u"BLOB(200)"_s, true);
    row("mysql text length", Dialect::MariaDB, u"text"_s, u"TEXT(1000)"_s, true);
    row("mysql long text length", Dialect::MariaDB, u"mediumtext"_s, u"TEXT(100000)"_s, true);
    row("mysql boolean", Dialect::MySQL, u"tinyint(1)"_s, u"BOOL"_s, true);
    row("mysql int width", Dialect::MySQL, u"int(11)"_s, u"INTEGER"_s, true);
    row("mysql bigint width", Dialect::MariaDB, u"bigint(20)"_s, u"BIGINT"_s, true);
    row("mysql unsigned", Dialect::MySQL, u"int(10) unsigned"_s, u"INTEGER UNSIGNED"_s, true);
    row("mysql unsigned differs", Dialect::MySQL, u"int(10) unsigned"_s, u"INTEGER"_s, false);
    row("mysql numeric", Dialect::MySQL, u"decimal(10,2)"_s, u"NUMERIC(10, 2)"_s, true);
    row("mysql enum charset", Dialect::MySQL, u"enum('small','large')"_s,
        u"ENUM('small','large') CHARACTER SET utf8mb4"_s, true);
    row("mysql enum values keep case", Dialect::MySQL, u"enum('Small')"_s, u"ENUM('small')"_s, false);
    row("mysql varchar collation", Dialect::MySQL, u"varchar(20)"_s, u"VARCHAR(20) COLLATE utf8mb4_bin"_s, true);
    row("mariadb json", Dialect::MariaDB, u"longtext"_s, u"JSON"_s, true);
    row("sqlite as declared", Dialect::SQLite, u"VARCHAR(50)"_s, u"VARCHAR(50)"_s, true);
    row("sqlite length differs", Dialect::SQLite, u"VARCHAR(60)"_s, u"VARCHAR(50)"_s, false);
}

void TestDriftNormalisation::types()
{
    checkRow(normalisedType);
}

void TestDriftNormalisation::defaults_data()
{
    addColumns();
    row("pg cast", Dialect::PostgreSQL, u"'x'::character varying"_s, u"'x'"_s, true);
    row("pg cast of another value", Dialect::PostgreSQL, u"'y'::character varying"_s, u"'x'"_s, false);
    row("pg now", Dialect::PostgreSQL, u"now()"_s, u"CURRENT_TIMESTAMP"_s, true);
    row("pg bracketed", Dialect::PostgreSQL, u"CURRENT_TIMESTAMP"_s, u"(CURRENT_TIMESTAMP)"_s, true);
    row("pg true", Dialect::PostgreSQL, u"true"_s, u"(true)"_s, true);
    row("pg number", Dialect::PostgreSQL, u"5"_s, u"'5'"_s, true);
    row("pg negative", Dialect::PostgreSQL, u"'-1'::integer"_s, u"'-1'"_s, true);
    row("pg typed timestamp", Dialect::PostgreSQL, u"'2020-01-01 00:00:00'::timestamp without time zone"_s,
        u"'2020-01-01 00:00:00'"_s, true);
    row("pg json", Dialect::PostgreSQL, u"'{}'::jsonb"_s, u"'{}'"_s, true);
    row("mariadb current_timestamp", Dialect::MariaDB, u"current_timestamp()"_s, u"(CURRENT_TIMESTAMP)"_s, true);
    row("mariadb true", Dialect::MariaDB, u"1"_s, u"(true)"_s, true);
    row("mariadb false is not true", Dialect::MariaDB, u"0"_s, u"(true)"_s, false);
    row("mariadb decimal", Dialect::MariaDB, u"0.00"_s, u"'0'"_s, true);
    row("mariadb decimal value", Dialect::MariaDB, u"1.50"_s, u"'1.5'"_s, true);
    row("mariadb decimal differs", Dialect::MariaDB, u"1.50"_s, u"'1.05'"_s, false);
    row("mariadb literal", Dialect::MariaDB, u"'anonymous'"_s, u"'anonymous'"_s, true);
    row("literal case kept", Dialect::MariaDB, u"'Anonymous'"_s, u"'anonymous'"_s, false);
    row("sqlite as written", Dialect::SQLite, u"(CURRENT_TIMESTAMP)"_s, u"(CURRENT_TIMESTAMP)"_s, true);
    row("none and none", Dialect::SQLite, QString(), QString(), true);
    row("none and a value", Dialect::SQLite, QString(), u"'x'"_s, false);
}

void TestDriftNormalisation::defaults()
{
    checkRow(normalisedDefault);
}

void TestDriftNormalisation::conditions_data()
{
    addColumns();
    row("pg in", Dialect::PostgreSQL,
        u"kind::text = ANY (ARRAY['new'::character varying, 'done'::character varying]::text[])"_s,
        u"kind IN ('new', 'done')"_s, true);
    row("pg in of other values", Dialect::PostgreSQL, u"kind::text = ANY (ARRAY['new'::character varying]::text[])"_s,
        u"kind IN ('old')"_s, false);
    row("pg not in", Dialect::PostgreSQL, u"(kind <> ALL (ARRAY[1, 2]))"_s, u"kind NOT IN (1, 2)"_s, true);
    row("pg brackets", Dialect::PostgreSQL, u"(age >= 0)"_s, u"age >= 0"_s, true);
    row("mariadb quoted names", Dialect::MariaDB, u"`age` >= 0"_s, u"age >= 0"_s, true);
    row("comparison differs", Dialect::MariaDB, u"`age` > 0"_s, u"age >= 0"_s, false);
}

void TestDriftNormalisation::conditions()
{
    checkRow(normalisedCondition);
}

QTEST_GUILESS_MAIN(TestDriftNormalisation)
#include "tst_driftnormalisation.moc"
