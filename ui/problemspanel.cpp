#include "problemspanel.h"

#include "workerpool.h"

#include <migrations/enginecheck.h>
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
    updateSummary();
}

ProblemsPanel::~ProblemsPanel()
{
    m_checking.waitForFinished();
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
