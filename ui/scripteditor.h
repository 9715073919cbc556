#pragma once

#include <Qsci/qsciscintilla.h>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void updateMarginWidth();

    QsciLexerPython *m_lexer;
    QString m_themeName;
};

} // namespace Studio
