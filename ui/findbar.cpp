#include "findbar.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Studio {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit)
    , m_matchCase(new QCheckBox(tr("Match &case")))
{
    m_field->setPlaceholderText(tr("Find in the script"));
    m_field->setClearButtonEnabled(true);
    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton;
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // As the user types, the match grows from where the last one started.
        int line = 0;
        int index = 0;
        int toLine = 0;
        int toIndex = 0;
        m_editor->getSelection(&line, &index, &toLine, &toIndex);
        if (line >= 0 && m_editor->hasSelectedText())
            m_editor->setCursorPosition(line, index);
        find(true);
    });
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });

    // The keys work wherever the focus is in the editor's area, not only in the field.
    auto *findNextAction = new QAction(this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, &FindBar::findNext);
    auto *findPreviousAction = new QAction(this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);
    addActions({findNextAction, findPreviousAction});
    hide();
}

void FindBar::activate()
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_field->setText(m_editor->selectedText());
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

bool FindBar::find(bool forward)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        markNotFound(false);
        return false;
    }
    int line = 0;
    int index = 0;
    if (!forward && m_editor->hasSelectedText()) {
        // Backwards from the start of the current match, not from its end (where the
        // cursor is), or the same match would be found again.
        int toLine = 0;
        int toIndex = 0;
        m_editor->getSelection(&line, &index, &toLine, &toIndex);
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true, forward, line, index);
    markNotFound(!found);
    return found;
}

void FindBar::markNotFound(bool notFound)
{
    // The field says so in the palette's own terms, light or dark, and the tooltip in words.
    QPalette palette = m_field->parentWidget()->palette();
    if (notFound) {
        QColor base = palette.color(QPalette::Base);
        base = QColor::fromHsv(0, 90, base.value() > 128 ? 255 : 110);
        palette.setColor(QPalette::Base, base);
    }
    m_field->setPalette(palette);
    m_field->setToolTip(notFound ? tr("Not found in the script") : QString());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Studio
