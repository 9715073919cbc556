#pragma once

#include <migrations/revisioncreation.h>

#include <QWidget>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace Migrations {
class ScriptDirectory;
struct ProjectConfig;
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

    // The dialog's accepting button (Create) is enabled only while there is no problem.
    void enableAccept(QDialogButtonBox *buttons) const;
    // Drafts the file again now (its create date is the moment of writing, as in Alembic)
    // and writes it: the draft written, or null with the reason shown here.
    std::optional<Migrations::RevisionDraft> write(const Migrations::ScriptDirectory &directory,
                                                   const Migrations::ProjectConfig &config,
                                                   const Migrations::RevisionRequest &request);

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
