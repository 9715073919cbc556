#pragma once

#include <QWidget>

class QLabel;

namespace Migrations {
struct RevisionDraft;
}

namespace Studio {

class SqlView;

// What a New revision or Merge heads dialog will write: the file's path and its text,
// highlighted and read-only, or why nothing can be written. Shared by both dialogs.
class RevisionPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionPreview(QWidget *parent = nullptr);

    // The draft's path (shown relative to `projectFolder` when inside it) and text.
    void showDraft(const Migrations::RevisionDraft &draft, const QString &projectFolder);
    // No file: the reason, with a warning icon so that it never rests on colour alone.
    void showProblem(const QString &problem);

    QString text() const;
    QString path() const { return m_path; }
    QString problem() const { return m_problem; }

private:
    QLabel *m_pathLabel;
    QLabel *m_problemIcon;
    QLabel *m_problemLabel;
    QWidget *m_problemBox;
    SqlView *m_view;
    QString m_path;
    QString m_problem;
};

} // namespace Studio
