#pragma once

#include <migrations/projectconfig.h>
#include <migrations/revisioncreation.h>
#include <migrations/scriptdirectory.h>

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Studio {

class RevisionPreview;

// Revision > Merge heads: what `alembic merge HEAD… -m MESSAGE [--branch-label L]
// [--rev-id ID]` writes, with the heads to merge checked (all of them at first) and a live
// preview of the file. Create writes it through the core and emits revisionCreated().
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const Migrations::ScriptDirectory &directory, const Migrations::ProjectConfig &config,
                QWidget *parent = nullptr);

    void setIniSection(const QString &section);

    void setMessage(const QString &message);
    void setBranchLabel(const QString &label);
    void setRevisionId(const QString &revisionId);
    // Checks exactly these heads.
    void setCheckedHeads(const QStringList &heads);
    QStringList checkedHeads() const;

    Migrations::RevisionRequest request() const;
    // What Create would write now, or why it cannot.
    const RevisionPreview *preview() const { return m_preview; }

    bool create();

Q_SIGNALS:
    void revisionCreated(const QString &path, const QString &revisionId);

private:
    void updatePreview();

    Migrations::ScriptDirectory m_directory;
    Migrations::ProjectConfig m_config;
    QString m_iniSection = QStringLiteral("alembic");
    QString m_generatedId;
    QListWidget *m_heads;
    QLineEdit *m_message;
    QLineEdit *m_branchLabel;
    QLineEdit *m_revisionId;
    RevisionPreview *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Studio
