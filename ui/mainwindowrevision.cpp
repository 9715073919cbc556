// The main window's revisions: the graph and what it asks for, and the New Revision and
// Merge Heads dialogs.

#include "mainwindow.h"

#include "databaseheads.h"
#include "mergedialog.h"
#include "newrevisiondialog.h"
#include "problemspanel.h"
#include "projectsession.h"
#include "reviewpanel.h"
#include "revisiongraphview.h"
#include "scripteditor.h"

#include <migrations/scriptdirectory.h>

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Studio {

void MainWindow::createRevisionActions()
{
    m_newRevisionAction = new QAction(tr("&New Revision…"), this);
    m_newRevisionAction->setShortcut(QKeySequence::New);
    m_newRevisionAction->setStatusTip(tr("Write a new revision script, as `alembic revision -m` does"));
    connect(m_newRevisionAction, &QAction::triggered, this, &MainWindow::showNewRevisionDialog);
    m_mergeHeadsAction = new QAction(tr("&Merge Heads…"), this);
    m_mergeHeadsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mergeHeadsAction->setStatusTip(tr("Write a merge revision of the heads, as `alembic merge` does"));
    connect(m_mergeHeadsAction, &QAction::triggered, this, &MainWindow::showMergeDialog);

    using GraphAction = RevisionGraphView::Action;
    m_graph->action(GraphAction::UpgradeToHere)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_graph->action(GraphAction::DowngradeToHere)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_graph->action(GraphAction::ShowSql)->setShortcut(QKeySequence(Qt::Key_F7));
    m_graph->action(GraphAction::OpenInEditor)->setShortcut(QKeySequence(Qt::Key_F4));
    updateRevisionActions();
}

void MainWindow::connectGraph()
{
    connect(m_graph, &RevisionGraphView::currentRevisionChanged, this, &MainWindow::revisionSelected);
    connect(m_graph, &RevisionGraphView::openInEditorRequested, this, [this](const QString &id) {
        showRevisionScript(id, 0);
        m_editorDock->show();
        m_editorDock->raise();
    });
    connect(m_graph, &RevisionGraphView::showSqlRequested, this, [this](const QString &id) {
        m_review->showRevision(id);
        m_reviewDock->show();
        m_reviewDock->raise();
    });
    const auto run = [this](Migrations::RunTarget::Command command) {
        return [this, command](const QString &id) { previewRun({command, {id}, false}); };
    };
    connect(m_graph, &RevisionGraphView::upgradeRequested, this, run(Migrations::RunTarget::Upgrade));
    connect(m_graph, &RevisionGraphView::downgradeRequested, this, run(Migrations::RunTarget::Downgrade));
    connect(m_graph, &RevisionGraphView::stampRequested, this, run(Migrations::RunTarget::Stamp));
    connect(m_graph, &RevisionGraphView::diagnosticActivated, this, &MainWindow::showScriptAt);
    connect(m_problems, &ProblemsPanel::revisionActivated, this,
            [this](const QString &revision) { m_graph->selectRevision(revision); });
    connect(m_heads, &DatabaseHeads::changed, this, [this] {
        m_graph->setDatabaseHeads(m_heads->heads());
        // Once the database's revision is known (after every run too), its schema is
        // compared with the model at that revision.
        if (m_heads->heads() && m_connection)
            m_problems->checkDrift(m_connection->settings);
        else if (!m_connection)
            m_problems->checkDrift(std::nullopt);
    });
}

void MainWindow::revisionSelected(const QString &id)
{
    updateDatabaseActions();
    if (id.isEmpty())
        return;
    m_review->showRevision(id);
    if (!m_editor->isModified())
        showRevisionScript(id, 0);
    else
        statusBar()->showMessage(tr("The script being edited stays open: save it to follow the graph."), 5000);
}

void MainWindow::updateRevisionActions()
{
    const auto project = m_session->project();
    const bool graphOk = project && !project->directory->graph().error();
    m_newRevisionAction->setEnabled(graphOk);
    m_mergeHeadsAction->setEnabled(graphOk && project->directory->graph().heads().size() > 1);
}

void MainWindow::showNewRevisionDialog()
{
    const auto project = m_session->project();
    if (!project)
        return;
    NewRevisionDialog dialog(*project->directory, project->config, this);
    dialog.setIniSection(project->source.iniSection);
    // Built on what is selected when that is a head, as a user making the next step wants.
    if (const QString current = m_graph->currentRevision();
        !current.isEmpty() && project->directory->graph().heads().contains(current))
        dialog.setHead(current);
    connect(&dialog, &NewRevisionDialog::revisionCreated, this, &MainWindow::revisionCreated);
    dialog.exec();
}

void MainWindow::showMergeDialog()
{
    const auto project = m_session->project();
    if (!project)
        return;
    MergeDialog dialog(*project->directory, project->config, this);
    dialog.setIniSection(project->source.iniSection);
    connect(&dialog, &MergeDialog::revisionCreated, this, &MainWindow::revisionCreated);
    dialog.exec();
}

void MainWindow::revisionCreated(const QString &path, const QString &revisionId)
{
    statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
    m_selectAfterReload = revisionId;
    // The watcher would see the file too, a little later: read it now.
    m_session->reload();
}

} // namespace Studio
