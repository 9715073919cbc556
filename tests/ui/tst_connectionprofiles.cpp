// Connection profiles: the list model (checked by QAbstractItemModelTester), its QSettings
// round trip in a file of the test's own, the last profile per project, the sample
// project's profile, the toolbar's chooser, and that a password given through the
// connections dialog never reaches the settings file.

#include <ui/connectionchooser.h>
#include <ui/connectioneditor.h>
#include <ui/connectionprofile.h>
#include <ui/connectionsdialog.h>
#include <ui/passwordstore.h>

#include <migrations/connection.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addsUpdatesAndRemoves();
    void survivesARestart();
    void remembersTheLastProfilePerProject();
    void makesTheSampleProjectProfile();
    void choosesAProfileInTheToolbar();
    void keepsPasswordsOutOfTheSettings();

private:
    QString settingsFile() const { return m_folder.filePath(u"settings.ini"_s); }

    QTemporaryDir m_folder;
};

void TestConnectionProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
}

void TestConnectionProfiles::init()
{
    QFile::remove(settingsFile());
}

void TestConnectionProfiles::addsUpdatesAndRemoves()
{
    ConnectionProfileModel model(settingsFile());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const QString sqlite = model.add(ConnectionProfile::create(u"Local"_s, u"sqlite:///app.db"_s));
    ConnectionProfile staging = ConnectionProfile::create(u"Staging"_s, u"postgresql://ada@staging/app"_s);
    staging.isProtected = true;
    const QString stagingId = model.add(staging);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(stagingId), 1);
    QCOMPARE(model.index(0).data().toString(), u"Local"_s);
    QCOMPARE(model.index(1).data(ConnectionProfileModel::IdRole).toString(), stagingId);
    QCOMPARE(model.index(1).data(ConnectionProfileModel::ProtectedRole).toBool(), true);
    QVERIFY(!model.index(1).data(Qt::DecorationRole).value<QIcon>().isNull()); // the lock
    QVERIFY(model.index(0).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.findByName(u"Staging"_s)->id, stagingId);
    QVERIFY(!model.findByName(u"Nope"_s));

    // An id already taken is replaced, never shared.
    ConnectionProfile clash = *model.findById(sqlite);
    clash.name = u"Clash"_s;
    QVERIFY(model.add(clash) != sqlite);
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    staging.name = u"Staging EU"_s;
    QVERIFY(model.update(staging));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>().row(), 1);
    QVERIFY(model.update(staging)); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.update(ConnectionProfile::create(u"Unknown"_s, u"sqlite://"_s)));

    QVERIFY(model.remove(sqlite));
    QVERIFY(!model.remove(sqlite));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.profileAt(0).name, u"Staging EU"_s);
    QCOMPARE(model.uniqueName(u"Clash"_s), u"Clash (2)"_s);
    QCOMPARE(model.uniqueName(u"Other"_s), u"Other"_s);
}

void TestConnectionProfiles::survivesARestart()
{
    QList<ConnectionProfile> saved;
    {
        ConnectionProfileModel model(settingsFile());
        ConnectionProfile production = ConnectionProfile::create(u"Production, \"EU\" / main"_s,
                                                                 u"postgresql+psycopg2://deploy@db.example.com:5433/app?sslmode=require"_s);
        production.isProtected = true;
        production.pythonInterpreter = u"/opt/venv/bin/python"_s;
        model.add(production);
        model.add(ConnectionProfile::create(u"Local"_s, u"sqlite:///app.db"_s));
        const QString gone = model.add(ConnectionProfile::create(u"Gone"_s, u"sqlite://"_s));
        model.add(ConnectionProfile::create(u"Last"_s, u"mysql+pymysql://root@localhost/app"_s));
        model.remove(gone);
        ConnectionProfile renamed = model.profileAt(1);
        renamed.name = u"Local (renamed)"_s;
        model.update(renamed);
        saved = model.profiles();
    }
    ConnectionProfileModel model(settingsFile());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.profiles(), saved);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.findByName(u"Gone"_s));
}

void TestConnectionProfiles::remembersTheLastProfilePerProject()
{
    {
        ConnectionProfileModel model(settingsFile());
        QCOMPARE(model.lastProfileFor(u"/srv/a"_s), QString());
        model.setLastProfileFor(u"/srv/a"_s, u"id-a"_s);
        model.setLastProfileFor(u"/srv/a/b/alembic.ini"_s, u"id-b"_s);
        model.setLastProfileFor(u"/srv/\u00fcber project"_s, u"id-c"_s);
    }
    ConnectionProfileModel model(settingsFile());
    QCOMPARE(model.lastProfileFor(u"/srv/a"_s), u"id-a"_s);
    QCOMPARE(model.lastProfileFor(u"/srv/a/"_s), u"id-a"_s); // the same folder
    QCOMPARE(model.lastProfileFor(u"/srv/a/b/alembic.ini"_s), u"id-b"_s);
    QCOMPARE(model.lastProfileFor(u"/srv/\u00fcber project"_s), u"id-c"_s);
    QCOMPARE(model.lastProfileFor(u"/srv"_s), QString());
}

void TestConnectionProfiles::makesTheSampleProjectProfile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(folder).removeRecursively();
    const ConnectionProfile profile = sampleProjectProfile();
    QCOMPARE(profile.name, u"Scribes sample (SQLite)"_s);
    QVERIFY(!profile.isProtected);
    QVERIFY(!profile.id.isEmpty());
    QCOMPARE(profile.url, u"sqlite:///"_s + folder + u"/scribes.db"_s);
    QVERIFY(QFileInfo(folder).isDir());
    QString error;
    const auto settings = Migrations::connectionSettingsFromUrl(profile.url, u"/elsewhere"_s, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->databaseName, QDir(folder).filePath(u"scribes.db"_s));

    // Made once, however often the window asks; found again after a rename.
    ConnectionProfileModel model(settingsFile());
    const QString id = model.ensureSampleProjectProfile();
    QCOMPARE(model.rowCount(), 1);
    ConnectionProfile renamed = *model.findById(id);
    renamed.name = u"My scribes"_s;
    model.update(renamed);
    QCOMPARE(model.ensureSampleProjectProfile(), id);
    QCOMPARE(model.rowCount(), 1);
}

void TestConnectionProfiles::choosesAProfileInTheToolbar()
{
    ConnectionProfileModel model(settingsFile());
    const QString local = model.add(ConnectionProfile::create(u"Local"_s, u"sqlite:///app.db"_s));
    ConnectionProfile production = ConnectionProfile::create(u"Production"_s, u"postgresql://deploy@db/app"_s);
    production.isProtected = true;
    const QString productionId = model.add(production);

    ConnectionChooser chooser(&model);
    QSignalSpy changed(&chooser, &ConnectionChooser::profileChanged);
    QSignalSpy manage(&chooser, &ConnectionChooser::manageConnectionsRequested);
    // Two profiles, a separator, "Manage Connections…".
    QCOMPARE(chooser.count(), 4);
    QCOMPARE(chooser.itemText(0), u"Local"_s);
    QCOMPARE(chooser.itemText(1), u"Production (protected)"_s);
    QVERIFY(!chooser.itemIcon(1).isNull());
    QVERIFY(chooser.itemIcon(0).isNull());
    QCOMPARE(chooser.itemText(3), u"Manage Connections…"_s);

    chooser.setCurrentProfileId(local);
    QCOMPARE(chooser.currentText(), u"Local"_s);
    QCOMPARE(changed.size(), 0); // set by the program: no signal

    emit chooser.activated(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().first().toString(), productionId);
    QCOMPARE(chooser.currentProfileId(), productionId);

    chooser.setCurrentIndex(3);
    emit chooser.activated(3);
    QCOMPARE(manage.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(chooser.currentProfileId(), productionId);
    QCOMPARE(chooser.currentText(), u"Production (protected)"_s); // back on the profile

    // Renamed and unprotected in the dialog: the chooser follows, the choice stays.
    production = *model.findById(productionId);
    production.name = u"Prod"_s;
    production.isProtected = false;
    model.update(production);
    QCOMPARE(chooser.currentText(), u"Prod"_s);
    QCOMPARE(changed.size(), 0);

    // The shown profile removed: none is chosen, and the window is told.
    model.remove(productionId);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().first().toString(), QString());
    QCOMPARE(chooser.currentProfileId(), QString());
    QCOMPARE(chooser.count(), 3);
}

void TestConnectionProfiles::keepsPasswordsOutOfTheSettings()
{
    const QString password = u"S3cret-%1"_s.arg(QCoreApplication::applicationPid());
    ConnectionProfileModel model(settingsFile());
    PasswordStore passwords(u"alembic-studio-test"_s, nullptr);
    ConnectionsDialog dialog(&model, &passwords);
    const QString id = dialog.addProfile();

    // Typed into the URL line, the password is taken out of it at once...
    auto *url = dialog.findChild<QLineEdit *>(u"url"_s);
    url->selectAll();
    QTest::keyClicks(url, u"postgresql+psycopg2://ada:%1@db.example.com:5433/app"_s.arg(password));
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(url->text(), u"postgresql+psycopg2://ada@db.example.com:5433/app"_s);
    QCOMPARE(model.findById(id)->url, u"postgresql+psycopg2://ada@db.example.com:5433/app"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"password"_s)->text(), password);
    // ...and typed into the password field, it goes to the store.
    auto *passwordField = dialog.findChild<QLineEdit *>(u"password"_s);
    passwordField->clear();
    QTest::keyClicks(passwordField, password + u"2"_s);
    QTest::keyClick(passwordField, Qt::Key_Return);
    std::optional<QString> stored;
    passwords.read(id, this, [&](std::optional<QString> found) { stored = found.value_or(u"none"_s); });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, QDeadlineTimer(30000)));
    QCOMPARE(*stored, password + u"2"_s);

    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("db.example.com")); // the profile is there...
    QVERIFY2(!bytes.contains(password.toUtf8()), bytes.constData()); // ...its password is not
}

int main(int argc, char *argv[])
{
    // No session bus: the password store keeps passwords in memory, never in a keychain
    // the user has.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    TestConnectionProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectionprofiles.moc"
