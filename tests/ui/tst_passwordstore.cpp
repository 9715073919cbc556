// The password store against a real secret service (ctest runs this under
// with_secret_service.sh: a private session bus and gnome-keyring) and with no session bus
// at all (passwords stay in this process's memory). Which one is said by
// $ALEMBIC_STUDIO_TEST_KEYCHAIN. In both, no file under the test's home ever holds the
// password, in any encoding QtKeychain's plain-text fallback could use.

#include <ui/connectionprofile.h>
#include <ui/connectionresolver.h>
#include <ui/passwordstore.h>

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Studio::PasswordStore;

namespace {

// The home, configuration and data folders of this test: a temporary folder, so that
// anything written "in plain text" would be found there (and nothing of the user's is used).
QTemporaryDir *testHome()
{
    static QTemporaryDir home;
    return &home;
}

bool withSecretService()
{
    return qEnvironmentVariable("ALEMBIC_STUDIO_TEST_KEYCHAIN") == "secret-service"_L1;
}

const QString service = u"alembic-studio-test"_s;

} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probesTheKeychain();
    void keepsAPassword();
    void sessionOnlyPasswordLeavesNoKeychainEntry();
    void answersOnlyWhileTheContextLives();
    void resolverOffersToRemember();
    void writesNoPasswordToAnyFile();

private:
    // Each call waits for its answer with QTest::qWaitFor: never a fixed sleep.
    std::optional<QString> read(PasswordStore &store, const QString &key);
    PasswordStore::Persistence write(PasswordStore &store, const QString &key, const QString &password,
                                     PasswordStore::Persistence persistence);
    void remove(PasswordStore &store, const QString &key);

    // Unique to this run: an earlier run's entries never answer.
    const QString m_password = u"p\u00e4ssw\u00f6rd :@/%%-%1"_s.arg(QCoreApplication::applicationPid());
    const QString m_key = u"profile-%1"_s.arg(QCoreApplication::applicationPid());
};

std::optional<QString> TestPasswordStore::read(PasswordStore &store, const QString &key)
{
    bool answered = false;
    std::optional<QString> password;
    store.read(key, this, [&](std::optional<QString> found) {
        password = found;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, QDeadlineTimer(30000)))
        qFatal("the password store did not answer a read");
    return password;
}

PasswordStore::Persistence TestPasswordStore::write(PasswordStore &store, const QString &key, const QString &password,
                                                    PasswordStore::Persistence persistence)
{
    std::optional<PasswordStore::Persistence> stored;
    store.write(key, password, persistence, this, [&](PasswordStore::Persistence where) { stored = where; });
    if (!QTest::qWaitFor([&] { return stored.has_value(); }, QDeadlineTimer(30000)))
        qFatal("the password store did not answer a write");
    return *stored;
}

void TestPasswordStore::remove(PasswordStore &store, const QString &key)
{
    bool answered = false;
    store.remove(key, this, [&] { answered = true; });
    if (!QTest::qWaitFor([&] { return answered; }, QDeadlineTimer(30000)))
        qFatal("the password store did not answer a removal");
}

void TestPasswordStore::initTestCase()
{
    QVERIFY(testHome()->isValid());
    if (withSecretService())
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    else
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
}

void TestPasswordStore::probesTheKeychain()
{
    PasswordStore store(service, nullptr);
    QCOMPARE(store.keychain(), PasswordStore::Keychain::Unknown);
    std::optional<bool> available;
    store.probe(this, [&](bool works) { available = works; });
    QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }, QDeadlineTimer(30000)));
    QCOMPARE(*available, withSecretService());
    QCOMPARE(store.keychain(),
             withSecretService() ? PasswordStore::Keychain::Available : PasswordStore::Keychain::Unavailable);
    QCOMPARE(store.keychainError().isEmpty(), withSecretService());
}

void TestPasswordStore::keepsAPassword()
{
    {
        PasswordStore store(service, nullptr);
        QCOMPARE(read(store, m_key), std::nullopt);
        QCOMPARE(write(store, m_key, m_password, PasswordStore::Persistence::Keychain),
                 withSecretService() ? PasswordStore::Persistence::Keychain : PasswordStore::Persistence::Session);
        QCOMPARE(read(store, m_key), m_password);
        QVERIFY(store.hasSessionPassword(m_key));
    }
    {
        // The next session: the keychain remembers; without one the user is asked again.
        PasswordStore store(service, nullptr);
        QCOMPARE(read(store, m_key), withSecretService() ? std::optional<QString>(m_password) : std::nullopt);
        remove(store, m_key);
        QVERIFY(!store.hasSessionPassword(m_key));
        QCOMPARE(read(store, m_key), std::nullopt);
    }
    PasswordStore store(service, nullptr);
    QCOMPARE(read(store, m_key), std::nullopt);
}

void TestPasswordStore::sessionOnlyPasswordLeavesNoKeychainEntry()
{
    const QString key = m_key + u"-session"_s;
    {
        PasswordStore store(service, nullptr);
        write(store, key, m_password, PasswordStore::Persistence::Keychain);
        // The user now unticks "remember": the keychain's copy must go.
        QCOMPARE(write(store, key, m_password + u"2"_s, PasswordStore::Persistence::Session),
                 PasswordStore::Persistence::Session);
        QCOMPARE(read(store, key), m_password + u"2"_s);
    }
    PasswordStore store(service, nullptr);
    QCOMPARE(read(store, key), std::nullopt);
}

void TestPasswordStore::answersOnlyWhileTheContextLives()
{
    PasswordStore store(service, nullptr);
    bool answered = false;
    auto context = std::make_unique<QObject>();
    store.read(m_key, context.get(), [&](std::optional<QString>) { answered = true; });
    context.reset();
    // A second read with a live context answers after the first would have.
    bool second = false;
    store.read(m_key, this, [&](std::optional<QString>) { second = true; });
    QVERIFY(QTest::qWaitFor([&] { return second; }, QDeadlineTimer(30000)));
    QVERIFY(!answered);
}

void TestPasswordStore::resolverOffersToRemember()
{
    const Studio::ConnectionProfile profile = Studio::ConnectionProfile::create(u"Staging"_s,
                                                                              u"postgresql://ada@db/app"_s);
    {
        QWidget window;
        window.show();
        PasswordStore store(service, nullptr);
        Studio::ConnectionResolver resolver(&store);
        std::optional<QString> resolved;
        resolver.resolve(profile, QString(), &window, [&](auto connection, const QString &error) {
            resolved = connection ? connection->settings.password : error;
        });
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(u"passwordDialog"_s)); },
                                QDeadlineTimer(30000)));
        auto *remember = dialog->findChild<QCheckBox *>(u"remember"_s);
        // Offered, and ticked, only where there is a keychain to remember it in.
        QCOMPARE(remember->isVisibleTo(dialog), withSecretService());
        QCOMPARE(remember->isChecked(), withSecretService());
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(m_password); // keyClicks() types ASCII only
        dialog->accept();
        QVERIFY(QTest::qWaitFor([&] { return resolved.has_value(); }, QDeadlineTimer(30000)));
        QCOMPARE(*resolved, m_password);
        // The write to the keychain is asynchronous: wait until it can be read back.
        PasswordStore other(service, nullptr);
        if (withSecretService())
            QVERIFY(QTest::qWaitFor([&] { return read(other, profile.id) == m_password; }, QDeadlineTimer(30000)));
    }
    // Next session: remembered with a keychain, asked again without one.
    PasswordStore store(service, nullptr);
    QCOMPARE(read(store, profile.id), withSecretService() ? std::optional<QString>(m_password) : std::nullopt);
    remove(store, profile.id);
}

void TestPasswordStore::writesNoPasswordToAnyFile()
{
    PasswordStore store(service, nullptr);
    const QString key = m_key + u"-disk"_s;
    {
        // The application's own settings file: where QtKeychain's plain-text fallback would
        // write (its default QSettings), and where the profiles go.
        Studio::ConnectionProfileModel profiles;
        profiles.add(Studio::ConnectionProfile::create(u"Staging"_s, u"postgresql://ada@db/app"_s));
    }
    write(store, key, m_password, PasswordStore::Persistence::Keychain);
    const QByteArray utf8 = m_password.toUtf8();
    const QList<QByteArray> forms = {
        utf8,
        utf8.toBase64(),
        utf8.toPercentEncoding(),
        QByteArray(reinterpret_cast<const char *>(m_password.utf16()), m_password.size() * 2),
    };
    int files = 0;
    for (QDirIterator it(testHome()->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(u"the password is in "_s + file.fileName()));
    }
    QVERIFY(files > 0); // the settings file, at least: the scan looked where it should
    qInfo("%d files under the test's home, none with the password", files);
    remove(store, key);
}

int main(int argc, char *argv[])
{
    // Before anything reads them: every per-user path points into the temporary home.
    const QByteArray home = testHome()->path().toLocal8Bit();
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_DATA_HOME", home + "/data");
    qputenv("XDG_CACHE_HOME", home + "/cache");
    if (!withSecretService())
        qputenv("HOME", home); // with one, gnome-keyring was started with the wrapper's HOME
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"alembic-studio-test"_s);
    QCoreApplication::setApplicationName(u"tst_passwordstore"_s);
    TestPasswordStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passwordstore.moc"
