#include <ui/colorscheme.h>
#include <ui/mainwindow.h>
#include <ui/scripteditor.h>
#include <ui/sqlview.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <Qsci/qscilexerpython.h>

#include <QAbstractButton>
#include <QApplication>
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

using namespace Qt::StringLiterals;
using Studio::ColorScheme;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void hasMenusToolBarAndStatusBar();
    void editorHighlightsPython();
    void sqlViewHighlightsSql();
    void followsThePalette_data();
    void followsThePalette();
    void opensAndSavesKeepingEncoding();
    void reportsFilesItCannotOpen();
    void asksBeforeLosingEdits();

private:
    // Answers the next modal message box with `button`, from inside its event loop.
    void answerNextMessageBox(QMessageBox::StandardButton button);

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
    Studio::applyColorScheme(ColorScheme::Light);
}

void TestMainWindow::hasMenusToolBarAndStatusBar()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text().remove(u'&'));
    QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
    const auto toolBars = window.findChildren<QToolBar *>();
    QCOMPARE(toolBars.size(), 1);
    QVERIFY(toolBars.first()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(window.scriptEditor()->isVisible());
    QVERIFY(window.sqlView()->isVisible());
    QCOMPARE(window.centralWidget(), window.scriptEditor());
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

    const auto foregroundAt = [&](int blockNumber, const QString &needle) {
        const QTextBlock block = view->document()->findBlockByNumber(blockNumber);
        const int column = int(block.text().indexOf(needle));
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    QCOMPARE(foregroundAt(0, u"CREATE"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Keyword)));
    QCOMPARE(foregroundAt(1, u"INTEGER"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DataType)));
    QCOMPARE(foregroundAt(1, u"-- key"_s), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
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

void TestMainWindow::reportsFilesItCannotOpen()
{
    Studio::MainWindow window;
    QString error;
    const QString missing = m_filesDir.filePath(u"missing.py"_s);
    QVERIFY(!window.openFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(window.scriptPath().isEmpty());
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start(10);
}

void TestMainWindow::asksBeforeLosingEdits()
{
    Studio::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scriptEditor()->setText(u"revision = 'x'\n"_s);
    QVERIFY(window.isWindowModified());

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(window.scriptEditor()->text(), u"revision = 'x'\n"_s);

    // Opening another script asks the same question, and Cancel keeps the edits too.
    const QString other = m_filesDir.filePath(u"other.py"_s);
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pass\n");
    }
    answerNextMessageBox(QMessageBox::Cancel);
    QString error;
    QVERIFY(!window.openFile(other, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(window.scriptEditor()->text(), u"revision = 'x'\n"_s);

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
