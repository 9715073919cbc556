#include "problemspanel.h"

#include "workerpool.h"

#include <migrations/commands.h>
#include <migrations/enginecheck.h>
#include <migrations/schemadrift.h>
#include <migrations/projectscope.h>
#include <migrations/scriptdirectory.h>

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

QList<Problem> graphProblems(const Migrations::ScriptDirectory &directory)
{
    QList<Problem> problems;
    const Migrations::RevisionGraph &graph = directory.graph();
    if (const auto &error = graph.error()) {
        problems.append({Problem::Error, Problem::Graph,
                         ProblemsPanel::tr("Alembic refuses this revision graph: %1").arg(error->message), {}, 0,
                         error->argument});
    }
    problems += ProblemsModel::fromDiagnostics(graph.warnings(), Problem::Warning, Problem::Graph);
    return problems;
}

QList<Problem> headProblems(const Migrations::ScriptDirectory &directory)
{
    const Migrations::RevisionGraph &graph = directory.graph();
    if (graph.error() || graph.heads().size() < 2)
        return {};
    QList<Problem> problems;
    const QString all = graph.heads().join(u", "_s);
    for (const QString &head : graph.heads()) {
        problems.append({Problem::Warning, Problem::Heads,
                         ProblemsPanel::tr("%1 is one of %2 heads (%3): `upgrade head` fails until they are "
                                           "merged (Revision ▸ Merge Heads).")
                             .arg(head)
                             .arg(graph.heads().size())
                             .arg(all),
                         {}, 0, head});
    }
    return problems;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_view(new QTreeView)
    , m_summary(new QLabel)
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::LocationColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    m_summary->setContentsMargins(4, 2, 4, 2);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(ProblemsModel::FileRole).toString();
        if (!file.isEmpty())
            Q_EMIT fileActivated(file, index.data(ProblemsModel::LineRole).toInt());
        else if (const QString revision = index.data(ProblemsModel::RevisionRole).toString(); !revision.isEmpty())
            Q_EMIT revisionActivated(revision);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateSummary);
    connect(&m_checking, &QFutureWatcher<QList<Migrations::Diagnostic>>::finished, this,
            &ProblemsPanel::finishEngineCheck);
    connect(&m_drifting, &QFutureWatcher<QList<Problem>>::finished, this, &ProblemsPanel::finishDriftCheck);
    updateSummary();
}

ProblemsPanel::~ProblemsPanel()
{
    m_checking.waitForFinished();
    m_drifting.waitForFinished();
}

void ProblemsPanel::setProject(std::shared_ptr<const Migrations::LoadedProject> project, Migrations::Dialect dialect,
                               bool pythonInterpreter)
{
    m_project = std::move(project);
    m_dialect = dialect;
    const Migrations::ScriptDirectory &directory = *m_project->directory;
    QList<Problem> configuration;
    if (!m_project->scope) {
        configuration.append({Problem::Error, Problem::Configuration, m_project->scopeError,
                              m_project->config.projectTypesPath, 0, {}});
    }
    m_model->setProblems(Problem::Configuration, configuration);
    m_model->setProblems(Problem::Script,
                         ProblemsModel::fromDiagnostics(directory.diagnostics(), Problem::Error, Problem::Script)
                             + ProblemsModel::fromDiagnostics(directory.warnings(), Problem::Warning,
                                                              Problem::Script));
    m_model->setProblems(Problem::Graph, graphProblems(directory));
    m_model->setProblems(Problem::Heads, headProblems(directory));
    if (m_database && m_project->scope)
        startDriftCheck(); // the same database against the project as it now is
    if (pythonInterpreter || !m_project->scope) {
        // An interpreter runs what the native engine cannot: nothing to warn about.
        m_model->setProblems(Problem::Engine, {});
        return;
    }
    startEngineCheck();
}

void ProblemsPanel::setLoadFailure(const Migrations::Diagnostic &error)
{
    m_model->setProblems(Problem::Configuration,
                         {{Problem::Error, Problem::Configuration, error.message, error.file, error.line, {}}});
}

void ProblemsPanel::startEngineCheck()
{
    if (m_checking.isRunning()) {
        m_checkAgain = true;
        return;
    }
    m_checkAgain = false;
    m_busy = true;
    m_checking.setFuture(QtConcurrent::run(workerPool(), [project = m_project, dialect = m_dialect] {
        return Migrations::stepsNeedingPython(*project->directory, *project->scope, dialect);
    }));
}

void ProblemsPanel::finishEngineCheck()
{
    m_busy = false;
    if (m_checkAgain) {
        startEngineCheck();
        return;
    }
    QList<Problem> problems;
    for (const Migrations::Diagnostic &step : m_checking.result()) {
        problems.append({Problem::Warning, Problem::Engine,
                         tr("Needs Python: %1 — set a Python interpreter on the connection to run this step.")
                             .arg(step.message),
                         step.file, step.line, {}});
    }
    m_model->setProblems(Problem::Engine, problems);
}

void ProblemsPanel::checkDrift(const std::optional<Migrations::ConnectionSettings> &database)
{
    m_database = database;
    if (!m_database || !m_project || !m_project->scope) {
        m_model->setProblems(Problem::Drift, {});
        return;
    }
    startDriftCheck();
}

void ProblemsPanel::startDriftCheck()
{
    if (m_drifting.isRunning()) {
        m_driftAgain = true;
        return;
    }
    m_driftAgain = false;
    m_driftBusy = true;
    m_drifting.setFuture(QtConcurrent::run(workerPool(), [project = m_project, settings = *m_database] {
        QList<Problem> problems;
        QString error;
        const auto connection = Migrations::DatabaseConnection::open(settings, &error);
        if (!connection)
            return problems; // the status bar says the database cannot be reached
        Migrations::CommandOutput failure;
        const std::optional<Migrations::DriftCheck> check = Migrations::checkDrift(
            *project->directory, *project->scope, connection->database(), settings.dialect, &failure);
        if (!check) {
            // A row naming no revision, a catalogue that cannot be read: said once.
            problems.append({Problem::Warning, Problem::Drift,
                             tr("The database's schema could not be compared: %1")
                                 .arg((failure.standardOutput + failure.standardError).trimmed()),
                             {}, 0, {}});
            return problems;
        }
        const QString revision = check->revision();
        for (const Migrations::SchemaDifference &difference : check->report.differences) {
            problems.append({Problem::Warning, Problem::Drift,
                             tr("Drift: %1").arg(Migrations::describeDifference(difference, revision)), {}, 0,
                             check->heads.value(0)});
        }
        return problems;
    }));
}

void ProblemsPanel::finishDriftCheck()
{
    m_driftBusy = false;
    if (m_driftAgain) {
        startDriftCheck();
        return;
    }
    m_model->setProblems(Problem::Drift, m_drifting.result());
}

void ProblemsPanel::updateSummary()
{
    const int errors = m_model->count(Problem::Error);
    const int warnings = m_model->count(Problem::Warning);
    m_summary->setText(errors + warnings == 0 ? tr("No problems found.")
                                              : tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                                                                 tr("%n warning(s)", nullptr, warnings)));
    Q_EMIT countsChanged(errors, warnings);
}

} // namespace Studio
