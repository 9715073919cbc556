#include "runview.h"

#include "sqlview.h"
#include "workerpool.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

enum Column { StateColumn, StepColumn, EngineColumn, StatementsColumn, TimeColumn };

// Statements longer than this are cut in the log: the whole text is in the plan and in
// the failure report, and a 10,000-row bulk insert must not flood the view.
constexpr qsizetype longestLoggedStatement = 300;

QString duration(qint64 ms)
{
    if (ms < 1000)
        return RunView::tr("%1 ms").arg(ms);
    return RunView::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
}

QString commandText(const Migrations::RunTarget &target)
{
    const QString destinations = target.destinations.join(u' ');
    switch (target.command) {
    case Migrations::RunTarget::Upgrade:
        return RunView::tr("Upgrade to %1").arg(destinations);
    case Migrations::RunTarget::Downgrade:
        return RunView::tr("Downgrade to %1").arg(destinations);
    case Migrations::RunTarget::Stamp:
        return target.purge ? RunView::tr("Stamp %1 (purge)").arg(destinations)
                            : RunView::tr("Stamp %1").arg(destinations);
    }
    return destinations;
}

} // namespace

RunView::RunView(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(tr("No run yet. Choose Upgrade, Downgrade or Stamp on a revision of the graph.")))
    , m_elapsed(new QLabel)
    , m_progress(new QProgressBar)
    , m_runButton(new QPushButton(QIcon(u":/icons/run.svg"_s), tr("&Run")))
    , m_cancelButton(new QPushButton(QIcon(u":/icons/process-stop.svg"_s), tr("Cancel")))
    , m_steps(new QTreeWidget)
    , m_details(new QStackedWidget)
    , m_planSql(new SqlView)
    , m_log(new QPlainTextEdit)
    , m_summary(new QLabel)
    , m_openScriptButton(new QPushButton(tr("Open Script at Statement")))
{
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_progress->setTextVisible(true);
    m_progress->hide(); // until something runs: a bar at 0% says nothing about a plan
    m_runButton->setEnabled(false);
    m_runButton->setToolTip(tr("Run the plan shown on the database"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Stop before the next statement; what is not committed is rolled back"));

    m_steps->setHeaderLabels({tr("State"), tr("Step"), tr("Engine"), tr("Statements"), tr("Time")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (const Column column : {StateColumn, EngineColumn, StatementsColumn, TimeColumn})
        m_steps->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The log of the run and each statement it sends appear here."));
    m_planSql->setPlaceholderText(tr("The SQL of the plan appears here before it runs."));
    // Statements are shown as the database is sent them, CREATE TABLE's tab indents too.
    m_planSql->setTabStopDistance(m_planSql->fontMetrics().horizontalAdvance(u' ') * 4);
    m_details->addWidget(m_planSql);
    m_details->addWidget(m_log);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_openScriptButton->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_elapsed);
    top->addWidget(m_progress, 1);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);

    auto *failure = new QHBoxLayout;
    failure->addWidget(m_summary, 1);
    failure->addWidget(m_openScriptButton, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(failure);
    layout->addWidget(splitter, 1);

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &RunView::updateElapsed);
    connect(&m_previewing, &QFutureWatcher<Migrations::RunPreview>::finished, this, &RunView::showPreview);
    connect(m_runButton, &QPushButton::clicked, this, [this] { startRun({m_previewJob}, true); });
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &RunController::cancel);
    connect(m_openScriptButton, &QPushButton::clicked, this, [this] {
        Q_EMIT openScriptRequested(m_lastFailure.result.revision, m_lastFailure.result.line);
    });
    connect(m_controller, &RunController::started, this, &RunView::onStarted);
    connect(m_controller, &RunController::logWritten, this, &RunView::appendLog);
    connect(m_controller, &RunController::waitingForLock, this, [this](const QString &message) {
        m_title->setText(message);
    });
    connect(m_controller, &RunController::planned, this, &RunView::onPlanned);
    connect(m_controller, &RunController::stepStarted, this, &RunView::onStepStarted);
    connect(m_controller, &RunController::stepFinished, this, &RunView::onStepFinished);
    connect(m_controller, &RunController::statementStarted, this, &RunView::onStatementStarted);
    connect(m_controller, &RunController::statementFinished, this, &RunView::onStatementFinished);
    connect(m_controller, &RunController::finished, this, &RunView::onFinished);
}

RunView::~RunView()
{
    m_previewing.waitForFinished();
}

bool RunView::isRunning() const
{
    return m_controller->isRunning() || !m_queue.isEmpty();
}

void RunView::preview(const RunJob &job, const Migrations::ConnectionSettings &connection)
{
    if (isRunning())
        return;
    m_previewJob = job;
    m_steps->clear();
    m_planSql->clear();
    m_summary->hide();
    m_openScriptButton->hide();
    m_details->setCurrentWidget(m_planSql);
    m_progress->hide();
    m_elapsed->clear();
    m_runButton->setEnabled(false);
    m_title->setText(tr("%1 on %2 — reading the database…").arg(commandText(job.target), connection.displayUrl));
    m_previewing.setFuture(QtConcurrent::run(workerPool(), [job, connection] {
        return Migrations::previewRun(*job.project, connection, job.target, !job.pythonInterpreter.isEmpty());
    }));
}

void RunView::showPreview()
{
    const Migrations::RunPreview preview = m_previewing.result();
    const QString command = commandText(m_previewJob.target);
    if (!preview.plan) {
        m_title->setText(tr("%1: this run cannot be made.").arg(command));
        m_summary->setText(preview.failure.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_summary->show();
        return;
    }
    const Migrations::RunPlan &plan = *preview.plan;
    for (const Migrations::RunStep &step : plan.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setIcon(StateColumn, QIcon(u":/icons/step-pending.svg"_s));
        item->setText(StateColumn, tr("Pending"));
        item->setText(StepColumn, step.description);
        item->setToolTip(StepColumn, step.description);
        item->setText(EngineColumn, step.python ? tr("Python") : tr("Native"));
        item->setText(StatementsColumn, QString::number(step.statements.size()));
    }
    m_planSql->setPlainText(Migrations::planScript(
        plan, tr("run by Alembic in %1; its SQL is known when it runs").arg(m_previewJob.pythonInterpreter)));
    const QString at = preview.heads->isEmpty() ? tr("base") : preview.heads->join(u", "_s);
    if (plan.steps.isEmpty()) {
        m_title->setText(tr("%1: nothing to do, the database is at %2.").arg(command, at));
        return;
    }
    m_title->setText(tr("%1: %n step(s) from %2. Review them, then press Run.", nullptr, int(plan.steps.size()))
                         .arg(command, at));
    if (!preview.warnings.isEmpty()) {
        m_summary->setText(preview.warnings.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_summary->show();
    }
    m_runButton->setEnabled(true);
    m_runButton->setFocus();
}

void RunView::runNow(const QList<RunJob> &jobs)
{
    startRun(jobs, false);
}

void RunView::startRun(const QList<RunJob> &jobs, bool keepPreviewRows)
{
    if (isRunning() || jobs.isEmpty())
        return;
    m_queue = jobs;
    if (!keepPreviewRows)
        m_steps->clear();
    m_log->clear();
    m_summary->hide();
    m_openScriptButton->hide();
    m_stepOffset = 0;
    m_totalStatements = 0;
    m_statementsDone = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    m_clock.start();
    m_tick.start();
    startNextJob();
}

void RunView::startNextJob()
{
    const RunJob job = m_queue.takeFirst();
    if (!m_controller->start(job)) {
        m_queue.clear();
        m_tick.stop();
    }
}

void RunView::onStarted(const RunJob &job)
{
    m_details->setCurrentWidget(m_log);
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_title->setText(tr("%1 — running…").arg(commandText(job.target)));
}

void RunView::onPlanned(int steps, int statements)
{
    // The rows of this job start at m_stepOffset. A run from the preview keeps the
    // preview's rows, but the runner plans again once it holds the lock and the database
    // may have moved since: its plan is the one that runs.
    while (m_steps->topLevelItemCount() > m_stepOffset + steps)
        delete m_steps->takeTopLevelItem(m_steps->topLevelItemCount() - 1);
    while (m_steps->topLevelItemCount() < m_stepOffset + steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(EngineColumn, QString());
    }
    for (int i = m_stepOffset; i < m_stepOffset + steps; ++i)
        setStepState(i, u"step-pending"_s, tr("Pending"));
    m_totalStatements += statements;
    m_progress->setRange(0, qMax(1, m_totalStatements));
    m_progress->setValue(m_statementsDone);
}

void RunView::onStepStarted(int step, const QString &description)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(m_stepOffset + step);
    if (!item)
        return;
    item->setText(StepColumn, description);
    item->setToolTip(StepColumn, description);
    setStepState(m_stepOffset + step, u"step-running"_s, tr("Running"));
    m_steps->scrollToItem(item);
}

void RunView::onStepFinished(int step, qint64 elapsedMs)
{
    setStepState(m_stepOffset + step, u"step-done"_s, tr("Done"));
    if (QTreeWidgetItem *item = m_steps->topLevelItem(m_stepOffset + step))
        item->setText(TimeColumn, duration(elapsedMs));
}

void RunView::onStatementStarted(int step, int statement, const QString &sql)
{
    Q_UNUSED(step);
    Q_UNUSED(statement);
    QString shown = sql.simplified();
    if (shown.size() > longestLoggedStatement)
        shown = shown.first(longestLoggedStatement - 1) + u'…';
    m_log->appendPlainText(u"    "_s + shown);
}

void RunView::onStatementFinished(int step, int statement, qint64 elapsedMs)
{
    Q_UNUSED(step);
    Q_UNUSED(statement);
    Q_UNUSED(elapsedMs);
    m_progress->setValue(++m_statementsDone);
}

void RunView::onFinished(const RunOutcome &outcome)
{
    const Migrations::RunResult &result = outcome.result;
    if (result.outcome == Migrations::RunResult::Finished && !m_queue.isEmpty()) {
        m_stepOffset = m_steps->topLevelItemCount();
        startNextJob();
        return;
    }
    m_queue.clear();
    m_tick.stop();
    updateElapsed();
    m_cancelButton->setEnabled(false);
    const QString at = !result.headsAfter        ? QString()
                       : result.headsAfter->isEmpty() ? tr("The database is at base.")
                                                      : tr("The database is at %1.").arg(result.headsAfter->join(u", "_s));
    switch (result.outcome) {
    case Migrations::RunResult::Finished:
        m_progress->setValue(m_progress->maximum());
        m_title->setText(tr("Finished: %n step(s) in %1.", nullptr, m_steps->topLevelItemCount())
                             .arg(duration(m_clock.elapsed())));
        m_summary->setText(at.toHtmlEscaped());
        m_summary->setVisible(!at.isEmpty());
        break;
    case Migrations::RunResult::Cancelled:
    case Migrations::RunResult::Failed: {
        const bool cancelled = result.outcome == Migrations::RunResult::Cancelled;
        // The step that was running did not finish; of those that did, what was not
        // committed yet (in one transaction per run: all of them) is rolled back.
        bool stopped = false;
        for (int i = m_stepOffset; i < m_steps->topLevelItemCount(); ++i) {
            const QString state = m_steps->topLevelItem(i)->text(StateColumn);
            if (state == tr("Running") || (state == tr("Pending") && !stopped)) {
                stopped = true;
                setStepState(i, cancelled ? u"step-cancelled"_s : u"step-failed"_s,
                             cancelled ? tr("Cancelled") : tr("Failed"));
            } else if (state == tr("Done") && i - m_stepOffset >= result.stepsDone) {
                setStepState(i, u"step-cancelled"_s, tr("Rolled back"));
            }
        }
        m_title->setText(cancelled ? tr("Cancelled after %1.").arg(duration(m_clock.elapsed()))
                                   : tr("Failed after %1.").arg(duration(m_clock.elapsed())));
        QString text = result.message.toHtmlEscaped();
        if (!result.statement.isEmpty()) {
            text += u"<br><b>%1</b> <code>%2</code>"_s.arg(tr("Statement %1 of revision %2:")
                                                               .arg(result.statementNumber)
                                                               .arg(result.revision),
                                                           result.statement.simplified().toHtmlEscaped());
        }
        if (!result.databaseMessage.isEmpty())
            text += u"<br><b>%1</b> %2"_s.arg(tr("The database said:"), result.databaseMessage.toHtmlEscaped());
        if (!result.tookEffect.isEmpty())
            text += u"<br>%1"_s.arg(tr("%n statement(s) had been committed as they ran and were not rolled back.",
                                       nullptr, int(result.tookEffect.size())));
        text += u"<br>"_s + at.toHtmlEscaped();
        m_summary->setText(text);
        m_summary->show();
        m_openScriptButton->setVisible(!result.revision.isEmpty());
        m_lastFailure = outcome;
        break;
    }
    case Migrations::RunResult::Refused:
        m_title->setText(tr("The run was refused; nothing ran."));
        m_summary->setText(result.message.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_summary->show();
        break;
    }
    Q_EMIT runFinished(outcome);
}

void RunView::appendLog(const QString &text)
{
    QString lines = text;
    if (lines.endsWith(u'\n'))
        lines.chop(1);
    m_log->appendPlainText(lines);
}

void RunView::updateElapsed()
{
    m_elapsed->setText(duration(m_clock.elapsed()));
}

void RunView::setStepState(int step, const QString &iconName, const QString &state)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(step);
    if (!item)
        return;
    item->setIcon(StateColumn, QIcon(u":/icons/%1.svg"_s.arg(iconName)));
    item->setText(StateColumn, state);
}

} // namespace Studio
