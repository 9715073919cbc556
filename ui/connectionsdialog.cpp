#include "connectionsdialog.h"

#include "connectioneditor.h"
#include "connectionprofile.h"
#include "passwordstore.h"

#include <migrations/connection.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

ConnectionsDialog::ConnectionsDialog(ConnectionProfileModel *profiles, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_passwords(passwords)
{
    setObjectName(u"connectionsDialog"_s);
    setWindowTitle(tr("Connections"));

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(left);
    m_list->setObjectName(u"profiles"_s);
    m_list->setModel(profiles);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), left);
    add->setObjectName(u"add"_s);
    m_duplicate = new QPushButton(tr("D&uplicate"), left);
    m_duplicate->setObjectName(u"duplicate"_s);
    m_remove = new QPushButton(tr("Re&move"), left);
    m_remove->setObjectName(u"remove"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);

    m_editor = new ConnectionEditor(passwords, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    // Return in a field commits that field: it must neither press Add or Remove nor close
    // the dialog, so no button is a default one.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionsDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionsDialog::currentChanged);
    connect(m_editor, &ConnectionEditor::profileEdited, m_profiles,
            [this](const ConnectionProfile &profile) { m_profiles->update(profile); });
    // A profile removed elsewhere (or the selected one): show what is current now.
    connect(m_profiles, &QAbstractItemModel::rowsRemoved, this, &ConnectionsDialog::currentChanged);

    if (m_profiles->rowCount() > 0)
        m_list->setCurrentIndex(m_profiles->index(0));
    currentChanged();
    resize(860, 560);
}

void ConnectionsDialog::setWorkingDirectory(const QString &folder)
{
    m_editor->setWorkingDirectory(folder);
}

void ConnectionsDialog::selectProfile(const QString &id)
{
    const int row = m_profiles->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_profiles->index(row));
}

QString ConnectionsDialog::currentProfileId() const
{
    return m_list->currentIndex().data(ConnectionProfileModel::IdRole).toString();
}

void ConnectionsDialog::currentChanged()
{
    const std::optional<ConnectionProfile> profile = m_profiles->findById(currentProfileId());
    m_editor->setProfile(profile.value_or(ConnectionProfile{}));
    m_duplicate->setEnabled(profile.has_value());
    m_remove->setEnabled(profile.has_value());
}

QString ConnectionsDialog::addProfile()
{
    Migrations::UrlParts parts;
    parts.backend = u"sqlite"_s;
    parts.database = u"app.db"_s;
    const QString id = m_profiles->add(
        ConnectionProfile::create(m_profiles->uniqueName(tr("New connection")), Migrations::composeUrl(parts)));
    selectProfile(id);
    return id;
}

QString ConnectionsDialog::duplicateProfile()
{
    std::optional<ConnectionProfile> original = m_profiles->findById(currentProfileId());
    if (!original)
        return {};
    ConnectionProfile copy = ConnectionProfile::create(m_profiles->uniqueName(tr("%1 (copy)").arg(original->name)),
                                                       original->url);
    copy.pythonInterpreter = original->pythonInterpreter;
    copy.isProtected = original->isProtected;
    const QString id = m_profiles->add(copy);
    // The copy connects as the original does: it gets the same password, kept the same way.
    const bool keychain = m_passwords->keychain() != PasswordStore::Keychain::Unavailable;
    m_passwords->read(original->id, m_passwords, [passwords = m_passwords, id, keychain](std::optional<QString> password) {
        if (password)
            passwords->write(id, *password,
                             keychain ? PasswordStore::Persistence::Keychain : PasswordStore::Persistence::Session);
    });
    selectProfile(id);
    return id;
}

void ConnectionsDialog::removeProfile()
{
    const std::optional<ConnectionProfile> profile = m_profiles->findById(currentProfileId());
    if (!profile)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                     tr("Remove the connection “%1”? Its password is removed from the keychain too; "
                                        "the database itself is not touched.")
                                         .arg(profile->name),
                                     QMessageBox::Cancel, this);
    question->setObjectName(u"removeQuestion"_s);
    question->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(question, &QMessageBox::finished, this, [this, question, id] {
        if (question->buttonRole(question->clickedButton()) != QMessageBox::DestructiveRole)
            return;
        const int row = m_profiles->rowOf(id);
        m_profiles->remove(id);
        m_passwords->remove(id);
        if (m_profiles->rowCount() > 0)
            m_list->setCurrentIndex(m_profiles->index(std::min(row, m_profiles->rowCount() - 1)));
        currentChanged();
    });
    question->open();
}

} // namespace Studio
