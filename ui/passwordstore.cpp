#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// Calls `done` later on the event loop, and only while `context` lives (or when no context
// was given): each answer is asynchronous, whether it came from the keychain or memory.
template<typename Function>
void answerLater(QObject *owner, QObject *context, Function done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, owner, [guard, hasContext, done = std::move(done)] {
        if (!hasContext || guard)
            done();
    });
}

// A job that never writes a plain-text copy, deletes itself when done, and reports to
// `handler` on the store's thread while the store lives. The job has no parent on
// purpose: QtKeychain's backends call back into a running job (libsecret through a GLib
// callback holding its pointer), so a job deleted before it finishes is a crash; it
// must outlive a store that goes away first.
template<typename Job, typename Handler>
Job *startJob(PasswordStore *store, const QString &key, Handler handler)
{
    auto *job = new Job(store->service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [handler = std::move(handler)](QKeychain::Job *finished) { handler(static_cast<Job *>(finished)); });
    return job;
}

// The errors that mean "no keychain here", as opposed to "no entry" (which proves it works).
bool keychainMissing(QKeychain::Error error)
{
    return error != QKeychain::NoError && error != QKeychain::EntryNotFound;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : PasswordStore(defaultService(), parent)
{}

PasswordStore::PasswordStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString PasswordStore::defaultService()
{
    return u"alembic-studio"_s;
}

void PasswordStore::keychainFailed(const QString &error)
{
    m_keychainError = error;
    if (m_keychain != Keychain::Unavailable) {
        m_keychain = Keychain::Unavailable;
        emit keychainChanged(m_keychain);
    }
}

void PasswordStore::keychainWorks()
{
    m_keychainError.clear();
    if (m_keychain != Keychain::Available) {
        m_keychain = Keychain::Available;
        emit keychainChanged(m_keychain);
    }
}

void PasswordStore::probe(QObject *context, std::function<void(bool)> done)
{
    if (m_keychain != Keychain::Unknown) {
        answerLater(this, context, [this, done] { done(m_keychain == Keychain::Available); });
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    startJob<QKeychain::ReadPasswordJob>(this, u"alembic-studio-keychain-probe"_s,
                                         [this, guard, hasContext, done](QKeychain::ReadPasswordJob *job) {
                                             if (keychainMissing(job->error()))
                                                 keychainFailed(job->errorString());
                                             else
                                                 keychainWorks();
                                             if (!hasContext || guard)
                                                 done(m_keychain == Keychain::Available);
                                         })
        ->start();
}

void PasswordStore::read(const QString &key, QObject *context, std::function<void(std::optional<QString>)> done)
{
    if (const auto found = m_session.constFind(key); found != m_session.cend()) {
        const QString password = *found;
        answerLater(this, context, [password, done] { done(password); });
        return;
    }
    if (m_keychain == Keychain::Unavailable) {
        answerLater(this, context, [done] { done(std::nullopt); });
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    startJob<QKeychain::ReadPasswordJob>(this, key, [this, key, guard, hasContext, done](QKeychain::ReadPasswordJob *job) {
        std::optional<QString> password;
        if (job->error() == QKeychain::NoError) {
            password = job->textData();
            m_session.insert(key, *password); // asked once per session, not once per connection
            keychainWorks();
        } else if (keychainMissing(job->error())) {
            keychainFailed(job->errorString());
        } else {
            keychainWorks();
        }
        if (!hasContext || guard)
            done(password);
    })->start();
}

void PasswordStore::write(const QString &key, const QString &password, Persistence persistence, QObject *context,
                          std::function<void(Persistence)> done)
{
    m_session.insert(key, password);
    emit passwordChanged(key);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto report = [guard, hasContext, done](Persistence stored) {
        if (done && (!hasContext || guard))
            done(stored);
    };
    if (m_keychain == Keychain::Unavailable) {
        answerLater(this, context, [report] { report(Persistence::Session); });
        return;
    }
    if (persistence == Persistence::Session) {
        // Not to be remembered: an entry an earlier session wrote must not answer for it.
        startJob<QKeychain::DeletePasswordJob>(this, key, [this, report](QKeychain::DeletePasswordJob *job) {
            if (keychainMissing(job->error()) && job->error() != QKeychain::CouldNotDeleteEntry)
                keychainFailed(job->errorString());
            report(Persistence::Session);
        })->start();
        return;
    }
    auto *job = startJob<QKeychain::WritePasswordJob>(this, key, [this, report](QKeychain::WritePasswordJob *finished) {
        if (finished->error() == QKeychain::NoError) {
            keychainWorks();
            report(Persistence::Keychain);
        } else {
            keychainFailed(finished->errorString());
            report(Persistence::Session);
        }
    });
    job->setTextData(password);
    job->start();
}

void PasswordStore::remove(const QString &key, QObject *context, std::function<void()> done)
{
    m_session.remove(key);
    emit passwordChanged(key);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto report = [guard, hasContext, done] {
        if (done && (!hasContext || guard))
            done();
    };
    if (m_keychain == Keychain::Unavailable) {
        answerLater(this, context, report);
        return;
    }
    startJob<QKeychain::DeletePasswordJob>(this, key, [this, report](QKeychain::DeletePasswordJob *job) {
        if (keychainMissing(job->error()) && job->error() != QKeychain::CouldNotDeleteEntry)
            keychainFailed(job->errorString());
        report();
    })->start();
}

} // namespace Studio
