#pragma once

#include <migrations/dialect.h>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Studio {

// A read-only view of SQL, highlighted by KSyntaxHighlighting with the theme that matches
// the palette. Reviewers read SQL here; they never edit it.
class SqlView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SqlView(QWidget *parent = nullptr);

    // The syntax definition in use ("SQL", "SQL (PostgreSQL)", "SQL (MySQL)").
    void setDefinitionName(const QString &name);
    // The definition for the dialect's SQL, or plain "SQL" where there is none of its own.
    void setDialect(Migrations::Dialect dialect);
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Studio
