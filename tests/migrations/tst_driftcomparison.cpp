// compareSchemas on tables written by hand: the rules a database's own behaviour needs,
// each with a case where it applies and one where it must not.

#include <migrations/schemadrift.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

namespace {

using Kind = ConstraintDefinition::Kind;

SqlType type(const QString &name)
{
    SqlType type;
    type.name = name;
    return type;
}

// A type as a live reader leaves it: the database's spelling.
SqlType liveType(const QString &spelling)
{
    SqlType type;
    type.module = TypeModule::Project;
    type.name = spelling;
    return type;
}

ColumnDefinition column(const QString &name, const SqlType &columnType, bool nullable = true)
{
    ColumnDefinition column;
    column.name = name;
    column.type = columnType;
    column.nullable = nullable;
    column.autoincrement = ColumnDefinition::Autoincrement::False;
    return column;
}

ConstraintDefinition constraint(Kind kind, const QString &name, const QStringList &columns)
{
    ConstraintDefinition constraint;
    constraint.kind = kind;
    constraint.name = name;
    constraint.columns = columns;
    return constraint;
}

ConstraintDefinition foreignKey(const QString &name, const QString &column, const QString &referent)
{
    ConstraintDefinition key = constraint(Kind::ForeignKey, name, {column});
    key.referentTable = referent;
    key.referentColumns = {u"id"_s};
    return key;
}

// A model table "t": id INTEGER primary key (no autoincrement: the rules under test are
// others), and a live one that matches it on `dialect`.
std::pair<TableDefinition, TableDefinition> tables(Dialect dialect)
{
    TableDefinition model;
    model.name = u"t"_s;
    ColumnDefinition id = column(u"id"_s, type(u"Integer"_s), false);
    id.primaryKey = true;
    id.autoincrement = ColumnDefinition::Autoincrement::False;
    model.columns = {id};

    TableDefinition live;
    live.name = u"t"_s;
    const QString integer = dialect == Dialect::PostgreSQL ? u"integer"_s
        : dialect == Dialect::SQLite                       ? u"INTEGER"_s
                                                           : u"int(11)"_s;
    ColumnDefinition liveId = column(u"id"_s, liveType(integer), false);
    liveId.primaryKey = true;
    live.columns = {liveId};
    live.constraints = {constraint(Kind::PrimaryKey, dialect == Dialect::PostgreSQL ? u"t_pkey"_s : QString(), {u"id"_s})};
    return {model, live};
}

QStringList lines(const DriftReport &report)
{
    QStringList lines;
    for (const SchemaDifference &difference : report.differences)
        lines.append(describeDifference(difference, u"r1"_s));
    return lines;
}

LiveSchema liveSchema(Dialect dialect, const TableDefinition &table)
{
    LiveSchema live;
    live.dialect = dialect;
    live.tables = {table};
    return live;
}

} // namespace

class TestDriftComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchingTablesHaveNoDrift();
    void enumLabels();
    void primaryKeyNullability();
    void unnamedConstraintsByContent();
    void rewrittenCheckIsNotCompared();
    void mysqlForeignKeyIndexes();
};

void TestDriftComparison::matchingTablesHaveNoDrift()
{
    for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL}) {
        const auto [model, live] = tables(dialect);
        const DriftReport report = compareSchemas({model}, liveSchema(dialect, live), dialect);
        QVERIFY2(report.differences.isEmpty(), qPrintable(lines(report).join(u'\n')));
    }
}

void TestDriftComparison::enumLabels()
{
    auto [model, live] = tables(Dialect::PostgreSQL);
    SqlType mood = type(u"Enum"_s);
    mood.values = {u"sad"_s, u"happy"_s};
    mood.typeName = u"mood"_s;
    model.columns.append(column(u"mood"_s, mood));
    SqlType liveMood = liveType(u"mood"_s);
    liveMood.values = mood.values;
    live.columns.append(column(u"mood"_s, liveMood));
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::PostgreSQL, live), Dialect::PostgreSQL)), QStringList());

    live.columns.back().type.values.append(u"ok"_s);
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::PostgreSQL, live), Dialect::PostgreSQL)),
             QStringList{u"table t: column mood: type labels sad, happy, ok in the database, labels sad, happy at revision "
                         "r1 (model)"_s});
}

// nullable=True on a primary key column: PostgreSQL and MySQL make it NOT NULL anyway,
// SQLite does as told.
void TestDriftComparison::primaryKeyNullability()
{
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::MySQL}) {
        auto [model, live] = tables(dialect);
        model.columns.front().nullable = true;
        model.columns.front().nullableWritten = true;
        QCOMPARE(lines(compareSchemas({model}, liveSchema(dialect, live), dialect)), QStringList());
    }
    auto [model, live] = tables(Dialect::SQLite);
    model.columns.front().nullable = true;
    model.columns.front().nullableWritten = true;
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::SQLite, live), Dialect::SQLite)),
             QStringList{u"table t: column id: NOT NULL in the database, NULL at revision r1 (model)"_s});
}

// A constraint the model leaves unnamed gets the database's name: matched by what it is.
void TestDriftComparison::unnamedConstraintsByContent()
{
    auto [model, live] = tables(Dialect::PostgreSQL);
    model.columns.append(column(u"email"_s, type(u"Text"_s)));
    model.constraints.append(constraint(Kind::Unique, {}, {u"email"_s}));
    live.columns.append(column(u"email"_s, liveType(u"text"_s)));
    live.constraints.append(constraint(Kind::Unique, u"t_email_key"_s, {u"email"_s}));
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::PostgreSQL, live), Dialect::PostgreSQL)), QStringList());

    // … but a named one must have its name.
    model.constraints.back().name = u"uq_email"_s;
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::PostgreSQL, live), Dialect::PostgreSQL)),
             (QStringList{u"table t: unique constraint uq_email: absent in the database, (email) at revision r1 (model)"_s,
                          u"table t: unique constraint t_email_key: (email) in the database, absent at revision r1 (model)"_s}));
}

void TestDriftComparison::rewrittenCheckIsNotCompared()
{
    auto [model, live] = tables(Dialect::PostgreSQL);
    ConstraintDefinition check = constraint(Kind::Check, u"ck_id"_s, {});
    check.condition = u"id BETWEEN 1 AND 10"_s;
    model.constraints.append(check);
    check.condition = u"id >= 1 AND id <= 10"_s; // what a database could make of it
    live.constraints.append(check);
    const DriftReport report = compareSchemas({model}, liveSchema(Dialect::PostgreSQL, live), Dialect::PostgreSQL);
    QCOMPARE(lines(report), QStringList());
    QCOMPARE(report.notCompared.size(), 1);
    QVERIFY2(report.notCompared.front().contains(u"check constraint ck_id"_s), qPrintable(report.notCompared.front()));
}

// InnoDB makes an index for a foreign key no index starts with, and keeps it when the
// key is dropped; an index of its own making is still drift when nothing explains it.
void TestDriftComparison::mysqlForeignKeyIndexes()
{
    auto [model, live] = tables(Dialect::MySQL);
    model.columns.append(column(u"parent_id"_s, type(u"Integer"_s)));
    model.constraints.append(foreignKey(u"fk_parent"_s, u"parent_id"_s, u"t"_s));
    live.columns.append(column(u"parent_id"_s, liveType(u"int(11)"_s)));
    live.constraints.append(foreignKey(u"fk_parent"_s, u"parent_id"_s, u"t"_s));
    IndexDefinition implicit;
    implicit.name = u"fk_parent"_s;
    implicit.columns = {u"parent_id"_s};
    live.indexes.append(implicit);
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::MariaDB, live), Dialect::MySQL)), QStringList());

    // The key dropped by a migration, its index left behind.
    model.constraints.removeLast();
    live.constraints.removeLast();
    const QStringList leftOver
        = lines(compareSchemas({model}, liveSchema(Dialect::MariaDB, live), Dialect::MySQL, {}, {{u"t"_s, u"fk_parent"_s}}));
    QCOMPARE(leftOver, QStringList());
    QCOMPARE(lines(compareSchemas({model}, liveSchema(Dialect::MariaDB, live), Dialect::MySQL)),
             QStringList{u"table t: index fk_parent: (parent_id) in the database, absent at revision r1 (model)"_s});
}

QTEST_GUILESS_MAIN(TestDriftComparison)
#include "tst_driftcomparison.moc"
