#include "revisionpreview.h"

#include "sqlview.h"

#include <migrations/projectconfig.h>
#include <migrations/revisioncreation.h>

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

RevisionPreview::RevisionPreview(QWidget *parent)
    : QWidget(parent)
    , m_pathLabel(new QLabel(this))
    , m_problemIcon(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_problemBox(new QWidget(this))
    , m_view(new SqlView(this))
{
    m_pathLabel->setObjectName(u"previewPath"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);
    m_problemLabel->setObjectName(u"previewProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addWidget(m_problemLabel, 1);
    m_problemBox->hide();

    m_view->setObjectName(u"previewText"_s);
    m_view->setDefinitionName(u"Python"_s);
    m_view->setAccessibleName(tr("Preview of the new revision file"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_problemBox);
    layout->addWidget(m_view, 1);
}

void RevisionPreview::showDraft(const Migrations::RevisionDraft &draft, const QString &projectFolder)
{
    m_path = draft.path;
    m_problem = Migrations::draftProblem(draft);
    const QString relative = QDir(projectFolder).relativeFilePath(draft.path);
    const QString shown = relative.startsWith(u"../"_s) ? draft.path : relative;
    m_pathLabel->setText(draft.directoryToCreate.isEmpty()
                             ? tr("Preview of %1:").arg(shown)
                             : tr("Preview of %1 (its folder is created too):").arg(shown));
    m_pathLabel->setEnabled(true);
    m_problemLabel->setText(m_problem);
    m_problemBox->setVisible(!m_problem.isEmpty());
    m_view->setEnabled(true);
    // Keep the reader's scroll position while the preview follows their typing.
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setPlainText(draft.text);
    m_view->verticalScrollBar()->setValue(scroll);
}

void RevisionPreview::showProblem(const QString &problem)
{
    m_path.clear();
    m_problem = problem;
    m_pathLabel->setText(tr("Nothing can be written yet."));
    m_problemLabel->setText(problem);
    m_problemBox->show();
    // A stale file under the problem would read as what gets written.
    m_view->clear();
    m_view->setEnabled(false);
}

void RevisionPreview::enableAccept(QDialogButtonBox *buttons) const
{
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_problem.isEmpty());
    }
}

std::optional<Migrations::RevisionDraft> RevisionPreview::write(const Migrations::ScriptDirectory &directory,
                                                                const Migrations::ProjectConfig &config,
                                                                const Migrations::RevisionRequest &request)
{
    Migrations::CommandOutput failure;
    const std::optional<Migrations::RevisionDraft> draft
        = Migrations::draftRevisionNow(directory, config, request, &failure);
    if (!draft) {
        showProblem(Migrations::failureMessage(failure));
        return std::nullopt;
    }
    if (!Migrations::draftProblem(*draft).isEmpty()) {
        showDraft(*draft, config.scriptDirectory); // the draft shows its own problem
        return std::nullopt;
    }
    const Migrations::CommandOutput written = Migrations::writeRevisionDraft(*draft);
    if (written.exitCode != 0) {
        showProblem(Migrations::failureMessage(written));
        return std::nullopt;
    }
    return draft;
}

QString RevisionPreview::text() const
{
    return m_view->toPlainText();
}

} // namespace Studio
