#include "mergedialog.h"

#include "revisionpreview.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

MergeDialog::MergeDialog(const Migrations::ScriptDirectory &directory, const Migrations::ProjectConfig &config,
                         QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_config(config)
    , m_generatedId(Migrations::newRevisionId())
    , m_heads(new QListWidget(this))
    , m_message(new QLineEdit(this))
    , m_branchLabel(new QLineEdit(this))
    , m_revisionId(new QLineEdit(this))
    , m_preview(new RevisionPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merge Heads"));
    m_heads->setObjectName(u"heads"_s);
    m_heads->setAccessibleName(tr("Heads to merge"));
    m_message->setObjectName(u"message"_s);
    m_message->setPlaceholderText(tr("empty message"));
    m_branchLabel->setObjectName(u"branchLabel"_s);
    m_branchLabel->setPlaceholderText(tr("none"));
    m_revisionId->setObjectName(u"revisionId"_s);
    m_revisionId->setPlaceholderText(tr("%1 (generated)").arg(m_generatedId));

    const Migrations::RevisionGraph &graph = m_directory.graph();
    for (const QString &head : graph.heads()) {
        const int index = graph.indexOf(head);
        const Migrations::Revision &revision = graph.revisions()[index];
        QString text = head;
        if (const QString doc = m_directory.script(index).doc(); !doc.isEmpty())
            text += u" — "_s + doc.section(u'\n', 0, 0);
        if (!revision.branchLabels.isEmpty())
            text += u" ("_s + revision.branchLabels.join(u", "_s) + u')';
        auto *item = new QListWidgetItem(text, m_heads);
        item->setData(Qt::UserRole, head);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    // As many rows as there are heads, up to six: the preview is what needs the room.
    const int rows = qBound(2, m_heads->count(), 6);
    m_heads->setFixedHeight(m_heads->sizeHintForRow(0) * rows + 2 * m_heads->frameWidth() + 2);

    auto *form = new QFormLayout;
    form->addRow(tr("&Heads:"), m_heads);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("Branch &label:"), m_branchLabel);
    form->addRow(tr("Revision &ID:"), m_revisionId);

    QPushButton *createButton = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(u"create"_s);
    createButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_message, m_branchLabel, m_revisionId})
        connect(edit, &QLineEdit::textChanged, this, &MergeDialog::updatePreview);
    connect(m_heads, &QListWidget::itemChanged, this, &MergeDialog::updatePreview);

    resize(720, 640);
    updatePreview();
}

void MergeDialog::setIniSection(const QString &section)
{
    m_iniSection = section;
    updatePreview();
}

void MergeDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void MergeDialog::setBranchLabel(const QString &label)
{
    m_branchLabel->setText(label);
}

void MergeDialog::setRevisionId(const QString &revisionId)
{
    m_revisionId->setText(revisionId);
}

void MergeDialog::setCheckedHeads(const QStringList &heads)
{
    for (int row = 0; row < m_heads->count(); ++row) {
        QListWidgetItem *item = m_heads->item(row);
        item->setCheckState(heads.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList MergeDialog::checkedHeads() const
{
    QStringList heads;
    for (int row = 0; row < m_heads->count(); ++row) {
        if (m_heads->item(row)->checkState() == Qt::Checked)
            heads.append(m_heads->item(row)->data(Qt::UserRole).toString());
    }
    return heads;
}

Migrations::RevisionRequest MergeDialog::request() const
{
    Migrations::RevisionRequest request;
    request.merge = true;
    request.heads = checkedHeads();
    if (!m_message->text().trimmed().isEmpty())
        request.message = m_message->text();
    if (!m_branchLabel->text().trimmed().isEmpty())
        request.branchLabel = m_branchLabel->text().trimmed();
    request.revisionId = m_revisionId->text().trimmed().isEmpty() ? m_generatedId : m_revisionId->text().trimmed();
    request.iniSection = m_iniSection;
    return request;
}

void MergeDialog::updatePreview()
{
    // Alembic merges a single revision too (it is then a plain revision); a dialog named
    // Merge heads asks for two.
    if (checkedHeads().size() < 2) {
        m_preview->showProblem(m_heads->count() < 2 ? tr("The project has only one head: there is nothing to merge.")
                                                    : tr("Check at least two heads to merge."));
    } else {
        Migrations::CommandOutput failure;
        const std::optional<Migrations::RevisionDraft> draft =
            Migrations::draftRevisionNow(m_directory, m_config, request(), &failure);
        if (draft)
            m_preview->showDraft(*draft, m_config.scriptDirectory);
        else
            m_preview->showProblem(Migrations::failureMessage(failure));
    }
    m_preview->enableAccept(m_buttons);
}

bool MergeDialog::create()
{
    if (checkedHeads().size() < 2)
        return false;
    const std::optional<Migrations::RevisionDraft> draft = m_preview->write(m_directory, m_config, request());
    if (draft)
        Q_EMIT revisionCreated(draft->path, draft->revisionId);
    return draft.has_value();
}

} // namespace Studio
