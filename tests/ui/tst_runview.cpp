// The run view on a real database: the plan shown before anything runs, the run watched
// step by step, a failure reported at its statement, and Cancel — on SQLite and on the
// PostgreSQL server the fixtures start.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include <migrations/connection.h>
#include <migrations/projectload.h>
#include <migrations/scriptdirectory.h>
#include <ui/runcontroller.h>
#include <ui/runview.h>

#include <QDeadlineTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList stepStates(const QTreeWidget *steps)
{
    QStringList states;
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        states.append(steps->topLevelItem(i)->text(0));
    return states;
}

// The heads alembic_version holds, read on a connection of the test's own.
QStringList headsOf(const Migrations::ConnectionSettings &settings)
{
    QString error;
    const auto connection = Migrations::DatabaseConnection::open(settings, &error);
    if (!connection)
        return {u"cannot connect: "_s + error};
    QSqlQuery query(connection->database());
    QStringList heads;
    if (query.exec(u"SELECT version_num FROM alembic_version"_s)) {
        while (query.next())
            heads.append(query.value(0).toString());
    }
    return heads;
}

} // namespace

class TestRunView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewThenRun_data();
    void previewThenRun();
    void failureNamesTheStatement();
    void cancelStopsAndRollsBack();
    void refusalIsShown();

private:
    struct Fixture
    {
        std::unique_ptr<TestSupport::ProjectCopy> copy;
        std::unique_ptr<TestSupport::ScratchDatabase> database;
        Migrations::ConnectionSettings settings;
    };
    std::optional<Fixture> fixture(const QString &backend);
};

std::optional<TestRunView::Fixture> TestRunView::fixture(const QString &backend)
{
    Fixture made;
    made.copy = std::make_unique<TestSupport::ProjectCopy>(QStringLiteral(SAMPLE_DIR));
    if (!made.copy->isValid())
        return std::nullopt;
    QString error;
    made.database = TestSupport::ScratchDatabase::create(backend, u"runview"_s, &error);
    if (!made.database) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    const auto settings = Migrations::connectionSettingsFromUrl(made.database->url(), made.copy->path(), &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    made.settings = *settings;
    return made;
}

void TestRunView::previewThenRun_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgresql") << u"postgresql"_s;
}

void TestRunView::previewThenRun()
{
    QFETCH(QString, backend);
    auto made = fixture(backend);
    QVERIFY(made);
    const auto project = TestSupport::loadedProject(made->copy->path());
    QVERIFY(project);

    Studio::RunController controller;
    Studio::RunView view(&controller);
    view.resize(1000, 500);
    view.show();
    const Studio::RunJob job{project, {Migrations::RunTarget::Upgrade, {u"heads"_s}, false}, made->database->url(), {}};

    view.preview(job, made->settings);
    QVERIFY(QTest::qWaitFor([&] { return view.runButton()->isEnabled(); }, QDeadlineTimer(20000)));
    // The plan: the sample's six upgrades, each run by the native engine, none run yet.
    QCOMPARE(view.stepList()->topLevelItemCount(), 6);
    QCOMPARE(stepStates(view.stepList()), QStringList(6, u"Pending"_s));
    QCOMPARE(view.stepList()->topLevelItem(0)->text(2), u"Native"_s);
    // The plan's SQL, step by step, is shown before anything runs.
    bool planShown = false;
    for (const QPlainTextEdit *text : view.findChildren<QPlainTextEdit *>()) {
        const QString plan = text->toPlainText();
        planShown = planShown
                    || (plan.startsWith(u"-- Running upgrade  -> "_s) && plan.contains(u"CREATE TABLE users ("_s)
                        && plan.contains(u"-- Running upgrade 477813475405, 87ae05677138 -> d1ae55532612"_s));
    }
    QVERIFY(planShown);
    QCOMPARE(headsOf(made->settings), QStringList());

    QSignalSpy stepsStarted(&controller, &Studio::RunController::stepStarted);
    QSignalSpy statementsDone(&controller, &Studio::RunController::statementFinished);
    QSignalSpy finished(&view, &Studio::RunView::runFinished);
    QTest::mouseClick(view.runButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, QDeadlineTimer(60000)));

    const auto outcome = finished.first().first().value<Studio::RunOutcome>();
    QCOMPARE(outcome.result.outcome, Migrations::RunResult::Finished);
    QCOMPARE(outcome.output.exitCode, 0);
    // Every step and statement reached the view, in order, and the view shows them done.
    QCOMPARE(stepsStarted.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(stepsStarted[i].first().toInt(), i);
    QVERIFY(statementsDone.size() > 6);
    QCOMPARE(stepStates(view.stepList()), QStringList(6, u"Done"_s));
    QCOMPARE(view.progressBar()->value(), view.progressBar()->maximum());
    QCOMPARE(view.progressBar()->maximum(), statementsDone.size());
    QVERIFY(view.log()->toPlainText().contains(u"Running upgrade  -> f9f69d583261"_s));
    QVERIFY(view.log()->toPlainText().contains(u"CREATE TABLE users"_s));
    QCOMPARE(headsOf(made->settings), QStringList{u"d1ae55532612"_s});
    QCOMPARE(outcome.result.headsAfter, QStringList{u"d1ae55532612"_s});
    QVERIFY(!view.cancelButton()->isEnabled());
}

void TestRunView::failureNamesTheStatement()
{
    auto made = fixture(u"sqlite"_s);
    QVERIFY(made);
    // A revision on top of the sample whose second statement fails, at line 16 of its file.
    const QString script = made->copy->writeRevision(
        u"badbadbadbad"_s, u"d1ae55532612"_s,
        u"op.execute(\"CREATE TABLE fine (id INTEGER)\")\nop.execute(\"INSERT INTO missing_table VALUES (1)\")"_s);
    QVERIFY(!script.isEmpty());
    const auto project = TestSupport::loadedProject(made->copy->path());
    QVERIFY(project);

    Studio::RunController controller;
    Studio::RunView view(&controller);
    QSignalSpy finished(&view, &Studio::RunView::runFinished);
    QSignalSpy openScript(&view, &Studio::RunView::openScriptRequested);
    view.runNow({{project, {Migrations::RunTarget::Upgrade, {u"heads"_s}, false}, made->database->url(), {}}});
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, QDeadlineTimer(60000)));

    const auto outcome = finished.first().first().value<Studio::RunOutcome>();
    QCOMPARE(outcome.result.outcome, Migrations::RunResult::Failed);
    QCOMPARE(outcome.result.revision, u"badbadbadbad"_s);
    QCOMPARE(outcome.result.statementNumber, 2);
    QCOMPARE(outcome.result.line, 16);
    QVERIFY(view.summary()->text().contains(u"missing_table"_s));
    QVERIFY(view.summary()->text().contains(u"no such table"_s));
    QCOMPARE(stepStates(view.stepList()).last(), u"Failed"_s);
    // One transaction per run on SQLite: nothing of the run is left.
    QCOMPARE(headsOf(made->settings), QStringList());

    auto *open = view.findChild<QPushButton *>();
    for (QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->text() == u"Open Script at Statement"_s)
            open = button;
    }
    QVERIFY(open && !open->isHidden());
    open->click();
    QCOMPARE(openScript.size(), 1);
    QCOMPARE(openScript.first(), (QVariantList{u"badbadbadbad"_s, 16}));
}

void TestRunView::cancelStopsAndRollsBack()
{
    auto made = fixture(u"sqlite"_s);
    QVERIFY(made);
    // Forty slow steps: each counts to half a million, long enough to cancel in between.
    QString parent = u"d1ae55532612"_s;
    for (int i = 0; i < 40; ++i) {
        const QString id = u"slow%1"_s.arg(i, 8, 10, QLatin1Char('0'));
        made->copy->writeRevision(id, parent,
                                  u"op.execute(\"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                  "WHERE x < 500000) SELECT count(*) FROM c\")"_s);
        parent = id;
    }
    const auto project = TestSupport::loadedProject(made->copy->path());
    QVERIFY(project);

    Studio::RunController controller;
    Studio::RunView view(&controller);
    QSignalSpy finished(&view, &Studio::RunView::runFinished);
    QSignalSpy stepsStarted(&controller, &Studio::RunController::stepStarted);
    view.runNow({{project, {Migrations::RunTarget::Upgrade, {u"heads"_s}, false}, made->database->url(), {}}});
    QVERIFY(QTest::qWaitFor([&] { return stepsStarted.size() >= 8; }, QDeadlineTimer(60000)));
    QVERIFY(view.cancelButton()->isEnabled());
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, QDeadlineTimer(60000)));

    const auto outcome = finished.first().first().value<Studio::RunOutcome>();
    QCOMPARE(outcome.result.outcome, Migrations::RunResult::Cancelled);
    QVERIFY(stepsStarted.size() < 46);
    // One transaction per run: the steps that had run are rolled back with the one that
    // was stopped, and the view says so rather than showing them done.
    const QStringList states = stepStates(view.stepList());
    QCOMPARE(states.count(u"Cancelled"_s), 1);
    QVERIFY(states.count(u"Rolled back"_s) >= 7);
    QVERIFY(!states.contains(u"Done"_s));
    QVERIFY(!view.summary()->isHidden());
    QCOMPARE(headsOf(made->settings), QStringList());
}

void TestRunView::refusalIsShown()
{
    auto made = fixture(u"sqlite"_s);
    QVERIFY(made);
    const auto project = TestSupport::loadedProject(made->copy->path());
    QVERIFY(project);
    Studio::RunController controller;
    Studio::RunView view(&controller);
    view.preview({project, {Migrations::RunTarget::Upgrade, {u"nosuchrevision"_s}, false}, made->database->url(), {}},
                 made->settings);
    QVERIFY(QTest::qWaitFor([&] { return !view.summary()->text().isEmpty(); }, QDeadlineTimer(20000)));
    QVERIFY(view.summary()->text().contains(u"nosuchrevision"_s));
    QVERIFY(!view.runButton()->isEnabled());
    QCOMPARE(view.stepList()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestRunView)
#include "tst_runview.moc"
