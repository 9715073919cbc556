#include "mainwindow.h"

#include "connectionchooser.h"
#include "connectionprofile.h"
#include "connectionresolver.h"
#include "databaseheads.h"
#include "findbar.h"
#include "problemspanel.h"
#include "passwordstore.h"
#include "projectsession.h"
#include "reviewpanel.h"
#include "revisiongraphview.h"
#include "runcontroller.h"
#include "runview.h"
#include "scripteditor.h"
#include "sqlview.h"
#include "welcomepanel.h"

#include <migrations/studioversion.h>

#include <ksyntaxhighlighting_version.h>
#include <Qsci/qsciglobal.h>
#include <qt6keychain/keychain.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr auto settingsGeometry = "mainWindow/geometry"_L1;
constexpr auto settingsState = "mainWindow/state"_L1;
constexpr auto settingsColorScheme = "appearance/colorScheme"_L1;
constexpr QSize defaultSize(1280, 800);

QDockWidget *makeDock(const QString &title, const QString &objectName, QWidget *widget, QWidget *parent)
{
    auto *dock = new QDockWidget(title, parent);
    dock->setObjectName(objectName); // saveState() finds docks by object name
    dock->setWidget(widget);
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_heads(new DatabaseHeads(this))
    , m_runs(new RunController(this))
    , m_editor(new ScriptEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_editorArea(new QWidget(this))
    , m_sqlView(new SqlView(this))
    , m_runView(new RunView(m_runs, this))
    , m_problems(new ProblemsPanel(this))
    , m_review(new ReviewPanel(this))
    , m_graph(new RevisionGraphView(this))
    , m_welcome(new WelcomePanel(this))
    , m_profiles(new ConnectionProfileModel(this))
    , m_passwords(new PasswordStore(this))
    , m_resolver(new ConnectionResolver(m_passwords, this))
    , m_cursorLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowIcon(QIcon(u":/icons/alembic-studio.svg"_s));
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    createDocks();
    createConnectionChooser();
    createActions();
    createDatabaseActions();
    createRevisionActions();
    connectGraph();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_editor, &QsciScintilla::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_session, &ProjectSession::loaded, this, &MainWindow::projectLoaded);
    connect(m_session, &ProjectSession::loadFailed, this, &MainWindow::projectLoadFailed);
    connect(m_heads, &DatabaseHeads::changed, this, &MainWindow::updateDatabaseStatus);
    connect(m_runView, &RunView::runFinished, this, &MainWindow::runFinished);
    connect(m_runView, &RunView::openScriptRequested, this, &MainWindow::showRevisionScript);
    connect(m_review, &ReviewPanel::openScriptRequested, this, &MainWindow::showScriptAt);
    connect(m_problems, &ProblemsPanel::fileActivated, this, &MainWindow::showScriptAt);
    connect(m_problems->model(), &QAbstractItemModel::modelReset, this, &MainWindow::showVerdicts);
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings) {
        m_problemsDock->setWindowTitle(errors + warnings == 0 ? tr("Problems")
                                                              : tr("Problems (%1)").arg(errors + warnings));
    });
    updateWindowTitle();
    updateDatabaseStatus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    // The centre: the welcome (until the user closes it) above the graph.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_welcome);
    centreLayout->addWidget(m_graph, 1);
    const bool welcome = !WelcomePanel::wasDismissed();
    m_welcome->setVisible(welcome);
    connect(m_welcome, &WelcomePanel::openProjectRequested, this, [this] { m_openProjectAction->trigger(); });
    setCentralWidget(centre);
    // On a first run the keys start on the welcome, so that Esc closes it at once. (Not in
    // the graph: its list would select a revision on focus and open it in the editor.)
    if (welcome)
        m_welcome->openProjectButton()->setFocus();

    // Right: the selected revision's script and its review, one tab each.
    m_editorDock = makeDock(tr("Script"), u"scriptDock"_s, m_editorArea, this);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);

    m_reviewDock = makeDock(tr("Review"), u"reviewDock"_s, m_review, this);
    // The review's tabs ask for more height than a small window has beside the run; it
    // may be squeezed (and clipped) rather than hold the whole window at its size.
    m_review->setMinimumHeight(120);
    m_sqlDock = makeDock(tr("SQL File"), u"sqlDock"_s, m_sqlView, this);
    m_sqlView->setPlaceholderText(tr("Open an .sql file (File ▸ Open File) to read it here."));
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    addDockWidget(Qt::RightDockWidgetArea, m_sqlDock);
    tabifyDockWidget(m_editorDock, m_reviewDock);
    tabifyDockWidget(m_reviewDock, m_sqlDock);
    m_reviewDock->raise();

    m_runDock = makeDock(tr("Run"), u"runDock"_s, m_runView, this);
    m_problemsDock = makeDock(tr("Problems"), u"problemsDock"_s, m_problems, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_runDock, m_problemsDock);
    m_runDock->raise();
}

void MainWindow::createActions()
{
    m_openProjectAction = new QAction(QIcon(u":/icons/document-open.svg"_s), tr("Open &Project…"), this);
    m_openProjectAction->setShortcut(QKeySequence::Open);
    m_openProjectAction->setStatusTip(tr("Open an Alembic project: its alembic.ini, pyproject.toml or folder"));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::showOpenProjectDialog);

    m_openSampleAction = new QAction(tr("Open &Sample Project"), this);
    m_openSampleAction->setStatusTip(tr("Open the Scribes backend sample on a local SQLite database"));

    m_reloadAction = new QAction(QIcon(u":/icons/view-refresh.svg"_s), tr("&Reload Project"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, m_session, &ProjectSession::reload);

    m_openAction = new QAction(tr("Open &File…"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open a revision script or an SQL file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_saveAction = new QAction(QIcon(u":/icons/document-save.svg"_s), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the revision script"));
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveScript);
    connect(m_editor, &QsciScintilla::modificationChanged, m_saveAction, &QAction::setEnabled);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveScriptAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_colorSchemeGroup = new QActionGroup(this);
    const std::pair<ColorScheme, QString> schemes[] = {
        {ColorScheme::System, tr("&System")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    const auto current = parseColorScheme(QSettings().value(settingsColorScheme).toString())
                             .value_or(ColorScheme::System);
    for (const auto &[scheme, text] : schemes) {
        QAction *action = m_colorSchemeGroup->addAction(text);
        action->setCheckable(true);
        action->setChecked(scheme == current);
        connect(action, &QAction::triggered, this, [this, scheme] { setColorScheme(scheme); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openProjectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openSampleAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentProjects();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(tr("&Find in Script…"), this, [this] {
        m_editorDock->show();
        m_editorDock->raise();
        m_findBar->activate();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    // Ctrl+F is the graph's filter while the graph has the focus, the script's search in
    // the script: each key belongs to its area, or Qt would find the two ambiguous.
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editorArea->addAction(m_findAction);
    edit->addSeparator();
    const struct
    {
        QString text;
        QKeySequence::StandardKey key;
        void (*apply)(QsciScintilla *);
    } editActions[] = {
        {tr("&Undo"), QKeySequence::Undo, [](QsciScintilla *e) { e->undo(); }},
        {tr("&Redo"), QKeySequence::Redo, [](QsciScintilla *e) { e->redo(); }},
        {tr("Cu&t"), QKeySequence::Cut, [](QsciScintilla *e) { e->cut(); }},
        {tr("&Copy"), QKeySequence::Copy, [](QsciScintilla *e) { e->copy(); }},
        {tr("&Paste"), QKeySequence::Paste, [](QsciScintilla *e) { e->paste(); }},
        {tr("Select &All"), QKeySequence::SelectAll, [](QsciScintilla *e) { e->selectAll(); }},
    };
    for (const auto &entry : editActions) {
        QAction *action = edit->addAction(entry.text);
        action->setShortcut(entry.key);
        // The editor handles these keys itself while it has focus; the menu entries serve
        // the mouse and the rest of the window, so they only ever act on the editor.
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, m_editor, [this, apply = entry.apply] { apply(m_editor); });
        if (entry.key == QKeySequence::Redo || entry.key == QKeySequence::Paste)
            edit->addSeparator();
    }

    QMenu *revision = menuBar()->addMenu(tr("&Revision"));
    revision->addAction(m_newRevisionAction);
    revision->addAction(m_mergeHeadsAction);
    revision->addSeparator();
    using GraphAction = RevisionGraphView::Action;
    for (const GraphAction action : {GraphAction::OpenInEditor, GraphAction::ShowSql, GraphAction::CopyRevisionId})
        revision->addAction(m_graph->action(action));

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    database->addAction(m_refreshDatabaseAction);
    database->addSeparator();
    database->addAction(m_upgradeHeadsAction);
    for (const GraphAction action : {GraphAction::UpgradeToHere, GraphAction::DowngradeToHere, GraphAction::StampHere})
        database->addAction(m_graph->action(action));
    database->addSeparator();
    database->addAction(m_upgradeOneAction);
    database->addAction(m_downgradeOneAction);
    database->addAction(m_downgradeBaseAction);
    database->addSeparator();
    database->addAction(m_resetAction);
    database->addAction(m_resetToSelectedAction);
    database->addAction(m_undoResetAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_editorDock, m_reviewDock, m_sqlDock, m_runDock, m_problemsDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Color Scheme"));
    appearance->addActions(m_colorSchemeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_welcomeAction = help->addAction(tr("&Welcome"), this, [this] {
        m_welcome->show();
        m_welcome->openProjectButton()->setFocus();
    });
    m_welcomeAction->setStatusTip(tr("Show the welcome again: what Alembic Studio is for"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Alembic Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openProjectAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_newRevisionAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_chooser);
    toolBar->addAction(m_refreshDatabaseAction);
    toolBar->addAction(m_upgradeHeadsAction);
    toolBar->addAction(m_resetAction);
}

void MainWindow::createStatusBar()
{
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        m_cursorLabel->setText(tr("Ln %1, Col %2").arg(line + 1).arg(index + 1));
    });
    m_cursorLabel->setText(tr("Ln %1, Col %2").arg(1).arg(1));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsGeometry).toByteArray()))
        resize(defaultSize);
    restoreState(settings.value(settingsState).toByteArray());
    if (!settings.contains(settingsState)) {
        // The SQL beside the script at about two fifths of the width; the run and the
        // problems below, at a third of the height.
        resizeDocks({m_reviewDock}, {defaultSize.width() * 2 / 5}, Qt::Horizontal);
        resizeDocks({m_runDock}, {defaultSize.height() / 3}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveScript()) {
        event->ignore();
        return;
    }
    if (m_runs->isRunning()) {
        const auto answer = QMessageBox::warning(
            this, tr("A Run Is Going"),
            tr("Closing stops the run: what it has not committed is rolled back."),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(settingsGeometry, saveGeometry());
    settings.setValue(settingsState, saveState());
    event->accept();
}

void MainWindow::setColorScheme(ColorScheme scheme)
{
    QSettings().setValue(settingsColorScheme, colorSchemeName(scheme));
    applyColorScheme(scheme);
}

void MainWindow::updateWindowTitle()
{
    const auto project = m_session->project();
    const QString projectName = project ? QFileInfo(project->source.baseDirectory).fileName() : QString();
    const QString document = m_scriptPath.isEmpty() ? QString() : QFileInfo(m_scriptPath).fileName();
    // "[*]" is where Qt shows the modified mark while windowModified is true.
    if (projectName.isEmpty())
        setWindowTitle(tr("%1[*] — Alembic Studio").arg(document.isEmpty() ? tr("Untitled") : document));
    else if (document.isEmpty())
        setWindowTitle(tr("%1[*] — Alembic Studio").arg(projectName));
    else
        setWindowTitle(tr("%1[*] — %2 — Alembic Studio").arg(document, projectName));
    setWindowModified(m_editor->isModified());
}

void MainWindow::showAbout()
{
    // Database passwords are only ever kept in the system keychain; where there is none,
    // Alembic Studio asks for them each session. The user should know which applies.
    const QString passwords = QKeychain::isAvailable()
                                  ? tr("Database passwords are kept in the system keychain.")
                                  : tr("No system keychain was found: database passwords are asked "
                                       "for each session and never stored.");
    QMessageBox::about(
        this, tr("About Alembic Studio"),
        tr("<h3>Alembic Studio %1</h3>"
           "<p>A desktop manager for Alembic database migrations: browse the revision history, "
           "review the SQL of every step before it runs, and apply it.</p>"
           "<p>%5</p>"
           "<p>Built with Qt %2, QScintilla %3 and KSyntaxHighlighting %4.</p>")
            .arg(Migrations::studioVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QSCINTILLA_VERSION_STR), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                 passwords));
}

} // namespace Studio
