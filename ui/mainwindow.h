#pragma once

#include "colorscheme.h"

#include <migrations/textfile.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;

namespace Studio {

class ScriptEditor;
class SqlView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ScriptEditor *scriptEditor() const { return m_editor; }
    SqlView *sqlView() const { return m_sqlView; }
    QString scriptPath() const { return m_scriptPath; }

    // Opens a revision script (.py) in the editor, or an .sql file in the SQL view. Asks
    // first about unsaved edits in the editor. On failure returns false with the reason in
    // *errorString (empty when the user chose to keep editing); it shows no dialog itself.
    bool openFile(const QString &path, QString *errorString);
    bool saveScript();
    bool saveScriptAs();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void showOpenDialog();
    void showAbout();
    void setColorScheme(ColorScheme scheme);
    void updateWindowTitle();
    bool writeScript(const QString &path);
    // Asks what to do with unsaved edits; false means the user chose to stay.
    bool maybeSaveScript();
    void restoreLayout();

    ScriptEditor *m_editor;
    SqlView *m_sqlView;
    QDockWidget *m_sqlDock;
    QLabel *m_cursorLabel;

    QString m_scriptPath;
    bool m_scriptHasByteOrderMark = false;

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_colorSchemeGroup = nullptr;
};

} // namespace Studio
