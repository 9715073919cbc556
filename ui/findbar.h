#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QsciScintilla;

namespace Studio {

// Search in a script, as editors do it: a bar under the text that Ctrl+F opens with the
// selection in it, Enter and F3 for the next match (Shift for the previous), wrapping at
// the ends, Escape to close and go back to the text.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void activate();
    // False, with the field marked, when the text is not in the script.
    bool findNext();
    bool findPrevious();
    QLineEdit *field() const { return m_field; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward);
    void markNotFound(bool notFound);

    QsciScintilla *m_editor;
    QLineEdit *m_field;
    QCheckBox *m_matchCase;
};

} // namespace Studio
