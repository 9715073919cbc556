// The runner on real databases (SQLite, and the PostgreSQL 17 and MariaDB 11.8 servers the
// fixtures start): its signals, a statement made to fail at every position of a plan,
// cancel, the lock, and an alembic_version naming a revision the project does not have.
// After anything that stops a run, the database must be at a revision whose schema it
// really has: its dump equals that of a database run cleanly to the same heads.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include <migrations/projectconfig.h>
#include <migrations/projectscope.h>
#include <migrations/runner.h>
#include <migrations/runplan.h>
#include <migrations/scriptdirectory.h>

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QScopeGuard>
#include <QThread>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace Migrations;
using TestSupport::ScratchDatabase;

namespace {

using TestSupport::Project;

// The sample project, read as the CLI reads it.
std::optional<Project> loadSample(QString *error)
{
    return TestSupport::loadProject(QStringLiteral(SAMPLE_DIR), error);
}

// What every test row runs against.
struct Target
{
    QString backend;
    std::unique_ptr<ScratchDatabase> database;
};

// A request to take the database to `destination` (upgrade, or downgrade when `down`),
// with the plan passed through `edit` before it runs.
RunRequest request(const Project &project, const ScratchDatabase &database, RunTarget target,
                   std::function<void(RunPlan &)> edit = {}, bool perMigration = false)
{
    QString urlError;
    RunRequest request;
    request.connection = *connectionSettingsFromUrl(database.url(), QDir::tempPath(), &urlError);
    request.lockTimeoutMs = 2000;
    request.plan = [&project, target, edit, perMigration, dialect = request.connection.dialect](
                       const QStringList &heads, QString *error, bool *commandError) -> std::optional<RunPlan> {
        QList<StepSql> bodies;
        CommandOutput failure;
        std::optional<RunPlan> plan
            = planRun(project.directory, project.scope, dialect, target, perMigration, false, heads, &bodies, &failure);
        if (!plan) {
            *error = failure.standardOutput + failure.standardError;
            *commandError = failure.exitCode == 255;
            return std::nullopt;
        }
        if (edit)
            edit(*plan);
        return plan;
    };
    return request;
}

const char *outcomeName(RunResult::Outcome outcome)
{
    switch (outcome) {
    case RunResult::Finished:
        return "Finished";
    case RunResult::Refused:
        return "Refused";
    case RunResult::Failed:
        return "Failed";
    case RunResult::Cancelled:
        return "Cancelled";
    }
    return "?";
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAndReports_data() { backends(); }
    void runsAndReports();
    void failsAtEveryStatementConsistently_data() { backends(); }
    void failsAtEveryStatementConsistently();
    void cancelsBetweenStatements_data() { backends(); }
    void cancelsBetweenStatements();
    void waitsForTheLockThenGivesUp_data() { backends(); }
    void waitsForTheLockThenGivesUp();
    void refusesAnUnknownCurrentRevision_data() { backends(); }
    void refusesAnUnknownCurrentRevision();
    void runsOnAWorkerThread_data() { backends(); }
    void runsOnAWorkerThread();

private:
    void backends();
    std::unique_ptr<ScratchDatabase> scratch(const QString &name);
    QStringList cleanDump(const QStringList &heads);

    std::optional<Project> m_project;
    int m_databases = 0;
};

void TestRunner::initTestCase()
{
    QString error;
    m_project = loadSample(&error);
    QVERIFY2(m_project, qPrintable(error));
    QVERIFY(m_project->directory.diagnostics().isEmpty());
}

void TestRunner::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("perMigration"); // transaction_per_migration=True in env.py
    QTest::newRow("sqlite") << u"sqlite"_s << false;
    QTest::newRow("sqlite, per migration") << u"sqlite"_s << true;
    QTest::newRow("postgresql") << u"postgresql"_s << false;
    QTest::newRow("postgresql, per migration") << u"postgresql"_s << true;
    QTest::newRow("mariadb") << u"mariadb"_s << false;
}

std::unique_ptr<ScratchDatabase> TestRunner::scratch(const QString &name)
{
    QFETCH(QString, backend);
    QString error;
    std::unique_ptr<ScratchDatabase> database
        = ScratchDatabase::create(backend, u"tst_runner_%1_%2"_s.arg(name).arg(++m_databases), &error);
    if (!database)
        qWarning("%s", qPrintable(error));
    return database;
}

// The dump of a database upgraded cleanly from base to exactly `heads`.
QStringList TestRunner::cleanDump(const QStringList &heads)
{
    const std::unique_ptr<ScratchDatabase> database = scratch(u"clean"_s);
    if (!database)
        return {u"no database"_s};
    MigrationRunner runner;
    RunTarget target{RunTarget::Upgrade, {heads.isEmpty() ? u"base"_s : heads.join(u' ')}, false};
    RunResult result;
    if (heads.size() > 1) {
        // Several heads: one upgrade to each (a stamp would not build their tables).
        for (const QString &head : heads) {
            result = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {head}, false}));
            if (result.outcome != RunResult::Finished)
                break;
        }
    } else {
        result = runner.run(request(*m_project, *database, target));
    }
    if (result.outcome != RunResult::Finished)
        return {u"clean run failed: "_s + result.message};
    QString error;
    const QStringList dump = database->dump(&error);
    return error.isEmpty() ? dump : QStringList{error};
}

void TestRunner::runsAndReports()
{
    const std::unique_ptr<ScratchDatabase> database = scratch(u"signals"_s);
    QVERIFY(database);
    MigrationRunner runner;
    int planSteps = -1, planStatements = -1, started = 0, finished = 0, statements = 0;
    QStringList log;
    connect(&runner, &MigrationRunner::planned, this, [&](int steps, int count) {
        planSteps = steps;
        planStatements = count;
    });
    connect(&runner, &MigrationRunner::stepStarted, this, [&](int step, const QString &) {
        QCOMPARE(step, started);
        ++started;
    });
    connect(&runner, &MigrationRunner::stepFinished, this, [&](int step, qint64 elapsed) {
        QCOMPARE(step, finished);
        QVERIFY(elapsed >= 0);
        ++finished;
    });
    connect(&runner, &MigrationRunner::statementFinished, this, [&](int, int, qint64) { ++statements; });
    connect(&runner, &MigrationRunner::logged, this,
            [&](const QString &, const QString &, const QString &message) { log.append(message); });

    const RunResult up = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}));
    QVERIFY2(up.outcome == RunResult::Finished, qPrintable(up.message));
    QVERIFY(planSteps > 3);
    QCOMPARE(started, planSteps);
    QCOMPARE(finished, planSteps);
    QCOMPARE(statements, planStatements);
    QCOMPARE(up.stepsDone, planSteps);
    QVERIFY(up.headsAfter);
    QStringList heads = *up.headsAfter, expected = m_project->directory.graph().heads();
    heads.sort();
    expected.sort();
    QCOMPARE(heads, expected);
    QVERIFY(log.first().startsWith("Context impl "_L1));
    QCOMPARE(log.filter(u"Running upgrade"_s).size(), planSteps);

    // Nothing to do is a run too: no step, the same heads.
    started = finished = 0;
    const RunResult again = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}));
    QVERIFY(again.outcome == RunResult::Finished);
    QCOMPARE(started, 0);

    started = finished = 0;
    const RunResult down = runner.run(request(*m_project, *database, {RunTarget::Downgrade, {u"base"_s}, false}));
    QVERIFY2(down.outcome == RunResult::Finished, qPrintable(down.message));
    QVERIFY(down.headsAfter && down.headsAfter->isEmpty());
    QString error;
    const QStringList dump = database->dump(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(dump, cleanDump({}));
}

void TestRunner::failsAtEveryStatementConsistently()
{
    QFETCH(QString, backend);
    QFETCH(bool, perMigration);
    int stepsKept = 0; // runs that failed with migrations committed before the failure
    int tablesKept = 0; // MySQL: tables the failed step made, committed all the same
    // How many statements the whole upgrade runs, to fail each of them in turn.
    int total = 0;
    {
        const std::unique_ptr<ScratchDatabase> database = scratch(u"count"_s);
        QVERIFY(database);
        MigrationRunner runner;
        connect(&runner, &MigrationRunner::planned, this, [&](int, int statements) { total = statements; });
        QVERIFY(runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false})).outcome
                == RunResult::Finished);
    }
    QVERIFY(total > 5);
    const bool transactionalDdl = backend != "mariadb"_L1;
    for (int position = 0; position < total; ++position) {
        const std::unique_ptr<ScratchDatabase> database = scratch(u"fault"_s);
        QVERIFY(database);
        // The statement at `position` becomes one the database rejects.
        QString failedStatement;
        const auto inject = [position, &failedStatement](RunPlan &plan) {
            int index = 0;
            for (RunStep &step : plan.steps) {
                for (QString &statement : step.statements) {
                    if (index++ == position) {
                        failedStatement = u"INSERT INTO no_such_table_%1 VALUES (1)"_s.arg(position);
                        statement = failedStatement;
                    }
                }
            }
        };
        MigrationRunner runner;
        const RunResult result = runner.run(
            request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}, inject, perMigration));
        QVERIFY2(result.outcome == RunResult::Failed, outcomeName(result.outcome));
        QCOMPARE(result.statement, failedStatement);
        QVERIFY(!result.revision.isEmpty());
        QVERIFY2(result.databaseMessage.contains(u"no_such_table_%1"_s.arg(position)),
                 qPrintable(result.databaseMessage));
        QVERIFY(result.message.contains(result.databaseMessage));
        QVERIFY(result.headsAfter);
        if (!result.headsAfter->isEmpty())
            ++stepsKept;
        QVERIFY(!result.headsAfter->contains(result.revision)); // the failed step's row is never written
        if (!transactionalDdl) {
            // MySQL and MariaDB: what the run says stayed of the failed step did stay: each
            // table it names as created is in the database.
            QString dumpError;
            const QStringList dump = database->dump(&dumpError);
            QVERIFY2(dumpError.isEmpty(), qPrintable(dumpError));
            static const QRegularExpression created(u"^\\s*CREATE TABLE (\\w+)"_s);
            for (const QString &statement : result.tookEffect) {
                const QRegularExpressionMatch match = created.match(statement);
                if (!match.hasMatch())
                    continue;
                ++tablesKept;
                const QString table = match.captured(1) + u" | "_s;
                QVERIFY2(std::any_of(dump.cbegin(), dump.cend(),
                                     [&](const QString &line) { return line.startsWith(table); }),
                         qPrintable(statement));
            }
            continue;
        }
        QString error;
        const QStringList dump = database->dump(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList expected = cleanDump(*result.headsAfter);
        if (dump != expected) {
            qWarning("failed at statement %d (%s): database at %s", position, qPrintable(failedStatement),
                     qPrintable(result.headsAfter->join(u", "_s)));
            QCOMPARE(dump, expected);
        }
    }
    // One transaction per run keeps nothing of a failed run; one per migration keeps
    // the migrations before the failed one.
    if (!transactionalDdl)
        QVERIFY(tablesKept > 0); // the sample's steps create tables before other statements
    if (transactionalDdl && !perMigration)
        QCOMPARE(stepsKept, 0);
    else
        QVERIFY(stepsKept > 0);
}

void TestRunner::cancelsBetweenStatements()
{
    const std::unique_ptr<ScratchDatabase> database = scratch(u"cancel"_s);
    QVERIFY(database);
    MigrationRunner runner;
    int executed = 0;
    // Cancel once the fifth statement has run: the run stops before the sixth.
    connect(&runner, &MigrationRunner::statementFinished, this, [&](int, int, qint64) {
        if (++executed == 5)
            runner.cancel();
    });
    QFETCH(bool, perMigration);
    const RunResult result
        = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}, {}, perMigration));
    QVERIFY2(result.outcome == RunResult::Cancelled, outcomeName(result.outcome));
    QCOMPARE(executed, 5);
    QVERIFY(result.headsAfter);
    QFETCH(QString, backend);
    if (backend == "mariadb"_L1)
        return; // its DDL is committed as it runs
    QString error;
    QCOMPARE(database->dump(&error), cleanDump(*result.headsAfter));
    // A cancelled runner runs again when asked.
    executed = -1000;
    const RunResult resumed = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}));
    QVERIFY2(resumed.outcome == RunResult::Finished, qPrintable(resumed.message));
}

void TestRunner::waitsForTheLockThenGivesUp()
{
    QFETCH(QString, backend);
    const std::unique_ptr<ScratchDatabase> database = scratch(u"lock"_s);
    QVERIFY(database);
    // Another session holds the lock the runner takes, on a connection of its own.
    QString error;
    const std::optional<ConnectionSettings> settings
        = connectionSettingsFromUrl(database->url(), QDir::tempPath(), &error);
    QVERIFY2(settings, qPrintable(error));
    const std::unique_ptr<DatabaseConnection> other = DatabaseConnection::open(*settings, &error);
    QVERIFY2(other, qPrintable(error));
    QSqlQuery hold(other->database());
    const QString take = backend == "sqlite"_L1       ? u"BEGIN IMMEDIATE"_s
                         : backend == "postgresql"_L1 ? u"SELECT pg_advisory_lock(7020097439640675167)"_s
                                                      : u"SELECT GET_LOCK(CONCAT('alembic_studio:', DATABASE()), 0)"_s;
    QVERIFY2(hold.exec(take), qPrintable(hold.lastError().text()));
    if (backend == "sqlite"_L1)
        QVERIFY(hold.exec(u"CREATE TABLE held (id INTEGER)"_s));

    MigrationRunner runner;
    QString waitMessage;
    connect(&runner, &MigrationRunner::waitingForLock, this, [&](const QString &message) { waitMessage = message; });
    int steps = 0;
    connect(&runner, &MigrationRunner::stepStarted, this, [&](int, const QString &) { ++steps; });
    RunRequest locked = request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false});
    locked.lockTimeoutMs = 600;
    QElapsedTimer timer;
    timer.start();
    const RunResult result = runner.run(locked);
    QVERIFY2(result.outcome == RunResult::Refused, outcomeName(result.outcome));
    QVERIFY2(result.message.contains("another run holds"_L1), qPrintable(result.message));
    QVERIFY2(waitMessage.contains("waiting"_L1), qPrintable(waitMessage));
    QVERIFY(timer.elapsed() >= 500);
    QCOMPARE(steps, 0);

    // Once the other session lets go, the same run goes through.
    QVERIFY(hold.exec(backend == "sqlite"_L1       ? u"ROLLBACK"_s
                      : backend == "postgresql"_L1 ? u"SELECT pg_advisory_unlock(7020097439640675167)"_s
                                                   : u"SELECT RELEASE_LOCK(CONCAT('alembic_studio:', DATABASE()))"_s));
    const RunResult after = runner.run(locked);
    QVERIFY2(after.outcome == RunResult::Finished, qPrintable(after.message));
    QVERIFY(steps > 0);
}

void TestRunner::refusesAnUnknownCurrentRevision()
{
    const std::unique_ptr<ScratchDatabase> database = scratch(u"unknown"_s);
    QVERIFY(database);
    QString error;
    QVERIFY2(database->execute({u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"_s,
                                u"INSERT INTO alembic_version (version_num) VALUES ('feedfacecafe')"_s},
                               &error),
             qPrintable(error));
    MigrationRunner runner;
    int steps = 0;
    connect(&runner, &MigrationRunner::stepStarted, this, [&](int, const QString &) { ++steps; });
    const RunResult result = runner.run(request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false}));
    QVERIFY2(result.outcome == RunResult::Refused, outcomeName(result.outcome));
    QVERIFY(result.commandError);
    QVERIFY2(result.message.contains("Can't locate revision identified by 'feedfacecafe'"_L1),
             qPrintable(result.message));
    QCOMPARE(steps, 0);
    QCOMPARE(result.headsAfter, std::optional<QStringList>(QStringList{u"feedfacecafe"_s}));
}

// As the window will run it: the runner moved to a thread of its own, which opens its own
// connection; its signals reach this thread queued, in order, and cancel() from here stops
// it between statements.
void TestRunner::runsOnAWorkerThread()
{
    const std::unique_ptr<ScratchDatabase> database = scratch(u"thread"_s);
    QVERIFY(database);
    QThread worker;
    MigrationRunner runner;
    runner.moveToThread(&worker);
    worker.start();
    const auto stop = qScopeGuard([&worker] {
        worker.quit();
        worker.wait();
    });

    QStringList events;
    bool onThisThread = true;
    const auto note = [&](const QString &event) {
        onThisThread = onThisThread && QThread::currentThread() == thread();
        events.append(event);
    };
    connect(&runner, &MigrationRunner::planned, this, [&](int steps, int) { note(u"planned %1"_s.arg(steps)); });
    connect(&runner, &MigrationRunner::stepStarted, this, [&](int step, const QString &) {
        note(u"started %1"_s.arg(step));
    });
    connect(&runner, &MigrationRunner::stepFinished, this, [&](int step, qint64) { note(u"finished %1"_s.arg(step)); });

    std::optional<RunResult> result;
    const RunRequest up = request(*m_project, *database, {RunTarget::Upgrade, {u"heads"_s}, false});
    QMetaObject::invokeMethod(&runner, [&] {
        const RunResult done = runner.run(up);
        QMetaObject::invokeMethod(this, [&, done] { result = done; });
    });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, QDeadlineTimer(std::chrono::minutes(1))));
    QVERIFY2(result->outcome == RunResult::Finished, qPrintable(result->message));
    QVERIFY(onThisThread);
    QVERIFY(events.first().startsWith("planned "_L1));
    const int steps = events.first().sliced(8).toInt();
    QCOMPARE(events.size(), 1 + 2 * steps);
    for (int step = 0; step < steps; ++step) {
        QCOMPARE(events[1 + 2 * step], u"started %1"_s.arg(step));
        QCOMPARE(events[2 + 2 * step], u"finished %1"_s.arg(step));
    }

    // Cancelled from this thread as soon as the downgrade's first step has begun there.
    result.reset();
    QMetaObject::Connection cancelling = connect(&runner, &MigrationRunner::stepStarted, this,
                                                 [&](int, const QString &) { runner.cancel(); });
    const RunRequest down = request(*m_project, *database, {RunTarget::Downgrade, {u"base"_s}, false});
    QMetaObject::invokeMethod(&runner, [&] {
        const RunResult done = runner.run(down);
        QMetaObject::invokeMethod(this, [&, done] { result = done; });
    });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, QDeadlineTimer(std::chrono::minutes(1))));
    disconnect(cancelling);
    // The worker may finish before the queued cancel arrives on a short plan; it must never
    // fail, and a cancelled run leaves a database at a revision it really has.
    QVERIFY2(result->outcome == RunResult::Cancelled || result->outcome == RunResult::Finished,
             outcomeName(result->outcome));
    QVERIFY(result->headsAfter);
    QFETCH(QString, backend);
    if (backend != "mariadb"_L1) {
        QString error;
        QCOMPARE(database->dump(&error), cleanDump(*result->headsAfter));
    }
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
