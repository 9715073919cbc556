#include "sqlview.h"

#include "colorscheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Studio {

SqlView::SqlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    // Keyboard users still need a caret to select and copy statements from a read-only view.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setDefinitionName(u"SQL"_s);
    applyTheme();
}

void SqlView::setDefinitionName(const QString &name)
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(name));
}

void SqlView::setDialect(Migrations::Dialect dialect)
{
    QString name = u"SQL"_s;
    switch (dialect) {
    case Migrations::Dialect::PostgreSQL:
        name = u"SQL (PostgreSQL)"_s;
        break;
    case Migrations::Dialect::MySQL:
    case Migrations::Dialect::MariaDB:
        name = u"SQL (MySQL)"_s;
        break;
    case Migrations::Dialect::SQLite:
        break;
    }
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(name);
    setDefinitionName(definition.isValid() ? name : u"SQL"_s);
}

void SqlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SqlView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxThemeFor(palette());
    // Only the text area takes the theme's colours; frame and scroll bars keep the palette's.
    QPalette viewPalette = palette();
    viewPalette.setColor(QPalette::Base,
                         QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    viewPalette.setColor(QPalette::Text,
                         QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    viewport()->setPalette(viewPalette);
    viewport()->setAutoFillBackground(true);
    if (m_highlighter->theme().name() != theme.name()) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
}

} // namespace Studio
