// The script editor's verdicts (what the reader says of a line, underlined and shown under
// it) and its find bar; and the window putting a needs-Python verdict on the right line.

#include "projectcopy.h"

#include <ui/findbar.h>
#include <ui/mainwindow.h>
#include <ui/problemspanel.h>
#include <ui/projectsession.h>
#include <ui/revisiongraphview.h>
#include <ui/scripteditor.h>

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Whether the verdict indicator (8) is set anywhere on the 1-based line.
bool underlined(Studio::ScriptEditor &editor, int line)
{
    const long start = editor.SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line - 1));
    const long end = editor.SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line - 1));
    for (long position = start; position < end; ++position) {
        if (editor.SendScintilla(QsciScintilla::SCI_INDICATORALLONFOR, static_cast<unsigned long>(position)) & (1 << 8))
            return true;
    }
    return false;
}

QString annotation(Studio::ScriptEditor &editor, int line)
{
    QByteArray text(1024, '\0');
    const long length = editor.SendScintilla(QsciScintilla::SCI_ANNOTATIONGETTEXT,
                                             static_cast<unsigned long>(line - 1), text.data());
    return QString::fromUtf8(text.left(length));
}

} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void verdictsAreUnderlinedAndShown();
    void findBarFindsAndWraps();
    void windowShowsNeedsPythonAtItsLine();
    void selectEditAndSave();
};

void TestScriptEditor::verdictsAreUnderlinedAndShown()
{
    Studio::ScriptEditor editor;
    editor.setText(u"def upgrade():\n    for x in y:\n        pass\n"_s);
    editor.setModified(false);
    editor.setVerdicts(u"/p/a.py"_s, {{u"/p/a.py"_s, 2, u"needs Python: a loop"_s},
                                      {u"/p/other.py"_s, 1, u"not this file"_s}});
    QCOMPARE(editor.verdictLines(), QList<int>{2});
    QVERIFY(underlined(editor, 2));
    QVERIFY(!underlined(editor, 1));
    QVERIFY(!underlined(editor, 3));
    QCOMPARE(annotation(editor, 2), u"needs Python: a loop"_s);
    QCOMPARE(annotation(editor, 1), QString());
    // Another script: the verdicts go with the one they were about.
    editor.setText(u"x = 1\ny = 2\n"_s);
    editor.setModified(false);
    QVERIFY(editor.verdictLines().isEmpty());
    QVERIFY(!underlined(editor, 2));
    QCOMPARE(annotation(editor, 2), QString());
}

void TestScriptEditor::findBarFindsAndWraps()
{
    Studio::ScriptEditor editor;
    editor.setText(u"alpha\nbeta alpha\ngamma\n"_s);
    Studio::FindBar bar(&editor);
    bar.activate();
    QVERIFY(!bar.isHidden());
    bar.field()->setText(u"alpha"_s);
    int line = -1;
    int index = -1;
    QVERIFY(bar.findNext());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QVERIFY(bar.findNext());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    // Past the last match, the search wraps to the top.
    QVERIFY(bar.findNext());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QVERIFY(bar.findPrevious());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    bar.field()->setText(u"delta"_s);
    QVERIFY(!bar.findNext());
    QVERIFY(!bar.field()->toolTip().isEmpty());
    QTest::keyClick(&bar, Qt::Key_Escape);
    QVERIFY(bar.isHidden());
}

void TestScriptEditor::windowShowsNeedsPythonAtItsLine()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    const QString script = copy.writeRevision(u"0a1b2c3d4e5f"_s, u"d1ae55532612"_s,
                                              u"x = 1\nfor row in op.get_bind().execute(sa.text(\"SELECT 1\")):\n"
                                              "    pass"_s);
    Studio::MainWindow window;
    QSignalSpy loaded(window.projectSession(), &Studio::ProjectSession::loaded);
    window.openProject(copy.path());
    QVERIFY(loaded.wait(10000));
    QVERIFY(QTest::qWaitFor([&] { return !window.problemsPanel()->isChecking(); }, QDeadlineTimer(20000)));
    QString error;
    QVERIFY2(window.openFile(script, &error), qPrintable(error));
    QCOMPARE(window.scriptEditor()->verdictLines(), QList<int>{16});
    QVERIFY(annotation(*window.scriptEditor(), 16).startsWith(u"Needs Python"_s));
}

void TestScriptEditor::selectEditAndSave()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::MainWindow window;
    QSignalSpy loaded(window.projectSession(), &Studio::ProjectSession::loaded);
    window.openProject(copy.path());
    QVERIFY(loaded.wait(10000));

    // Selecting a revision in the graph opens its script.
    QVERIFY(window.graphView()->selectRevision(u"3989d12410a0"_s));
    const QString script = copy.filePath(u"versions/3989d12410a0_create_refresh_tokens_table.py"_s);
    QCOMPARE(window.scriptPath(), script);
    QVERIFY(window.scriptEditor()->text().contains(u"create_table('refresh_tokens'"_s));

    // Edited, then another revision selected: the edits stay, nothing is asked or lost.
    window.scriptEditor()->setCursorPosition(0, 0);
    window.scriptEditor()->insert(u"# reviewed\n"_s);
    QVERIFY(window.scriptEditor()->isModified());
    QVERIFY(window.graphView()->selectRevision(u"f9f69d583261"_s));
    QCOMPARE(window.scriptPath(), script);
    QVERIFY(window.scriptEditor()->text().startsWith(u"# reviewed\n"_s));

    // Saved: the file holds the edit, the project is read again by itself, and the graph
    // keeps what was selected.
    QVERIFY(window.saveScript());
    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("# reviewed\n"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(window.graphView()->currentRevision(), u"f9f69d583261"_s);
    QVERIFY(!window.scriptEditor()->isModified());
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
