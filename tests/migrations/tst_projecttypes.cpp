// The project's own column types from configuration to SQL: which packages are the
// project's (projectscope.h), its type mapping file, and a body that imports its types
// read and compiled through them (operationreader.h, ddlcompiler.h).

#include <migrations/ddlcompiler.h>
#include <migrations/operationreader.h>
#include <migrations/projectconfig.h>
#include <migrations/projectscope.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

const QByteArray mapping = R"json({"types": {"GUID": {"postgresql": "UUID", "default": "CHAR(32)"},
                                              "Stamp": {"mysql": "DATETIME(6)"}}})json";

} // namespace

class TestProjectTypes : public QObject
{
    Q_OBJECT

private slots:
    void scope();
    void scopeWithoutMapping();
    void brokenMapping();
    void bodies_data();
    void bodies();
};

// The top-level modules on the project's Python path, and the mapping file the config names.
void TestProjectTypes::scope()
{
    QTemporaryDir directory;
    const QString base = directory.path();
    writeFile(base + u"/myapp/__init__.py"_s, {});
    writeFile(base + u"/myapp/types.py"_s, {});
    writeFile(base + u"/tools.py"_s, {});
    writeFile(base + u"/src/lib/__init__.py"_s, {});
    writeFile(base + u"/docs/index.md"_s, {});          // a folder, not a package
    writeFile(base + u"/namespace/module.py"_s, {});    // no __init__.py: left out
    writeFile(base + u"/not-a-name/__init__.py"_s, {}); // not an identifier
    writeFile(base + u"/notes.txt"_s, {});
    writeFile(base + u"/alembic-studio-types.json"_s, mapping);
    ProjectConfig config;
    config.pythonPath = {base + u"/src"_s, base};
    config.projectTypesPath = base + u"/alembic-studio-types.json"_s;
    QString error;
    const std::optional<ProjectScope> scope = loadProjectScope(config, &error);
    QVERIFY2(scope, qPrintable(error));
    QStringList packages = scope->packages;
    packages.sort();
    QCOMPARE(packages, (QStringList{u"lib"_s, u"myapp"_s, u"tools"_s}));
    QCOMPARE(scope->types.typeNames(), (QStringList{u"GUID"_s, u"Stamp"_s}));
    QCOMPARE(scope->types.file(), config.projectTypesPath);
}

// No mapping file yet: an empty mapping that still says where it would be.
void TestProjectTypes::scopeWithoutMapping()
{
    ProjectConfig config;
    config.projectTypesPath = u"/nowhere/alembic-studio-types.json"_s;
    QString error;
    const std::optional<ProjectScope> scope = loadProjectScope(config, &error);
    QVERIFY2(scope, qPrintable(error));
    QVERIFY(scope->types.typeNames().isEmpty());
    QCOMPARE(scope->types.file(), config.projectTypesPath);
}

void TestProjectTypes::brokenMapping()
{
    QTemporaryDir directory;
    ProjectConfig config;
    config.projectTypesPath = directory.filePath(u"alembic-studio-types.json"_s);
    writeFile(config.projectTypesPath, R"({"types": {"GUID": "UUID"}})");
    QString error;
    QVERIFY(!loadProjectScope(config, &error));
    QCOMPARE(error,
             config.projectTypesPath + u": the project type GUID is not an object of SQL per dialect"_s);
}

void TestProjectTypes::bodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("sql");     // empty: refused
    QTest::addColumn<QString>("refusal"); // the reader's or the compiler's reason, in full
    const int sqlite = int(Dialect::SQLite), postgresql = int(Dialect::PostgreSQL),
              mariadb = int(Dialect::MariaDB);
    const QString file = u"/p/alembic-studio-types.json"_s;
    QTest::addRow("mapped, per dialect")
        << u"op.add_column('t', sa.Column('id', GUID(), nullable=False))"_s << postgresql
        << u"ALTER TABLE t ADD COLUMN id UUID NOT NULL"_s << QString();
    QTest::addRow("mapped, by default") << u"op.add_column('t', sa.Column('id', GUID()))"_s << sqlite
                                        << u"ALTER TABLE t ADD COLUMN id CHAR(32)"_s << QString();
    QTest::addRow("through its module") << u"op.add_column('t', sa.Column('id', myapp.types.GUID))"_s
                                        << sqlite << u"ALTER TABLE t ADD COLUMN id CHAR(32)"_s << QString();
    QTest::addRow("mariadb falls back to mysql")
        << u"op.add_column('t', sa.Column('at', Stamp()))"_s << mariadb
        << u"ALTER TABLE t ADD COLUMN at DATETIME(6)"_s << QString();
    QTest::addRow("not in the mapping")
        << u"op.add_column('t', sa.Column('cash', Money()))"_s << sqlite << QString()
        << u"op.add_column: Money (myapp.types.Money) is the project's own type, which only Python can "
           u"render "
           "unless the project's type mapping gives its SQL: add \"Money\" to "_s
               + file;
    QTest::addRow("no SQL for the dialect")
        << u"op.add_column('t', sa.Column('at', Stamp()))"_s << postgresql << QString()
        << u"Stamp is the project's own type, and the project's type mapping has no SQL for it on "
           u"postgresql: "
           "add \"postgresql\" (or \"default\") for Stamp to "_s
               + file;
    QTest::addRow("with arguments")
        << u"op.add_column('t', sa.Column('id', GUID(16)))"_s << sqlite << QString()
        << u"op.add_column: the arguments of the project's type GUID are not read: the "
           "project's type mapping gives one SQL per type name"_s;
    // A project name used as anything but a type is still not one of Alembic's operations.
    QTest::addRow("a helper of the project")
        << u"myapp.types.create_all()"_s << sqlite << QString()
        << u"myapp.types.create_all(…) is not one of Alembic's operations"_s;
}

void TestProjectTypes::bodies()
{
    QFETCH(QString, body);
    QFETCH(int, dialect);
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    const QString text = u"from alembic import op\nimport sqlalchemy as sa\nimport myapp.types\n"
                         "from myapp.types import GUID, Money, Stamp\n\n\ndef upgrade():\n    "_s
                         + body + u'\n';
    int errorLine = 0;
    QString error;
    const auto module = Python::readMigrationModule(text, &errorLine, &error, {u"myapp"_s});
    QVERIFY2(module, qPrintable(error));
    ProjectScope project{{u"myapp"_s}, {}, {}};
    QVERIFY(QJsonDocument::fromJson(mapping).isObject());
    project.types = *ProjectTypes::fromJson(QJsonDocument::fromJson(mapping).object(), &error);
    project.types.setFile(u"/p/alembic-studio-types.json"_s);

    const ReadOperations read = readOperations(*module->function(u"upgrade"), *module, project);
    QStringList statements;
    QString refused;
    if (read.unsupported) {
        QCOMPARE(read.unsupported->line, 8);
        refused = read.unsupported->reason;
    } else {
        QCOMPARE(read.operations.size(), 1);
        const CompiledOperation compiled
            = compileOperation(read.operations.front(), static_cast<Dialect>(dialect), nullptr, project.types);
        QVERIFY(compiled.error.isEmpty() || compiled.unsupported); // never taken for Alembic's own error
        statements = compiled.statements;
        refused = compiled.error;
    }
    QCOMPARE(refused, refusal);
    QCOMPARE(statements.join(u'\n'), sql);
}

QTEST_GUILESS_MAIN(TestProjectTypes)
#include "tst_projecttypes.moc"
