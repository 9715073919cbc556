// The main window on a real database: open a project, upgrade it from the plan the Run
// dock shows, reset it with one click, undo the reset, and refuse to reset a protected one.

#include "projectcopy.h"

#include <migrations/connection.h>
#include <migrations/scriptdirectory.h>
#include <ui/connectionprofile.h>
#include <ui/databaseheads.h>
#include <ui/mainwindow.h>
#include <ui/projectsession.h>
#include <ui/runcontroller.h>
#include <ui/runview.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindowRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void upgradeResetAndUndo();
    void protectedDatabaseIsNeverReset();

private:
    // A window on a copy of the sample, its database a new SQLite file.
    bool openWindow(Studio::MainWindow &window, const TestSupport::ProjectCopy &copy, const QString &database,
                    bool isProtected = false);
    static bool waitForHeads(Studio::MainWindow &window);
};

bool TestMainWindowRuns::openWindow(Studio::MainWindow &window, const TestSupport::ProjectCopy &copy,
                                    const QString &database, bool isProtected)
{
    QSignalSpy loaded(window.projectSession(), &Studio::ProjectSession::loaded);
    window.openProject(copy.filePath(u"alembic.ini"_s));
    if (!loaded.wait(10000))
        return false;
    // A profile of the test's own, chosen as the user chooses one.
    Studio::ConnectionProfile profile = Studio::ConnectionProfile::create(u"test"_s, u"sqlite:///"_s + database);
    profile.isProtected = isProtected;
    window.useConnectionProfile(window.connectionProfiles()->add(profile));
    return QTest::qWaitFor([&] { return window.connection() && window.connection()->name == u"test"_s; },
                           QDeadlineTimer(10000))
           && waitForHeads(window);
}

bool TestMainWindowRuns::waitForHeads(Studio::MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.databaseHeads()->isReading(); }, QDeadlineTimer(10000))
           && window.databaseHeads()->heads().has_value();
}

void TestMainWindowRuns::upgradeResetAndUndo()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    QVERIFY(copy.isValid());
    const QString database = copy.filePath(u"dev.db"_s);
    Studio::MainWindow window;
    QVERIFY(openWindow(window, copy, database));
    auto *status = window.statusBar()->findChildren<QLabel *>().constFirst();
    QVERIFY(window.databaseHeads()->heads()->isEmpty());

    // Upgrade to the heads: the plan first, nothing run until Run.
    QSignalSpy ended(&window, &Studio::MainWindow::runEnded);
    window.previewRun({Migrations::RunTarget::Upgrade, {u"heads"_s}, false});
    Studio::RunView *run = window.runView();
    QVERIFY2(QTest::qWaitFor([&] { return run->runButton()->isEnabled(); }, QDeadlineTimer(20000)),
             qPrintable(run->summary()->text()));
    QVERIFY(!QFile::exists(database) || window.databaseHeads()->heads()->isEmpty());
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

    // Undo puts the file back as it was before the reset, row and all.
    QVERIFY(window.undoResetAction()->isEnabled());
    window.undoResetAction()->trigger();
    QVERIFY(waitForHeads(window));
    QCOMPARE(count(), 1);
    QVERIFY(!window.undoResetAction()->isEnabled());
    QCOMPARE(QDir(copy.path()).entryList({u"dev.db.before-reset-*"_s}), QStringList());
}

void TestMainWindowRuns::protectedDatabaseIsNeverReset()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    const QString database = copy.filePath(u"shared.db"_s);
    Studio::MainWindow window;
    QVERIFY(openWindow(window, copy, database, true));
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

QTEST_MAIN(TestMainWindowRuns)
#include "tst_mainwindowruns.moc"
