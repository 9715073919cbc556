#include "mainwindow.h"

#include "scripteditor.h"
#include "sqlview.h"

#include <migrations/studioversion.h>

#include <ksyntaxhighlighting_version.h>
#include <Qsci/qsciglobal.h>
#include <qt6keychain/keychain.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new ScriptEditor(this))
    , m_sqlView(new SqlView(this))
    , m_sqlDock(new QDockWidget(tr("SQL"), this))
    , m_cursorLabel(new QLabel(this))
{
    setWindowIcon(QIcon(u":/icons/alembic-studio.svg"_s));
    setCentralWidget(m_editor);

    m_sqlDock->setObjectName(u"sqlDock"_s); // saveState() finds docks by object name
    m_sqlDock->setWidget(m_sqlView);
    addDockWidget(Qt::RightDockWidgetArea, m_sqlDock);
    m_sqlView->setPlaceholderText(tr("Open an .sql file (File ▸ Open) to review it here."));

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_editor, &QsciScintilla::modificationChanged, this, &QWidget::setWindowModified);
    updateWindowTitle();
    restoreLayout();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon(u":/icons/document-open.svg"_s), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
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
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_sqlDock->toggleViewAction());
    QMenu *appearance = view->addMenu(tr("&Color Scheme"));
    appearance->addActions(m_colorSchemeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_saveAction);
}

void MainWindow::createStatusBar()
{
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
    // The SQL pane starts at about a third of the window, beside the script it belongs to.
    if (!settings.contains(settingsState))
        resizeDocks({m_sqlDock}, {defaultSize.width() * 2 / 5}, Qt::Horizontal);
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), QFileInfo(m_scriptPath).absolutePath(),
        tr("Revision scripts and SQL (*.py *.sql);;Revision scripts (*.py);;SQL (*.sql);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openFile(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot Open File"), error);
}

bool MainWindow::openFile(const QString &path, QString *errorString)
{
    errorString->clear();
    const bool isSql = path.endsWith(".sql"_L1, Qt::CaseInsensitive);
    if (!isSql && !maybeSaveScript())
        return false;
    const std::optional<Migrations::TextFile> file = Migrations::readTextFile(path, errorString);
    if (!file)
        return false;
    if (isSql) {
        m_sqlView->setPlainText(file->text);
        m_sqlDock->show();
    } else {
        m_editor->setText(file->text);
        m_editor->setEolMode(file->text.contains("\r\n"_L1) ? QsciScintilla::EolWindows
                                                             : QsciScintilla::EolUnix);
        m_editor->setCursorPosition(0, 0); // a script is read from the top, where its header is
        m_editor->setModified(false);
        m_scriptPath = QFileInfo(path).absoluteFilePath();
        m_scriptHasByteOrderMark = file->hasByteOrderMark;
        updateWindowTitle();
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveScript()
{
    if (m_scriptPath.isEmpty())
        return saveScriptAs();
    return writeScript(m_scriptPath);
}

bool MainWindow::saveScriptAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Revision Script"), m_scriptPath,
                                                      tr("Revision scripts (*.py)"));
    return !path.isEmpty() && writeScript(path);
}

bool MainWindow::writeScript(const QString &path)
{
    QString error;
    if (!Migrations::writeTextFile(path, {m_editor->text(), m_scriptHasByteOrderMark}, &error)) {
        QMessageBox::warning(this, tr("Cannot Save File"), error);
        return false;
    }
    m_scriptPath = QFileInfo(path).absoluteFilePath();
    m_editor->setModified(false);
    updateWindowTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSaveScript()
{
    if (!m_editor->isModified())
        return true;
    const QString name = m_scriptPath.isEmpty() ? tr("The new script") : QFileInfo(m_scriptPath).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has changes that are not saved.").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveScript();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveScript()) {
        event->ignore();
        return;
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
    const QString document = m_scriptPath.isEmpty() ? tr("Untitled") : QFileInfo(m_scriptPath).fileName();
    // "[*]" is where Qt shows the modified mark while windowModified is true.
    setWindowTitle(tr("%1[*] — Alembic Studio").arg(document));
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
