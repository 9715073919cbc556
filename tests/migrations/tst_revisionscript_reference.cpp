// Compares the static reader with what Alembic itself reads when it imports each fixture
// (tests/migrations/data/scripts): values, docstrings and error messages.
#include <migrations/revisionscript.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRevisionScriptReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesAlembic_data();
    void matchesAlembic();
    void matchesAlembicOnGeneratedHeaders_data();
    void matchesAlembicOnGeneratedHeaders();

private:
    enum class NeedsPython { Never, Always, Allowed };
    void compare(const QJsonObject &expected, const QString &path, NeedsPython needsPython);

    QJsonArray m_reference;
    QJsonArray m_generatedReference;
    QTemporaryDir m_generated;
};

static QByteArray runPython(const QStringList &arguments)
{
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s); // keep the fixtures folder clean
    python.setProcessEnvironment(environment);
    python.start(u"python3"_s, QStringList{u"-B"_s} + arguments);
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qWarning("python3 %s failed: %s %s", qPrintable(arguments.join(u' ')),
                 qPrintable(python.errorString()), python.readAllStandardError().constData());
    return python.readAllStandardOutput();
}

void TestRevisionScriptReference::initTestCase()
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(
        runPython({QStringLiteral(READ_HEADERS_SCRIPT), QStringLiteral(SCRIPTS_DIR)}), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    m_reference = document.array();
    QVERIFY(m_reference.size() >= 30);

    QVERIFY(m_generated.isValid());
    runPython({QStringLiteral(GENERATE_HEADERS_SCRIPT), m_generated.path(), u"20261124"_s, u"400"_s});
    document = QJsonDocument::fromJson(
        runPython({QStringLiteral(READ_HEADERS_SCRIPT), m_generated.path()}), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    m_generatedReference = document.array();
    QCOMPARE(m_generatedReference.size(), 400);
}

static QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

void TestRevisionScriptReference::matchesAlembic_data()
{
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue &entry : std::as_const(m_reference)) {
        const QJsonObject object = entry.toObject();
        QTest::addRow("%s", qPrintable(object.value("file"_L1).toString())) << object;
    }
}

void TestRevisionScriptReference::matchesAlembic()
{
    QFETCH(QJsonObject, expected);
    const QString fileName = expected.value("file"_L1).toString();
    compare(expected, QDir(QStringLiteral(SCRIPTS_DIR)).filePath(fileName),
            fileName.startsWith("needs_python_"_L1) ? NeedsPython::Always : NeedsPython::Never);
}

void TestRevisionScriptReference::matchesAlembicOnGeneratedHeaders_data()
{
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue &entry : std::as_const(m_generatedReference)) {
        const QJsonObject object = entry.toObject();
        QTest::addRow("%s", qPrintable(object.value("file"_L1).toString())) << object;
    }
}

void TestRevisionScriptReference::matchesAlembicOnGeneratedHeaders()
{
    // Generated headers mix literals with forms only Python can evaluate; for those the
    // reader may say so, but whenever it gives a value it must be Alembic's.
    QFETCH(QJsonObject, expected);
    compare(expected, QDir(m_generated.path()).filePath(expected.value("file"_L1).toString()),
            NeedsPython::Allowed);
}

void TestRevisionScriptReference::compare(const QJsonObject &expected, const QString &path,
                                          NeedsPython needsPython)
{
    Migrations::Diagnostic diagnostic;
    const auto script = Migrations::readRevisionScript(path, &diagnostic);

    if (expected.contains("error"_L1)) {
        QVERIFY2(!script, "Alembic fails on this script; the reader must too");
        QCOMPARE(diagnostic.message, expected.value("error"_L1).toString());
        QCOMPARE(diagnostic.file, path);
        return;
    }
    if (needsPython == NeedsPython::Allowed && !script
        && diagnostic.message.contains("needs Python"_L1)) {
        QVERIFY(diagnostic.line > 0);
        return;
    }
    if (needsPython == NeedsPython::Always) {
        // Python knows these values; a static reader must say it cannot, never guess.
        QVERIFY2(!script, "a value only Python knows was guessed");
        QVERIFY(diagnostic.line > 0);
        QVERIFY2(diagnostic.message.contains("needs Python"_L1), qPrintable(diagnostic.message));
        return;
    }
    QVERIFY2(script, qPrintable(u"%1:%2: %3"_s.arg(diagnostic.file).arg(diagnostic.line)
                                    .arg(diagnostic.message)));
    QCOMPARE(script->revision, expected.value("revision"_L1).toString());
    QCOMPARE(script->downRevisions, toStringList(expected.value("down_revision"_L1)));
    QCOMPARE(script->branchLabels, toStringList(expected.value("branch_labels"_L1)));
    QCOMPARE(script->dependsOn, toStringList(expected.value("depends_on"_L1)));
    const QJsonValue doc = expected.value("doc"_L1);
    QCOMPARE(script->docstring.has_value(), !doc.isNull());
    if (script->docstring)
        QCOMPARE(*script->docstring, doc.toString());
    QCOMPARE(script->longDoc(), expected.value("longdoc"_L1).toString());
    QCOMPARE(script->doc(), expected.value("shortdoc"_L1).toString());
}

QTEST_GUILESS_MAIN(TestRevisionScriptReference)
#include "tst_revisionscript_reference.moc"
