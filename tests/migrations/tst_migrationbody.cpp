// The migration body reader: what it accepts (tree shape), and a "needs Python" verdict
// with the first offending line for everything else.
#include <migrations/python/migrationbody.h>
#include <migrations/python/modulenamespace.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations::Python;

namespace {

// Every body below is put in this module, indented, as the body of `def upgrade():`.
const QString modulePrefix = uR"D(from alembic import op, context
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session
import sqlmodel
from myapp.models import Base
from . import helpers

TABLE = 'users'
status_enum = sa.Enum('active', 'banned', name='status')
COMPUTED = TABLE + '_x'


def helper():
    pass

MOODS = ('happy', 'sad')

def upgrade() -> None:
)D"_s;

int prefixLines()
{
    return int(modulePrefix.count(u'\n'));
}

QString moduleWithBody(const QString &body)
{
    QStringList lines = body.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"    "_s);
    return modulePrefix + lines.join(u'\n') + u'\n';
}

// upgrade() read as a project's offline command reads it: from the namespace the header
// pass kept (import paths recorded), not from a second walk of the module.
QString readWithKeptNamespace(const QString &text)
{
    int errorLine = 0;
    QString error;
    const auto names = readModuleNamespace(text, &errorLine, &error, ImportPaths::Record);
    if (!names)
        return u"invalid module at %1: %2"_s.arg(errorLine).arg(error);
    const auto module = readMigrationModule(text, *names, &errorLine, &error, {}, u"upgrade");
    if (!module)
        return u"invalid module at %1: %2"_s.arg(errorLine).arg(error);
    const MigrationFunction *upgrade = module->function(u"upgrade");
    return upgrade ? upgrade->dump() : u"no upgrade()"_s;
}

MigrationModule read(const QString &text)
{
    int errorLine = 0;
    QString error;
    const auto module = readMigrationModule(text, &errorLine, &error);
    if (!module)
        qWarning("invalid module at %d: %s", errorLine, qPrintable(error));
    return module.value_or(MigrationModule{});
}

} // namespace

class TestMigrationBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void needsPython_data();
    void needsPython();
    void resolvesNames();
    void resolvesProjectImports();
    void keepsPositions();
    void readsModuleConstants();
    void findsTheFunctions();
    void readsOnlyTheFunctionAsked();
    void readsOneFunctionFromTheKeptNamespace_data();
    void readsOneFunctionFromTheKeptNamespace();
    void rejectsInvalidModules();
};

void TestMigrationBody::accepts_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("dump");
    const auto row = [](const char *name, const QString &body, const QString &dump) {
        QTest::addRow("%s", name) << body << dump;
    };
    row("pass", u"pass"_s, u"pass"_s);
    row("docstring and pass", u"\"\"\"Nothing.\"\"\"\npass"_s, u"pass"_s);
    row("comments only around a call", u"# ### commands ###\nop.drop_table('t')  # gone\n# end"_s,
        uR"D(call(attr(op, drop_table); "t"; ))D"_s);
    row("create_table",
        u"op.create_table('users',\nsa.Column('id', sa.Integer(), nullable=False),\n"
        "sa.Column('email', sa.String(length=255), nullable=True),\nsa.PrimaryKeyConstraint('id')\n)"_s,
        uR"D(call(attr(op, create_table); "users", call(attr(sa, Column); "id", call(attr(sa, Integer); ; ); nullable=False), call(attr(sa, Column); "email", call(attr(sa, String); ; length=255); nullable=True), call(attr(sa, PrimaryKeyConstraint); "id"; ); ))D"_s);
    row("op.f and server_default",
        u"op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)\n"
        "op.add_column('t', sa.Column('c', sa.DateTime(), server_default=sa.text('now()')))\n"
        "op.add_column('t', sa.Column('d', sa.DateTime(), server_default=sa.func.now()))"_s,
        uR"D(call(attr(op, create_index); call(attr(op, f); "ix_users_email"; ), "users", list("email"); unique=True)
call(attr(op, add_column); "t", call(attr(sa, Column); "c", call(attr(sa, DateTime); ; ); server_default=call(attr(sa, text); "now()"; )); )
call(attr(op, add_column); "t", call(attr(sa, Column); "d", call(attr(sa, DateTime); ; ); server_default=call(attr(attr(sa, func), now); ; )); ))D"_s);
    row("batch_alter_table",
        u"with op.batch_alter_table('users', schema=None) as batch_op:\n"
        "    batch_op.add_column(sa.Column('x', sa.Integer()))\n"
        "    batch_op.drop_column('y')\nop.drop_table('z')"_s,
        uR"D(with call(attr(op, batch_alter_table); "users"; schema=None) as batch_op:
  call(attr(batch_op, add_column); call(attr(sa, Column); "x", call(attr(sa, Integer); ; ); ); )
  call(attr(batch_op, drop_column); "y"; )
call(attr(op, drop_table); "z"; ))D"_s);
    row("batch_alter_table on one line",
        u"with op.batch_alter_table('t') as b: b.drop_column('y'); b.drop_column('z')"_s,
        uR"D(with call(attr(op, batch_alter_table); "t"; ) as b:
  call(attr(b, drop_column); "y"; )
  call(attr(b, drop_column); "z"; ))D"_s);
    row("autocommit_block",
        u"with op.get_context().autocommit_block():\n    op.execute(\"ALTER TYPE s ADD VALUE 'x'\")"_s,
        uR"D(with call(attr(call(attr(op, get_context); ; ), autocommit_block); ; ):
  call(attr(op, execute); "ALTER TYPE s ADD VALUE 'x'"; ))D"_s);
    row("bulk_insert with sa.table",
        u"users = sa.table('users', sa.column('id', sa.Integer), sa.column('name', sa.String))\n"
        "op.bulk_insert(users, [{'id': 1, 'name': 'a'}, {'id': -2, 'name': None}])"_s,
        uR"D(users = call(attr(sa, table); "users", call(attr(sa, column); "id", attr(sa, Integer); ), call(attr(sa, column); "name", attr(sa, String); ); )
call(attr(op, bulk_insert); users, list(dict("id": 1, "name": "a"), dict("id": neg(2), "name": None)); ))D"_s);
    row("enum create and drop",
        u"sa.Enum('a', 'b', name='e').create(op.get_bind(), checkfirst=True)\n"
        "postgresql.ENUM('a', name='f').drop(bind=op.get_bind())"_s,
        uR"D(call(attr(call(attr(sa, Enum); "a", "b"; name="e"), create); call(attr(op, get_bind); ; ); checkfirst=True)
call(attr(call(attr(postgresql, ENUM); "a"; name="f"), drop); ; bind=call(attr(op, get_bind); ; )))D"_s);
    row("enum in a local, then created",
        u"kind = postgresql.ENUM('x', 'y', name='kind')\nkind.create(op.get_bind())"_s,
        uR"D(kind = call(attr(postgresql, ENUM); "x", "y"; name="kind")
call(attr(kind, create); call(attr(op, get_bind); ; ); ))D"_s);
    row("module enum created", u"status_enum.create(op.get_bind(), checkfirst=True)"_s,
        uR"D(call(attr(status_enum, create); call(attr(op, get_bind); ; ); checkfirst=True))D"_s);
    row("strings", u"op.execute('a' \"b\"\n'''c\n''' r'\\d' f'e{{}}')"_s,
        uR"D(call(attr(op, execute); "abc\n    \\de{}"; ))D"_s);
    row("numbers", u"op.f(1, 0x1F, 1_000, 1.5, -2, 1e3)"_s,
        uR"D(call(attr(op, f); 1, 31, 1000, float:0x1.8000000000000p+0, neg(2), float:0x1.f400000000000p+9; ))D"_s);
    row("tuples, lists, dicts", u"op.f((), (1,), (1, 2), [], {}, {'a': (1, [2])})"_s,
        uR"D(call(attr(op, f); tuple(), tuple(1), tuple(1, 2), list(), dict(), dict("a": tuple(1, list(2))); ))D"_s);
    row("literal unpacking is spread",
        u"op.create_index('i', 't', *[['a'], True], **{'unique': True}, postgresql_where=None)"_s,
        uR"D(call(attr(op, create_index); "i", "t", list("a"), True; unique=True, postgresql_where=None))D"_s);
    row("names from imports", u"op.add_column('t', sa.Column('j', JSONB(), nullable=True))\n"
        "op.add_column('t', sa.Column('u', postgresql.UUID(as_uuid=True)))\n"
        "op.add_column('t', sa.Column('s', sqlmodel.sql.sqltypes.AutoString()))"_s,
        uR"D(call(attr(op, add_column); "t", call(attr(sa, Column); "j", call(JSONB; ; ); nullable=True); )
call(attr(op, add_column); "t", call(attr(sa, Column); "u", call(attr(postgresql, UUID); ; as_uuid=True); ); )
call(attr(op, add_column); "t", call(attr(sa, Column); "s", call(attr(attr(attr(sqlmodel, sql), sqltypes), AutoString); ; ); ); ))D"_s);
    row("module constant", u"op.drop_table(TABLE)"_s, uR"D(call(attr(op, drop_table); TABLE; ))D"_s);
    // `*NAME` of a list or tuple of literals is spread as the display would be.
    row("star unpacking of a module constant", u"sa.Enum(*MOODS, name='mood').create(op.get_bind())"_s,
        uR"D(call(attr(call(attr(sa, Enum); "happy", "sad"; name="mood"), create); call(attr(op, get_bind); ; ); ))D"_s);
    row("star unpacking of a local list", u"labels = ['a', -1]\nop.f(*labels, 2)"_s,
        uR"D(labels = list("a", neg(1))
call(attr(op, f); "a", neg(1), 2; ))D"_s);
    row("semicolons and a final return", u"op.drop_table('a'); op.drop_table('b')\nreturn"_s,
        uR"D(call(attr(op, drop_table); "a"; )
call(attr(op, drop_table); "b"; )
return)D"_s);
    row("nested batch blocks",
        u"with op.batch_alter_table('a') as a:\n    with op.batch_alter_table('b') as b:\n"
        "        b.drop_column('x')\n    a.drop_column('y')"_s,
        uR"D(with call(attr(op, batch_alter_table); "a"; ) as a:
  with call(attr(op, batch_alter_table); "b"; ) as b:
    call(attr(b, drop_column); "x"; )
  call(attr(a, drop_column); "y"; ))D"_s);
    row("a parenthesised callee and chained calls",
        u"(op.execute)(sa.text('x').bindparams(a=1))"_s,
        uR"D(call(attr(op, execute); call(attr(call(attr(sa, text); "x"; ), bindparams); ; a=1); ))D"_s);
    row("alter_column with types", u"op.alter_column('t', 'c', existing_type=sa.VARCHAR(length=10), type_=sa.Text())"_s,
        uR"D(call(attr(op, alter_column); "t", "c"; existing_type=call(attr(sa, VARCHAR); ; length=10), type_=call(attr(sa, Text); ; )))D"_s);
}

void TestMigrationBody::accepts()
{
    QFETCH(QString, body);
    QFETCH(QString, dump);
    const MigrationModule module = read(moduleWithBody(body));
    const MigrationFunction *upgrade = module.function(u"upgrade");
    QVERIFY(upgrade);
    QVERIFY2(!upgrade->needsPython, qPrintable(upgrade->dump()));
    QCOMPARE(upgrade->dump(), dump);
    QCOMPARE(readWithKeptNamespace(moduleWithBody(body)), dump);
}

void TestMigrationBody::needsPython_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line"); // within the body, 1-based
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const QString &body, int line, const QString &reason) {
        QTest::addRow("%s", name) << body << line << reason;
    };
    row("if", u"op.drop_table('a')\nif True:\n    op.drop_table('b')"_s, 2, u"an `if` statement"_s);
    row("if on one line", u"if True: op.drop_table('b')"_s, 1, u"an `if` statement"_s);
    row("for", u"for t in ['a', 'b']:\n    op.drop_table(t)"_s, 1, u"a `for` loop"_s);
    row("while", u"while False:\n    pass"_s, 1, u"a `while` loop"_s);
    row("try", u"try:\n    op.drop_table('a')\nexcept Exception:\n    pass"_s, 1, u"a `try` statement"_s);
    row("match", u"match TABLE:\n    case 'users':\n        pass"_s, 1, u"a `match` statement"_s);
    row("nested def", u"def inner():\n    pass\ninner()"_s, 1, u"a nested function"_s);
    row("class", u"class Model:\n    pass"_s, 1, u"a class definition"_s);
    row("global", u"global TABLE\nTABLE = 'x'"_s, 1, u"a `global` statement"_s);
    row("del", u"x = 1\ndel x"_s, 2, u"a `del` statement"_s);
    row("raise", u"raise NotImplementedError()"_s, 1, u"a `raise` statement"_s);
    row("assert", u"assert TABLE"_s, 1, u"an `assert` statement"_s);
    row("import inside", u"from sqlalchemy import Integer\nop.f(Integer)"_s, 1,
        u"an import inside the function"_s);
    row("return with a value", u"return 1"_s, 1, u"`return` with a value"_s);
    row("code after return", u"return\nop.drop_table('a')"_s, 2, u"code after `return`"_s);
    row("attribute assignment", u"op.x = 1"_s, 1, u"an assignment to an attribute"_s);
    row("subscript assignment", u"d = {}\nd['a'] = 1"_s, 2, u"an assignment to a subscript"_s);
    row("augmented assignment", u"x = 1\nx += 1"_s, 2, u"an augmented assignment (`+=`)"_s);
    row("unpacking", u"a, b = 1, 2"_s, 1, u"an assignment by unpacking"_s);
    row("chained assignment", u"a = b = 1"_s, 1, u"a chained assignment"_s);
    row("annotated assignment", u"a: int = 1"_s, 1, u"an annotated assignment"_s);
    row("list comprehension", u"op.f([c for c in 'ab'])"_s, 1, u"a comprehension"_s);
    row("generator argument", u"op.f(c for c in 'ab')"_s, 1, u"a comprehension"_s);
    row("dict comprehension", u"op.f({k: 1 for k in 'ab'})"_s, 1, u"a comprehension"_s);
    row("lambda", u"op.f(default=lambda: 1)"_s, 1, u"a lambda"_s);
    row("conditional expression", u"op.f(1 if TABLE else 2)"_s, 1, u"a conditional expression"_s);
    row("binary operator", u"op.execute('a' + 'b')"_s, 1, u"the `+` operator"_s);
    row("percent formatting", u"op.execute('a %s' % TABLE)"_s, 1, u"the `%` operator"_s);
    row("comparison", u"op.f(1 == 2)"_s, 1, u"the `==` operator"_s);
    row("not", u"op.f(not True)"_s, 1, u"the `not` operator"_s);
    row("subscript", u"op.f(TABLE[0])"_s, 1, u"a subscript"_s);
    row("walrus", u"op.f(x := 1)"_s, 1, u"an assignment expression (`:=`)"_s);
    row("f-string with fields", u"name = 'x'\nop.execute(f\"DROP TABLE {name}\")"_s, 2,
        u"an f-string with replacement fields"_s);
    row("get_bind in execute", u"op.execute(op.get_bind())"_s, 1,
        u"`op.get_bind` other than as the connection of an enum's `.create()`/`.drop()`: a connection only Python has"_s);
    row("get_bind assigned", u"conn = op.get_bind()\nconn.execute(sa.text('x'))"_s, 1,
        u"`op.get_bind` other than"_s);
    row("get_bind method", u"op.get_bind().execute('x')"_s, 1, u"`op.get_bind` other than"_s);
    row("get_bind for a table", u"sa.Table('t', sa.MetaData()).create(op.get_bind())"_s, 1,
        u"`op.get_bind` other than"_s);
    row("get_bind as second argument", u"sa.Enum('a', name='e').create(checkfirst=op.get_bind())"_s, 1,
        u"`op.get_bind` other than"_s);
    row("get_context elsewhere", u"op.f(op.get_context().dialect)"_s, 1,
        u"`op.get_context()`: the migration context only Python has"_s);
    row("alembic.context", u"op.f(context.get_x_argument())"_s, 1,
        u"`alembic.context.get_x_argument`: the migration context only Python has"_s);
    row("orm session", u"session = Session(bind=op.get_bind())"_s, 1,
        u"the ORM (`sqlalchemy.orm.Session`) needs a Python session"_s);
    row("module function", u"helper()"_s, 1, u"`helper` is a function defined in the module (line 15)"_s);
    row("project import called", u"op.f(Base.metadata)"_s, 1,
        u"`Base` is imported from `myapp.models.Base`: only Python knows what it is"_s);
    row("relative import", u"helpers.run()"_s, 1,
        u"`helpers` is imported from `.helpers`: only Python knows what it is"_s);
    row("builtin", u"print('x')"_s, 1, u"`print`, a Python builtin"_s);
    row("undefined name", u"op.f(nowhere)"_s, 1, u"`nowhere` is not defined at module level"_s);
    row("used before assignment", u"op.f(later)\nlater = 1"_s, 1, u"`later` is used before it is assigned"_s);
    row("constant from an expression", u"op.f(COMPUTED)"_s, 1,
        u"`COMPUTED` (line 12): the `+` operator"_s);
    row("star unpacking of a name", u"cols = [sa.column('a')]\nop.f(*cols)"_s, 2,
        u"`*` unpacking of something other than a literal list or tuple"_s);
    row("star unpacking of a string constant", u"op.f(*TABLE)"_s, 1,
        u"`*` unpacking of something other than a literal list or tuple"_s);
    row("double star of a name", u"kw = {}\nop.f(**kw)"_s, 2,
        u"`**` unpacking of something other than a literal dict"_s);
    row("double star with a name key", u"op.f(**{TABLE: 1})"_s, 1,
        u"`**` unpacking of a dict whose keys are not all strings"_s);
    row("dict unpacking", u"op.f({**{}})"_s, 1, u"dict unpacking (`**`)"_s);
    row("set", u"op.f({1, 2})"_s, 1, u"a set"_s);
    row("bytes", u"op.f(b'x')"_s, 1, u"a bytes literal"_s);
    row("complex", u"op.f(1j)"_s, 1, u"a complex number"_s);
    row("ellipsis", u"op.f(...)"_s, 1, u"an ellipsis (`...`)"_s);
    row("unary plus", u"op.f(+1)"_s, 1, u"the unary `+` operator"_s);
    row("expression not a call", u"TABLE"_s, 1, u"an expression statement that is not a call"_s);
    row("yield", u"yield"_s, 1, u"`yield`"_s);
    row("await", u"await op.f()"_s, 1, u"`await`"_s);
    row("other with", u"with open('x') as f:\n    pass"_s, 1, u"`open`, a Python builtin"_s);
    row("with on a library call", u"with sa.create_engine('x').begin() as c:\n    pass"_s, 1,
        u"a `with` statement other than `op.batch_alter_table(…)` or `op.get_context().autocommit_block()`"_s);
    row("with several items",
        u"with op.batch_alter_table('a') as a, op.batch_alter_table('b') as b:\n    pass"_s, 1,
        u"a `with` statement with several context managers"_s);
    row("autocommit with as", u"with op.get_context().autocommit_block() as x:\n    pass"_s, 1,
        u"a `with` statement other than"_s);
    row("verdict inside a batch block",
        u"with op.batch_alter_table('a') as a:\n    a.drop_column('x')\n    for c in 'ab':\n        pass"_s, 3,
        u"a `for` loop"_s);
    row("repeated keyword", u"op.f(a=1, a=2)"_s, 1, u"invalid Python: keyword argument repeated: a"_s);
    row("positional after keyword", u"op.f(a=1, 2)"_s, 1,
        u"invalid Python: positional argument follows keyword argument"_s);
    row("deeply nested brackets", u"op.f("_s + u"["_s.repeated(80) + u"]"_s.repeated(80) + u")"_s, 1,
        u"nested more than 64 levels deep"_s);
    row("deeply nested unary minus", u"op.f("_s + u"-"_s.repeated(100) + u"1)"_s, 1,
        u"nested more than 64 levels deep"_s);
    QString deepWith;
    for (int i = 0; i < 20; ++i)
        deepWith += QString(i * 4, u' ') + u"with op.batch_alter_table('t') as b:\n"_s;
    deepWith += QString(80, u' ') + u"pass"_s;
    row("deeply nested with", deepWith, 17, u"`with` blocks nested more than 16 levels deep"_s);
    row("first offending line wins", u"op.drop_table('a')\nop.f(x for x in 'a')\nif True:\n    pass"_s, 2,
        u"a comprehension"_s);
}

void TestMigrationBody::needsPython()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const MigrationModule module = read(moduleWithBody(body));
    const MigrationFunction *upgrade = module.function(u"upgrade");
    QVERIFY(upgrade);
    QVERIFY2(upgrade->needsPython, qPrintable(upgrade->dump()));
    QVERIFY(upgrade->body.empty()); // never partial
    QVERIFY2(upgrade->needsPython->reason.startsWith(reason), qPrintable(upgrade->needsPython->reason));
    QCOMPARE(upgrade->needsPython->line, prefixLines() + line);
    QCOMPARE(readWithKeptNamespace(moduleWithBody(body)), upgrade->dump());
}

void TestMigrationBody::resolvesNames()
{
    const MigrationModule module = read(moduleWithBody(
        u"batch = 1\nwith op.batch_alter_table('t') as b:\n"
        "    b.alter_column('c', type_=postgresql.JSONB(), server_default=sa.text('x'), x=JSONB, y=batch)"_s));
    const MigrationFunction *upgrade = module.function(u"upgrade");
    QVERIFY(upgrade && !upgrade->needsPython);
    const Statement &with = upgrade->body.at(1);
    QCOMPARE(with.kind, StatementKind::With);
    QCOMPARE(with.target, u"b"_s);
    QVERIFY(with.expression.isCallTo(u"alembic.op.batch_alter_table"));
    const Expression &call = with.body.at(0).expression;
    QCOMPARE(call.callee().binding, NameBinding::Local);
    QCOMPARE(call.callee().dottedName(), u"b.alter_column"_s);
    QVERIFY(call.callee().resolved.isEmpty());
    QCOMPARE(call.keyword(u"type_")->callee().resolved, u"sqlalchemy.dialects.postgresql.JSONB"_s);
    QVERIFY(call.keyword(u"server_default")->isCallTo(u"sqlalchemy.text"));
    QCOMPARE(call.keyword(u"x")->resolved, u"sqlalchemy.dialects.postgresql.JSONB"_s);
    QCOMPARE(call.keyword(u"x")->binding, NameBinding::Import);
    QCOMPARE(call.keyword(u"y")->binding, NameBinding::Local);
    QCOMPARE(call.argument(0, u"column_name")->text, u"c"_s);
    QCOMPARE(call.argument(1, u"type_")->callee().text, u"JSONB"_s);
}

// Names imported from the project's own packages are read as imports (their types go to
// the project's type mapping); the same imports are Python's without the packages, and
// an import from another package or a relative one stays Python's with them.
void TestMigrationBody::resolvesProjectImports()
{
    const QString text = moduleWithBody(u"op.add_column('t', sa.Column('c', Base(), sa.String(ID_LENGTH)))"_s)
                             .replace(u"TABLE = 'users'"_s, u"TABLE = 'users'\nID_LENGTH = Base.LENGTH"_s);
    int errorLine = 0;
    QString error;
    auto module = readMigrationModule(text, &errorLine, &error, {u"myapp"_s});
    QVERIFY2(module, qPrintable(error));
    const MigrationFunction *upgrade = module->function(u"upgrade");
    QVERIFY2(upgrade && !upgrade->needsPython, qPrintable(upgrade ? upgrade->dump() : QString()));
    const Expression &column = upgrade->body.at(0).expression.arguments()[1];
    QCOMPARE(column.arguments()[1].callee().binding, NameBinding::Import);
    QCOMPARE(column.arguments()[1].callee().resolved, u"myapp.models.Base"_s);
    // A module constant may be computed from the project's names too.
    QCOMPARE(module->constants.value(u"ID_LENGTH"_s).resolved, u"myapp.models.Base.LENGTH"_s);

    module = readMigrationModule(text, &errorLine, &error, {u"otherapp"_s});
    QVERIFY(module && module->function(u"upgrade")->needsPython);
    QCOMPARE(module->function(u"upgrade")->needsPython->reason,
             u"`Base` is imported from `myapp.models.Base`: only Python knows what it is"_s);
    module = readMigrationModule(moduleWithBody(u"helpers.run()"_s), &errorLine, &error,
                                 {u"myapp"_s, u"helpers"_s});
    QVERIFY(module && module->function(u"upgrade")->needsPython);
    QCOMPARE(module->function(u"upgrade")->needsPython->reason,
             u"`helpers` is imported from `.helpers`: only Python knows what it is"_s);
}

void TestMigrationBody::keepsPositions()
{
    const MigrationModule module = read(moduleWithBody(u"op.add_column('t',\n    sa.Column('c', sa.Integer()))"_s));
    const MigrationFunction *upgrade = module.function(u"upgrade");
    QVERIFY(upgrade && !upgrade->needsPython);
    const int first = prefixLines() + 1;
    const Statement &statement = upgrade->body.at(0);
    QCOMPARE(statement.line, first);
    QCOMPARE(statement.column, 5);
    const Expression &column = statement.expression.arguments()[1];
    QCOMPARE(column.line, first + 1);
    QCOMPARE(column.column, 9);
    QCOMPARE(column.arguments()[1].line, first + 1);
    QCOMPARE(column.arguments()[1].column, 24);
    QCOMPARE(column.arguments()[1].callee().column, 24);
}

void TestMigrationBody::readsModuleConstants()
{
    const MigrationModule module = read(moduleWithBody(u"status_enum.create(op.get_bind())\nop.drop_table(TABLE)"_s));
    QVERIFY(!module.function(u"upgrade")->needsPython);
    QCOMPARE(module.constants.value(u"TABLE"_s).text, u"users"_s);
    QVERIFY(module.constants.value(u"status_enum"_s).isCallTo(u"sqlalchemy.Enum"));
    QCOMPARE(module.constants.value(u"status_enum"_s).keyword(u"name")->text, u"status"_s);
    QVERIFY(!module.constants.contains(u"COMPUTED"_s)); // not used: not read
}

void TestMigrationBody::findsTheFunctions()
{
    const QString text = uR"D(from alembic import op
import sqlalchemy as sa

def upgrade(engine_name: str) -> None:
    globals()["upgrade_%s" % engine_name]()

def downgrade(engine_name: str) -> None:
    globals()["downgrade_%s" % engine_name]()

def upgrade_engine1() -> None:  # type: () -> None
    op.drop_table('a')

def downgrade_engine1(): pass

def not_a_migration():
    for x in y: pass
)D"_s;
    const MigrationModule module = read(text);
    QCOMPARE(module.functions.size(), size_t(4));
    QCOMPARE(module.function(u"upgrade")->needsPython->line, 4);
    QVERIFY(module.function(u"upgrade")->needsPython->reason.startsWith(u"`upgrade()` takes parameters"_s));
    QCOMPARE(module.function(u"upgrade_engine1")->dump(), uR"D(call(attr(op, drop_table); "a"; ))D"_s);
    QCOMPARE(module.function(u"downgrade_engine1")->dump(), u"pass"_s);

    const MigrationModule conditional = read(uR"D(import sys
if sys.version_info > (3,):
    def upgrade():
        pass
def downgrade():
    pass
def downgrade():
    return
)D"_s);
    QCOMPARE(conditional.functions.size(), size_t(2));
    QCOMPARE(conditional.function(u"downgrade")->dump(), u"return"_s);
    QCOMPARE(conditional.function(u"upgrade")->needsPython->line, 3);
    QCOMPARE(conditional.function(u"upgrade")->needsPython->reason,
             u"`upgrade` is assigned inside a block (`if`)"_s);

    const MigrationModule decorated = read(u"import functools\n@functools.cache\ndef upgrade():\n    pass\n"
                                           "async def downgrade():\n    pass\n"_s);
    QCOMPARE(decorated.function(u"upgrade")->needsPython->reason, u"a decorated function"_s);
    QCOMPARE(decorated.function(u"downgrade")->needsPython->reason, u"an `async` function"_s);

    const MigrationModule starred = read(u"from somewhere import *\nfrom alembic import op\n"
                                         "def upgrade():\n    op.f(thing)\n"_s);
    QCOMPARE(starred.function(u"upgrade")->dump(),
             u"needs Python at 4: `thing` may come from `from … import *` (line 1)"_s);
}

void TestMigrationBody::readsOnlyTheFunctionAsked()
{
    const QString text = u"from alembic import op\n"
                         "def upgrade():\n    op.drop_table('a')\n"
                         "def downgrade():\n    for x in y: pass\n"
                         "def upgrade_engine1():\n    pass\n"_s;
    int errorLine = 0;
    QString error;
    const auto upgrade = readMigrationModule(text, &errorLine, &error, {}, u"upgrade");
    QVERIFY(upgrade);
    QCOMPARE(upgrade->functions.size(), size_t(1));
    QCOMPARE(upgrade->function(u"upgrade")->dump(), uR"D(call(attr(op, drop_table); "a"; ))D"_s);
    // The other function's verdict is the same as when the whole module is read.
    const auto downgrade = readMigrationModule(text, &errorLine, &error, {}, u"downgrade");
    QVERIFY(downgrade);
    QCOMPARE(downgrade->functions.size(), size_t(1));
    QCOMPARE(downgrade->function(u"downgrade")->dump(), read(text).function(u"downgrade")->dump());

    // upgrade bound some other way is still a verdict on it; downgrade is not looked at.
    const auto conditional = readMigrationModule(u"import sys\nif sys.version_info > (3,):\n"
                                                 "    def upgrade():\n        pass\n"
                                                 "downgrade = None\n"_s,
                                                 &errorLine, &error, {}, u"upgrade");
    QVERIFY(conditional);
    QCOMPARE(conditional->functions.size(), size_t(1));
    QCOMPARE(conditional->function(u"upgrade")->needsPython->reason,
             u"`upgrade` is assigned inside a block (`if`)"_s);

    // Importing the module still fails on a syntax error in a function not asked for.
    QVERIFY(!readMigrationModule(u"def upgrade():\n    pass\ndef downgrade():\n    op.f(\n"_s,
                                 &errorLine, &error, {}, u"upgrade"));
    QCOMPARE(errorLine, 4);
}

// From a kept namespace, upgrade() is read from its own tokens alone: whatever comes
// before and after it (line breaks of every kind, strings over several lines, decorators,
// constants assigned later, a one-line definition) must not change what is read.
void TestMigrationBody::readsOneFunctionFromTheKeptNamespace_data()
{
    QTest::addColumn<QString>("text");
    const QString body = u"    op.add_column(TABLE, sa.Column('c', sa.Integer()))\n"
                         "    op.execute(\"x\")  # a comment\n"
                         "# at the margin, inside the body\n"
                         "    op.drop_index('ix', table_name='t')\n"_s;
    const QString head = u"from alembic import op\nimport sqlalchemy as sa\nTABLE = 'users'\n"_s;
    QTest::newRow("plain") << head + u"def upgrade():\n"_s + body + u"def downgrade():\n    pass\n"_s;
    QTest::newRow("last in the file, no final line break")
        << head + u"def downgrade():\n    pass\n\ndef upgrade():\n"_s + body.chopped(1);
    QTest::newRow("CRLF and CR line breaks")
        << QString(head + u"def upgrade():\n"_s + body).replace(u"\n"_s, u"\r\n"_s).replace(u"op\r\n"_s, u"op\r"_s);
    QTest::newRow("a docstring over lines before it")
        << u"'''one\ntwo\r\nthree'''\n"_s + head + u"x = (1,\n     2)\ny = 1 + \\\n    2\ndef upgrade():\n"_s + body;
    QTest::newRow("decorated") << head + u"@staticmethod\n@other\ndef upgrade():\n"_s + body;
    QTest::newRow("async") << head + u"async def upgrade():\n"_s + body;
    QTest::newRow("a constant assigned after it")
        << u"from alembic import op\nimport sqlalchemy as sa\ndef upgrade():\n"_s + body + u"TABLE = 'later'\n"_s;
    QTest::newRow("a constant assigned twice") << head + u"def upgrade():\n"_s + body + u"TABLE = 'later'\n"_s;
    QTest::newRow("one line") << head + u"def upgrade(): op.drop_table(TABLE)\ndef downgrade(): pass\n"_s;
    QTest::newRow("defined twice") << head + u"def upgrade():\n    pass\ndef upgrade():\n"_s + body;
    QTest::newRow("a byte-order mark") << QChar(0xFEFF) + u"def upgrade():\n"_s + body + head;
    QTest::newRow("a verdict") << u"'''\n\n'''\r\n"_s + head + u"def upgrade():\n    op.f(1)\n    for x in y: pass\n"_s;
    QTest::newRow("nested blocks") << head + u"def upgrade():\n    with op.batch_alter_table('t') as b:\n"
                                             "        b.drop_column('c')\n    op.drop_table('t')\nz = 1\n"_s;
}

// Where each statement and its expression's arguments are, as `line:column` pairs.
QString positions(const std::vector<Statement> &statements)
{
    QString text;
    for (const Statement &statement : statements) {
        text += u"%1:%2 (%3:%4"_s.arg(statement.line).arg(statement.column)
                    .arg(statement.expression.line).arg(statement.expression.column);
        for (const Expression &operand : statement.expression.operands)
            text += u" %1:%2"_s.arg(operand.line).arg(operand.column);
        text += u") "_s + positions(statement.body);
    }
    return text;
}

void TestMigrationBody::readsOneFunctionFromTheKeptNamespace()
{
    QFETCH(QString, text);
    int errorLine = 0;
    QString error;
    const auto whole = readMigrationModule(text, &errorLine, &error, {}, u"upgrade");
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(readWithKeptNamespace(text), whole->function(u"upgrade")->dump());
    const auto names = readModuleNamespace(text, &errorLine, &error, ImportPaths::Record);
    QVERIFY(names);
    const auto kept = readMigrationModule(text, *names, &errorLine, &error, {}, u"upgrade");
    QVERIFY(kept);
    const MigrationFunction *upgrade = kept->function(u"upgrade");
    QVERIFY(upgrade);
    QCOMPARE(upgrade->line, whole->function(u"upgrade")->line);
    QCOMPARE(positions(upgrade->body), positions(whole->function(u"upgrade")->body));
}

void TestMigrationBody::rejectsInvalidModules()
{
    int errorLine = 0;
    QString error;
    QVERIFY(!readMigrationModule(u"def upgrade():\n    op.f(\n"_s, &errorLine, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(errorLine > 0);

    // Found by fuzz_migrationbody: blocks the tokenizer accepts but Python does not.
    const MigrationModule noBlock = read(u"def upgrade() -> None:\n    # only a comment\n"_s);
    QCOMPARE(noBlock.function(u"upgrade")->dump(), u"needs Python at 3: invalid Python: expected an indented block"_s);
    const MigrationModule unindented = read(u"def downgrade():\npass\n"_s);
    QCOMPARE(unindented.function(u"downgrade")->dump(), u"needs Python at 2: invalid Python: expected an indented block"_s);
    const MigrationModule withoutColon = read(u"from alembic import op\ndef upgrade():\n    with op.batch_alter_table('t')\n"_s);
    QCOMPARE(withoutColon.function(u"upgrade")->dump(), u"needs Python at 3: invalid Python: a `with` statement without `:`"_s);
}

QTEST_GUILESS_MAIN(TestMigrationBody)
#include "tst_migrationbody.moc"
