#include <migrations/ddlcompiler.h>
#include <migrations/operationreader.h>
#include <migrations/python/migrationbody.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// op.alter_column, op.create_table_comment and op.drop_table_comment, read from a body and
// compiled on every dialect, against what Alembic writes for the same statement in offline
// mode (reference/alter_column.py runs each one); where the native engine refuses a
// statement on a dialect, the reason it gives; and what the reader refuses, at which line.
class TestAlterColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesAlembic_data();
    void matchesAlembic();
    void refusesToRead_data();
    void refusesToRead();
    void projectTypeOnMySql();

private:
    QJsonObject m_alembic;
};

namespace {

const QList<std::pair<const char *, Dialect>> dialects = {{"sqlite", Dialect::SQLite},
                                                          {"postgresql", Dialect::PostgreSQL},
                                                          {"mysql", Dialect::MySQL},
                                                          {"mariadb", Dialect::MariaDB}};

// The imports the statements may use; reference/alter_column.py runs them with the same.
const QString modulePrefix = uR"D(from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite


def upgrade() -> None:
)D"_s;

ReadOperations readBody(const QString &body)
{
    QStringList lines = body.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"    "_s);
    int errorLine = 0;
    QString error;
    const auto module
        = Python::readMigrationModule(modulePrefix + lines.join(u'\n') + u'\n', &errorLine, &error);
    if (!module)
        qFatal("invalid module at %d: %s", errorLine, qPrintable(error));
    return readOperations(*module->function(u"upgrade"), *module);
}

// A statement, and per dialect (in the order of `dialects`) the reason the native engine
// gives for not rendering it there, or nothing where it renders what Alembic writes.
struct Row
{
    const char *name;
    QString statement;
    QStringList refusals = {{}, {}, {}, {}};
};

const QString checkConstraint
    = u"op.alter_column(type_=…): a type that adds a CHECK constraint on %1 is not rendered yet"_s;

const QList<Row> rows = {
    {"nullable", u"op.alter_column('users', 'email', existing_type=sa.String(120), nullable=False)"_s},
    {"nothing to change", u"op.alter_column('users', 'email')"_s},
    {"only what the column is",
     u"op.alter_column('users', 'email', existing_type=sa.String(120), existing_nullable=False, "
     "existing_server_default='x', existing_comment='c')"_s},
    {"everything at once",
     u"op.alter_column('order', 'select', existing_type=sa.Integer(), type_=sa.BigInteger(), nullable=False, "
     "server_default=sa.text('0'), comment=\"it's\", new_column_name='Choice', schema='shop', "
     "postgresql_using='\"select\"::bigint')"_s},
    {"default dropped", u"op.alter_column('users', 'email', server_default=None)"_s},
    {"False and None left out",
     u"op.alter_column('users', 'email', server_default=False, nullable=None, comment=False, "
     "new_column_name=None, type_=None, existing_type=sa.Integer())"_s},
    {"a DateTime alone", u"op.alter_column('users', 'seen', existing_type=sa.DateTime())"_s},
    {"a DateTime class alone", u"op.alter_column('users', 'seen', existing_type=sa.DateTime)"_s},
    {"a DateTime class, nullable",
     u"op.alter_column('users', 'seen', existing_type=sa.DateTime, nullable=False)"_s},
    {"a DateTime's default dropped",
     u"op.alter_column('users', 'seen', existing_type=sa.TIMESTAMP(), server_default=None)"_s},
    {"postgresql.TIMESTAMP",
     u"op.alter_column('users', 'seen', type_=postgresql.TIMESTAMP(timezone=True), existing_type=sa.Date(), "
     "nullable=False)"_s},
    {"mysql.DATETIME", u"op.alter_column('users', 'seen', type_=mysql.DATETIME(fsp=3), "
                       "server_default=sa.text('CURRENT_TIMESTAMP(3)'))"_s},
    {"sqlite.DATETIME",
     u"op.alter_column('users', 'seen', type_=sqlite.DATETIME(), existing_nullable=False)"_s},
    {"a Date is no DateTime", u"op.alter_column('users', 'born', existing_type=sa.Date(), nullable=True)"_s},
    {"an Interval is no DateTime",
     u"op.alter_column('users', 'took', type_=sa.Interval(), existing_type=sa.String(5))"_s},
    {"a variant keeps its base's class",
     u"op.alter_column('users', 'seen', type_=sa.String(5).with_variant(sa.DateTime(), 'mysql'))"_s},
    {"an empty comment",
     u"op.alter_column('users', 'email', comment='', existing_type=sa.Integer(), existing_comment='old')"_s},
    {"comment removed", u"op.alter_column('users', 'email', comment=None, existing_type=sa.Text())"_s},
    {"existing default restated",
     u"op.alter_column('users', 'mood', existing_type=sa.String(8), nullable=False, "
     "existing_server_default=sa.text(\"'x'\"), existing_comment=\"it's\")"_s},
    {"a text default with an escaped colon",
     u"op.alter_column('users', 'at', server_default=sa.text(\"'a\\\\:b'\"))"_s},
    {"USING empty", u"op.alter_column('users', 'age', type_=sa.Integer(), postgresql_using='')"_s},
    {"USING without a type", u"op.alter_column('users', 'age', postgresql_using='age::int')"_s},
    {"USING None",
     u"op.alter_column('users', 'age', postgresql_using=None, nullable=True, existing_type=sa.Integer())"_s},
    {"a new name only", u"op.alter_column('users', 'age', new_column_name='years')"_s},
    {"quoted names, a dotted schema", u"op.alter_column('order', 'Select', new_column_name='group', "
                                      u"schema='my.schema', comment=\"a\\\\b 'c'\", "
                                      "existing_type=sa.Text())"_s},
    {"a type the dialect has not",
     u"op.alter_column('users', 'flag', type_=mysql.TINYINT(display_width=1), existing_type=sa.Boolean())"_s},
    {"an existing type MySQL cannot render",
     u"op.alter_column('users', 'name', existing_type=sa.String(), nullable=False)"_s},
    {"autoincrement",
     u"op.alter_column('users', 'id', existing_type=sa.Integer(), autoincrement=True, existing_nullable=False)"_s},
    {"existing_autoincrement", u"op.alter_column('users', 'id', existing_type=sa.Integer(), "
                               u"existing_autoincrement=True, nullable=False, "
                               "server_default='1')"_s},
    {"autoincrement False",
     u"op.alter_column('users', 'id', existing_type=sa.Integer(), autoincrement=False)"_s},
    {"autoincrement, and a comment SQLite has not",
     u"op.alter_column('users', 'id', existing_type=sa.Integer(), autoincrement=True, comment='key')"_s},
    {"autoincrement, and a type PostgreSQL has not",
     u"op.alter_column('users', 'id', type_=mysql.MEDIUMINT(), autoincrement=True)"_s},
    {"autoincrement, and USING without a type",
     u"op.alter_column('users', 'id', postgresql_using='id', autoincrement=True)"_s},
    {"a Boolean with its CHECK",
     u"op.alter_column('users', 'flag', type_=sa.Boolean(create_constraint=True), existing_type=sa.Integer())"_s,
     {{}, {}, checkConstraint.arg(u"mysql"_s), checkConstraint.arg(u"mariadb"_s)}},
    {"a Boolean with its CHECK, and a comment SQLite has not",
     u"op.alter_column('users', 'flag', type_=sa.Boolean(create_constraint=True), comment='on')"_s,
     {{}, {}, checkConstraint.arg(u"mysql"_s), checkConstraint.arg(u"mariadb"_s)}},
    {"an Enum with its CHECK",
     u"op.alter_column('users', 'kind', type_=sa.Enum('a', 'b', name='ab', native_enum=False, "
     "create_constraint=True))"_s,
     {{},
      checkConstraint.arg(u"postgresql"_s),
      checkConstraint.arg(u"mysql"_s),
      checkConstraint.arg(u"mariadb"_s)}},
    {"the existing Enum's CHECK",
     u"op.alter_column('users', 'kind', type_=sa.String(10), existing_type=sa.Enum('a', 'b', name='ab', "
     "native_enum=False, create_constraint=True))"_s,
     {{},
      u"op.alter_column(existing_type=…): dropping the CHECK constraint of the existing type on postgresql "
      "is not rendered yet"_s,
      {},
      {}}},
    {"an existing Boolean's CHECK, the type kept",
     u"op.alter_column('users', 'flag', existing_type=sa.Boolean(create_constraint=True), nullable=False)"_s},
    {"a table comment",
     u"op.create_table_comment('users', \"it's \\\\ here\", existing_comment='old', schema='a.b')"_s},
    {"a table comment None", u"op.create_table_comment('order', None)"_s},
    {"a table comment empty", u"op.create_table_comment('t', '')"_s},
    {"a table comment dropped", u"op.drop_table_comment('order', existing_comment='x', schema='s')"_s},
};

} // namespace

void TestAlterColumn::initTestCase()
{
    QJsonArray statements;
    for (const Row &row : rows)
        statements.append(row.statement);
    QProcess python;
    python.start(u"python3"_s, {QStringLiteral(ALTER_COLUMN_SCRIPT)});
    python.write(QJsonDocument(statements).toJson());
    python.closeWriteChannel();
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qFatal("alter_column.py failed: %s", python.readAllStandardError().constData());
    m_alembic = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestAlterColumn::matchesAlembic_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("refusals");
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.statement << row.refusals;
}

void TestAlterColumn::matchesAlembic()
{
    QFETCH(QString, statement);
    QFETCH(QStringList, refusals);
    const ReadOperations read = readBody(statement);
    QVERIFY2(!read.unsupported, qPrintable(read.unsupported ? read.unsupported->reason : QString()));
    QCOMPARE(read.operations.size(), 1);
    for (qsizetype i = 0; i < dialects.size(); ++i) {
        const auto &[name, dialect] = dialects[i];
        const CompiledOperation compiled = compileOperation(read.operations.first(), dialect);
        const QJsonObject theirs = m_alembic[statement][QLatin1StringView(name)].toObject();
        if (!refusals[i].isEmpty()) {
            QVERIFY2(compiled.unsupported, name);
            QCOMPARE(compiled.error, refusals[i]);
            continue;
        }
        // "dialect: statement | statement | how it failed", for a readable difference.
        QStringList expected = {QString::fromLatin1(name)};
        for (const QJsonValue &sql : theirs[u"statements"].toArray())
            expected.append(sql.toString());
        for (const QJsonValue &warning : theirs[u"warnings"].toArray())
            expected.append(u"warning: "_s + warning.toString());
        expected.append(theirs[u"failure"].toString());
        QVERIFY2(!compiled.unsupported, qPrintable(compiled.error));
        QStringList ours = QStringList{QString::fromLatin1(name)} + compiled.statements;
        for (const QString &warning : compiled.warnings)
            ours.append(u"warning: "_s + warning);
        ours.append(compiled.error.isEmpty() ? QString()
                    : compiled.commandError  ? u"FAILED: "_s + compiled.error
                                             : u"crash"_s);
        QCOMPARE(ours.join(" | "_L1), expected.join(" | "_L1));
    }
}

void TestAlterColumn::refusesToRead_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line"); // in the body
    QTest::addColumn<QString>("reason");
    QTest::addRow("a function as server default")
        << u"op.alter_column('t', 'c', server_default=sa.func.now())"_s << 1
        << u"op.alter_column: server_default other than a str, sa.text(\"…\"), None or False is not rendered yet"_s;
    QTest::addRow("an identity as existing default")
        << u"op.alter_column('t', 'c', existing_server_default=sa.Identity())"_s << 1
        << u"op.alter_column: existing_server_default other than a str, sa.text(\"…\"), None or False is not "
           "rendered yet"_s;
    QTest::addRow("a bind parameter in the default")
        << u"op.alter_column('t', 'c', server_default=sa.text('now() + :days'))"_s << 1
        << u"op.alter_column: server_default: the bind parameter :days has no value in offline SQL"_s;
    QTest::addRow("nullable a string") << u"op.alter_column('t', 'c', nullable='no')"_s << 1
                                       << u"op.alter_column: nullable is not True, False or None"_s;
    QTest::addRow("comment as SQL") << u"op.alter_column('t', 'c', comment=sa.text('x'))"_s << 1
                                    << u"op.alter_column: comment is not a string or None"_s;
    QTest::addRow("a type SQLAlchemy has not") << u"op.alter_column('t', 'c', type_=sa.Strin(5))"_s << 1
                                               << u"op.alter_column: type_: sqlalchemy.Strin is not a type "
                                                  "SQLAlchemy has"_s;
    QTest::addRow("an unknown keyword") << u"op.alter_column('t', 'c', nullable=True, foo=1)"_s << 1
                                        << u"op.alter_column(foo=…) is not rendered yet"_s;
    QTest::addRow("a new name through op.f") << u"op.alter_column('t', 'c', new_column_name=op.f('d'))"_s << 1
                                             << u"op.alter_column: new_column_name is not a string or None"_s;
    QTest::addRow("USING as SQL")
        << u"op.alter_column('t', 'c', type_=sa.Integer, postgresql_using=sa.text('c'))"_s << 1
        << u"op.alter_column: postgresql_using is not a string or None"_s;
    QTest::addRow("a table comment False") << u"op.create_table_comment('t', False)"_s << 1
                                           << u"op.create_table_comment: comment is not a string or None"_s;
    QTest::addRow("an existing comment as SQL")
        << u"op.drop_table_comment('t', existing_comment=sa.text('x'))"_s << 1
        << u"op.drop_table_comment: existing_comment is not a string or None"_s;
    QTest::addRow("a comment given twice")
        << u"op.drop_table_comment('t', 'x')"_s << 1
        << u"drop_table_comment() takes 2 positional arguments but 3 were given"_s;
    QTest::addRow("the second statement, over lines")
        << u"op.alter_column('t', 'c', nullable=True)\nop.alter_column(\n    't', 'c',\n    nullable=1)"_s
        << 2 << u"op.alter_column: nullable is not True, False or None"_s;
}

void TestAlterColumn::refusesToRead()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const ReadOperations read = readBody(body);
    QVERIFY(read.unsupported);
    QCOMPARE(read.unsupported->reason, reason);
    QCOMPARE(read.unsupported->line, int(modulePrefix.count(u'\n')) + line);
}

void TestAlterColumn::projectTypeOnMySql()
{
    // Whether MySQL's impl writes CHANGE or MODIFY depends on the type's class, which a
    // type of the project's own (a TypeDecorator, most likely) does not tell here.
    Operation operation;
    operation.kind = Operation::Kind::AlterColumn;
    operation.table = u"users"_s;
    operation.name = u"id"_s;
    SqlType guid;
    guid.module = TypeModule::Project;
    guid.name = u"GUID"_s;
    operation.alteration->existingType = guid;
    operation.alteration->nullable = false;
    CompiledOperation compiled = compileOperation(operation, Dialect::MySQL);
    QVERIFY(compiled.unsupported);
    QCOMPARE(compiled.error,
             u"op.alter_column on mysql: whether Alembic writes CHANGE or MODIFY depends on whether "
             "the project's type GUID is a DateTime, which is not known"_s);
    // A dropped default is never a CHANGE: the class is not asked.
    operation.alteration->nullable.reset();
    operation.alteration->serverDefault.kind = AlterValue::None;
    compiled = compileOperation(operation, Dialect::MySQL);
    QVERIFY(!compiled.unsupported);
    QCOMPARE(compiled.statements, QStringList{u"ALTER TABLE users ALTER COLUMN id DROP DEFAULT"_s});
}

QTEST_GUILESS_MAIN(TestAlterColumn)
#include "tst_altercolumn.moc"
