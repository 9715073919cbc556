#include <ui/colorscheme.h>
#include <ui/mainwindow.h>
#include <ui/reviewpanel.h>
#include <ui/revisiongraphview.h>
#include <ui/scripteditor.h>
#include <ui/sqlview.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <Qsci/qscilexerpython.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;
using Studio::ColorScheme;

namespace {

// The colour the SQL view's highlighter gave the text at `needle` in block `blockNumber`.
QColor sqlForegroundAt(const Studio::SqlView *view, int blockNumber, const QString &needle)
{
    const QTextBlock block = view->document()->findBlockByNumber(blockNumber);
    const int column = int(block.text().indexOf(needle));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return QColor();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hasMenusToolBarAndStatusBar();
    void editorHighlightsPython();
    void sqlViewHighlightsSql();
    void sqlShownIsRecolouredWithThePalette();
    void followsThePalette_data();
    void followsThePalette();
    void opensAndSavesKeepingEncoding();
    void openingSqlNeverAsksAboutTheScript();
    void crlfScriptKeepsCrlfForNewLines();
    void reportsFilesItCannotOpen();
    void asksBeforeLosingEdits();
    void savesWhenToldToBeforeClosing();
    void remembersSizeAndLayout();

private:
    // Answers the next modal message box with `button`, from inside its event loop, and
    // sets the returned flag when it did. It gives up after five seconds, so that a test
    // expecting no box can check the flag stayed false and no timer outlives its test.
    std::shared_ptr<bool> answerNextMessageBox(QMessageBox::StandardButton button);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_filesDir;
};

void TestMainWindow::initTestCase()
{
    // Settings of this test only: never the user's, never another test's.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"alembic-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    // Each test starts from no saved geometry or layout, whatever the one before closed.
    QSettings().clear();
    Studio::applyColorScheme(ColorScheme::Light);
}

void TestMainWindow::cleanup()
{
    // A message-box watcher that saw no box must not click one in a later test.
    qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_filesDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

void TestMainWindow::hasMenusToolBarAndStatusBar()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text().remove(u'&'));
    QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"Revision"_s, u"Database"_s, u"View"_s, u"Help"_s}));
    const auto toolBars = window.findChildren<QToolBar *>();
    QCOMPARE(toolBars.size(), 1);
    QVERIFY(toolBars.first()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    // The graph in the middle (under the first run's welcome); the script, its review and
    // SQL files in tabs beside it.
    QVERIFY(window.centralWidget()->isAncestorOf(window.graphView()));
    QVERIFY(window.findChild<QDockWidget *>(u"scriptDock"_s)->isAncestorOf(window.scriptEditor()));
    QVERIFY(window.findChild<QDockWidget *>(u"sqlDock"_s)->isAncestorOf(window.sqlView()));
    QVERIFY(window.reviewPanel()->isVisible());
}

void TestMainWindow::editorHighlightsPython()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Studio::ScriptEditor *editor = window.scriptEditor();
    QVERIFY(qobject_cast<QsciLexerPython *>(editor->lexer()));

    const QString script = u"def upgrade() -> None:\n    op.drop_table('users')  # gone\n"_s;
    editor->setText(script);
    editor->SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
    const auto styleAt = [&](const QString &needle) {
        return int(editor->SendScintilla(QsciScintilla::SCI_GETSTYLEAT,
                                         static_cast<unsigned long>(script.indexOf(needle))));
    };
    QCOMPARE(styleAt(u"def"_s), int(QsciLexerPython::Keyword));
    QCOMPARE(styleAt(u"upgrade"_s), int(QsciLexerPython::FunctionMethodName));
    QCOMPARE(styleAt(u"'users'"_s), int(QsciLexerPython::SingleQuotedString));
    QCOMPARE(styleAt(u"# gone"_s), int(QsciLexerPython::Comment));

    // Highlighted means coloured: keywords, strings and comments each look different.
    // (Breeze Light draws keywords bold in the text colour, strings and comments in colours.)
    QsciLexerPython *lexer = editor->pythonLexer();
    const QColor plain = lexer->color(QsciLexerPython::Default);
    QVERIFY(lexer->color(QsciLexerPython::Keyword) != plain || lexer->font(QsciLexerPython::Keyword).bold());
    QVERIFY(!lexer->font(QsciLexerPython::Default).bold());
    QVERIFY(lexer->color(QsciLexerPython::SingleQuotedString) != plain);
    QVERIFY(lexer->color(QsciLexerPython::Comment) != plain);
}

void TestMainWindow::sqlViewHighlightsSql()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Studio::SqlView *view = window.sqlView();
    QVERIFY(view->isReadOnly());
    QCOMPARE(view->highlighter()->definition().name(), u"SQL"_s);

    view->setPlainText(u"CREATE TABLE users (\n    id INTEGER NOT NULL, -- key\n    name VARCHAR(50)\n);"_s);
    const KSyntaxHighlighting::Theme theme = view->highlighter()->theme();
    QVERIFY(theme.isValid());

    const auto foregroundAt = [view](int blockNumber, const QString &needle) {
        return sqlForegroundAt(view, blockNumber, needle);
    };
    QCOMPARE(foregroundAt(0, u"CREATE"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Keyword)));
    QCOMPARE(foregroundAt(1, u"INTEGER"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DataType)));
    QCOMPARE(foregroundAt(1, u"-- key"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
}

void TestMainWindow::sqlShownIsRecolouredWithThePalette()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Studio::SqlView *view = window.sqlView();
    view->setPlainText(u"CREATE TABLE users (id INTEGER);"_s);
    const QColor lightKeyword = sqlForegroundAt(view, 0, u"CREATE"_s);

    Studio::applyColorScheme(ColorScheme::Dark);
    QCoreApplication::processEvents();
    const KSyntaxHighlighting::Theme theme = view->highlighter()->theme();
    QCOMPARE(theme.name(), u"Breeze Dark"_s);
    const QColor darkKeyword = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Keyword));
    QVERIFY(darkKeyword != lightKeyword); // otherwise the check below proves nothing
    QCOMPARE(sqlForegroundAt(view, 0, u"CREATE"_s), darkKeyword);
}

void TestMainWindow::followsThePalette_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << ColorScheme::Light << false;
    QTest::addRow("dark") << ColorScheme::Dark << true;
}

void TestMainWindow::followsThePalette()
{
    QFETCH(ColorScheme, scheme);
    QFETCH(bool, dark);

    // Start from the other scheme, so that each row really is a change (light from dark too).
    Studio::applyColorScheme(dark ? ColorScheme::Light : ColorScheme::Dark);
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Switch while the window is open: the change must reach widgets that already exist.
    Studio::applyColorScheme(scheme);
    QCoreApplication::processEvents();

    const auto isDarkColor = [](const QColor &color) { return color.lightness() < 128; };
    QCOMPARE(isDarkColor(window.palette().color(QPalette::Window)), dark);
    // Ask Scintilla itself what it paints behind plain text and keywords (BGR-encoded).
    Studio::ScriptEditor *editor = window.scriptEditor();
    const auto background = [editor](int style) {
        const auto bgr = static_cast<QRgb>(
            editor->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, static_cast<unsigned long>(style)));
        return QColor(qBlue(bgr), qGreen(bgr), qRed(bgr));
    };
    QCOMPARE(isDarkColor(background(QsciLexerPython::Default)), dark);
    QCOMPARE(isDarkColor(background(QsciLexerPython::Keyword)), dark);
    QCOMPARE(isDarkColor(background(QsciScintillaBase::STYLE_LINENUMBER)), dark);
    QCOMPARE(isDarkColor(window.sqlView()->viewport()->palette().color(QPalette::Base)), dark);

    const QString expectedTheme = dark ? u"Breeze Dark"_s : u"Breeze Light"_s;
    QCOMPARE(window.scriptEditor()->themeName(), expectedTheme);
    QCOMPARE(window.sqlView()->highlighter()->theme().name(), expectedTheme);
}

void TestMainWindow::opensAndSavesKeepingEncoding()
{
    const QString path = m_filesDir.filePath(u"a1b2c3_add_users.py"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF\"\"\"add users\"\"\"\r\nrevision = 'a1b2c3'\r\n");
    }
    Studio::MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QCOMPARE(window.scriptPath(), path);
    QVERIFY(window.windowTitle().startsWith(u"a1b2c3_add_users.py"_s));
    QVERIFY(!window.isWindowModified());

    window.scriptEditor()->setText(window.scriptEditor()->text() + u"down_revision = None\r\n"_s);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveScript());
    QVERIFY(!window.isWindowModified());

    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(),
             QByteArray("\xEF\xBB\xBF\"\"\"add users\"\"\"\r\nrevision = 'a1b2c3'\r\ndown_revision = None\r\n"));

    const QString sqlPath = m_filesDir.filePath(u"upgrade.sql"_s);
    {
        QFile file(sqlPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("DROP TABLE users;\n");
    }
    QVERIFY2(window.openFile(sqlPath, &error), qPrintable(error));
    QCOMPARE(window.sqlView()->toPlainText(), u"DROP TABLE users;\n"_s);
    QCOMPARE(window.scriptPath(), path); // an SQL file never replaces the script
}

void TestMainWindow::openingSqlNeverAsksAboutTheScript()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scriptEditor()->setText(u"revision = 'x'\n"_s);
    QVERIFY(window.isWindowModified());

    const QString sqlPath = writeFile(u"review.sql"_s, "DROP TABLE users;\n");
    const auto asked = answerNextMessageBox(QMessageBox::Cancel);
    QString error;
    QVERIFY2(window.openFile(sqlPath, &error), qPrintable(error));
    QVERIFY(!*asked);
    QCOMPARE(window.sqlView()->toPlainText(), u"DROP TABLE users;\n"_s);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.scriptEditor()->text(), u"revision = 'x'\n"_s);
}

void TestMainWindow::crlfScriptKeepsCrlfForNewLines()
{
    const QString path = writeFile(u"crlf.py"_s, "a = 1\r\n");
    Studio::MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    Studio::ScriptEditor *editor = window.scriptEditor();
    QCOMPARE(editor->eolMode(), QsciScintilla::EolWindows);

    // Type a line at the end as the user would: text, then Enter.
    editor->setCursorPosition(1, 0);
    editor->insert(u"b = 2"_s);
    editor->setCursorPosition(1, 5);
    editor->SendScintilla(QsciScintilla::SCI_NEWLINE);
    QCOMPARE(editor->text(), u"a = 1\r\nb = 2\r\n"_s);
}

void TestMainWindow::reportsFilesItCannotOpen()
{
    Studio::MainWindow window;
    QString error;
    const QString missing = m_filesDir.filePath(u"missing.py"_s);
    QVERIFY(!window.openFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(window.scriptPath().isEmpty());
}

std::shared_ptr<bool> TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    QDeadlineTimer deadline(5000);
    connect(timer, &QTimer::timeout, this, [timer, button, answered, deadline] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (box) {
            *answered = true;
            box->button(button)->click();
        }
    });
    timer->start(10);
    return answered;
}

void TestMainWindow::asksBeforeLosingEdits()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scriptEditor()->setText(u"revision = 'x'\n"_s);
    QVERIFY(window.isWindowModified());

    auto asked = answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(*asked);
    QVERIFY(window.isVisible());
    QCOMPARE(window.scriptEditor()->text(), u"revision = 'x'\n"_s);

    // Opening another script asks the same question, and Cancel keeps the edits too.
    const QString other = writeFile(u"other.py"_s, "pass\n");
    asked = answerNextMessageBox(QMessageBox::Cancel);
    QString error;
    QVERIFY(!window.openFile(other, &error));
    QVERIFY(*asked);
    QVERIFY(error.isEmpty());
    QCOMPARE(window.scriptEditor()->text(), u"revision = 'x'\n"_s);

    asked = answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(*asked);
}

void TestMainWindow::savesWhenToldToBeforeClosing()
{
    const QString path = writeFile(u"save_on_close.py"_s, "pass\n");
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.scriptEditor()->setText(u"revision = 'd'\n"_s);

    const auto asked = answerNextMessageBox(QMessageBox::Save);
    QVERIFY(window.close());
    QVERIFY(*asked);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("revision = 'd'\n"));
}

void TestMainWindow::remembersSizeAndLayout()
{
    // Smaller than the offscreen screen, and unlike the default size, so it must come back
    // from the settings; so must the SQL pane closed by the user.
    const QSize size(640, 480);
    {
        Studio::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.size() != size);
        window.resize(size);
        window.findChild<QDockWidget *>(u"sqlDock"_s)->close();
        QCoreApplication::processEvents();
        QVERIFY(window.close());
    }
    Studio::MainWindow window;
    QCOMPARE(window.size(), size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QDockWidget *>(u"sqlDock"_s)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
