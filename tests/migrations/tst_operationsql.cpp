#include "operationbody.h"

#include <migrations/ddlcompiler.h>
#include <migrations/schemamodel.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// Operations read from a body and compiled for one dialect, compactly: the statements
// joined by ";\n", "error: …" where Alembic raises, or "line N: …" where the native engine
// refuses. The fidelity test (tests/fidelity, projects/operations) compares whole scripts
// with Alembic's on every dialect; these rows pin the refusals, the errors, and the
// renderings Alembic orders differently from run to run (the expected text is one order
// Alembic 1.13 printed).
namespace {

QString compiled(const QString &body, Dialect dialect)
{
    QString refusal;
    const QList<Operation> operations = operationsOf(body, &refusal);
    if (!refusal.isEmpty())
        return refusal;
    // The run's schema model, as the offline commands keep one for batch mode's copy.
    SchemaModel model(dialect);
    DdlMemo memo;
    memo.tableSoFar = [&model](const QString &table, const QString &schema, QString *whyNot) {
        const TableDefinition *found = model.table(table, schema);
        if (!found)
            *whyNot = u"no migration before this one makes the table %1"_s.arg(table);
        return found;
    };
    QStringList statements;
    for (const Operation &operation : operations) {
        const CompiledOperation result = compileOperation(operation, dialect, &memo);
        if (result.unsupported)
            return u"line %1: %2"_s.arg(operation.line).arg(result.error);
        statements += result.statements;
        if (result.error.isEmpty())
            model.apply(operation);
        if (!result.error.isEmpty())
            return (statements + QStringList{u"error: "_s + result.error}).join(u";\n"_s);
    }
    return statements.join(u";\n"_s).replace(u'\t', "    "_L1);
}

} // namespace

class tst_OperationSql : public QObject
{
    Q_OBJECT

private slots:
    void createTable_data();
    void createTable();
};

void tst_OperationSql::createTable_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &body, Dialect dialect, const QString &expected) {
        QTest::addRow("%s", name) << body << dialect << expected;
    };
    // Refused by the reader, at the line of the statement.
    row("identity", u"    op.create_table('t', sa.Column('id', sa.Integer, sa.Identity()))"_s, Dialect::PostgreSQL,
        u"line 7: op.create_table: this argument of sa.Column(…) is not rendered yet"_s);
    row("column key", u"    op.create_table('t',\n        sa.Column('x', sa.Integer, key='y'))"_s, Dialect::SQLite,
        u"line 7: op.create_table: sa.Column(key=…) is not rendered yet"_s);
    row("type from the foreign key", u"    op.create_table('t', sa.Column('x', sa.ForeignKey('a.b')))"_s,
        Dialect::SQLite,
        u"line 7: op.create_table: a column without a type (SQLAlchemy takes a foreign key's) is not rendered yet"_s);
    row("partitioned", u"    op.create_table('t', sa.Column('x', sa.Integer), postgresql_partition_by='x')"_s,
        Dialect::PostgreSQL, u"line 7: op.create_table: op.create_table(postgresql_partition_by=…) is not rendered yet"_s);
    row("expression index", u"    op.create_table('t', sa.Column('x', sa.Text), sa.Index('i', sa.text('lower(x)')))"_s,
        Dialect::PostgreSQL, u"line 7: op.create_table: sa.Index of anything but column names is not rendered yet"_s);
    row("two tables referred to",
        u"    op.create_table('t', sa.Column('a', sa.Integer), sa.ForeignKeyConstraint(['a', 'a'], ['u.x', 'v.y']))"_s,
        Dialect::PostgreSQL,
        u"line 7: op.create_table: sa.ForeignKeyConstraint: \"v.y\" is not a column of the table the others name"_s);
    row("deferrable", u"    op.create_table('t', sa.Column('a', sa.Integer, sa.ForeignKey('u.id', deferrable=True)))"_s,
        Dialect::PostgreSQL, u"line 7: op.create_table: sa.ForeignKey(deferrable=…) is not rendered yet"_s);
    row("registered function", u"    op.create_table('t', sa.Column('a', sa.Integer, server_default=sa.func.count()))"_s,
        Dialect::SQLite, u"line 7: sa.func.count() as a server default is not rendered yet"_s);
    row("autoincrement of a project type",
        u"    op.create_table('t', sa.Column('a', sa.Integer, primary_key=True), sa.Column('b', sa.Integer))\n"
        "    op.create_table('u', sa.Column('a', sa.String(3), primary_key=True, autoincrement=True))"_s,
        Dialect::SQLite, u"line 8: autoincrement=True on a column that is not an integer"_s);
    row("partitions", u"    op.create_table('t', sa.Column('a', sa.Integer), mysql_partition_by='HASH(a)')"_s,
        Dialect::MySQL, u"line 7: partitioned MySQL tables are not rendered yet"_s);

    // Where SQLAlchemy raises, after the statements before it.
    row("duplicate column", u"    op.create_table('t', sa.Column('a', sa.Integer), sa.Column('a', sa.Text))"_s,
        Dialect::SQLite, u"error: A column with name 'a' is already present in table 't'."_s);
    row("no such column", u"    op.create_table('t', sa.Column('a', sa.Integer), sa.UniqueConstraint('b'), schema='s')"_s,
        Dialect::PostgreSQL, u"error: Can't create UniqueConstraint on table 't': no column named 'b' is present."_s);
    row("two autoincrement columns",
        u"    op.create_table('t', sa.Column('a', sa.Integer, primary_key=True, autoincrement=True),\n"
        "                    sa.Column('b', sa.Integer, primary_key=True, autoincrement=True))"_s,
        Dialect::PostgreSQL, u"error: Only one Column may be marked autoincrement=True, found both b and a."_s);
    // postgresql.ENUM makes its type on any dialect with native enums, even as a variant for
    // PostgreSQL only: MySQL cannot render CREATE TYPE. Not with create_type=False. (After an
    // error the statements keep their tabs.)
    const QString postgresqlEnums =
        u"    op.execute('SELECT 1')\n"
        "    op.create_table('t', sa.Column('a', sa.Integer), sa.Column('b', postgresql.ENUM('x', name='e', create_type=False)))\n"
        "    op.create_table('u', sa.Column('c', sa.String(20).with_variant(postgresql.ENUM('x', name='f'), 'postgresql')))"_s;
    const QString postgresqlEnumFailure =
        u"SELECT 1;\nCREATE TABLE t (\n\ta INTEGER, \n\tb ENUM('x')\n);\nerror: MySQLDDLCompiler can't render element of "
        "type CreateEnumType: the postgresql.ENUM of column 'c' creates its type on every dialect with native enums"_s;
    row("postgresql enum on mysql", postgresqlEnums, Dialect::MySQL, postgresqlEnumFailure);
    row("postgresql enum on mariadb", postgresqlEnums, Dialect::MariaDB, postgresqlEnumFailure);
    row("postgresql enum on sqlite", postgresqlEnums, Dialect::SQLite,
        u"SELECT 1;\nCREATE TABLE t (\n    a INTEGER, \n    b VARCHAR(1)\n);\nCREATE TABLE u (\n    c VARCHAR(20)\n)"_s);
    row("enum without a name", u"    op.create_table('t', sa.Column('a', sa.Enum('x', 'y')))"_s, Dialect::PostgreSQL,
        u"error: PostgreSQL ENUM type requires a name."_s);

    // Renderings.
    row("enum type created once per run",
        u"    op.create_table('t', sa.Column('a', sa.Enum('x', \"it's\", name='kind', schema='s')))\n"
        "    op.create_table('u', sa.Column('b', sa.Enum('x', \"it's\", name='kind', schema='s')),\n"
        "                    sa.Column('c', postgresql.ENUM('y', name='other', create_type=False)))"_s,
        Dialect::PostgreSQL,
        u"CREATE TYPE s.kind AS ENUM ('x', 'it''s');\nCREATE TABLE t (\n    a s.kind\n);\n"
        "CREATE TABLE u (\n    b s.kind, \n    c other\n)"_s);
    row("mysql options",
        u"    op.create_table('e', sa.Column('id', sa.SmallInteger(), primary_key=True),\n"
        "        mysql_engine='InnoDB', mysql_charset='utf8mb4', mysql_collate='utf8mb4_bin', mariadb_engine='Aria')"_s,
        Dialect::MySQL,
        u"CREATE TABLE e (\n    id SMALLINT NOT NULL AUTO_INCREMENT, \n    PRIMARY KEY (id)\n)"
        "CHARSET=utf8mb4 ENGINE=InnoDB COLLATE utf8mb4_bin"_s);
    row("mariadb options",
        u"    op.create_table('e', sa.Column('id', sa.Integer), mysql_engine='InnoDB', mariadb_engine='Aria')"_s,
        Dialect::MariaDB, u"CREATE TABLE e (\n    id INTEGER\n)ENGINE=Aria"_s);
    const QString longIndex =
        u"    op.create_table('e',\n"
        "        sa.Column('very_long_column_name_that_goes_on_and_on_and_on_forever_and_more', sa.Integer, index=True))"_s;
    row("index name cut for postgresql", longIndex, Dialect::PostgreSQL,
        u"CREATE TABLE e (\n    very_long_column_name_that_goes_on_and_on_and_on_forever_and_more INTEGER\n);\n"
        "CREATE INDEX ix_e_very_long_column_name_that_goes_on_and_on_and_on_f_1538 ON e "
        "(very_long_column_name_that_goes_on_and_on_and_on_forever_and_more)"_s);
    row("index name cut for mysql", longIndex, Dialect::MySQL,
        u"CREATE TABLE e (\n    very_long_column_name_that_goes_on_and_on_and_on_forever_and_more INTEGER\n);\n"
        "CREATE INDEX ix_e_very_long_column_name_that_goes_on_and_on_and_on_fo_1538 ON e "
        "(very_long_column_name_that_goes_on_and_on_and_on_forever_and_more)"_s);
    row("sqlite autoincrement",
        u"    op.create_table('c', sa.Column('id', sa.Integer, primary_key=True), sqlite_autoincrement=True)"_s,
        Dialect::SQLite, u"CREATE TABLE c (\n    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\n)"_s);
    row("numeric key is serial", u"    op.create_table('n', sa.Column('id', sa.Numeric(10, 0), primary_key=True))"_s,
        Dialect::PostgreSQL, u"CREATE TABLE n (\n    id SERIAL NOT NULL, \n    PRIMARY KEY (id)\n)"_s);
    // Batch blocks.
    const QString batch = u"    with op.batch_alter_table('t', schema='s') as b:\n"
                          "        b.add_column(sa.Column('c', sa.Integer))\n"
                          "        b.create_index(b.f('ix_t_c'), ['c'], unique=True)\n"
                          "        b.drop_column('d')\n"_s;
    row("batch in place", batch, Dialect::PostgreSQL,
        u"ALTER TABLE s.t ADD COLUMN c INTEGER;\nCREATE UNIQUE INDEX ix_t_c ON s.t (c);\nALTER TABLE s.t DROP COLUMN d"_s);
    row("batch copy of a table never made", batch, Dialect::SQLite,
        u"line 7: batch mode copies the table here, and its definition is not known: no migration before this one "
        "makes the table t"_s);
    row("batch copy",
        u"    op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('a', sa.String(5)),\n"
        "                    sa.Column('d', sa.Integer, sa.CheckConstraint('d > 0')), sa.Index('ix_t_a', 'a'))\n"
        "    with op.batch_alter_table('t') as b:\n"
        "        b.alter_column('a', new_column_name='b', type_=sa.Integer, existing_type=sa.String(5))\n"
        "        b.add_column(sa.Column('c', sa.Integer), insert_before='a')\n"
        "        b.drop_column('d')\n"
        "        b.create_unique_constraint('uq_t_c', ['c'])"_s,
        Dialect::SQLite,
        u"CREATE TABLE t (\n    id INTEGER NOT NULL, \n    a VARCHAR(5), \n    d INTEGER CHECK (d > 0), \n"
        "    PRIMARY KEY (id)\n);\nCREATE INDEX ix_t_a ON t (a);\n"
        "CREATE TABLE _alembic_tmp_t (\n    id INTEGER NOT NULL, \n    c INTEGER, \n    b INTEGER, \n"
        "    PRIMARY KEY (id), \n    CONSTRAINT uq_t_c UNIQUE (c)\n);\n"
        "INSERT INTO _alembic_tmp_t (id, b) SELECT t.id, CAST(t.a AS INTEGER) \nFROM t;\n"
        "DROP TABLE t;\nALTER TABLE _alembic_tmp_t RENAME TO t;\nCREATE INDEX ix_t_a ON t (b)"_s);
    row("batch with op inside", u"    with op.batch_alter_table('t') as b:\n        op.drop_table('x')"_s,
        Dialect::SQLite, u"line 8: only b.…() calls are rendered inside a batch block yet"_s);
    row("batch copy_from", u"    with op.batch_alter_table('t', copy_from=sa.Table('t', sa.MetaData())) as b:\n"
                           "        b.drop_column('x')"_s,
        Dialect::SQLite, u"line 7: op.batch_alter_table: copy_from is not rendered yet"_s);
    row("batch placed column", u"    with op.batch_alter_table('t') as b:\n"
                               "        b.drop_index('ix')\n"
                               "        b.add_column(sa.Column('x', sa.Integer), insert_before=None)"_s,
        Dialect::SQLite, u"error: Can't specify insert_before or insert_after when using ALTER; please specify "
                         "recreate='always'"_s);
    row("foreign key to another schema on sqlite",
        u"    op.create_table('t', sa.Column('a', sa.Integer, sa.ForeignKey('u.id')), schema='s')"_s, Dialect::SQLite,
        u"CREATE TABLE s.t (\n    a INTEGER\n)"_s);
}

void tst_OperationSql::createTable()
{
    QFETCH(QString, body);
    QFETCH(Dialect, dialect);
    QFETCH(QString, expected);
    QCOMPARE(compiled(body, dialect), expected);
}

QTEST_GUILESS_MAIN(tst_OperationSql)
#include "tst_operationsql.moc"
