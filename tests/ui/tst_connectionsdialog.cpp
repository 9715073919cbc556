// The connections dialog, offscreen: a profile's fields and its URL kept in step, Test
// Connection on a worker thread (a SQLite file, a folder that does not exist, the
// PostgreSQL server the fixture starts with the right and a wrong password), the
// password dialog of the connection resolver, and the dialog drawn at its default size
// in the light and dark palettes (PNG files in the build folder, to look at).

#include "../db/testserver.h"

#include <ui/colorscheme.h>
#include <ui/connectioneditor.h>
#include <ui/connectionprofile.h>
#include <ui/connectionresolver.h>
#include <ui/connectionsdialog.h>
#include <ui/passwordstore.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;
using TestSupport::TestServer;

Q_DECLARE_METATYPE(Studio::ConnectionTestResult)

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keepsFieldsAndUrlInStep();
    void refusesToStoreWhatIsNotAUrl();
    void testsASqliteFile();
    void saysWhyASqliteFileCannotBeOpened();
    void testsThePostgresqlServer_data();
    void testsThePostgresqlServer();
    void resolvesASqliteProfile();
    void asksForAPasswordOncePerSession();
    void reportsACancelledPasswordDialog();
    void addsDuplicatesAndRemoves();
    void drawsUsablyInBothPalettes_data();
    void drawsUsablyInBothPalettes();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    void setUrl(ConnectionsDialog &dialog, const QString &url);
    ConnectionTestResult runTest(ConnectionsDialog &dialog);

    QTemporaryDir m_folder;
    std::unique_ptr<ConnectionProfileModel> m_profiles;
    std::unique_ptr<PasswordStore> m_passwords;
};

void TestConnectionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    qRegisterMetaType<ConnectionTestResult>();
}

void TestConnectionsDialog::init()
{
    QFile::remove(m_folder.filePath(u"settings.ini"_s));
    m_profiles = std::make_unique<ConnectionProfileModel>(m_folder.filePath(u"settings.ini"_s));
    m_passwords = std::make_unique<PasswordStore>(u"alembic-studio-test"_s, nullptr);
}

void TestConnectionsDialog::setUrl(ConnectionsDialog &dialog, const QString &url)
{
    auto *line = child<QLineEdit>(&dialog, "url");
    line->selectAll();
    QTest::keyClicks(line, url);
    QTest::keyClick(line, Qt::Key_Return);
}

ConnectionTestResult TestConnectionsDialog::runTest(ConnectionsDialog &dialog)
{
    QSignalSpy finished(dialog.editor(), &ConnectionEditor::testFinished);
    auto *button = child<QPushButton>(&dialog, "testConnection");
    QTest::mouseClick(button, Qt::LeftButton);
    // The dialog answers while the worker connects: the button waits for the result.
    if (finished.isEmpty() && button->isEnabled())
        qFatal("Test Connection did not start");
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, QDeadlineTimer(60000)))
        qFatal("Test Connection never finished");
    if (!button->isEnabled())
        qFatal("Test Connection stays disabled");
    return finished.first().first().value<ConnectionTestResult>();
}

void TestConnectionsDialog::keepsFieldsAndUrlInStep()
{
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.setWorkingDirectory(m_folder.path());
    dialog.show();
    const QString id = dialog.addProfile();
    QCOMPARE(dialog.currentProfileId(), id);
    auto *url = child<QLineEdit>(&dialog, "url");
    auto *dialect = child<QComboBox>(&dialog, "dialect");
    auto *file = child<QLineEdit>(&dialog, "sqliteFile");
    auto *host = child<QLineEdit>(&dialog, "host");
    auto *port = child<QLineEdit>(&dialog, "port");
    auto *user = child<QLineEdit>(&dialog, "user");
    auto *database = child<QLineEdit>(&dialog, "database");
    QCOMPARE(url->text(), u"sqlite:///app.db"_s);
    QCOMPARE(dialect->currentText(), u"SQLite"_s);
    QCOMPARE(file->text(), u"app.db"_s);
    QVERIFY(file->isVisible());
    QVERIFY(!host->isVisible());

    // Fields → URL, and the profile follows at once.
    file->selectAll();
    QTest::keyClicks(file, u"data/other.db"_s);
    QCOMPARE(url->text(), u"sqlite:///data/other.db"_s);
    QCOMPARE(m_profiles->findById(id)->url, u"sqlite:///data/other.db"_s);

    dialect->setCurrentIndex(dialect->findText(u"PostgreSQL"_s));
    emit dialect->activated(dialect->currentIndex());
    QVERIFY(host->isVisible());
    QVERIFY(!file->isVisible());
    QTest::keyClicks(host, u"db.example.com"_s);
    QTest::keyClicks(port, u"5433"_s);
    QTest::keyClicks(user, u"ada lovelace"_s);
    QTest::keyClicks(database, u"app"_s);
    QCOMPARE(url->text(), u"postgresql://ada lovelace@db.example.com:5433/app"_s); // quoted as SQLAlchemy quotes
    QCOMPARE(m_profiles->findById(id)->url, url->text());

    // URL → fields; editing a field keeps the URL's driver and options.
    setUrl(dialog, u"postgresql+psycopg2://bob@h2/other?sslmode=require"_s);
    QCOMPARE(host->text(), u"h2"_s);
    QCOMPARE(port->text(), QString());
    QCOMPARE(user->text(), u"bob"_s);
    QCOMPARE(database->text(), u"other"_s);
    host->selectAll();
    QTest::keyClicks(host, u"h3"_s);
    QCOMPARE(url->text(), u"postgresql+psycopg2://bob@h3/other?sslmode=require"_s);

    // Another backend: its own driver, none of the other's options.
    dialect->setCurrentIndex(dialect->findText(u"MariaDB"_s));
    emit dialect->activated(dialect->currentIndex());
    QCOMPARE(url->text(), u"mariadb+pymysql://bob@h3/other"_s);
    QCOMPARE(m_profiles->findById(id)->url, u"mariadb+pymysql://bob@h3/other"_s);
    QVERIFY(child<QLabel>(&dialog, "validation")->text().isEmpty());
}

void TestConnectionsDialog::refusesToStoreWhatIsNotAUrl()
{
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.show();
    const QString id = dialog.addProfile();
    setUrl(dialog, u"postgres//ada:secret@h/db"_s);
    auto *validation = child<QLabel>(&dialog, "validation");
    QVERIFY2(validation->text().contains("Could not parse SQLAlchemy URL"_L1), qPrintable(validation->text()));
    QVERIFY(!child<QLabel>(&dialog, "validationIcon")->pixmap().isNull()); // not by colour alone
    QCOMPARE(m_profiles->findById(id)->url, u"sqlite:///app.db"_s);

    // A URL the core reads but cannot connect with is stored, with the core's reason.
    setUrl(dialog, u"postgresql://ada@h/db?frobnicate=1"_s);
    QVERIFY2(validation->text().contains("frobnicate=1"_L1), qPrintable(validation->text()));
    QCOMPARE(m_profiles->findById(id)->url, u"postgresql://ada@h/db?frobnicate=1"_s);
}

void TestConnectionsDialog::testsASqliteFile()
{
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.setWorkingDirectory(m_folder.path());
    dialog.show();
    dialog.addProfile();
    setUrl(dialog, u"sqlite:///tested.db"_s); // relative: in the working directory
    const ConnectionTestResult result = runTest(dialog);
    QVERIFY2(result.connected, qPrintable(result.message));
    QVERIFY2(result.message.contains("SQLite 3."_L1), qPrintable(result.message));
    QCOMPARE(child<QLabel>(&dialog, "testResult")->text(), result.message);
    QVERIFY(QFile::exists(m_folder.filePath(u"tested.db"_s)));
}

void TestConnectionsDialog::saysWhyASqliteFileCannotBeOpened()
{
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.setWorkingDirectory(m_folder.path());
    dialog.show();
    dialog.addProfile();
    setUrl(dialog, u"sqlite:///no/such/folder/app.db"_s);
    const ConnectionTestResult result = runTest(dialog);
    QVERIFY(!result.connected);
    QVERIFY2(result.message.contains("does not exist"_L1), qPrintable(result.message));
    QCOMPARE(child<QLabel>(&dialog, "testResult")->text(), result.message);
    QVERIFY(!child<QLabel>(&dialog, "testResultIcon")->pixmap().isNull());
}

void TestConnectionsDialog::testsThePostgresqlServer_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::addRow("right password") << true;
    QTest::addRow("wrong password") << false;
}

void TestConnectionsDialog::testsThePostgresqlServer()
{
    QFETCH(bool, rightPassword);
    QString error;
    const std::optional<TestServer> server = TestServer::fromEnvironment(u"postgresql"_s, &error);
    QVERIFY2(server, qPrintable(error));
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.show();
    dialog.addProfile();
    setUrl(dialog, u"postgresql://%1@%2:%3/%4"_s.arg(server->user, server->host).arg(server->port).arg(server->database));
    auto *password = child<QLineEdit>(&dialog, "password");
    const QString typed = rightPassword ? server->password : server->password + u"-wrong"_s;
    QTest::keyClicks(password, typed);
    const ConnectionTestResult result = runTest(dialog);
    QCOMPARE(result.connected, rightPassword);
    if (rightPassword)
        QVERIFY2(result.message.contains("PostgreSQL 1"_L1), qPrintable(result.message));
    else
        QVERIFY2(result.message.contains("refused the password"_L1), qPrintable(result.message));
    QVERIFY(!result.message.contains(typed));
}

void TestConnectionsDialog::resolvesASqliteProfile()
{
    ConnectionResolver resolver(m_passwords.get());
    ConnectionProfile profile = ConnectionProfile::create(u"Local"_s, u"sqlite:///data/app.db"_s);
    profile.pythonInterpreter = u"/opt/venv/bin/python"_s;
    std::optional<std::optional<ResolvedConnection>> answer;
    resolver.resolve(profile, u"/srv/project"_s, nullptr,
                     [&](std::optional<ResolvedConnection> connection, const QString &) { answer = connection; });
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, QDeadlineTimer(10000)));
    QVERIFY(answer->has_value());
    const ResolvedConnection &connection = **answer;
    QCOMPARE(connection.settings.databaseName, u"/srv/project/data/app.db"_s);
    QCOMPARE(connection.url, profile.url);
    QCOMPARE(connection.name, u"Local"_s);
    QCOMPARE(connection.pythonInterpreter, profile.pythonInterpreter);
    QVERIFY(!connection.isProtected);
    QVERIFY(!ConnectionResolver::needsPassword(profile.url));
    QVERIFY(ConnectionResolver::needsPassword(u"postgresql://ada@h/db"_s));
    QVERIFY(!ConnectionResolver::needsPassword(u"postgresql:///db?host=/run/postgresql"_s));
}

void TestConnectionsDialog::asksForAPasswordOncePerSession()
{
    QWidget window;
    window.show();
    ConnectionResolver resolver(m_passwords.get());
    ConnectionProfile profile = ConnectionProfile::create(u"Staging"_s, u"postgresql+psycopg2://ada@db:5433/app"_s);
    profile.isProtected = true;
    const QString password = u"p@ss w:rd"_s;
    std::optional<ResolvedConnection> resolved;
    QString error = u"not answered"_s;
    resolver.resolve(profile, QString(), &window, [&](std::optional<ResolvedConnection> connection, const QString &why) {
        resolved = connection;
        error = why;
    });
    QDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(u"passwordDialog"_s)); },
                            QDeadlineTimer(30000)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // No keychain in this test (no session bus): nothing to remember it in, and it says so.
    QVERIFY(!child<QCheckBox>(dialog, "remember")->isVisible());
    QVERIFY(child<QLabel>(dialog, "sessionOnlyNote"));
    QTest::keyClicks(child<QLineEdit>(dialog, "password"), password);
    const QString picture = QDir::current().filePath(u"passworddialog.png"_s);
    QVERIFY(dialog->grab().save(picture));
    qInfo("drawn to %s", qPrintable(picture));
    dialog->accept();
    QVERIFY(QTest::qWaitFor([&] { return error != "not answered"_L1; }, QDeadlineTimer(10000)));
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->settings.password, password);
    QCOMPARE(resolved->settings.userName, u"ada"_s);
    QCOMPARE(resolved->settings.port, 5433);
    QCOMPARE(resolved->settings.displayUrl, u"postgresql+psycopg2://ada:***@db:5433/app"_s);
    QVERIFY(resolved->isProtected);
    QString parseError;
    QCOMPARE(Migrations::urlParts(resolved->url, &parseError)->password, password);

    // The second time this session: no question.
    resolved.reset();
    error = u"not answered"_s;
    resolver.resolve(profile, QString(), &window, [&](std::optional<ResolvedConnection> connection, const QString &why) {
        resolved = connection;
        error = why;
    });
    QVERIFY(QTest::qWaitFor([&] { return error != "not answered"_L1; }, QDeadlineTimer(10000)));
    QVERIFY(resolved);
    QCOMPARE(resolved->settings.password, password);
    QVERIFY(!window.findChild<QDialog *>(u"passwordDialog"_s));

    // The server refused it: asked again, with the reason, whatever is stored.
    resolved.reset();
    error = u"not answered"_s;
    resolver.resolve(
        profile, QString(), &window,
        [&](std::optional<ResolvedConnection> connection, const QString &why) {
            resolved = connection;
            error = why;
        },
        u"the server refused the password"_s);
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(u"passwordDialog"_s)); },
                            QDeadlineTimer(30000)));
    QCOMPARE(child<QLabel>(dialog, "reason")->text(), u"the server refused the password"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "password"), u"second"_s);
    dialog->accept();
    QVERIFY(QTest::qWaitFor([&] { return error != "not answered"_L1; }, QDeadlineTimer(10000)));
    QVERIFY(resolved);
    QCOMPARE(resolved->settings.password, u"second"_s);
}

void TestConnectionsDialog::reportsACancelledPasswordDialog()
{
    QWidget window;
    window.show();
    ConnectionResolver resolver(m_passwords.get());
    const ConnectionProfile profile = ConnectionProfile::create(u"Other"_s, u"mysql+pymysql://root@localhost/app"_s);
    bool answered = false;
    std::optional<ResolvedConnection> resolved;
    QString error;
    resolver.resolve(profile, QString(), &window, [&](std::optional<ResolvedConnection> connection, const QString &why) {
        answered = true;
        resolved = connection;
        error = why;
    });
    QDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(u"passwordDialog"_s)); },
                            QDeadlineTimer(30000)));
    QPointer<QDialog> cancelled = dialog;
    dialog->reject();
    QVERIFY(QTest::qWaitFor([&] { return answered && cancelled.isNull(); }, QDeadlineTimer(10000)));
    QVERIFY(!resolved);
    QCOMPARE(error, QString()); // cancelled: nothing to report

    // A profile whose URL is broken gets a sentence, not a dialog.
    answered = false;
    resolver.resolve(ConnectionProfile::create(u"Broken"_s, u"postgresql://u@h/db?frobnicate=1"_s), QString(), &window,
                     [&](std::optional<ResolvedConnection> connection, const QString &why) {
                         answered = true;
                         resolved = connection;
                         error = why;
                     });
    QVERIFY(QTest::qWaitFor([&] { return answered || window.findChild<QDialog *>(u"passwordDialog"_s); },
                            QDeadlineTimer(30000)));
    if (auto *second = window.findChild<QDialog *>(u"passwordDialog"_s)) {
        // It needs a password first: the URL is judged with it.
        QTest::keyClicks(child<QLineEdit>(second, "password"), u"x"_s);
        second->accept();
    }
    QVERIFY(QTest::qWaitFor([&] { return answered; }, QDeadlineTimer(10000)));
    QVERIFY(!resolved);
    QVERIFY2(error.contains("frobnicate=1"_L1) && error.contains("Broken"_L1), qPrintable(error));
}

void TestConnectionsDialog::addsDuplicatesAndRemoves()
{
    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.show();
    const QString first = dialog.addProfile();
    setUrl(dialog, u"postgresql://ada@h/db"_s);
    auto *password = child<QLineEdit>(&dialog, "password");
    QTest::keyClicks(password, u"secret"_s);
    QTest::keyClick(password, Qt::Key_Return);
    child<QCheckBox>(&dialog, "protected")->click();
    QVERIFY(m_profiles->findById(first)->isProtected);

    const QString copy = dialog.duplicateProfile();
    QCOMPARE(dialog.currentProfileId(), copy);
    QCOMPARE(m_profiles->findById(copy)->name, u"New connection (copy)"_s);
    QCOMPARE(m_profiles->findById(copy)->url, u"postgresql://ada@h/db"_s);
    QVERIFY(m_profiles->findById(copy)->isProtected);
    QVERIFY(QTest::qWaitFor([&] { return m_passwords->hasSessionPassword(copy); }, QDeadlineTimer(10000)));
    // The editor shows the copy's password once the store answers.
    QVERIFY(QTest::qWaitFor([&] { return password->text() == "secret"_L1; }, QDeadlineTimer(10000)));

    auto *name = child<QLineEdit>(&dialog, "name");
    name->selectAll();
    QTest::keyClicks(name, u"Staging"_s);
    QCOMPARE(m_profiles->findById(copy)->name, u"Staging"_s);
    QCOMPARE(child<QListView>(&dialog, "profiles")->currentIndex().data().toString(), u"Staging"_s);

    // Removing asks first; Cancel keeps it.
    dialog.removeProfile();
    QPointer<QMessageBox> question = dialog.findChild<QMessageBox *>(u"removeQuestion"_s);
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor([&] { return question.isNull(); }, QDeadlineTimer(10000))); // closed and deleted
    QVERIFY(m_profiles->findById(copy));
    dialog.removeProfile();
    question = dialog.findChild<QMessageBox *>(u"removeQuestion"_s);
    QVERIFY(question);
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QVERIFY(!m_profiles->findById(copy));
    QVERIFY(!m_passwords->hasSessionPassword(copy));
    QCOMPARE(dialog.currentProfileId(), first);
    QCOMPARE(child<QLineEdit>(&dialog, "url")->text(), u"postgresql://ada@h/db"_s);
}

void TestConnectionsDialog::drawsUsablyInBothPalettes_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::addRow("light") << ColorScheme::Light;
    QTest::addRow("dark") << ColorScheme::Dark;
}

void TestConnectionsDialog::drawsUsablyInBothPalettes()
{
    QFETCH(ColorScheme, scheme);
    applyColorScheme(scheme);
    m_profiles->add(sampleProjectProfile());
    ConnectionProfile staging = ConnectionProfile::create(u"Staging (EU)"_s,
                                                          u"postgresql+psycopg2://deploy@staging.example.com:5432/scribes"_s);
    staging.isProtected = true;
    staging.pythonInterpreter = u"/opt/scribes/venv/bin/python"_s;
    const QString stagingId = m_profiles->add(staging);
    m_profiles->add(ConnectionProfile::create(u"Local MariaDB"_s, u"mariadb+pymysql://root@127.0.0.1:3306/scribes"_s));
    m_passwords->write(stagingId, u"secret"_s, PasswordStore::Persistence::Session);

    ConnectionsDialog dialog(m_profiles.get(), m_passwords.get());
    dialog.selectProfile(stagingId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const ConnectionTestResult result = runTest(dialog); // nothing listens there: an error to show
    QVERIFY(!result.connected);
    QVERIFY(QTest::qWaitFor([&] { return !child<QLineEdit>(&dialog, "password")->text().isEmpty(); },
                            QDeadlineTimer(10000)));

    // No keychain here (no session bus): "remember" cannot be offered.
    auto *remember = child<QCheckBox>(&dialog, "remember");
    QVERIFY(QTest::qWaitFor([&] { return !remember->isEnabled(); }, QDeadlineTimer(10000)));
    QVERIFY(!remember->isChecked());
    QVERIFY(!remember->toolTip().isEmpty());

    // Usable at its default size: every field wide enough for what it holds.
    for (const char *name : {"url", "host", "pythonInterpreter", "name"}) {
        auto *edit = child<QLineEdit>(&dialog, name);
        QVERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->text()) / 2, name);
        QVERIFY2(edit->isVisible(), name);
    }
    QVERIFY(dialog.width() <= 1280 && dialog.height() <= 800);

    const QString path = QDir::current().filePath(
        u"connectionsdialog-%1.png"_s.arg(scheme == ColorScheme::Dark ? u"dark"_s : u"light"_s));
    QVERIFY(dialog.grab().save(path));
    qInfo("drawn to %s", qPrintable(path));
}

int main(int argc, char *argv[])
{
    // No session bus: passwords stay in memory, and no keychain of the user's is touched.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    TestConnectionsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectionsdialog.moc"
