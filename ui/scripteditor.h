#pragma once

#include <migrations/diagnostic.h>

#include <Qsci/qsciscintilla.h>

#include <QList>

class QsciLexerPython;

namespace KSyntaxHighlighting {
class Theme;
}

namespace Studio {

// The editor for revision scripts: QScintilla with its Python lexer, line numbers, folding
// and brace matching, coloured from the same KSyntaxHighlighting theme as the SQL view so
// that both follow the palette together.
class ScriptEditor final : public QsciScintilla
{
    Q_OBJECT

public:
    explicit ScriptEditor(QWidget *parent = nullptr);

    QsciLexerPython *pythonLexer() const { return m_lexer; }
    // The name of the theme the colours come from ("Breeze Light", "Breeze Dark" …).
    QString themeName() const { return m_themeName; }

    // What the reader says of lines of this script ("needs Python: …", an unreadable
    // header): each line is underlined from its first character to its end and the words
    // are shown under it, until the text is replaced. Diagnostics of other files are ignored.
    void setVerdicts(const QString &path, const QList<Migrations::Diagnostic> &verdicts);
    void setText(const QString &text) override;
    // The 1-based lines that carry a verdict now.
    QList<int> verdictLines() const { return m_verdictLines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void updateMarginWidth();
    void clearVerdicts();

    QsciLexerPython *m_lexer;
    QString m_themeName;
    QList<int> m_verdictLines;
};

} // namespace Studio
