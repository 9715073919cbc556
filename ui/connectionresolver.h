#pragma once

#include "connectionprofile.h"

#include <migrations/connection.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Studio {

class PasswordStore;

// A profile made ready to connect with: its password found (keychain, this session, or
// asked for) and put into the settings and the URL. Held in memory while connecting;
// never stored.
struct ResolvedConnection
{
    QString name; // the profile's
    Migrations::ConnectionSettings settings; // for DatabaseConnection::open and the Runner
    QString url; // SQLAlchemy's, with the password (kept in memory only): for the Python engine
    QString pythonInterpreter; // the profile's; empty: no Python engine
    bool isProtected = false; // shared or production: the window never resets it
};

// Turns a profile into ConnectionSettings, asking for the password when it needs one:
// a URL without a user (SQLite, a server trusting the local socket) needs none; otherwise
// the keychain or this session's memory answers, or a password dialog asks (with "Remember
// in the system keychain", offered only when the keychain works).
class ConnectionResolver final : public QObject
{
    Q_OBJECT

public:
    // done(connection, error): a connection; or null with one sentence in `error` (a bad
    // URL); or null with an empty error when the user cancelled the password dialog.
    using Done = std::function<void(std::optional<ResolvedConnection> connection, const QString &error)>;

    explicit ConnectionResolver(PasswordStore *passwords, QObject *parent = nullptr);

    // Relative SQLite paths are resolved against `workingDirectory` (the project's folder,
    // where Alembic runs). `done` is called later, on this thread, unless this resolver is
    // destroyed first. The dialog, when one is needed, is window-modal on `dialogParent`.
    //
    // `askAgainBecause`: when the server refused the password resolve() found, call again
    // with its message: the stored password is skipped and the dialog says why it asks.
    void resolve(const ConnectionProfile &profile, const QString &workingDirectory, QWidget *dialogParent, Done done,
                 const QString &askAgainBecause = {});

    // Whether the URL takes a password (it names a user): SQLite URLs never do.
    static bool needsPassword(const QString &url);

private:
    void finish(const ConnectionProfile &profile, const QString &workingDirectory, const std::optional<QString> &password,
                const Done &done);
    void ask(const ConnectionProfile &profile, const QString &workingDirectory, QWidget *dialogParent, Done done,
             const QString &reason);

    PasswordStore *m_passwords;
};

} // namespace Studio
