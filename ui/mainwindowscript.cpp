// The main window's script editing: opening, saving, never losing an edit, and going to
// the line a problem or a failed statement names.

#include "mainwindow.h"

#include "problemspanel.h"
#include "projectsession.h"
#include "scripteditor.h"
#include "sqlview.h"

#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Studio {

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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The script already in the editor with edits: they are what the user is after.
    if (!isSql && absolute == m_scriptPath && m_editor->isModified())
        return true;
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
        m_scriptPath = absolute;
        m_scriptHasByteOrderMark = file->hasByteOrderMark;
        updateWindowTitle();
        showVerdicts();
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::showScriptAt(const QString &file, int line)
{
    QString error;
    if (!openFile(file, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Open File"), error);
        return;
    }
    if (line > 0) {
        m_editor->setCursorPosition(line - 1, 0);
        m_editor->ensureLineVisible(line - 1);
        m_editor->setSelection(line - 1, 0, line - 1, m_editor->lineLength(line - 1));
    }
    m_editor->setFocus();
}

void MainWindow::showRevisionScript(const QString &revision, int line)
{
    const auto project = m_session->project();
    if (!project)
        return;
    const Migrations::RevisionGraph &graph = project->directory->graph();
    const int index = graph.indexOf(revision);
    if (index < 0) {
        statusBar()->showMessage(tr("Revision %1 is not in the project.").arg(revision), 5000);
        return;
    }
    showScriptAt(project->directory->script(index).path, line);
}

void MainWindow::showVerdicts()
{
    // Verdicts name lines of the file as it is on disk: on a script being edited they
    // would land on the wrong lines, so they wait for it to be saved (and read again).
    if (m_scriptPath.isEmpty() || m_editor->isModified())
        return;
    QList<Migrations::Diagnostic> verdicts;
    for (const Problem &problem : m_problems->model()->problems()) {
        if (problem.file == m_scriptPath)
            verdicts.append({problem.file, problem.line, problem.message});
    }
    m_editor->setVerdicts(m_scriptPath, verdicts);
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

} // namespace Studio
