#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace Studio {

// Passwords of connection profiles, kept in the system keychain through QtKeychain
// (service "alembic-studio", key: the profile's id). Where there is no keychain (no secret
// service, no session bus, access refused) a password lives in this process's memory
// only, for the session, and the user is asked again next time: it is never written in
// plain text anywhere (QtKeychain's insecure fallback stays off).
//
// QtKeychain works asynchronously, so does this: each call answers through its callback,
// later, on the GUI thread, and only while `context` is alive.
class PasswordStore final : public QObject
{
    Q_OBJECT

public:
    enum class Keychain { Unknown, Available, Unavailable };
    enum class Persistence { Keychain, Session };

    explicit PasswordStore(QObject *parent = nullptr);
    // Another keychain service name: for tests, so that they never touch the user's entries.
    PasswordStore(const QString &service, QObject *parent);

    static QString defaultService();
    QString service() const { return m_service; }

    // What is known of the keychain: Unknown until a job (or probe()) has asked it.
    Keychain keychain() const { return m_keychain; }
    // Why the keychain is unavailable, in QtKeychain's words; empty otherwise.
    QString keychainError() const { return m_keychainError; }

    // Asks the keychain whether it works (a read of an entry no one writes).
    void probe(QObject *context, std::function<void(bool available)> done);

    // The password, or null when neither the keychain nor this session has one.
    void read(const QString &key, QObject *context, std::function<void(std::optional<QString>)> done);

    // Keeps the password: in the keychain when asked and possible, else in this session's
    // memory (and then any older keychain entry for the key is removed, so that a password
    // the user chose not to remember is not found there later). `done` says where it went.
    void write(const QString &key, const QString &password, Persistence persistence, QObject *context = nullptr,
               std::function<void(Persistence stored)> done = {});

    // Forgets the password, in memory and in the keychain.
    void remove(const QString &key, QObject *context = nullptr, std::function<void()> done = {});

    // Whether this session's memory holds a password for the key (tests, and the dialog's hint).
    bool hasSessionPassword(const QString &key) const { return m_session.contains(key); }

Q_SIGNALS:
    void keychainChanged(Studio::PasswordStore::Keychain keychain);
    // A password was written or removed (already readable from this session's memory).
    void passwordChanged(const QString &key);

private:
    void keychainFailed(const QString &error);
    void keychainWorks();

    QString m_service;
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainError;
    QHash<QString, QString> m_session;
};

} // namespace Studio
