#pragma once

#include "colorscheme.h"
#include "connectionresolver.h"

#include <migrations/connection.h>
#include <migrations/databasecopy.h>
#include <migrations/runplan.h>
#include <migrations/textfile.h>

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace Studio {

class ConnectionChooser;
class ConnectionProfileModel;
class ConnectionResolver;
class DatabaseHeads;
class FindBar;
class ProblemsPanel;
class PasswordStore;
class ProjectSession;
class ReviewPanel;
class RevisionGraphView;
class RunController;
class RunView;
class ScriptEditor;
class SqlView;
class WelcomePanel;
struct RunOutcome;

// The main window: the project's revision graph, its scripts in the editor, the SQL
// each step runs, the database's state, and runs with their progress. It holds views and
// actions only; the work is the core's, on workers.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScriptEditor *scriptEditor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    SqlView *sqlView() const { return m_sqlView; }
    QString scriptPath() const { return m_scriptPath; }
    ProjectSession *projectSession() const { return m_session; }
    DatabaseHeads *databaseHeads() const { return m_heads; }
    RunView *runView() const { return m_runView; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    ReviewPanel *reviewPanel() const { return m_review; }
    RevisionGraphView *graphView() const { return m_graph; }
    QAction *newRevisionAction() const { return m_newRevisionAction; }
    QAction *mergeHeadsAction() const { return m_mergeHeadsAction; }
    ConnectionChooser *connectionChooser() const { return m_chooser; }
    ConnectionProfileModel *connectionProfiles() const { return m_profiles; }
    PasswordStore *passwordStore() const { return m_passwords; }
    const std::optional<ResolvedConnection> &connection() const { return m_connection; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *undoResetAction() const { return m_undoResetAction; }
    QAction *openProjectAction() const { return m_openProjectAction; }
    // The first run's welcome above the graph, and Help ▸ Welcome that shows it again.
    WelcomePanel *welcomePanel() const { return m_welcome; }
    QAction *welcomeAction() const { return m_welcomeAction; }

    // Opens an Alembic project (its alembic.ini, pyproject.toml or folder); it loads on a
    // worker and the window follows. Remembered among the recent projects once loaded.
    void openProject(const QString &path);
    // Opens a revision script (.py) in the editor, or an .sql file in the SQL view. Asks
    // first about unsaved edits in the editor. On failure returns false with the reason in
    // *errorString (empty when the user chose to keep editing); it shows no dialog itself.
    bool openFile(const QString &path, QString *errorString);
    bool saveScript();
    bool saveScriptAs();
    // The connection profile (by name) the next project opened uses, in place of the one
    // last used with it (alembic-studio --connection NAME).
    void setPreferredConnection(const QString &name) { m_preferredConnection = name; }
    // Works on the database of that profile from now on, once its password is found (the
    // chooser shows it at once); it is remembered for the project.
    void useConnectionProfile(const QString &id);
    // Works on this database from now on (null: none) and reads its heads.
    void setConnection(const std::optional<ResolvedConnection> &connection);

    // Upgrade, downgrade or stamp: shows the plan in the run view; nothing runs until the
    // user presses Run there.
    void previewRun(const Migrations::RunTarget &target);
    // Downgrades to base and upgrades to `target`, after the user confirms (unless
    // `confirmed`). A SQLite file is copied aside first, so Undo Reset can put it back.
    void resetDatabase(const QString &target, bool confirmed = false);
    void undoReset();

Q_SIGNALS:
    // A run (or a reset) ended and the database's heads were read again.
    void runEnded(const Studio::RunOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createDatabaseActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void showOpenDialog();
    void showOpenProjectDialog();
    void showAbout();
    void setColorScheme(ColorScheme scheme);
    void updateWindowTitle();
    bool writeScript(const QString &path);
    // Asks what to do with unsaved edits; false means the user chose to stay.
    bool maybeSaveScript();
    void restoreLayout();

    void projectLoaded(bool reloaded);
    void projectLoadFailed(const Migrations::Diagnostic &error);
    void updateRecentProjects();
    // connections (mainwindowconnection.cpp)
    void createConnectionChooser();
    void showConnectionsDialog();
    // The profile last used with the project, else the sample's, else one made from its
    // sqlalchemy.url.
    void chooseConnectionForProject();
    void useProfile(const QString &id);
    void updateReviewProject();
    void updateReviewConnection();

    // revisions (mainwindowrevision.cpp)
    void createRevisionActions();
    void connectGraph();
    // The graph's current revision changed: the review follows, and so does the editor
    // unless it holds edits (they are never dropped for a click in the graph).
    void revisionSelected(const QString &id);
    void showNewRevisionDialog();
    void showMergeDialog();
    // After a dialog wrote a revision: once the project is read again, select it.
    void revisionCreated(const QString &path, const QString &revisionId);
    void updateRevisionActions();
    void updateDatabaseStatus();
    void updateDatabaseActions();
    void runFinished(const RunOutcome &outcome);
    // Opens `file` in the editor with the cursor at `line` (1-based; 0: the top).
    void showScriptAt(const QString &file, int line);
    void showRevisionScript(const QString &revision, int line);
    // Underlines what the reader says of the open script's lines (problems of its file).
    void showVerdicts();

    ProjectSession *m_session;
    DatabaseHeads *m_heads;
    RunController *m_runs;
    ScriptEditor *m_editor;
    FindBar *m_findBar;
    QWidget *m_editorArea;
    SqlView *m_sqlView;
    RunView *m_runView;
    ProblemsPanel *m_problems;
    ReviewPanel *m_review;
    RevisionGraphView *m_graph;
    WelcomePanel *m_welcome;
    ConnectionProfileModel *m_profiles;
    PasswordStore *m_passwords;
    ConnectionResolver *m_resolver;
    ConnectionChooser *m_chooser = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QString m_selectAfterReload; // a revision just written, to select once it is loaded
    QString m_preferredConnection;
    QDockWidget *m_editorDock = nullptr;
    QDockWidget *m_sqlDock = nullptr;
    QDockWidget *m_runDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QLabel *m_cursorLabel;
    QLabel *m_databaseLabel;

    QString m_scriptPath;
    bool m_scriptHasByteOrderMark = false;
    std::optional<ResolvedConnection> m_connection;
    // The copy a reset kept of a SQLite database, until it is put back or another reset.
    std::optional<Migrations::DatabaseCopy> m_resetCopy;
    bool m_resetRunning = false;

    QAction *m_openProjectAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newRevisionAction = nullptr;
    QAction *m_mergeHeadsAction = nullptr;
    QAction *m_refreshDatabaseAction = nullptr;
    QAction *m_upgradeHeadsAction = nullptr;
    QAction *m_upgradeOneAction = nullptr;
    QAction *m_downgradeOneAction = nullptr;
    QAction *m_downgradeBaseAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_undoResetAction = nullptr;
    QAction *m_resetToSelectedAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_colorSchemeGroup = nullptr;
};

} // namespace Studio
