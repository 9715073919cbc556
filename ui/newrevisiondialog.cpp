#include "newrevisiondialog.h"

#include "revisionpreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// "3989d12410a0 — create refresh tokens table (labels)": how a revision is offered.
QString describeRevision(const Migrations::ScriptDirectory &directory, int index)
{
    const Migrations::Revision &revision = directory.graph().revisions()[index];
    QString text = revision.id;
    const QString doc = directory.script(index).doc();
    if (!doc.isEmpty())
        text += u" — "_s + doc.section(u'\n', 0, 0);
    if (!revision.branchLabels.isEmpty())
        text += u" ("_s + revision.branchLabels.join(u", "_s) + u')';
    return text;
}

} // namespace

NewRevisionDialog::NewRevisionDialog(const Migrations::ScriptDirectory &directory,
                                     const Migrations::ProjectConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_config(config)
    , m_generatedId(Migrations::newRevisionId())
    , m_message(new QLineEdit(this))
    , m_head(new QComboBox(this))
    , m_branchLabel(new QLineEdit(this))
    , m_dependsOn(new QLineEdit(this))
    , m_revisionId(new QLineEdit(this))
    , m_versionLocation(new QComboBox(this))
    , m_preview(new RevisionPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Revision"));
    m_message->setObjectName(u"message"_s);
    m_message->setPlaceholderText(tr("empty message"));
    m_head->setObjectName(u"head"_s);
    m_branchLabel->setObjectName(u"branchLabel"_s);
    m_branchLabel->setPlaceholderText(tr("none"));
    m_dependsOn->setObjectName(u"dependsOn"_s);
    m_dependsOn->setPlaceholderText(tr("revisions or labels, separated by spaces"));
    m_revisionId->setObjectName(u"revisionId"_s);
    m_revisionId->setPlaceholderText(tr("%1 (generated)").arg(m_generatedId));
    m_versionLocation->setObjectName(u"versionLocation"_s);

    // The heads, as `alembic heads` lists them; base starts a new branch of its own.
    const Migrations::RevisionGraph &graph = m_directory.graph();
    for (const QString &head : graph.heads())
        m_head->addItem(describeRevision(m_directory, graph.indexOf(head)), head);
    m_head->addItem(tr("base — a new root, with no parent"), u"base"_s);

    m_versionLocation->addItem(tr("Where Alembic puts it"), QString());
    for (const QString &folder : std::as_const(m_config.versionDirectories)) {
        const QString relative = QDir(m_config.scriptDirectory).relativeFilePath(folder);
        m_versionLocation->addItem(relative.startsWith(u"../"_s) ? folder : relative, folder);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Based on:"), m_head);
    form->addRow(tr("Branch &label:"), m_branchLabel);
    form->addRow(tr("&Depends on:"), m_dependsOn);
    form->addRow(tr("Revision &ID:"), m_revisionId);
    form->addRow(tr("&Version location:"), m_versionLocation);
    // One location: nothing to choose.
    const bool severalLocations = m_config.versionDirectories.size() > 1;
    m_versionLocation->setVisible(severalLocations);
    form->labelForField(m_versionLocation)->setVisible(severalLocations);

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

    for (QLineEdit *edit : {m_message, m_branchLabel, m_dependsOn, m_revisionId})
        connect(edit, &QLineEdit::textChanged, this, &NewRevisionDialog::updatePreview);
    for (QComboBox *box : {m_head, m_versionLocation})
        connect(box, &QComboBox::currentIndexChanged, this, &NewRevisionDialog::updatePreview);

    resize(720, 640);
    updatePreview();
}

void NewRevisionDialog::setIniSection(const QString &section)
{
    m_iniSection = section;
    updatePreview();
}

void NewRevisionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void NewRevisionDialog::setHead(const QString &head)
{
    if (const int index = m_head->findData(head); index >= 0)
        m_head->setCurrentIndex(index);
}

void NewRevisionDialog::setBranchLabel(const QString &label)
{
    m_branchLabel->setText(label);
}

void NewRevisionDialog::setDependsOn(const QStringList &revisions)
{
    m_dependsOn->setText(revisions.join(u' '));
}

void NewRevisionDialog::setRevisionId(const QString &revisionId)
{
    m_revisionId->setText(revisionId);
}

void NewRevisionDialog::setVersionLocation(const QString &folder)
{
    m_versionLocation->setCurrentIndex(qMax(0, m_versionLocation->findData(folder)));
}

Migrations::RevisionRequest NewRevisionDialog::request() const
{
    Migrations::RevisionRequest request;
    // An empty message is Alembic's None ("empty message"), as when -m is not given.
    if (!m_message->text().trimmed().isEmpty())
        request.message = m_message->text();
    request.heads = {m_head->currentData().toString()};
    // Building on base or on any listed head never needs --splice; base may need a label.
    if (!m_branchLabel->text().trimmed().isEmpty())
        request.branchLabel = m_branchLabel->text().trimmed();
    static const QRegularExpression separators(u"[\\s,]+"_s);
    request.dependsOn = m_dependsOn->text().split(separators, Qt::SkipEmptyParts);
    request.revisionId = m_revisionId->text().trimmed().isEmpty() ? m_generatedId : m_revisionId->text().trimmed();
    request.versionPath = m_versionLocation->currentData().toString();
    request.iniSection = m_iniSection;
    return request;
}

void NewRevisionDialog::updatePreview()
{
    Migrations::CommandOutput failure;
    const std::optional<Migrations::RevisionDraft> draft =
        Migrations::draftRevisionNow(m_directory, m_config, request(), &failure);
    if (draft) {
        m_preview->showDraft(*draft, m_config.scriptDirectory);
    } else if (m_config.versionDirectories.size() > 1 && m_versionLocation->currentIndex() == 0
               && m_head->currentData().toString() == u"base"_s) {
        // Alembic's words name --version-path; here it is a field of the form.
        m_preview->showProblem(tr("A new root has no head to take its folder from: choose its version location."));
    } else {
        m_preview->showProblem(Migrations::failureMessage(failure));
    }
    m_preview->enableAccept(m_buttons);
}

bool NewRevisionDialog::create()
{
    const std::optional<Migrations::RevisionDraft> draft = m_preview->write(m_directory, m_config, request());
    if (draft)
        Q_EMIT revisionCreated(draft->path, draft->revisionId);
    return draft.has_value();
}

} // namespace Studio
