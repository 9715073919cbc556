// Compares the body reader's tree with CPython's own parser: tests/migrations/data/dump_body_ast.py
// dumps every upgrade/downgrade body through `ast.parse` in the form Statement::dump()
// writes. The corpus: the sample project's revisions and fixtures modelled on what
// Alembic's autogenerate writes (tests/migrations/data/bodies). Needs python3 on PATH.
#include <migrations/python/migrationbody.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations::Python;

class TestMigrationBodyReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesPythonAst_data();
    void matchesPythonAst();

private:
    QJsonArray m_reference;
};

void TestMigrationBodyReference::initTestCase()
{
    QProcess python;
    python.start(u"python3"_s, {u"-B"_s, QStringLiteral(DUMP_BODY_SCRIPT), QStringLiteral(BODIES_DIR),
                                QStringLiteral(SAMPLE_VERSIONS_DIR)});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    m_reference = document.array();
    QVERIFY(m_reference.size() >= 11);
}

void TestMigrationBodyReference::matchesPythonAst_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("functions");
    for (const QJsonValue &entry : std::as_const(m_reference)) {
        const QJsonObject object = entry.toObject();
        const QString path = object.value("file"_L1).toString();
        QTest::addRow("%s", qPrintable(path.sliced(path.lastIndexOf(u'/') + 1)))
            << path << object.value("functions"_L1).toObject();
    }
}

void TestMigrationBodyReference::matchesPythonAst()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, functions);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    int errorLine = 0;
    QString error;
    const auto module = readMigrationModule(text, &errorLine, &error);
    QVERIFY2(module, qPrintable(u"%1: %2"_s.arg(errorLine).arg(error)));
    QCOMPARE(module->functions.size(), size_t(functions.size()));
    for (auto it = functions.constBegin(); it != functions.constEnd(); ++it) {
        // The corpus is what a body reader must accept: Python's dump is always a string.
        QVERIFY2(it.value().isString(), qPrintable(it.key()));
        const MigrationFunction *function = module->function(it.key());
        QVERIFY2(function, qPrintable(it.key()));
        QVERIFY2(!function->needsPython, qPrintable(function->dump()));
        QCOMPARE(function->dump(), it.value().toString());
    }
}

QTEST_GUILESS_MAIN(TestMigrationBodyReference)
#include "tst_migrationbody_reference.moc"
