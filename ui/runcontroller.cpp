#include "runcontroller.h"

#include <migrations/pythonengine.h>
#include <migrations/scriptdirectory.h>

#include <QMetaObject>

namespace Studio {

RunOutcome runJob(const RunJob &job, Migrations::MigrationRunner *runner,
                  const std::function<void(const QString &)> &writeLog)
{
    const Migrations::LoadedProject &project = *job.project;
    // The stock env.py connects with sqlalchemy.url: the chosen connection's, here.
    Migrations::ProjectConfig config = project.config;
    config.sqlalchemyUrl = job.url;
    // Relative paths (a SQLite file, the ini named for the Python engine) start where
    // `alembic` would be run: beside the project's configuration.
    const QString workingDirectory = project.source.baseDirectory;
    const Migrations::PythonAlembic python{job.pythonInterpreter, workingDirectory, project.source.iniPath,
                                           project.source.iniSection, {}};
    const Migrations::PythonAlembic *engine = job.pythonInterpreter.isEmpty() ? nullptr : &python;

    RunOutcome outcome;
    Migrations::OnlineOptions options;
    options.runner = runner;
    options.writeLog = writeLog;
    options.workingDirectory = workingDirectory;
    options.result = &outcome.result;
    const Migrations::ScriptDirectory &directory = *project.directory;
    const Migrations::RunTarget &target = job.target;
    switch (target.command) {
    case Migrations::RunTarget::Upgrade:
        outcome.output = Migrations::upgradeOnline(directory, config, target.destinations.value(0), engine, options);
        break;
    case Migrations::RunTarget::Downgrade:
        outcome.output = Migrations::downgradeOnline(directory, config, target.destinations.value(0), engine, options);
        break;
    case Migrations::RunTarget::Stamp:
        outcome.output = Migrations::stampOnline(directory, config, target.destinations, target.purge, options);
        break;
    }
    // A run refused before the runner started (no URL, a broken environment) has no
    // result of its own: the command's output says why.
    if (outcome.output.exitCode != 0 && outcome.result.outcome == Migrations::RunResult::Finished) {
        outcome.result.outcome = Migrations::RunResult::Refused;
        outcome.result.message = (outcome.output.standardOutput + outcome.output.standardError).trimmed();
    }
    return outcome;
}

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_runner(new Migrations::MigrationRunner(m_worker))
{
    qRegisterMetaType<Studio::RunJob>();
    qRegisterMetaType<Studio::RunOutcome>();
    m_thread.setObjectName(QStringLiteral("migration runner"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The runner's signals are emitted on the worker and arrive here queued.
    connect(m_runner, &Migrations::MigrationRunner::waitingForLock, this, &RunController::waitingForLock);
    connect(m_runner, &Migrations::MigrationRunner::planned, this, &RunController::planned);
    connect(m_runner, &Migrations::MigrationRunner::stepStarted, this, &RunController::stepStarted);
    connect(m_runner, &Migrations::MigrationRunner::stepFinished, this, &RunController::stepFinished);
    connect(m_runner, &Migrations::MigrationRunner::statementStarted, this, &RunController::statementStarted);
    connect(m_runner, &Migrations::MigrationRunner::statementFinished, this, &RunController::statementFinished);
    m_thread.start();
}

RunController::~RunController()
{
    // A window closed mid-run stops the run: what is not committed is rolled back.
    m_runner->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool RunController::start(const RunJob &job)
{
    if (m_running || !job.project)
        return false;
    m_running = true;
    Q_EMIT started(job);
    QMetaObject::invokeMethod(m_worker, [this, job] {
        // (MigrationRunner::run starts uncancelled: a Cancel after the last run is gone.)
        const RunOutcome outcome = runJob(job, m_runner, [this](const QString &text) {
            QMetaObject::invokeMethod(this, [this, text] { Q_EMIT logWritten(text); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(this, [this, outcome] {
            m_running = false;
            Q_EMIT finished(outcome);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void RunController::cancel()
{
    if (m_running)
        m_runner->cancel();
}

} // namespace Studio
