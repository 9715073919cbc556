#pragma once

#include "runcontroller.h"

#include <migrations/runpreview.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Studio {

class SqlView;

// Where a run is reviewed and watched: first the plan (each step, the engine that runs
// it, its SQL), confirmed with Run; then the run itself — a progress bar, the steps with
// their state and time, the statements as they go, the elapsed time, and Cancel. A failed
// run names the revision, the statement and what the database said, and offers to open
// the script at that statement's line.
class RunView final : public QWidget
{
    Q_OBJECT

public:
    explicit RunView(RunController *controller, QWidget *parent = nullptr);
    ~RunView() override;

    // Shows the plan of `job` on the database `connection` (read on a worker). Nothing
    // runs until Run is pressed.
    void preview(const RunJob &job, const Migrations::ConnectionSettings &connection);
    // Runs the jobs one after the other without a preview (a reset, already confirmed);
    // a failed or cancelled one stops the rest.
    void runNow(const QList<RunJob> &jobs);

    bool isRunning() const;
    QTreeWidget *stepList() const { return m_steps; }
    QPlainTextEdit *log() const { return m_log; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    // A run ended (every job of a sequence, or the first that did not finish).
    void runFinished(const Studio::RunOutcome &outcome);
    void openScriptRequested(const QString &revision, int line);

private:
    void showPreview();
    void startRun(const QList<RunJob> &jobs, bool keepPreviewRows);
    void startNextJob();
    void onStarted(const RunJob &job);
    void onPlanned(int steps, int statements);
    void onStepStarted(int step, const QString &description);
    void onStepFinished(int step, qint64 elapsedMs);
    void onStatementStarted(int step, int statement, const QString &sql);
    void onStatementFinished(int step, int statement, qint64 elapsedMs);
    void onFinished(const RunOutcome &outcome);
    void appendLog(const QString &text);
    void updateElapsed();
    void setStepState(int step, const QString &iconName, const QString &state);

    RunController *m_controller;
    QFutureWatcher<Migrations::RunPreview> m_previewing;
    RunJob m_previewJob;
    QList<RunJob> m_queue;

    QLabel *m_title;
    QLabel *m_elapsed;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QTreeWidget *m_steps;
    QStackedWidget *m_details;
    SqlView *m_planSql;
    QPlainTextEdit *m_log;
    QLabel *m_summary;
    QPushButton *m_openScriptButton;

    QElapsedTimer m_clock;
    QTimer m_tick;
    int m_stepOffset = 0;      // steps of earlier jobs in a sequence, for the step list
    int m_totalStatements = 0;
    int m_statementsDone = 0;
    RunOutcome m_lastFailure;
};

} // namespace Studio
