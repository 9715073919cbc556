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

// The Scintilla indicator that underlines a verdict's line: one the lexer does not use.
constexpr int verdictIndicator = 8;
// The style of a verdict's words: past the Python lexer's (below 32) and Scintilla's
// predefined ones (32–39).
constexpr int annotationStyle = 64;

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
    indicatorDefine(QsciScintilla::SquiggleIndicator, verdictIndicator);
    setAnnotationDisplay(QsciScintilla::AnnotationIndented);
    applyTheme(syntaxThemeFor(palette()));
}

void ScriptEditor::setText(const QString &text)
{
    // New text is another script: the verdicts of the one before do not apply to it. (Edits
    // keep them: Scintilla moves indicators and annotations with the lines they are on.)
    clearVerdicts();
    QsciScintilla::setText(text);
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
    const QColor warning = themeColor(theme.textColor(Theme::Warning));
    setIndicatorForegroundColor(warning, verdictIndicator);
    // The annotation under a verdict's line: the warning colour on the current-line tint.
    SendScintilla(SCI_STYLESETFORE, annotationStyle, warning);
    SendScintilla(SCI_STYLESETBACK, annotationStyle, themeColor(theme.editorColor(Theme::CurrentLine)));
    SendScintilla(SCI_STYLESETITALIC, annotationStyle, true);
    updateMarginWidth();
}

void ScriptEditor::setVerdicts(const QString &path, const QList<Migrations::Diagnostic> &verdicts)
{
    clearVerdicts();
    for (const Migrations::Diagnostic &verdict : verdicts) {
        if (verdict.file != path)
            continue;
        // A verdict on the whole file (line 0) sits on the first line.
        const int line = qBound(0, verdict.line - 1, qMax(0, lines() - 1));
        // Underlined from the first character that is not indentation to the line's end.
        const QString text = this->text(line);
        int first = 0;
        while (first < text.size() && (text[first] == u' ' || text[first] == u'\t'))
            ++first;
        int end = int(text.size());
        while (end > first && (text[end - 1] == u'\n' || text[end - 1] == u'\r'))
            --end;
        fillIndicatorRange(line, first, line, qMax(end, first + 1), verdictIndicator);
        const QByteArray words = verdict.message.toUtf8();
        SendScintilla(SCI_ANNOTATIONSETTEXT, static_cast<unsigned long>(line), words.constData());
        SendScintilla(SCI_ANNOTATIONSETSTYLE, static_cast<unsigned long>(line), long(annotationStyle));
        m_verdictLines.append(line + 1);
    }
}

void ScriptEditor::clearVerdicts()
{
    if (m_verdictLines.isEmpty())
        return;
    clearIndicatorRange(0, 0, qMax(0, lines() - 1), lineLength(qMax(0, lines() - 1)), verdictIndicator);
    clearAnnotations();
    m_verdictLines.clear();
}

void ScriptEditor::updateMarginWidth()
{
    // Room for the widest line number plus one digit, so the margin does not jump at 10, 100 …
    setMarginWidth(0, u"0"_s.repeated(QString::number(lines()).size() + 1));
}

} // namespace Studio
