#pragma once

#include <migrations/projectconfig.h>
#include <migrations/revisioncreation.h>
#include <migrations/scriptdirectory.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Studio {

class RevisionPreview;

// File > New revision: what `alembic revision -m MESSAGE [--head H] [--branch-label L]
// [--depends-on D…] [--rev-id ID] [--version-path P]` writes, with a live preview of the
// file. Create writes it through the core (the same code as alembic-studio-cli revision)
// and emits revisionCreated(); what Alembic would refuse is shown in the dialog and Create
// stays disabled. The project is the caller's loaded one; the dialog keeps its own copy.
class NewRevisionDialog final : public QDialog
{
    Q_OBJECT

public:
    NewRevisionDialog(const Migrations::ScriptDirectory &directory, const Migrations::ProjectConfig &config,
                      QWidget *parent = nullptr);

    // The ini section the project was opened with (-n); "alembic" by default.
    void setIniSection(const QString &section);

    // The form's fields, for the caller (e.g. "new revision on this head") and tests.
    void setMessage(const QString &message);
    void setHead(const QString &head); // a head id or "base"; ignored when not offered
    void setBranchLabel(const QString &label);
    void setDependsOn(const QStringList &revisions);
    void setRevisionId(const QString &revisionId);
    void setVersionLocation(const QString &folder); // absolute; empty: where Alembic puts it

    // The request the form describes, and what the preview shows.
    Migrations::RevisionRequest request() const;
    // What Create would write now, or why it cannot.
    const RevisionPreview *preview() const { return m_preview; }

    // Writes the file (the Create button). False, with problem() set, when nothing was written.
    bool create();

Q_SIGNALS:
    void revisionCreated(const QString &path, const QString &revisionId);

private:
    void updatePreview();

    Migrations::ScriptDirectory m_directory;
    Migrations::ProjectConfig m_config;
    QString m_iniSection = QStringLiteral("alembic");
    // An id is drawn once, so that the file written is the file previewed.
    QString m_generatedId;
    QLineEdit *m_message;
    QComboBox *m_head;
    QLineEdit *m_branchLabel;
    QLineEdit *m_dependsOn;
    QLineEdit *m_revisionId;
    QComboBox *m_versionLocation;
    RevisionPreview *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Studio
