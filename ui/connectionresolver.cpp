#include "connectionresolver.h"

#include "passwordstore.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// The question asked when neither the keychain nor this session knows the password.
// Object names let tests (and screen readers' scripts) find its parts.
QDialog *passwordDialog(const ConnectionProfile &profile, const Migrations::UrlParts &parts, bool keychainWorks,
                        const QString &reason, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"passwordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ConnectionResolver::tr("Password for %1").arg(profile.name));
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);

    auto *layout = new QVBoxLayout(dialog);
    const QString server = parts.host.value_or(u"localhost"_s)
                           + (parts.port ? u':' + QString::number(*parts.port) : QString());
    auto *question = new QLabel(ConnectionResolver::tr("Enter the password of user <b>%1</b> on <b>%2</b> "
                                                       "(connection “%3”).")
                                    .arg(parts.userName.value_or(QString()).toHtmlEscaped(), server.toHtmlEscaped(),
                                         profile.name.toHtmlEscaped()),
                                dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, dialog);
        why->setObjectName(u"reason"_s);
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    auto *form = new QFormLayout;
    auto *password = new QLineEdit(dialog);
    password->setObjectName(u"password"_s);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(ConnectionResolver::tr("&Password:"), password);
    layout->addLayout(form);

    auto *remember = new QCheckBox(ConnectionResolver::tr("&Remember in the system keychain"), dialog);
    remember->setObjectName(u"remember"_s);
    remember->setChecked(keychainWorks);
    remember->setVisible(keychainWorks);
    layout->addWidget(remember);
    if (!keychainWorks) {
        auto *note = new QLabel(ConnectionResolver::tr("No system keychain is available: the password is kept "
                                                       "until Alembic Studio quits, and asked again next time."),
                                dialog);
        note->setObjectName(u"sessionOnlyNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    password->setFocus();
    // Wide enough that the question and the note read as sentences, not as a column.
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
    return dialog;
}

} // namespace

ConnectionResolver::ConnectionResolver(PasswordStore *passwords, QObject *parent)
    : QObject(parent)
    , m_passwords(passwords)
{}

bool ConnectionResolver::needsPassword(const QString &url)
{
    QString error;
    const std::optional<Migrations::UrlParts> parts = Migrations::urlParts(url, &error);
    return parts && parts->backend != "sqlite"_L1 && parts->userName.has_value();
}

void ConnectionResolver::resolve(const ConnectionProfile &profile, const QString &workingDirectory,
                                 QWidget *dialogParent, Done done, const QString &askAgainBecause)
{
    if (!needsPassword(profile.url)) {
        QTimer::singleShot(0, this, [this, profile, workingDirectory, done] {
            finish(profile, workingDirectory, std::nullopt, done);
        });
        return;
    }
    if (!askAgainBecause.isEmpty()) {
        ask(profile, workingDirectory, dialogParent, done, askAgainBecause);
        return;
    }
    const QPointer<QWidget> parent(dialogParent);
    m_passwords->read(profile.id, this, [this, profile, workingDirectory, parent, done](std::optional<QString> password) {
        if (password)
            finish(profile, workingDirectory, password, done);
        else
            ask(profile, workingDirectory, parent, done, QString());
    });
}

void ConnectionResolver::ask(const ConnectionProfile &profile, const QString &workingDirectory, QWidget *dialogParent,
                             Done done, const QString &reason)
{
    const QPointer<QWidget> parent(dialogParent);
    // Whether to offer "remember" depends on the keychain: ask it first if no job has yet.
    m_passwords->probe(this, [this, profile, workingDirectory, parent, done, reason](bool keychainWorks) {
        QString error;
        const std::optional<Migrations::UrlParts> parts = Migrations::urlParts(profile.url, &error);
        if (!parts) {
            done(std::nullopt, error);
            return;
        }
        QDialog *dialog = passwordDialog(profile, *parts, keychainWorks, reason, parent);
        connect(dialog, &QDialog::finished, this, [this, dialog, profile, workingDirectory, done](int result) {
            if (result != QDialog::Accepted) {
                done(std::nullopt, QString());
                return;
            }
            const QString password = dialog->findChild<QLineEdit *>(u"password"_s)->text();
            const bool remember = dialog->findChild<QCheckBox *>(u"remember"_s)->isChecked();
            m_passwords->write(profile.id, password,
                               remember ? PasswordStore::Persistence::Keychain : PasswordStore::Persistence::Session);
            finish(profile, workingDirectory, password, done);
        });
        dialog->open();
    });
}

void ConnectionResolver::finish(const ConnectionProfile &profile, const QString &workingDirectory,
                                const std::optional<QString> &password, const Done &done)
{
    QString error;
    std::optional<QString> url = profile.url;
    if (password)
        url = Migrations::urlWithPassword(profile.url, *password, &error);
    std::optional<Migrations::ConnectionSettings> settings;
    if (url)
        settings = Migrations::connectionSettingsFromUrl(*url, workingDirectory, &error);
    if (!settings) {
        done(std::nullopt, tr("The connection “%1” cannot be used: %2").arg(profile.name, error));
        return;
    }
    done(ResolvedConnection{profile.name, *settings, *url, profile.pythonInterpreter, profile.isProtected}, QString());
}

} // namespace Studio
