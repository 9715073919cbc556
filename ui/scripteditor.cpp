#include "scripteditor.h"

#include "colorscheme.h"

#include <KSyntaxHighlighting/Theme>
#include <Qsci/qscilexerpython.h>

#include <QEvent>
#include <QFontDatabase>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Studio {

namespace {

QColor themeColor(QRgb rgb)
{
    return QColor::fromRgba(rgb);
}

// Which KSyntaxHighlighting text style colours each of QScintilla's Python styles. The two
// highlighters name things differently; this table is the whole of the translation.
struct StyleMapping
{
    int lexerStyle;
    Theme::TextStyle themeStyle;
};

constexpr StyleMapping styleMappings[] = {
    {QsciLexerPython::Default, Theme::Normal},
    {QsciLexerPython::Identifier, Theme::Normal},
    {QsciLexerPython::Comment, Theme::Comment},
    {QsciLexerPython::CommentBlock, Theme::Comment},
    {QsciLexerPython::Number, Theme::DecVal},
    {QsciLexerPython::DoubleQuotedString, Theme::String},
    {QsciLexerPython::SingleQuotedString, Theme::String},
    {QsciLexerPython::DoubleQuotedFString, Theme::String},
    {QsciLexerPython::SingleQuotedFString, Theme::String},
    // Triple-quoted strings in revision scripts are docstrings: the migration's message.
    {QsciLexerPython::TripleSingleQuotedString, Theme::Documentation},
    {QsciLexerPython::TripleDoubleQuotedString, Theme::Documentation},
    {QsciLexerPython::TripleSingleQuotedFString, Theme::Documentation},
    {QsciLexerPython::TripleDoubleQuotedFString, Theme::Documentation},
    {QsciLexerPython::UnclosedString, Theme::Error},
    {QsciLexerPython::Keyword, Theme::Keyword},
    {QsciLexerPython::HighlightedIdentifier, Theme::BuiltIn},
    {QsciLexerPython::ClassName, Theme::DataType},
    {QsciLexerPython::FunctionMethodName, Theme::Function},
    {QsciLexerPython::Operator, Theme::Operator},
    {QsciLexerPython::Decorator, Theme::Attribute},
};

} // namespace

ScriptEditor::ScriptEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerPython(this))
{
    setUtf8(true);
    m_lexer->setFoldComments(true);
    m_lexer->setFoldQuotes(true);
    // Revision scripts are PEP 8: four spaces, never tabs.
    m_lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
    setLexer(m_lexer);

    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBackspaceUnindents(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setCaretLineVisible(true);
    setEdgeMode(QsciScintilla::EdgeLine);
    setEdgeColumn(88);
    setMarginLineNumbers(0, true);
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setEolMode(QsciScintilla::EolUnix);
    // A horizontal scroll bar only once a line is wider than the view, not from the start.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);

    connect(this, &QsciScintilla::linesChanged, this, &ScriptEditor::updateMarginWidth);
    applyTheme(syntaxThemeFor(palette()));
}

void ScriptEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme(syntaxThemeFor(palette()));
}

void ScriptEditor::applyTheme(const Theme &theme)
{
    m_themeName = theme.name();
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor background = themeColor(theme.editorColor(Theme::BackgroundColor));

    m_lexer->setDefaultFont(font);
    m_lexer->setDefaultPaper(background);
    m_lexer->setDefaultColor(themeColor(theme.textColor(Theme::Normal)));
    for (const StyleMapping &mapping : styleMappings) {
        QFont styleFont = font;
        styleFont.setBold(theme.isBold(mapping.themeStyle));
        styleFont.setItalic(theme.isItalic(mapping.themeStyle));
        m_lexer->setFont(styleFont, mapping.lexerStyle);
        m_lexer->setColor(themeColor(theme.textColor(mapping.themeStyle)), mapping.lexerStyle);
        m_lexer->setPaper(background, mapping.lexerStyle);
    }
    // Re-applying the lexer makes Scintilla restyle the document with the new colours. It
    // also resets the margins and caret to the lexer's defaults, so those are set after it.
    setLexer(m_lexer);

    setPaper(background);
    setCaretForegroundColor(themeColor(theme.textColor(Theme::Normal)));
    setCaretLineBackgroundColor(themeColor(theme.editorColor(Theme::CurrentLine)));
    setSelectionBackgroundColor(themeColor(theme.editorColor(Theme::TextSelection)));
    setSelectionForegroundColor(themeColor(theme.textColor(Theme::Normal)));
    setMarginsBackgroundColor(themeColor(theme.editorColor(Theme::IconBorder)));
    setMarginsForegroundColor(themeColor(theme.editorColor(Theme::LineNumbers)));
    setFoldMarginColors(themeColor(theme.editorColor(Theme::IconBorder)),
                        themeColor(theme.editorColor(Theme::IconBorder)));
    setMatchedBraceBackgroundColor(themeColor(theme.editorColor(Theme::BracketMatching)));
    setMatchedBraceForegroundColor(themeColor(theme.textColor(Theme::Normal)));
    setIndentationGuidesForegroundColor(themeColor(theme.editorColor(Theme::IndentationLine)));
    setIndentationGuidesBackgroundColor(background);
    setEdgeColor(themeColor(theme.editorColor(Theme::WordWrapMarker)));
    updateMarginWidth();
}

void ScriptEditor::updateMarginWidth()
{
    // Room for the widest line number plus one digit, so the margin does not jump at 10, 100 …
    setMarginWidth(0, u"0"_s.repeated(QString::number(lines()).size() + 1));
}

} // namespace Studio
