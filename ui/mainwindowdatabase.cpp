// The main window's project and database: opening projects, the connection and its heads,
// runs, and the one-click reset of a development database.

#include "mainwindow.h"

#include "databaseheads.h"
#include "problemspanel.h"
#include "projectsession.h"
#include "reviewpanel.h"
#include "revisiongraphview.h"
#include "runcontroller.h"
#include "runview.h"
#include "sampleproject.h"

#include <migrations/scriptdirectory.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr auto settingsRecentProjects = "project/recent"_L1;
constexpr qsizetype maximumRecentProjects = 8;

// The revisions the database holds, with all they stand on (through depends_on too): what
// Alembic counts as applied.
qsizetype appliedCount(const Migrations::RevisionGraph &graph, const QStringList &heads)
{
    QList<int> indexes;
    for (const QString &head : heads) {
        if (const int index = graph.indexOf(head); index >= 0)
            indexes.append(index);
    }
    return indexes.isEmpty() ? 0 : graph.ancestors(indexes, true).size();
}

} // namespace

void MainWindow::createDatabaseActions()
{
    connect(m_openSampleAction, &QAction::triggered, this, [this] {
        QString error;
        const QString ini = installSampleProject(&error);
        if (ini.isEmpty())
            QMessageBox::warning(this, tr("Cannot Open the Sample"), error);
        else
            openProject(ini);
    });

    m_refreshDatabaseAction = new QAction(QIcon(u":/icons/view-refresh.svg"_s), tr("Re&fresh Database State"), this);
    m_refreshDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshDatabaseAction->setStatusTip(tr("Read alembic_version again"));
    connect(m_refreshDatabaseAction, &QAction::triggered, this, [this] {
        if (m_connection)
            m_heads->read(m_connection->settings);
    });

    const auto runAction = [this](const QIcon &icon, const QString &text, const QKeySequence &key,
                                  Migrations::RunTarget::Command command, const QString &destination) {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this,
                [this, command, destination] { previewRun({command, {destination}, false}); });
        return action;
    };
    m_upgradeHeadsAction = runAction(QIcon(u":/icons/go-up.svg"_s), tr("&Upgrade to Heads…"),
                                     QKeySequence(Qt::CTRL | Qt::Key_U), Migrations::RunTarget::Upgrade, u"heads"_s);
    m_upgradeHeadsAction->setStatusTip(tr("Review, then run every pending upgrade"));
    m_upgradeOneAction = runAction(QIcon(), tr("Upgrade &One Step…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U),
                                   Migrations::RunTarget::Upgrade, u"+1"_s);
    m_downgradeOneAction = runAction(QIcon(u":/icons/go-down.svg"_s), tr("&Downgrade One Step…"),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), Migrations::RunTarget::Downgrade,
                                     u"-1"_s);
    m_downgradeBaseAction = runAction(QIcon(), tr("Downgrade to &Base…"), QKeySequence(),
                                      Migrations::RunTarget::Downgrade, u"base"_s);

    m_resetAction = new QAction(QIcon(u":/icons/database-reset.svg"_s), tr("Rese&t Database…"), this);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resetAction->setStatusTip(tr("Downgrade to base, then upgrade to the heads"));
    connect(m_resetAction, &QAction::triggered, this, [this] { resetDatabase(u"heads"_s); });
    m_resetToSelectedAction = new QAction(tr("Reset to the Selected Re&vision…"), this);
    m_resetToSelectedAction->setStatusTip(tr("Downgrade to base, then upgrade to the revision selected in the graph"));
    connect(m_resetToSelectedAction, &QAction::triggered, this, [this] {
        if (const QString revision = m_graph->currentRevision(); !revision.isEmpty())
            resetDatabase(revision);
    });
    m_undoResetAction = new QAction(tr("Undo &Reset"), this);
    m_undoResetAction->setStatusTip(tr("Put back the database file as it was before the last reset"));
    connect(m_undoResetAction, &QAction::triggered, this, &MainWindow::undoReset);
    updateDatabaseActions();
}

// --- the project --------------------------------------------------------------------------

void MainWindow::showOpenProjectDialog()
{
    const auto project = m_session->project();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Alembic Project"), project ? project->source.baseDirectory : QDir::homePath(),
        tr("Alembic configuration (alembic.ini *.ini pyproject.toml);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_session->open(path);
}

void MainWindow::projectLoaded(bool reloaded)
{
    const auto project = m_session->project();
    m_reloadAction->setEnabled(true);
    updateWindowTitle();
    m_graph->setDirectory(project->directory);
    updateRevisionActions();
    if (!m_selectAfterReload.isEmpty() && project->directory->graph().indexOf(m_selectAfterReload) >= 0) {
        m_graph->selectRevision(std::exchange(m_selectAfterReload, QString()));
        m_editorDock->show();
        m_editorDock->raise();
    }
    if (!reloaded) {
        QSettings settings;
        QStringList recent = settings.value(settingsRecentProjects).toStringList();
        recent.removeAll(m_session->path());
        recent.prepend(m_session->path());
        settings.setValue(settingsRecentProjects, recent.mid(0, maximumRecentProjects));
        updateRecentProjects();
        chooseConnectionForProject();
        const qsizetype count = project->directory->graph().revisions().size();
        statusBar()->showMessage(tr("Opened %1: %n revision(s).", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(project->source.baseDirectory)),
                                 5000);
    }
    updateReviewProject();
    const bool interpreter = m_connection && !m_connection->pythonInterpreter.isEmpty();
    m_problems->setProject(project,
                           m_connection ? m_connection->settings.dialect : Migrations::Dialect::SQLite, interpreter);
    updateDatabaseStatus();
}

void MainWindow::projectLoadFailed(const Migrations::Diagnostic &error)
{
    m_problems->setLoadFailure(error);
    m_problemsDock->show();
    m_problemsDock->raise();
    const QString where = error.line > 0 ? u"%1:%2"_s.arg(QDir::toNativeSeparators(error.file)).arg(error.line)
                                         : QDir::toNativeSeparators(error.file);
    statusBar()->showMessage(tr("Cannot open the project: %1: %2").arg(where, error.message));
}

void MainWindow::updateRecentProjects()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(settingsRecentProjects).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// --- the connection -----------------------------------------------------------------------

void MainWindow::setConnection(const std::optional<ResolvedConnection> &connection)
{
    m_connection = connection;
    m_resetCopy.reset(); // a copy belongs to the database it was made of
    if (m_connection)
        m_heads->read(m_connection->settings);
    else
        m_heads->clear();
    updateReviewConnection();
    // Which steps need Python depends on the dialect and on whether an interpreter is set.
    if (const auto project = m_session->project()) {
        m_problems->setProject(project, m_connection ? m_connection->settings.dialect : Migrations::Dialect::SQLite,
                               m_connection && !m_connection->pythonInterpreter.isEmpty());
    }
    updateDatabaseActions();
}

void MainWindow::updateDatabaseStatus()
{
    updateDatabaseActions();
    if (!m_connection) {
        m_databaseLabel->setText(tr("No database"));
        m_databaseLabel->setToolTip(tr("The project names no database: choose a connection."));
        return;
    }
    m_databaseLabel->setToolTip(m_connection->settings.displayUrl);
    const QString name = m_connection->name;
    if (m_heads->isReading() && !m_heads->heads()) {
        m_databaseLabel->setText(tr("%1: reading…").arg(name));
        return;
    }
    if (!m_heads->heads()) {
        m_databaseLabel->setText(tr("%1: not reachable").arg(name));
        m_databaseLabel->setToolTip(m_heads->error());
        // Why, in the database's words (wrong password, no server there), where it is read.
        statusBar()->showMessage(m_heads->error(), 15000);
        return;
    }
    const QStringList &heads = *m_heads->heads();
    const QString at = heads.isEmpty() ? tr("base") : heads.join(u", "_s);
    const auto project = m_session->project();
    if (!project) {
        m_databaseLabel->setText(tr("%1 at %2").arg(name, at));
        return;
    }
    const Migrations::RevisionGraph &graph = project->directory->graph();
    const qsizetype pending = graph.revisions().size() - appliedCount(graph, heads);
    m_databaseLabel->setText(tr("%1 at %2 · %n pending", nullptr, int(pending)).arg(name, at));
}

void MainWindow::updateDatabaseActions()
{
    // A database whose state could not be read (unreachable, a refused password) is not
    // one to run anything on until it can.
    const bool ready = m_connection && m_heads->heads() && m_session->project() && !m_runView->isRunning()
                       && !m_resetRunning;
    for (QAction *action : {m_upgradeHeadsAction, m_upgradeOneAction, m_downgradeOneAction, m_downgradeBaseAction})
        action->setEnabled(ready);
    m_refreshDatabaseAction->setEnabled(m_connection.has_value());
    m_resetAction->setEnabled(ready && !m_connection->isProtected);
    m_resetToSelectedAction->setEnabled(m_resetAction->isEnabled() && !m_graph->currentRevision().isEmpty());
    m_resetAction->setToolTip(m_connection && m_connection->isProtected
                                  ? tr("%1 is protected: it cannot be reset from here.").arg(m_connection->name)
                                  : m_resetAction->statusTip());
    m_undoResetAction->setEnabled(m_resetCopy.has_value() && !m_runView->isRunning());
}

// --- runs ---------------------------------------------------------------------------------

void MainWindow::previewRun(const Migrations::RunTarget &target)
{
    const auto project = m_session->project();
    if (!project || !m_connection || m_runView->isRunning())
        return;
    m_runDock->show();
    m_runDock->raise();
    m_runView->preview({project, target, m_connection->url, m_connection->pythonInterpreter},
                       m_connection->settings);
}

void MainWindow::resetDatabase(const QString &target, bool confirmed)
{
    const auto project = m_session->project();
    if (!project || !m_connection || m_runView->isRunning())
        return;
    if (m_connection->isProtected) {
        QMessageBox::information(this, tr("Protected Database"),
                                 tr("%1 is marked protected (shared or production): Alembic Studio does not "
                                    "reset it.")
                                     .arg(m_connection->name));
        return;
    }
    const bool copies = Migrations::canCopyDatabase(m_connection->settings);
    if (!confirmed) {
        const QString undo = copies ? tr("The database file is copied aside first: Database ▸ Undo Reset puts it back.")
                                    : tr("This cannot be undone: every table the migrations made is dropped, "
                                         "with its rows.");
        const auto answer = QMessageBox::warning(
            this, tr("Reset Database"),
            tr("Reset %1?\n\nEvery migration is downgraded to base, then upgraded to %2.\n\n%3")
                .arg(m_connection->settings.displayUrl, target, undo),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Reset)
            return;
    }
    m_resetCopy.reset();
    if (copies) {
        QString error;
        m_resetCopy = Migrations::copyDatabaseAside(m_connection->settings, QDateTime::currentDateTime(), &error);
        if (!m_resetCopy) {
            QMessageBox::warning(this, tr("Reset Database"), tr("Nothing was reset: %1").arg(error));
            return;
        }
    }
    m_resetRunning = true;
    m_runDock->show();
    m_runDock->raise();
    const RunJob down{project, {Migrations::RunTarget::Downgrade, {u"base"_s}, false}, m_connection->url,
                      m_connection->pythonInterpreter};
    const RunJob up{project, {Migrations::RunTarget::Upgrade, {target}, false}, m_connection->url,
                    m_connection->pythonInterpreter};
    m_runView->runNow({down, up});
    updateDatabaseActions();
}

void MainWindow::undoReset()
{
    if (!m_resetCopy || m_runView->isRunning() || !m_connection)
        return;
    QString error;
    if (!Migrations::restoreDatabaseCopy(*m_resetCopy, &error)) {
        QMessageBox::warning(this, tr("Undo Reset"), error);
        return;
    }
    m_resetCopy.reset();
    statusBar()->showMessage(tr("The database is back as it was before the reset."), 5000);
    m_heads->read(m_connection->settings);
    updateDatabaseActions();
}

void MainWindow::runFinished(const RunOutcome &outcome)
{
    const bool reset = std::exchange(m_resetRunning, false);
    if (reset && outcome.result.outcome == Migrations::RunResult::Finished)
        statusBar()->showMessage(m_resetCopy ? tr("The database was reset. Database ▸ Undo Reset puts it back.")
                                             : tr("The database was reset."),
                                 8000);
    if (m_connection)
        m_heads->read(m_connection->settings);
    updateDatabaseActions();
    Q_EMIT runEnded(outcome);
}

} // namespace Studio
