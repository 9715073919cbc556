#pragma once

#include "connection.h"
#include "migrationplan.h"

#include <QAtomicInt>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Migrations {

// Where a run commits: once at its end, or after every migration (Alembic's
// `transaction_per_migration`; what Alembic does anyway on SQLite and MySQL, whose impls
// it runs as non-transactional, and what a step run by the Python engine needs).
enum class TransactionScope { PerRun, PerMigration };

// One step as the runner executes it.
struct RunStep
{
    MigrationStep step;
    QString description; // str(step) as Alembic logs it: "upgrade a -> b, doc"
    QString revision;    // the id whose script runs; empty for a stamp
    QStringList statements; // the body's SQL, as the database is sent it (no ";")
    QList<int> statementLines; // the script line each statement comes from (0: unknown)
    // Where Alembic stops inside the body, after `statements`: the step fails there and is
    // rolled back. A CommandError ("FAILED: …") or an exception (a traceback, exit 1).
    QString error;
    bool commandError = false;
    // Its autocommit blocks, [first, end) ranges of `statements`: the transaction is
    // committed before each, the block runs outside any, and a new one begins after it.
    QList<std::pair<qsizetype, qsizetype>> autocommitBlocks;
    // The native engine cannot run this body: the Python engine runs the step instead.
    bool python = false;
};

struct RunPlan
{
    QList<RunStep> steps;
    TransactionScope scope = TransactionScope::PerRun;
    bool purge = false; // stamp --purge: the version table is emptied first
};

// How a run ended.
struct RunResult
{
    enum Outcome { Finished, Refused, Failed, Cancelled };
    Outcome outcome = Finished;
    int stepsDone = 0;     // steps committed (per migration) or run (per run, when finished)
    QString message;       // one sentence: why it was refused or failed, or where it stopped
    bool commandError = false; // Alembic would have raised a CommandError ("FAILED: …")
    // A failed step: its revision, the statement (1-based within the step, and its text)
    // and what the database said.
    QString revision;
    int statementNumber = 0;
    QString statement;
    int line = 0; // the script line the statement comes from; 0 when not known
    QString databaseMessage;
    // MySQL and MariaDB commit DDL as they run it: the statements of the failed step that
    // had taken effect all the same, and could not be rolled back.
    QStringList tookEffect;
    // alembic_version after the run, as read back from the database (null if it could not be).
    std::optional<QStringList> headsAfter;
};

// What the runner is asked to do. `plan` is called once the lock is held, with the heads
// the database holds then, so that the plan is made from the state it will run on; a null
// result ends the run as Refused with *error (a revision error, a step nothing can run).
struct RunRequest
{
    ConnectionSettings connection;
    std::function<std::optional<RunPlan>(const QStringList &heads, QString *error, bool *commandError)> plan;
    // Runs a step with the Python engine: on its own connection, outside this run's
    // transaction, stopping it when `cancelled` turns true. Returns false with *error
    // when it failed or was stopped.
    std::function<bool(const RunStep &step, const std::function<bool()> &cancelled, QString *error)> runPython;
    // How long to wait for another run's lock before giving up.
    int lockTimeoutMs = 60000;
};

// Runs a migration plan on a database, on the thread that calls run() (a worker thread in
// the GUI; the CLI's main thread), with a connection of its own. Reports as it goes
// through signals, which reach other threads queued. cancel() may be called from any
// thread: the run stops before its next statement and rolls back what is not committed.
//
// The version table changes step by step exactly as Alembic's HeadMaintainer changes it
// (an update or delete that does not touch one row fails the run, as in Alembic), and a
// lock keeps a second run off the same database: a PostgreSQL advisory lock, a MySQL
// GET_LOCK, SQLite's write lock.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    explicit MigrationRunner(QObject *parent = nullptr);

    RunResult run(const RunRequest &request);
    void cancel() { m_cancelled.storeRelaxed(1); }

Q_SIGNALS:
    // Alembic's log records, by logger and level ("alembic.runtime.migration", "INFO").
    void logged(const QString &logger, const QString &level, const QString &message);
    void waitingForLock(const QString &message);
    void planned(int steps, int statements);
    void stepStarted(int step, const QString &description);
    void stepFinished(int step, qint64 elapsedMs);
    void statementStarted(int step, int statement, const QString &sql);
    void statementFinished(int step, int statement, qint64 elapsedMs);

private:
    QAtomicInt m_cancelled;
};

} // namespace Migrations
