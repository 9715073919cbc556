// readOperations with local names: what a body renders to (the SQL on a dialect, through
// compileOperation), and for everything else the line and the reason it is refused.
#include <migrations/ddlcompiler.h>
#include <migrations/operationreader.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::Dialect;

namespace {

// Every body below is the body of `def upgrade():` in this module, indented.
const QString modulePrefix = uR"D(from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, mysql
import datetime

TABLE = 'users'
MOODS = ['happy', 'sad']
PRIORITY = postgresql.ENUM('low', 'high', name='priority', create_type=False)
THINGS = sa.table('things', sa.column('id', sa.Integer), schema='s')
NOT_A_TABLE = sa.func.now()


def upgrade():
)D"_s;

int prefixLines()
{
    return int(modulePrefix.count(u'\n'));
}

struct Reading
{
    QString sql; // the statements, one a line, then "error: …" if Alembic fails
    int line = 0; // when refused, within the body
    QString reason;
};

Reading readBody(const QString &body, Dialect dialect)
{
    QStringList lines = body.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"    "_s);
    int errorLine = 0;
    QString error;
    const auto module = Migrations::Python::readMigrationModule(modulePrefix + lines.join(u'\n') + u'\n', &errorLine,
                                                                &error);
    if (!module)
        return {{}, errorLine - prefixLines(), u"not Python: "_s + error};
    const Migrations::ReadOperations read = Migrations::readOperations(*module->function(u"upgrade"), *module);
    if (read.unsupported)
        return {{}, read.unsupported->line - prefixLines(), read.unsupported->reason};
    QStringList sql;
    for (const Migrations::Operation &operation : read.operations) {
        const Migrations::CompiledOperation compiled = Migrations::compileOperation(operation, dialect);
        if (compiled.unsupported)
            return {{}, operation.line - prefixLines(), compiled.error};
        sql += compiled.statements;
        if (!compiled.error.isEmpty()) {
            sql += u"error: "_s + compiled.error;
            break;
        }
    }
    return {sql.join(u'\n'), 0, {}};
}

} // namespace

Q_DECLARE_METATYPE(Dialect)

class TestOperationReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
    void refuses_data();
    void refuses();
};

void TestOperationReader::renders_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("sql");
    const auto row = [](const char *name, const QString &body, Dialect dialect, const QString &sql) {
        QTest::addRow("%s", name) << body << dialect << sql;
    };
    const Dialect lite = Dialect::SQLite, pg = Dialect::PostgreSQL, my = Dialect::MySQL;

    // Literals in local names and module constants, wherever an operation reads a string.
    row("a local string", u"name = 'users'\nop.drop_table(name)"_s, pg, u"DROP TABLE users"_s);
    row("a module constant", u"op.drop_table(TABLE, schema=None)"_s, pg, u"DROP TABLE users"_s);
    row("a local list with a name in it", u"col = 'b'\ncols = ['a', col]\nop.create_index('i', TABLE, cols)"_s, pg,
        u"CREATE INDEX i ON users (a, b)"_s);
    row("local SQL", u"sql = 'DELETE FROM t'\nop.execute(sql)"_s, lite, u"DELETE FROM t"_s);
    row("a local length in a type", u"n = 20\nop.add_column('t', sa.Column('c', sa.String(n)))"_s, pg,
        u"ALTER TABLE t ADD COLUMN c VARCHAR(20)"_s);
    row("a local enum as a column type",
        u"mood = sa.Enum(*MOODS, name='mood')\nop.add_column('t', sa.Column('m', mood))"_s, my,
        u"ALTER TABLE t ADD COLUMN m ENUM('happy','sad')"_s);

    // An enum type's create() and drop().
    row("create a local enum", u"mood = sa.Enum(*MOODS, name='mood')\nmood.create(op.get_bind(), checkfirst=True)"_s,
        pg, u"CREATE TYPE mood AS ENUM ('happy', 'sad')"_s);
    row("labels as string literals", u"sa.Enum(\"it's\", 'a\\\\b', name='e').create(op.get_bind())"_s, pg,
        u"CREATE TYPE e AS ENUM ('it''s', 'a\\\\b')"_s);
    row("drop an enum written in place", u"sa.Enum(name='Mood', schema='s').drop(bind=op.get_bind())"_s, pg,
        u"DROP TYPE s.\"Mood\""_s);
    row("checkfirst is ignored offline", u"check = False\nPRIORITY.create(op.get_bind(), check)"_s, pg,
        u"CREATE TYPE priority AS ENUM ('low', 'high')"_s);
    row("sa.Enum creates nothing on MySQL", u"sa.Enum('a', name='e').create(op.get_bind())"_s, my, {});
    row("a non-native sa.Enum creates nothing", u"sa.Enum('a', name='e', native_enum=False).create(op.get_bind())"_s,
        pg, {});
    row("postgresql.ENUM creates nothing on SQLite", u"PRIORITY.create(op.get_bind())"_s, lite, {});
    row("postgresql.ENUM fails on MySQL", u"PRIORITY.drop(op.get_bind())"_s, my,
        u"error: Compiler <MySQLDDLCompiler> can't render element of type DropEnumType"_s);
    row("an enum without a name fails on PostgreSQL", u"sa.Enum('a').create(op.get_bind())"_s, pg,
        u"error: PostgreSQL ENUM type requires a name."_s);

    // op.bulk_insert
    row("columns in the table's order",
        u"t = sa.table('t', sa.column('a', sa.Integer), sa.column('b', sa.String))\n"
        "op.bulk_insert(t, [{'b': 'x', 'a': 1}, {'b': None}, {}])"_s,
        lite, u"INSERT INTO t (a, b) VALUES (1, 'x')\nINSERT INTO t (b) VALUES (NULL)\nINSERT INTO t DEFAULT VALUES"_s);
    row("a row without keys on MySQL", u"op.bulk_insert(THINGS, [{}])"_s, my, u"INSERT INTO s.things () VALUES ()"_s);
    row("a key written twice keeps its last value",
        u"op.bulk_insert(sa.table('t', sa.column('a', sa.Integer)), [{'a': 1, 'a': 2}])"_s, pg,
        u"INSERT INTO t (a) VALUES (2)"_s);
    row("rows and values in local names", u"n = -3\nrows = [{'id': n}]\nop.bulk_insert(THINGS, rows, multiinsert=False)"_s,
        pg, u"INSERT INTO s.things (id) VALUES (-3)"_s);
    row("a local column clause and a local enum",
        u"mood = sa.Enum(*MOODS, name='mood')\nc = sa.column('m', mood)\nop.bulk_insert(sa.table('t', c), [{'m': 'sad'}])"_s,
        pg, u"INSERT INTO t (m) VALUES ('sad')"_s);
    row("no rows", u"op.bulk_insert(THINGS, [])"_s, pg, {});
    row("rows that are no list", u"op.bulk_insert(THINGS, ({'id': 1},))"_s, pg, u"error: TypeError: List expected"_s);
    row("a first row that is no dict", u"op.bulk_insert(THINGS, [1, {'id': 1}])"_s, pg,
        u"error: TypeError: List of dictionaries expected"_s);
    row("a later row that is no dict", u"op.bulk_insert(THINGS, [{'id': 1}, 'x', {'id': 2}])"_s, pg,
        u"INSERT INTO s.things (id) VALUES (1)\nerror: AttributeError: 'str' object has no attribute 'items'"_s);
    row("a key the table lacks", u"op.bulk_insert(THINGS, [{'id': 1}, {'id': 2, 'colour': 'red'}])"_s, lite,
        u"INSERT INTO s.things (id) VALUES (1)\nerror: KeyError: 'colour'"_s);
    row("a value the type cannot render",
        u"t = sa.table('t', sa.column('b', sa.Boolean))\nop.bulk_insert(t, [{'b': True}, {'b': 2}])"_s, pg,
        u"INSERT INTO t (b) VALUES (true)\nerror: Could not render literal value 2 with datatype sa.Boolean"_s);
}

void TestOperationReader::renders()
{
    QFETCH(QString, body);
    QFETCH(Dialect, dialect);
    QFETCH(QString, sql);
    const Reading reading = readBody(body, dialect);
    QVERIFY2(reading.reason.isEmpty(), qPrintable(u"line %1: %2"_s.arg(reading.line).arg(reading.reason)));
    QCOMPARE(reading.sql, sql);
}

void TestOperationReader::refuses_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line"); // within the body, 1-based
    QTest::addColumn<QString>("reason"); // its start
    const auto row = [](const char *name, const QString &body, int line, const QString &reason) {
        QTest::addRow("%s", name) << body << line << reason;
    };
    // Names
    row("a name assigned twice", u"t = 'a'\nop.drop_table(t)\nt = 'b'"_s, 3,
        u"`t` is assigned again (first on line %1): a local name assigned twice is not rendered yet"_s.arg(
            prefixLines() + 1));
    row("an unknown name", u"op.drop_table(nowhere)"_s, 1, u"needs Python: `nowhere` is not defined at module level"_s);
    row("a name used before it is assigned", u"op.drop_table(t)\nt = 'x'"_s, 1,
        u"needs Python: `t` is used before it is assigned"_s);
    row("a value that is nothing read", u"now = sa.func.now()"_s, 1,
        u"`now` holds sa.func.now(…): a local name is rendered only when it holds literals, sa.table(…), "
        "sa.column(…) or a column type"_s);
    row("a table with metadata", u"t = sa.Table('t', sa.MetaData())"_s, 1,
        u"`t` holds sa.Table(…): a local name is rendered only when it holds literals, sa.table(…), sa.column(…) or "
        "a column type (as a type: sqlalchemy.Table is not a type SQLAlchemy has)"_s);
    row("a type that cannot be read", u"s = sa.String(\n    length='x')"_s, 2,
        u"`s` holds sa.String(…): a local name is rendered only when it holds literals, sa.table(…), sa.column(…) or "
        "a column type (as a type: argument 'length' of sa.String must be an integer literal or None"_s);
    row("a list with something else in it", u"rows = [{'a': 1},\n        {'a': sa.func.now()}]"_s, 2,
        u"`rows`: sa.func.now(…) is not a literal"_s);
    row("a local table where a string is read", u"t = sa.table('t')\nop.drop_table(t)"_s, 2,
        u"op.drop_table: table_name is not a string the native engine can read"_s);
    row("a module constant that is no literal", u"op.drop_table(NOT_A_TABLE)"_s, 1,
        u"op.drop_table: table_name is not a string"_s);

    // Table and column clauses
    row("a column clause in two tables",
        u"c = sa.column('a')\nt1 = sa.table('t1', c)\nt2 = sa.table('t2', c)"_s, 3,
        u"the column clause `c` is in the table clause of line %1 already, and SQLAlchemy refuses it in a second one"_s
            .arg(prefixLines() + 2));
    row("a second name for a column clause", u"c = sa.column('a')\nd = c"_s, 2,
        u"`d` is a second name for the column clause `c`: not rendered yet"_s);
    row("a column named twice", u"t = sa.table('t', sa.column('a'), sa.column('a', sa.Integer))"_s, 1,
        u"sa.table(…): the column 'a' is named twice: not rendered yet"_s);
    row("a table keyword other than schema", u"t = sa.table('t', sa.column('a'), quote=True)"_s, 1,
        u"sa.table(…): the argument quote= is not rendered yet"_s);
    row("a table of sa.Column", u"t = sa.table('t', sa.Column('a', sa.Integer))"_s, 1,
        u"sa.table(…): sa.Column(…) is not a column clause (sa.column(…)): not rendered yet"_s);
    row("a literal column", u"c = sa.column('a', is_literal=True)"_s, 1,
        u"sa.column(…): is_literal= other than False is not rendered yet"_s);
    row("a column with a bad type", u"t = sa.table('t',\n    sa.column('a', sa.String(length='x')))"_s, 2,
        u"argument 'length' of sa.String must be an integer literal or None"_s);
    row("a table name that is not defined", u"t = sa.table(TABLE_NAME)"_s, 1,
        u"needs Python: `TABLE_NAME` is not defined at module level"_s);
    row("a table name that is no string", u"t = sa.table(1)"_s, 1,
        u"sa.table(…): the table's name is not a string the native engine can read"_s);

    // op.bulk_insert
    row("a table that is no table clause", u"op.bulk_insert('t', [])"_s, 1,
        u"the table is \"t\", not a table clause (sa.table(…)): not rendered yet"_s);
    row("a local name holding no table", u"t = 'x'\nop.bulk_insert(t, [])"_s, 2,
        u"`t` does not hold a table clause (sa.table(…))"_s);
    row("a module constant that is no table", u"op.bulk_insert(NOT_A_TABLE, [])"_s, 1,
        u"the table is NOT_A_TABLE, not a table clause"_s);
    row("a value that is no literal", u"op.bulk_insert(THINGS, [{'id': 1},\n    {'id': sa.func.now()}])"_s, 2,
        u"op.bulk_insert: the rows: sa.func.now(…) is not a literal"_s);
    row("an inline literal", u"op.bulk_insert(THINGS, [{'id': op.inline_literal(1)}])"_s, 1,
        u"op.bulk_insert: the rows: op.inline_literal(…) is not a literal"_s);
    row("a datetime", u"op.bulk_insert(THINGS, [{'id': datetime.date(2020, 1, 1)}])"_s, 1,
        u"needs Python: `datetime` is imported from `datetime`: only Python knows what it is"_s);
    row("a list as a value", u"op.bulk_insert(THINGS, [{'id': [1]}])"_s, 1,
        u"op.bulk_insert: a list as a row's value is not rendered yet"_s);
    row("a key that is no string", u"op.bulk_insert(THINGS, [{1: 2}])"_s, 1,
        u"op.bulk_insert: a row's key that is not a string is not rendered yet"_s);
    row("an integer beyond 64 bits", u"op.bulk_insert(THINGS, [{'id': 99999999999999999999}])"_s, 1,
        u"op.bulk_insert: the integer 99999999999999999999 is beyond 64 bits: not rendered yet"_s);
    row("a float beyond the doubles", u"op.bulk_insert(THINGS, [{'id': -1e999}])"_s, 1,
        u"op.bulk_insert: the float 1e999 is not finite: not rendered yet"_s);
    row("multiinsert that is no bool", u"op.bulk_insert(THINGS, [], multiinsert=1)"_s, 1,
        u"op.bulk_insert: multiinsert= other than True or False is not rendered yet"_s);
    row("a value whose type is not rendered yet",
        u"t = sa.table('t', sa.column('d', sa.DateTime()))\nop.bulk_insert(t, [{'d': '2020-01-01'}])"_s, 2,
        u"op.bulk_insert: column 'd': a value for a sa.DateTime column is not rendered yet"_s);
    row("a string for an integer", u"op.bulk_insert(THINGS, [{'id': '5'}])"_s, 1,
        u"op.bulk_insert: column 'id': int() of the string '5' for an integer column is not rendered yet"_s);
    row("a string that is no label of the enum",
        u"t = sa.table('t', sa.column('m', sa.Enum(*MOODS)))\nop.bulk_insert(t, [{'m': 'angry'}])"_s, 2,
        u"op.bulk_insert: column 'm': 'angry' is not a label of the enum"_s);
    row("a missing argument", u"op.bulk_insert(THINGS)"_s, 1,
        u"bulk_insert() missing 1 required positional argument: 'rows'"_s);

    // An enum type's create() and drop()
    row("mysql.ENUM's create()", u"mysql.ENUM('a').create(op.get_bind())"_s, 1,
        u".create(): the type is mysql.ENUM: only sa.Enum's and postgresql.ENUM's are rendered yet"_s);
    row("create() without a connection", u"sa.Enum('a', name='e').create()"_s, 1,
        u".create(): needs Python: only a type created on op.get_bind() is rendered"_s);
    row("another argument", u"PRIORITY.drop(op.get_bind(), cascade=True)"_s, 1,
        u".drop(): the argument cascade= is not rendered yet"_s);
    row("too many arguments", u"PRIORITY.drop(op.get_bind(), True, 1)"_s, 1,
        u".drop(): more arguments than bind and checkfirst are not rendered yet"_s);
    row("checkfirst that is no literal", u"PRIORITY.create(op.get_bind(), checkfirst=sa.true())"_s, 1,
        u".create(): checkfirst= other than a literal is not rendered yet"_s);
    row("postgresql.ENUM(native_enum=False)",
        u"postgresql.ENUM('a', name='e', native_enum=False).create(op.get_bind())"_s, 1,
        u".create(): postgresql.ENUM(native_enum=False) makes SQLAlchemy warn, which is not rendered yet"_s);
    row("an enum whose type cannot be read", u"sa.Enum(1, name='e').create(op.get_bind())"_s, 1,
        u".create() of a type: argument 'enums' of sa.Enum: each value must be a string literal"_s);
    row("create() on something else", u"sa.Boolean().create(op.get_bind())"_s, 1,
        u"needs Python: `op.get_bind` other than as the connection"_s);
}

void TestOperationReader::refuses()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const Reading reading = readBody(body, Dialect::PostgreSQL);
    QVERIFY2(!reading.reason.isEmpty(), qPrintable(u"rendered: "_s + reading.sql));
    QVERIFY2(reading.reason.startsWith(reason), qPrintable(reading.reason));
    QCOMPARE(reading.line, line);
}

QTEST_APPLESS_MAIN(TestOperationReader)

#include "tst_operationreader.moc"
