// The Python engine (migrations/pythonengine.h): cutting step bodies out of Alembic's
// output, and real runs of python3's Alembic on a small project written here.

#include <migrations/pythonengine.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

class TestPythonEngine : public QObject
{
    Q_OBJECT

private slots:
    void cut_data();
    void cut();
    void runsOnlyTheWantedSteps();
    void usesTheCommandsUrlAndOptions();
    void failures();

private:
    QString writeProject();
    QTemporaryDir m_directory;
};

void TestPythonEngine::cut_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("revisions");
    QTest::addColumn<QStringList>("bodies"); // in the order of revisions; missing ones left out
    QTest::addColumn<QString>("unfinished");

    const QString a
        = u"-- Running upgrade  -> a\n\n-- M begin a\n\nCREATE TABLE t (x INTEGER);\n\n-- M end a\n\n"_s;
    QTest::addRow("one body") << a << QStringList{u"a"_s} << QStringList{u"CREATE TABLE t (x INTEGER);\n\n"_s}
                              << QString();
    QTest::addRow("an empty body") << u"-- M begin a\n\n-- M end a\n\n"_s << QStringList{u"a"_s}
                                   << QStringList{QString()} << QString();
    // print() writes without the blank line: the body ends where the marker begins.
    QTest::addRow("printed text") << u"-- M begin a\n\nhello\n-- M end a\n\nUPDATE …;\n\n"_s
                                  << QStringList{u"a"_s} << QStringList{u"hello\n"_s} << QString();
    QTest::addRow("two bodies, asked in another order")
        << a + u"-- M begin b\n\nDROP TABLE u;\n\n-- M end b\n\n"_s << QStringList{u"b"_s, u"a"_s}
        << QStringList{u"DROP TABLE u;\n\n"_s, u"CREATE TABLE t (x INTEGER);\n\n"_s} << QString();
    // Another run's token, or an id that starts like the wanted one, is not a marker.
    QTest::addRow("other tokens and ids")
        << u"-- N begin a\n\nX;\n\n-- N end a\n\n-- M begin ab\n\nY;\n\n-- M end ab\n\n"_s
        << QStringList{u"a"_s} << QStringList{} << u"a"_s;
    QTest::addRow("a body that never ended") << u"-- M begin a\n\nCREATE TABLE t (x INTEGER);\n\n"_s
                                             << QStringList{u"a"_s} << QStringList{} << u"a"_s;
    QTest::addRow("the first missing is named")
        << a << QStringList{u"a"_s, u"c"_s, u"d"_s} << QStringList{u"CREATE TABLE t (x INTEGER);\n\n"_s}
        << u"c"_s;
}

void TestPythonEngine::cut()
{
    QFETCH(QString, output);
    QFETCH(QStringList, revisions);
    QFETCH(QStringList, bodies);
    QFETCH(QString, unfinished);
    QString firstUnfinished;
    const QHash<QString, QString> cut = cutStepBodies(output, u"M"_s, revisions, &firstUnfinished);
    QStringList found;
    for (const QString &revision : std::as_const(revisions)) {
        if (cut.contains(revision))
            found.append(cut.value(revision));
    }
    QCOMPARE(found, bodies);
    QCOMPARE(firstUnfinished, unfinished);
}

// A project of three steps: r1 prints its dialect and -x argument, r2 raises when called,
// r3 prints a line. The ini names SQLite.
QString TestPythonEngine::writeProject()
{
    const QString root = m_directory.path();
    QDir(root).mkpath(u"versions"_s);
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(root + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    // The sample's alembic.ini (script_location = %(here)s, the logging sections the stock
    // env.py reads) and its stock env.py.
    for (const QString &name : {u"alembic.ini"_s, u"env.py"_s}) {
        QFile file(QStringLiteral(SAMPLE_PROJECT) + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        write(name, file.readAll().replace("sqlite:///scribes.db", "sqlite:///x.db"));
    }
    const QByteArray header = "from alembic import context, op\nrevision = '%1'\ndown_revision = %2\n";
    write(u"versions/r1.py"_s,
          QByteArray(header).replace("%1", "r1").replace("%2", "None")
              + "def upgrade():\n"
                "    op.execute(\"SELECT '%s'\" % op.get_context().dialect.name)\n"
                "    op.execute(\"SELECT '%s'\" % context.get_x_argument(as_dictionary=True).get('who'))\n"
                "def downgrade():\n    pass\n");
    write(u"versions/r2.py"_s, QByteArray(header).replace("%1", "r2").replace("%2", "'r1'")
                                   + "def upgrade():\n    raise RuntimeError('r2 was called')\n"
                                     "def downgrade():\n    raise RuntimeError('r2 was called')\n");
    write(u"versions/r3.py"_s, QByteArray(header).replace("%1", "r3").replace("%2", "'r2'")
                                   + "def upgrade():\n    print('r3 upgraded')\n"
                                     "def downgrade():\n    print('r3 downgraded')\n");
    return root;
}

PythonAlembic python3(const QString &project)
{
    return {u"python3"_s, project, u"alembic.ini"_s, u"alembic"_s, {u"who=tester"_s}};
}

void TestPythonEngine::runsOnlyTheWantedSteps()
{
    const QString project = writeProject();
    QVERIFY(!project.isEmpty());
    // r2 raises if called: the steps not wanted are not called.
    AlembicStepBodies result = renderWithAlembic(
        python3(project), {u"upgrade"_s, u"base:r3"_s, u"sqlite:///x.db"_s, {u"r3"_s, u"r1"_s}});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.bodies.size(), 2);
    QCOMPARE(result.bodies.value(u"r1"_s), u"SELECT 'sqlite';\n\nSELECT 'tester';\n\n"_s);
    QCOMPARE(result.bodies.value(u"r3"_s), u"r3 upgraded\n"_s);
    result
        = renderWithAlembic(python3(project), {u"downgrade"_s, u"r3:base"_s, u"sqlite:///x.db"_s, {u"r3"_s}});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.bodies.value(u"r3"_s), u"r3 downgraded\n"_s);
}

void TestPythonEngine::usesTheCommandsUrlAndOptions()
{
    const QString project = writeProject();
    PythonAlembic python = python3(project);
    python.xArguments = {u"who=-someone"_s}; // a value starting with "-" is still a value
    const AlembicStepBodies result
        = renderWithAlembic(python, {u"upgrade"_s, u"r1"_s, u"postgresql://u:p@h/db"_s, {u"r1"_s}});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.bodies.value(u"r1"_s), u"SELECT 'postgresql';\n\nSELECT '-someone';\n\n"_s);
}

void TestPythonEngine::failures()
{
    const QString project = writeProject();
    PythonAlembic python = python3(project);
    // Alembic raises in a wanted step.
    AlembicStepBodies result
        = renderWithAlembic(python, {u"upgrade"_s, u"base:r3"_s, u"sqlite:///x.db"_s, {u"r1"_s, u"r2"_s}});
    QVERIFY(result.bodies.isEmpty());
    QVERIFY2(
        result.error.startsWith(
            "the Python interpreter python3 could not render the SQL of revision r2 with Alembic (exit code 1)"_L1),
        qPrintable(result.error));
    QVERIFY2(result.error.endsWith("RuntimeError: r2 was called"_L1), qPrintable(result.error));
    // A step the command does not run is named too.
    result = renderWithAlembic(python, {u"upgrade"_s, u"base:r1"_s, u"sqlite:///x.db"_s, {u"r3"_s}});
    QVERIFY2(
        result.error.startsWith("the Python interpreter python3 could not render the SQL of revision r3 with "
                                "Alembic (it printed no SQL for that step)"_L1),
        qPrintable(result.error));
    // An interpreter that is not there.
    python.interpreter = project + u"/no-such-python"_s;
    result = renderWithAlembic(python, {u"upgrade"_s, u"r1"_s, u"sqlite:///x.db"_s, {u"r1"_s}});
    QVERIFY2(result.error.startsWith(u"the Python interpreter %1 could not be started to render the SQL of "
                                     "revision r1 ("_s.arg(python.interpreter)),
             qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPythonEngine)
#include "tst_pythonengine.moc"
