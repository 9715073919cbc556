// The main window on a real database: open a project, upgrade it from the plan the Run
// dock shows, reset it with one click, undo the reset, and refuse to reset a protected one.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include <migrations/connection.h>
#include <migrations/scriptdirectory.h>
#include <ui/connectionprofile.h>
#include <ui/databaseheads.h>
#include <ui/mainwindow.h>
#include <ui/passwordstore.h>
#include <ui/projectsession.h>
#include <ui/revisiongraphview.h>
#include <ui/runcontroller.h>
#include <ui/runview.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindowRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The test-mode settings outlive the process: profiles of an earlier run must not
        // answer for this one's.
        QSettings().clear();
    }
    void upgradeResetAndUndo_data();
    void upgradeResetAndUndo();
    void protectedDatabaseIsNeverReset();
    void wrongPasswordIsSaid();
    void connectionChosenByName();

private:
    // A window on a copy of the sample, its database given by its URL (a password in it
    // goes to the session's password store, as the connections dialog would put it).
    bool openWindow(Studio::MainWindow &window, const TestSupport::ProjectCopy &copy, const QString &url,
                    bool isProtected = false);
    static bool waitForHeads(Studio::MainWindow &window);
};

bool TestMainWindowRuns::openWindow(Studio::MainWindow &window, const TestSupport::ProjectCopy &copy,
                                    const QString &url, bool isProtected)
{
    QSignalSpy loaded(window.projectSession(), &Studio::ProjectSession::loaded);
    window.openProject(copy.filePath(u"alembic.ini"_s));
    if (!loaded.wait(10000))
        return false;
    // A profile of the test's own, chosen as the user chooses one.
    QString error;
    const auto parts = Migrations::urlParts(url, &error);
    const auto bare = Migrations::urlWithoutPassword(url, &error);
    if (!parts || !bare)
        return false;
    Studio::ConnectionProfile profile = Studio::ConnectionProfile::create(u"test"_s, *bare);
    profile.isProtected = isProtected;
    const QString id = window.connectionProfiles()->add(profile);
    if (parts->password)
        window.passwordStore()->write(id, *parts->password, Studio::PasswordStore::Persistence::Session);
    window.useConnectionProfile(id);
    return QTest::qWaitFor([&] { return window.connection() && window.connection()->name == u"test"_s; },
                           QDeadlineTimer(10000))
           && waitForHeads(window);
}

bool TestMainWindowRuns::waitForHeads(Studio::MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.databaseHeads()->isReading(); }, QDeadlineTimer(10000))
           && window.databaseHeads()->heads().has_value();
}

void TestMainWindowRuns::upgradeResetAndUndo_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgresql") << u"postgresql"_s;
    QTest::addRow("mariadb") << u"mariadb"_s;
}

void TestMainWindowRuns::upgradeResetAndUndo()
{
    QFETCH(QString, backend);
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    QVERIFY(copy.isValid());
    QString scratchError;
    const auto scratch = TestSupport::ScratchDatabase::create(backend, u"mainwindowruns"_s, &scratchError);
    QVERIFY2(scratch, qPrintable(scratchError));
    Studio::MainWindow window;
    QVERIFY(openWindow(window, copy, scratch->url()));
    auto *status = window.statusBar()->findChildren<QLabel *>().constFirst();
    QVERIFY(window.databaseHeads()->heads()->isEmpty());

    // Upgrade to the heads: the plan first, nothing run until Run.
    QSignalSpy ended(&window, &Studio::MainWindow::runEnded);
    window.previewRun({Migrations::RunTarget::Upgrade, {u"heads"_s}, false});
    Studio::RunView *run = window.runView();
    QVERIFY2(QTest::qWaitFor([&] { return run->runButton()->isEnabled(); }, QDeadlineTimer(20000)),
             qPrintable(run->summary()->text()));
    run->runButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty(); }, QDeadlineTimer(60000)));
    QVERIFY(waitForHeads(window));
    QCOMPARE(*window.databaseHeads()->heads(), QStringList{u"d1ae55532612"_s});
    bool pendingShown = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        pendingShown = pendingShown || label->text().contains(u"d1ae55532612 · 0 pending"_s);
    QVERIFY2(pendingShown, qPrintable(status->text()));

    // Rows written after the upgrade: the reset drops them with their tables.
    {
        QString error;
        auto settings = window.connection()->settings;
        const auto connection = Migrations::DatabaseConnection::open(settings, &error);
        QVERIFY2(connection, qPrintable(error));
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"INSERT INTO audit_log (action) VALUES ('kept before the reset')"_s));
    }
    QVERIFY(window.resetAction()->isEnabled());
    window.resetDatabase(u"heads"_s, true);
    QVERIFY(!window.resetAction()->isEnabled()); // one reset at a time
    QVERIFY(QTest::qWaitFor([&] { return ended.size() == 2; }, QDeadlineTimer(60000)));
    const auto outcome = ended.last().first().value<Studio::RunOutcome>();
    QCOMPARE(outcome.result.outcome, Migrations::RunResult::Finished);
    QVERIFY(waitForHeads(window));
    QCOMPARE(*window.databaseHeads()->heads(), QStringList{u"d1ae55532612"_s});
    // Both runs went through the Run dock: the downgrades, then the upgrades.
    QVERIFY(run->stepList()->topLevelItemCount() >= 12);
    const auto count = [&] {
        QString error;
        const auto connection = Migrations::DatabaseConnection::open(window.connection()->settings, &error);
        QSqlQuery query(connection->database());
        return query.exec(u"SELECT count(*) FROM audit_log"_s) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(count(), 0);

    // A server's database is not a file to copy aside: that reset cannot be undone, and
    // the confirmation said so.
    if (backend != u"sqlite"_s) {
        QVERIFY(!window.undoResetAction()->isEnabled());
        return;
    }
    // Undo puts the file back as it was before the reset, row and all.
    QVERIFY(window.undoResetAction()->isEnabled());
    window.undoResetAction()->trigger();
    QVERIFY(waitForHeads(window));
    QCOMPARE(count(), 1);
    QVERIFY(!window.undoResetAction()->isEnabled());
    const QFileInfo file(window.connection()->settings.databaseName);
    QCOMPARE(file.dir().entryList({file.fileName() + u".before-reset-*"_s}), QStringList());

    // Reset to a chosen revision: the one selected in the graph.
    QVERIFY(window.graphView()->selectRevision(u"3989d12410a0"_s));
    QAction *resetToSelected = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&') == u"Reset to the Selected Revision…"_s)
            resetToSelected = action;
    }
    QVERIFY(resetToSelected && resetToSelected->isEnabled());
    window.resetDatabase(window.graphView()->currentRevision(), true);
    QVERIFY(QTest::qWaitFor([&] { return ended.size() == 3; }, QDeadlineTimer(60000)));
    QVERIFY(waitForHeads(window));
    QCOMPARE(*window.databaseHeads()->heads(), QStringList{u"3989d12410a0"_s});
}

void TestMainWindowRuns::protectedDatabaseIsNeverReset()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::MainWindow window;
    QVERIFY(openWindow(window, copy, u"sqlite:///"_s + copy.filePath(u"shared.db"_s), true));
    QVERIFY(!window.resetAction()->isEnabled());
    QVERIFY(window.resetAction()->toolTip().contains(u"protected"_s));
    QSignalSpy ended(&window, &Studio::MainWindow::runEnded);
    // Even asked directly (a shortcut, a script), nothing runs: a message says why.
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    window.resetDatabase(u"heads"_s, true);
    QTest::qWait(200);
    QVERIFY(ended.isEmpty());
    QVERIFY(!window.runView()->isRunning());
}

void TestMainWindowRuns::wrongPasswordIsSaid()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    QString error;
    const auto scratch = TestSupport::ScratchDatabase::create(u"postgresql"_s, u"wrongpassword"_s, &error);
    QVERIFY2(scratch, qPrintable(error));
    auto parts = Migrations::urlParts(scratch->url(), &error);
    QVERIFY(parts);
    parts->password = u"not-the-password"_s;
    Studio::MainWindow window;
    QVERIFY(!openWindow(window, copy, Migrations::composeUrl(*parts)));
    // The database is named as not reachable, and why is said in the status bar, the
    // password never.
    QVERIFY(!window.databaseHeads()->heads());
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(said));
    QVERIFY(!said.contains(u"not-the-password"_s));
    QVERIFY(!window.resetAction()->isEnabled() || window.databaseHeads()->heads());
}

void TestMainWindowRuns::connectionChosenByName()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::MainWindow window;
    const QString url = u"sqlite:///"_s + copy.filePath(u"named.db"_s);
    window.connectionProfiles()->add(Studio::ConnectionProfile::create(u"named for the test"_s, url));
    // As `alembic-studio PROJECT --connection NAME` asks it.
    window.setPreferredConnection(u"named for the test"_s);
    window.openProject(copy.path());
    QVERIFY(QTest::qWaitFor([&] { return window.connection().has_value(); }, QDeadlineTimer(10000)));
    QCOMPARE(window.connection()->name, u"named for the test"_s);
    QCOMPARE(window.connection()->settings.databaseName, copy.filePath(u"named.db"_s));
}

QTEST_MAIN(TestMainWindowRuns)
#include "tst_mainwindowruns.moc"
