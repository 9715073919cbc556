// Column types read from the text of a migration body: every row of tst_sqltype read back
// into the SqlType built there, the constructor table checked against inspect.signature()
// of the real classes, and bad calls refused with CPython's own TypeError
// (tests/migrations/reference/type_constructors.py).
#include <migrations/python/migrationbody.h>
#include <migrations/typeconstructor.h>
#include <migrations/typeexpression.h>

// moc reads included headers, and loses track of the namespaces in this one (its rows
// are raw strings full of quotes): it only needs the test class.
#ifndef Q_MOC_RUN
#include "sqltyperows.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::SqlType;
using Migrations::SqlTypeReading;
using Migrations::TypeExpressionScope;
using Migrations::TypeModule;

namespace {

// Declarations, not `using namespace`: moc would put the test class in that namespace.
using SqlTypeRows::lite;
using SqlTypeRows::my;
using SqlTypeRows::pg;
using SqlTypeRows::Row;
using SqlTypeRows::rows;
using SqlTypeRows::sa;
using SqlTypeRows::sqlmodel;
using SqlTypeRows::T;

const QString imports = u"from alembic import op\n"
                        "import sqlalchemy\n"
                        "import sqlalchemy as sa\n"
                        "from sqlalchemy.dialects import postgresql, mysql, sqlite\n"
                        "import sqlmodel\n"
                        "from sqlalchemy import types\n"
                        "import sqlalchemy.ext.mutable\n"_s;

// `prelude` goes at module level after the imports, `local` at the top of upgrade();
// `locals` gives the scope the local names' values (what LocalNames would).
SqlTypeReading readType(const QString &expression, const QString &prelude = {}, const QString &local = {},
                        const TypeExpressionScope &locals = {})
{
    const QString text = imports + prelude + u"\n\ndef upgrade():\n"_s + local
                         + u"    op.add_column('t', sa.Column('c', "_s + expression + u"))\n"_s;
    int errorLine = 0;
    QString error;
    const auto module = Migrations::Python::readMigrationModule(text, &errorLine, &error);
    if (!module)
        return {std::nullopt, errorLine, u"not Python: "_s + error};
    const Migrations::Python::MigrationFunction *upgrade = module->function(u"upgrade");
    if (!upgrade || upgrade->needsPython)
        return {std::nullopt, 0,
                u"the body reader refuses it: "_s + (upgrade ? upgrade->needsPython->reason : QString())};
    const auto &addColumn = upgrade->body.back().expression;
    const auto &column = addColumn.arguments()[1];
    TypeExpressionScope scope;
    scope.constants = &module->constants;
    scope.projectPackages = {u"app"_s};
    scope.localLiterals = locals.localLiterals;
    scope.localTypes = locals.localTypes;
    return Migrations::sqlTypeFromExpression(column.arguments()[1], scope);
}

QString moduleKey(Migrations::TypeModule module)
{
    switch (module) {
    case Migrations::TypeModule::SqlAlchemy:
        return u"SqlAlchemy"_s;
    case Migrations::TypeModule::PostgreSQL:
        return u"PostgreSQL"_s;
    case Migrations::TypeModule::MySQL:
        return u"MySQL"_s;
    case Migrations::TypeModule::SQLite:
        return u"SQLite"_s;
    case Migrations::TypeModule::SqlModel:
        return u"SqlModel"_s;
    case Migrations::TypeModule::Project:
        break;
    }
    return u"Project"_s;
}

// What Python does with an error row's expression.
enum class Python { SameError, ErrorStartingSo, Accepts, NotChecked };

struct ErrorRow
{
    const char *name;
    const char *expression;
    const char *error; // ours, whole (SameError) or a part that names the argument or class
    Python python;
};

const std::vector<ErrorRow> &errorRows()
{
    using enum Python;
    // clang-format off
    static const std::vector<ErrorRow> rows = {
        {"non-literal length", "sa.String(sa.text('50'))", "argument 'length' of sa.String must be an integer literal or None", Accepts},
        {"string for an integer", "sa.String('50')", "argument 'length' of sa.String must be an integer literal or None", Accepts},
        {"non-literal enum value", "sa.Enum('a', sa.text('b'))", "argument 'enums' of sa.Enum: each value must be a string literal", NotChecked},
        {"non-literal collation", "mysql.VARCHAR(10, collation=sa.text('x'))", "argument 'collation' of mysql.VARCHAR must be a string literal or None", NotChecked},
        {"impl is not modelled", "sa.PickleType(impl=sa.LargeBinary(10))", "argument 'impl' of sa.PickleType is not read", Accepts},
        {"inherit_schema is not modelled", "sa.Enum('a', name='e', inherit_schema=True)", "argument 'inherit_schema' of sa.Enum is not read", Accepts},
        {"another method", "sa.String(50).evaluates_none()", "the method evaluates_none() of a type is not read", Accepts},
        {"unknown class", "sa.Strung(5)", "sqlalchemy.Strung is not a type SQLAlchemy has", NotChecked},
        {"unknown dialect class", "sqlite.JSONB()", "sqlalchemy.dialects.sqlite.JSONB is not a type SQLAlchemy has", NotChecked},
        {"not a types module", "sqlalchemy.ext.mutable.MutableDict()", "sqlalchemy.ext.mutable.MutableDict is not a type Alembic Studio knows", NotChecked},
        {"too many positional", "sa.String(1, 'C', 3)", "String.__init__() takes from 1 to 3 positional arguments but 4 were given", SameError},
        {"too many positional, inherited", "sa.VARCHAR(1, 'C', 3)", "String.__init__() takes from 1 to 3 positional arguments but 4 were given", SameError},
        {"only keywords", "mysql.TINYTEXT(5)", "TINYTEXT.__init__() takes 1 positional argument but 2 were given", SameError},
        {"too many through *args", "sqlite.DATETIME('%(year)d', None, 3)", "_DateTimeMixin.__init__() takes from 1 to 3 positional arguments but 4 were given", SameError},
        {"too many for a TypeDecorator", "sqlmodel.sql.sqltypes.AutoString(1, 'C', 3)", "String.__init__() takes from 1 to 3 positional arguments but 4 were given", SameError},
        {"takes no arguments", "sa.Integer(5)", "Integer() takes no arguments", SameError},
        {"takes no keywords", "postgresql.CIDR(x=1)", "CIDR() takes no arguments", SameError},
        {"alias takes no arguments", "sa.INT(5)", "INTEGER() takes no arguments", SameError},
        {"unexpected keyword", "sa.String(size=5)", "String.__init__() got an unexpected keyword argument 'size'", SameError},
        {"unexpected keyword, Boolean", "sa.Boolean(foo=1)", "Boolean.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword down the chain", "mysql.VARCHAR(10, foo=1)", "String.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql ENUM", "mysql.ENUM('a', foo=1)", "String.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql SET", "mysql.SET('a', foo=1)", "String.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql DECIMAL", "mysql.DECIMAL(foo=1)", "Numeric.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql FLOAT", "mysql.FLOAT(foo=1)", "Float.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql DOUBLE", "mysql.DOUBLE(foo=1)", "Float.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql INTEGER", "mysql.INTEGER(foo=1)", "object.__init__() takes exactly one argument (the instance to initialize)", SameError},
        {"unexpected keyword, sqlite DATE", "sqlite.DATE(foo=1)", "object.__init__() takes exactly one argument (the instance to initialize)", SameError},
        {"unexpected keyword, sqlite DATETIME", "sqlite.DATETIME(foo=1)", "DateTime.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, sqlite TIME", "sqlite.TIME(foo=1)", "Time.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, AutoString", "sqlmodel.sql.sqltypes.AutoString(foo=1)", "String.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"unexpected keyword, mysql YEAR", "mysql.YEAR(foo=1)", "YEAR.__init__() got an unexpected keyword argument 'foo'", SameError},
        {"given twice", "sa.Numeric(10, precision=10)", "Numeric.__init__() got multiple values for argument 'precision'", SameError},
        {"missing item type", "sa.ARRAY()", "ARRAY.__init__() missing 1 required positional argument: 'item_type'", SameError},
        {"bare class missing item type", "postgresql.ARRAY", "ARRAY.__init__() missing 1 required positional argument: 'item_type'", SameError},
        {"nested ARRAY", "sa.ARRAY(sa.ARRAY(sa.Integer()))", "Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype", SameError},
        {"with_variant without a type", "sa.Integer().with_variant()", "TypeEngine.with_variant() missing 1 required positional argument: 'type_'", SameError},
        {"variant of a variant", "sa.Integer().with_variant(sa.Integer().with_variant(sa.Text(), 'mysql'), 'sqlite')", "can't pass a type that already has variants as a dialect-level type to with_variant()", SameError},
        {"variant twice for a dialect", "sa.String(10).with_variant(sa.Integer(), 'mysql').with_variant(sa.Text(), 'mysql')", "Dialect 'mysql' is already present in the mapping for this ", ErrorStartingSo},
    };
    // clang-format on
    return rows;
}

// tst_sqltype's rows that the reader refuses, each with the reason it must give.
const QHash<QString, QString> &refusedRows()
{
    static const QHash<QString, QString> refused = {};
    return refused;
}

} // namespace

class TestTypeExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void constructors_data();
    void constructors();
    void everyClassHasAConstructor();
    void sqlTypeRows_data();
    void sqlTypeRows();
    void errors_data();
    void errors();
    void scope();
    void projectTypes();
    void projectTypesThroughTheReader();
    void bareClassesAndSpellings();

private:
    QJsonObject m_python;
};

void TestTypeExpression::initTestCase()
{
    QJsonArray classes, calls;
    for (const Migrations::TypeConstructor &constructor : Migrations::typeConstructors())
        classes.append(QJsonArray{moduleKey(constructor.module), QString(constructor.name)});
    for (const ErrorRow &row : errorRows())
        calls.append(QString::fromUtf8(row.expression));
    QProcess python;
    python.start(u"python3"_s, {u"-B"_s, QStringLiteral(TYPE_CONSTRUCTORS_SCRIPT)});
    python.write(QJsonDocument(QJsonObject{{u"classes"_s, classes}, {u"calls"_s, calls}}).toJson());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    m_python = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(!m_python.isEmpty());
}

void TestTypeExpression::constructors_data()
{
    QTest::addColumn<int>("index");
    const auto constructors = Migrations::typeConstructors();
    for (std::size_t i = 0; i < constructors.size(); ++i)
        QTest::addRow("%s.%s", qPrintable(moduleKey(constructors[i].module)), constructors[i].name.data())
            << int(i);
}

void TestTypeExpression::constructors()
{
    QFETCH(int, index);
    const Migrations::TypeConstructor &constructor = Migrations::typeConstructors()[std::size_t(index)];
    const QJsonObject python
        = m_python[u"signatures"_s][moduleKey(constructor.module) + u'.' + constructor.name].toObject();
    QCOMPARE(QString(constructor.qualifiedName), python[u"qualname"_s].toString());
    static const QStringList kinds
        = {u"POSITIONAL_OR_KEYWORD"_s, u"VAR_POSITIONAL"_s, u"KEYWORD_ONLY"_s, u"VAR_KEYWORD"_s};
    QStringList ours, theirs;
    for (const Migrations::TypeParameter &p : constructor.parameters)
        ours.append(u"%1 %2%3"_s.arg(p.name, kinds[p.kind], p.required ? u" required"_s : QString()));
    for (const QJsonValue &parameter : python[u"parameters"_s].toArray()) {
        const QJsonArray p = parameter.toArray();
        theirs.append(
            u"%1 %2%3"_s.arg(p[0].toString(), p[1].toString(), p[2].toBool() ? u" required"_s : QString()));
    }
    QCOMPARE(ours, theirs);
}

void TestTypeExpression::everyClassHasAConstructor()
{
    for (const Migrations::TypeClass &typeClass : Migrations::typeClasses())
        QVERIFY2(Migrations::typeConstructor(typeClass), typeClass.name.data());
    QCOMPARE(Migrations::typeConstructors().size(), Migrations::typeClasses().size());
}

void TestTypeExpression::sqlTypeRows_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < rows().size(); ++i)
        QTest::addRow("%s", rows()[i].expression) << int(i);
}

void TestTypeExpression::sqlTypeRows()
{
    QFETCH(int, index);
    const Row &row = rows()[std::size_t(index)];
    const QString expression = QString::fromUtf8(row.expression);
    const SqlTypeReading reading = readType(expression);
    if (refusedRows().contains(expression)) {
        QVERIFY(!reading.type);
        QVERIFY2(reading.error.contains(refusedRows().value(expression)), qPrintable(reading.error));
        return;
    }
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == row.type);
}

void TestTypeExpression::errors_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < errorRows().size(); ++i)
        QTest::addRow("%s", errorRows()[i].name) << int(i);
}

void TestTypeExpression::errors()
{
    QFETCH(int, index);
    const ErrorRow &row = errorRows()[std::size_t(index)];
    const SqlTypeReading reading = readType(QString::fromUtf8(row.expression));
    QVERIFY(!reading.type);
    QVERIFY2(reading.line == 11,
             qPrintable(reading.error)); // the add_column line: the error points into the script
    const QString expected = QString::fromUtf8(row.error);
    const QJsonObject python = m_python[u"calls"_s].toArray().at(index).toObject();
    switch (row.python) {
    case Python::SameError:
        QCOMPARE(reading.error, expected);
        QCOMPARE(python[u"error"_s].toString(), expected);
        break;
    case Python::ErrorStartingSo:
        QVERIFY2(reading.error.startsWith(expected), qPrintable(reading.error));
        QVERIFY2(python[u"error"_s].toString().startsWith(expected),
                 qPrintable(python[u"error"_s].toString()));
        break;
    case Python::Accepts:
        QVERIFY2(python[u"ok"_s].toBool(), qPrintable(python[u"error"_s].toString()));
        [[fallthrough]];
    case Python::NotChecked:
        QVERIFY2(reading.error.contains(expected), qPrintable(reading.error));
        break;
    }
}

void TestTypeExpression::scope()
{
    // Module constants, as literals and as whole types.
    SqlTypeReading reading
        = readType(u"sa.String(LENGTH, collation=COLLATION)"_s, u"LENGTH = 50\nCOLLATION = 'C'\n"_s);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(sa("String").len(50).collation("C")));
    reading
        = readType(u"JSONType"_s, u"JSONType = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')\n"_s);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(sa("JSON").variant(pg("JSONB"), {"postgresql"})));
    // A variable of the function is not read.
    reading = readType(u"sa.String(n)"_s, {}, u"    n = 5\n"_s);
    QVERIFY(!reading.type);
    QVERIFY2(reading.error.contains("argument 'length' of sa.String is 'n', a variable of the function"_L1),
             qPrintable(reading.error));
    // Unless the scope has the function's local names: literals as arguments, types whole.
    Migrations::Python::Expression five;
    five.kind = Migrations::Python::ExpressionKind::Number;
    five.text = u"5"_s;
    const QHash<QString, Migrations::Python::Expression> literals = {{u"n"_s, five}};
    const QHash<QString, SqlType> types = {{u"kind"_s, SqlType(sa("Enum").values({"a", "b"}).named("kind"))}};
    TypeExpressionScope locals;
    locals.localLiterals = &literals;
    locals.localTypes = &types;
    reading = readType(u"sa.String(n)"_s, {}, u"    n = 5\n"_s, locals);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(sa("String").len(5)));
    reading = readType(u"kind"_s, {}, u"    kind = sa.Enum('a', 'b', name='kind')\n"_s, locals);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(sa("Enum").values({"a", "b"}).named("kind")));
    // A local name holding no type is still not one.
    reading = readType(u"n"_s, {}, u"    n = 5\n"_s, locals);
    QVERIFY(!reading.type);
    QVERIFY2(reading.error.contains("not a column type"_L1), qPrintable(reading.error));
}

void TestTypeExpression::projectTypes()
{
    // Relative imports (which Alembic cannot import in a revision script either) are
    // refused by the body reader, so a parsed call is given the path it would have.
    int errorLine = 0;
    QString error;
    const auto module = Migrations::Python::readMigrationModule(
        imports
            + u"\n\ndef upgrade():\n    op.add_column('t', sa.Column('c', sa.String(), postgresql.ARRAY(sa.Text), sa.String(5)))\n"_s,
        &errorLine, &error);
    QVERIFY2(module, qPrintable(error));
    const auto &column = module->function(u"upgrade")->body.front().expression.arguments()[1];
    Migrations::Python::Expression called = column.arguments()[1];       // GUID()
    Migrations::Python::Expression inArray = column.arguments()[2];      // postgresql.ARRAY(Money)
    Migrations::Python::Expression withArgument = column.arguments()[3]; // GUID(5)
    called.operands.front().resolved = u"app.db.types.GUID"_s;
    inArray.operands[1].resolved = u".models.Money"_s;
    withArgument.operands.front().resolved = u"app.db.types.GUID"_s;
    TypeExpressionScope scope;
    scope.projectPackages = {u"app"_s};
    SqlTypeReading reading = Migrations::sqlTypeFromExpression(called, scope);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(T(TypeModule::Project, "GUID")));
    reading = Migrations::sqlTypeFromExpression(inArray, scope);
    QVERIFY2(reading.type, qPrintable(reading.error));
    QVERIFY(*reading.type == SqlType(pg("ARRAY").item(T(TypeModule::Project, "Money"))));
    reading = Migrations::sqlTypeFromExpression(withArgument, scope);
    QVERIFY(!reading.type);
    QVERIFY2(reading.error.contains("the arguments of the project's type GUID are not read"_L1),
             qPrintable(reading.error));
    // Without the project's packages, the path is unknown.
    reading = Migrations::sqlTypeFromExpression(called, {});
    QVERIFY(!reading.type);
    QVERIFY2(reading.error.contains("app.db.types.GUID is not a type"_L1), qPrintable(reading.error));
}

// The project's types as the body reader resolves them from the project's packages, and
// the mapping's check: a type it does not name is refused with the file to edit.
void TestTypeExpression::projectTypesThroughTheReader()
{
    const QString text = imports
                         + u"from app.db.types import GUID, Money as Cash\nimport app.db.types\nID = GUID()\n"
                           "\n\ndef upgrade():\n"
                           "    op.add_column('t', sa.Column('c', GUID(), ID, app.db.types.GUID, Cash()))\n"_s;
    int errorLine = 0;
    QString error;
    const auto module = Migrations::Python::readMigrationModule(text, &errorLine, &error, {u"app"_s});
    QVERIFY2(module, qPrintable(error));
    const Migrations::Python::MigrationFunction *upgrade = module->function(u"upgrade");
    QVERIFY2(!upgrade->needsPython, qPrintable(upgrade->dump()));
    const auto column = upgrade->body.front().expression.arguments()[1].arguments();

    Migrations::ProjectTypes mapping;
    mapping.setSql(u"GUID"_s, u"default"_s, u"CHAR(32)"_s);
    mapping.setFile(u"/project/alembic-studio-types.json"_s);
    TypeExpressionScope scope{&module->constants, {u"app"_s}, &mapping};
    const SqlType guid = T(TypeModule::Project, "GUID");
    for (std::size_t i = 1; i <= 3; ++i) { // called, a module constant, a bare class through its module
        const SqlTypeReading reading = Migrations::sqlTypeFromExpression(column[i], scope);
        QVERIFY2(reading.type, qPrintable(reading.error));
        QVERIFY(*reading.type == guid);
    }
    // Imported under another name: the mapping knows the class by its own name.
    SqlTypeReading reading = Migrations::sqlTypeFromExpression(column[4], scope);
    QVERIFY(!reading.type);
    QCOMPARE(reading.line, int(text.count(u'\n'))); // the last line
    QCOMPARE(reading.error, u"Money (app.db.types.Money) is the project's own type, which only Python can render "
                            "unless the project's type mapping gives its SQL: add \"Money\" to "
                            "/project/alembic-studio-types.json"_s);
    mapping.setSql(u"Money"_s, u"default"_s, u"NUMERIC(12, 2)"_s);
    reading = Migrations::sqlTypeFromExpression(column[4], scope);
    QVERIFY2(reading.type && *reading.type == T(TypeModule::Project, "Money"), qPrintable(reading.error));
    // Without a mapping to check against, every project type is read.
    scope.projectTypes = nullptr;
    mapping.remove(u"Money"_s);
    QVERIFY(Migrations::sqlTypeFromExpression(column[4], scope).type);
}

void TestTypeExpression::bareClassesAndSpellings()
{
    // A class given bare is instantiated by SQLAlchemy's to_instance().
    QVERIFY(*readType(u"sa.Integer"_s).type == SqlType(sa("Integer")));
    QVERIFY(*readType(u"postgresql.ARRAY(sa.Integer, dimensions=2)"_s).type
            == SqlType(pg("ARRAY").item(sa("Integer")).dimensions(2)));
    QVERIFY(*readType(u"sa.String(10).with_variant(mysql.TINYTEXT, 'mysql')"_s).type
            == SqlType(sa("String").len(10).variant(my("TINYTEXT"), {"mysql"})));
    // Every spelling of SQLAlchemy's types module is one class (checked with Python below).
    for (const QString &spelling : {u"sa.types.Numeric(10, 2)"_s, u"sqlalchemy.types.Numeric(10, 2)"_s,
                                    u"sqlalchemy.sql.sqltypes.Numeric(10, 2)"_s,
                                    u"sqlalchemy.Numeric(10, 2)"_s, u"types.Numeric(10, 2)"_s}) {
        const SqlTypeReading reading = readType(spelling);
        QVERIFY2(reading.type, qPrintable(spelling + u": "_s + reading.error));
        QVERIFY(*reading.type == SqlType(sa("Numeric").precision(10).scale(2)));
    }
    const QJsonObject spellings = m_python[u"spellings"_s].toObject();
    for (auto it = spellings.constBegin(); it != spellings.constEnd(); ++it)
        QVERIFY2(it.value().toBool(), qPrintable(it.key()));
    QVERIFY(*readType(u"sqlmodel.AutoString(5)"_s).type == SqlType(sqlmodel("AutoString").len(5)));
    // Python keeps keywords SQLAlchemy's Enum does not know, and ignores them.
    QVERIFY(*readType(u"sa.Enum('a', foo=1)"_s).type == SqlType(sa("Enum").values({"a"})));
}

QTEST_GUILESS_MAIN(TestTypeExpression)
#include "tst_typeexpression.moc"
