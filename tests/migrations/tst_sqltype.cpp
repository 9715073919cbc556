// Column types rendered per dialect, compared with what SQLAlchemy 2.0 itself renders for
// the same Python expression (tests/migrations/reference/sql_types.py runs it on real
// sqlite, postgresql, mysql and mariadb dialects; nothing expected is stored here).
#include <migrations/projecttypes.h>
#include <migrations/typecompiler.h>

// moc reads included headers, and loses track of the namespaces in this one (its rows
// are raw strings full of quotes): it only needs the test class.
#ifndef Q_MOC_RUN
#include "sqltyperows.h"
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::Dialect;
using Migrations::SqlType;
using Migrations::TypeModule;

namespace {

// Declarations, not `using namespace`: moc would put the test class in that namespace.
using SqlTypeRows::T;
using SqlTypeRows::Row;
using SqlTypeRows::rows;
using SqlTypeRows::sa;
using SqlTypeRows::pg;
using SqlTypeRows::my;
using SqlTypeRows::lite;
using SqlTypeRows::sqlmodel;

constexpr Dialect allDialects[] = {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB};

QByteArray runPython(const QStringList &arguments)
{
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    python.setProcessEnvironment(environment);
    python.start(u"python3"_s, QStringList{u"-B"_s} + arguments);
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qWarning("python3 %s failed: %s %s", qPrintable(arguments.join(u' ')),
                 qPrintable(python.errorString()), python.readAllStandardError().constData());
    return python.readAllStandardOutput();
}

// The substance of a SQLAlchemy error: without the compiler object's repr ("Compiler
// <… object at 0x…> ") and the link to its error page.
QString substance(QString message)
{
    static const QRegularExpression compiler(u"^Compiler <[^>]*> "_s);
    static const QRegularExpression background(u" \\(Background on this error at: [^)]*\\)$"_s);
    return message.remove(compiler).remove(background);
}

} // namespace

class TestSqlType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersAsSqlAlchemy_data();
    void rendersAsSqlAlchemy();
    void checkConstraintAsSqlAlchemy_data();
    void checkConstraintAsSqlAlchemy();
    void projectTypes();
    void projectTypesFile();
    void unknownTypes();
    void variantsReplace();

private:
    QJsonObject m_reference;
    QJsonObject m_checks;
};

void TestSqlType::initTestCase()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile expressions(directory.filePath(u"expressions.txt"_s));
    QVERIFY(expressions.open(QIODevice::WriteOnly));
    for (const Row &row : rows())
        expressions.write(QByteArray(row.expression) + '\n');
    expressions.close();
    QVERIFY(rows().size() >= 120);

    for (auto [option, target] :
         {std::pair{u""_s, &m_reference}, std::pair{u"--check-constraints"_s, &m_checks}}) {
        QStringList arguments{QStringLiteral(SQL_TYPES_SCRIPT)};
        if (!option.isEmpty())
            arguments.append(option);
        arguments.append(expressions.fileName());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(runPython(arguments), &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        *target = document.object();
        QCOMPARE(qsizetype(target->size()), qsizetype(rows().size())); // no expression twice
    }
}

void TestSqlType::rendersAsSqlAlchemy_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < rows().size(); ++i)
        QTest::addRow("%s", rows()[i].expression) << int(i);
}

void TestSqlType::rendersAsSqlAlchemy()
{
    QFETCH(int, index);
    const Row &row = rows()[std::size_t(index)];
    const QJsonObject expected = m_reference.value(QString::fromUtf8(row.expression)).toObject();
    QStringList mismatches;
    for (const Dialect dialect : allDialects) {
        const QString name = Migrations::dialectName(dialect);
        const QJsonValue reference = expected.value(name);
        const Migrations::RenderedType rendered = Migrations::renderType(row.type, dialect);
        if (reference.isString()) {
            if (!rendered.ok() || rendered.ddl != reference.toString())
                mismatches.append(u"%1: SQLAlchemy renders \"%2\", we render \"%3\"%4"_s.arg(
                    name, reference.toString(), rendered.ddl,
                    rendered.ok() ? QString() : u" and fail with: "_s + rendered.error));
            continue;
        }
        const QString error = reference.toObject().value("error"_L1).toString();
        QVERIFY2(!error.startsWith("cannot build"_L1), qPrintable(error)); // a mistake in the row
        // Both fail, and ours says what SQLAlchemy's says (more may surround it).
        if (rendered.ok() || !rendered.error.contains(substance(error)))
            mismatches.append(u"%1: SQLAlchemy fails with \"%2\", we %3"_s.arg(
                name, substance(error),
                rendered.ok() ? u"render \"%1\""_s.arg(rendered.ddl)
                              : u"fail with \"%1\""_s.arg(rendered.error)));
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"\n"_s)));
}

void TestSqlType::checkConstraintAsSqlAlchemy_data()
{
    rendersAsSqlAlchemy_data();
}

void TestSqlType::checkConstraintAsSqlAlchemy()
{
    // Whether CREATE TABLE with a column of the type has a CHECK, where SQLAlchemy can
    // render that table at all.
    QFETCH(int, index);
    const Row &row = rows()[std::size_t(index)];
    const QJsonObject expected = m_checks.value(QString::fromUtf8(row.expression)).toObject();
    for (const Dialect dialect : allDialects) {
        const QJsonValue hasCheck = expected.value(Migrations::dialectName(dialect));
        if (hasCheck.isBool())
            QVERIFY2(Migrations::createsCheckConstraint(row.type, dialect) == hasCheck.toBool(),
                     qPrintable(Migrations::dialectName(dialect)));
    }
}

void TestSqlType::projectTypes()
{
    Migrations::ProjectTypes types;
    types.setSql(u"GUID"_s, u"postgresql"_s, u"UUID"_s);
    types.setSql(u"GUID"_s, u"default"_s, u"CHAR(32)"_s);
    types.setSql(u"Timestamp"_s, u"mysql"_s, u"DATETIME(6)"_s);
    types.setSql(u"Timestamp"_s, u"sqlite"_s, u"TIMESTAMP"_s);

    const SqlType guid = T(TypeModule::Project, "GUID");
    QCOMPARE(Migrations::renderType(guid, Dialect::PostgreSQL, types).ddl, u"UUID"_s);
    QCOMPARE(Migrations::renderType(guid, Dialect::SQLite, types).ddl, u"CHAR(32)"_s);
    QCOMPARE(Migrations::renderType(guid, Dialect::MariaDB, types).ddl, u"CHAR(32)"_s);

    const SqlType timestamp = T(TypeModule::Project, "Timestamp");
    QCOMPARE(Migrations::renderType(timestamp, Dialect::MariaDB, types).ddl, u"DATETIME(6)"_s); // as mysql
    Migrations::RenderedType missing = Migrations::renderType(timestamp, Dialect::PostgreSQL, types);
    QVERIFY(!missing.ok());
    QVERIFY(missing.missingProjectType); // the mapping's gap, not SQLAlchemy's error
    QVERIFY2(missing.error.contains("Timestamp"_L1) && missing.error.contains("postgresql"_L1),
             qPrintable(missing.error));
    // Read from a file, the mapping says which file to edit.
    types.setFile(u"/p/alembic-studio-types.json"_s);
    missing = Migrations::renderType(timestamp, Dialect::PostgreSQL, types);
    QCOMPARE(missing.error, u"Timestamp is the project's own type, and the project's type mapping has no SQL "
                            "for it on postgresql: add \"postgresql\" (or \"default\") for Timestamp to "
                            "/p/alembic-studio-types.json"_s);
    // SQLAlchemy's own errors are not the mapping's.
    missing = Migrations::renderType(pg("ARRAY").item(sa("String")), Dialect::MySQL, types);
    QVERIFY(!missing.ok() && !missing.missingProjectType);

    // Inside an ARRAY and as a variant, as SQLAlchemy's process() would reach them.
    QCOMPARE(Migrations::renderType(pg("ARRAY").item(guid), Dialect::PostgreSQL, types).ddl, u"UUID[]"_s);
    QCOMPARE(
        Migrations::renderType(sa("String").len(5).variant(guid, {"sqlite"}), Dialect::SQLite, types).ddl,
        u"CHAR(32)"_s);
}

void TestSqlType::projectTypesFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"types.json"_s);
    Migrations::ProjectTypes types;
    types.setSql(u"GUID"_s, u"postgresql"_s, u"UUID"_s);
    types.setSql(u"GUID"_s, u"default"_s, u"CHAR(32)"_s);
    QString error;
    QVERIFY2(Migrations::writeProjectTypes(types, path, &error), qPrintable(error));
    const std::optional<Migrations::ProjectTypes> read = Migrations::readProjectTypes(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, types);
    QCOMPARE(read->typeNames(), QStringList{u"GUID"_s});

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"json({"types": {"GUID": {"oracle": "RAW(16)"}}})json");
    file.close();
    QVERIFY(!Migrations::readProjectTypes(path, &error));
    QVERIFY2(error.contains("oracle"_L1), qPrintable(error));
    QVERIFY(!Migrations::readProjectTypes(directory.filePath(u"none.json"_s), &error));
}

void TestSqlType::unknownTypes()
{
    const Migrations::RenderedType unknown = Migrations::renderType(sa("Strung").len(5), Dialect::SQLite);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains("sa.Strung"_L1), qPrintable(unknown.error));
    // A re-export is the generic class; a name the dialect module does not have is not.
    QCOMPARE(Migrations::renderType(my("BOOLEAN"), Dialect::MySQL).ddl, u"BOOL"_s);
    QVERIFY(!Migrations::renderType(lite("JSONB"), Dialect::SQLite).ok());
    QVERIFY(!Migrations::renderType(pg("ARRAY"), Dialect::PostgreSQL).ok()); // no item type
}

void TestSqlType::variantsReplace()
{
    const SqlType type
        = sa("String").len(5).variant(sa("String").len(6), {"mysql"}).variant(sa("String").len(7), {"mysql"});
    QCOMPARE(type.variants.size(), std::size_t(1));
    QVERIFY(type.hasVariant(u"mysql"_s));
    QVERIFY(!type.hasVariant(u"mariadb"_s));
    QCOMPARE(type.forDialect(Dialect::MySQL).length, std::optional<int>(7));
    QCOMPARE(type.forDialect(Dialect::MariaDB).length, std::optional<int>(5));
}

QTEST_GUILESS_MAIN(TestSqlType)
#include "tst_sqltype.moc"
