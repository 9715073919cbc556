#pragma once

#include <migrations/commands.h>
#include <migrations/projectload.h>
#include <migrations/runner.h>
#include <migrations/runplan.h>

#include <QObject>
#include <QThread>

#include <memory>

namespace Studio {

// One run the window asks for: `upgrade`, `downgrade` or `stamp` to a target, on a
// database given by its URL (the password in it: the URL lives in memory only).
struct RunJob
{
    std::shared_ptr<const Migrations::LoadedProject> project;
    Migrations::RunTarget target;
    QString url;
    QString pythonInterpreter; // empty: steps only Python can run make the run refused
};

struct RunOutcome
{
    Migrations::CommandOutput output; // what `alembic-studio-cli` would have printed
    Migrations::RunResult result;
};

// Runs migrations on a worker thread of its own, one run at a time, exactly as the CLI's
// online commands run them (same planning, same log, same failures), and reports as the
// run goes. The runner's signals cross to the GUI thread queued, so a thousand statements
// never make the window wait; cancel() is honoured before the next statement.
class RunController final : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // False when a run is already going.
    bool start(const RunJob &job);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const Studio::RunJob &job);
    // Alembic's log, as the CLI writes it, a line or a few at a time.
    void logWritten(const QString &text);
    void waitingForLock(const QString &message);
    void planned(int steps, int statements);
    void stepStarted(int step, const QString &description);
    void stepFinished(int step, qint64 elapsedMs);
    void statementStarted(int step, int statement, const QString &sql);
    void statementFinished(int step, int statement, qint64 elapsedMs);
    void finished(const Studio::RunOutcome &outcome);

private:
    QThread m_thread;
    QObject *m_worker;                    // lives on m_thread
    Migrations::MigrationRunner *m_runner; // a child of m_worker
    bool m_running = false;
};

// The CLI's command, on the calling thread (the worker): the same function the CLI calls.
RunOutcome runJob(const RunJob &job, Migrations::MigrationRunner *runner,
                  const std::function<void(const QString &)> &writeLog);

} // namespace Studio

Q_DECLARE_METATYPE(Studio::RunJob)
Q_DECLARE_METATYPE(Studio::RunOutcome)
