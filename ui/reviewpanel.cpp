#include "reviewpanel.h"

#include "reviewpages.h"
#include "sqlview.h"
#include "workerpool.h"

#include <migrations/projectscope.h>
#include <migrations/pythonengine.h>
#include <migrations/scriptdirectory.h>

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using Migrations::MigrationStep;

namespace Studio {

namespace {

enum Tab { UpgradeTab, DowngradeTab, SchemaTab, WarningsTab };

struct CountResult
{
    QList<Migrations::AffectedRows> rows;
    QString error;
};

// How the real Alembic in `interpreter` is run on the project: where `alembic` would be
// run by hand, next to the configuration it reads.
Migrations::PythonAlembic pythonAlembic(const Migrations::ProjectConfig &config, const QString &interpreter)
{
    Migrations::PythonAlembic python;
    python.interpreter = interpreter;
    const QString configFile = config.iniPath.isEmpty() ? config.pyprojectPath : config.iniPath;
    python.workingDirectory = QFileInfo(configFile).absolutePath();
    python.configFile = config.iniPath;
    return python;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_upgradePage(new ReviewSqlPage(this))
    , m_downgradePage(new ReviewSqlPage(this))
    , m_schemaPage(new ReviewSchemaPage(this))
    , m_warningsPage(new ReviewWarningsPage(this))
    , m_copyButton(new QPushButton(QIcon(u":/icons/review-copy.svg"_s), tr("Copy All"), this))
    , m_saveButton(new QPushButton(QIcon(u":/icons/document-save.svg"_s), tr("Save as .sql…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An indeterminate bar: how long a review takes is not known beforehand.
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_busyLabel->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_busyLabel->setVisible(false);

    m_tabs->addTab(m_upgradePage, tr("Upgrade SQL"));
    m_tabs->addTab(m_downgradePage, tr("Downgrade SQL"));
    m_tabs->addTab(m_schemaPage, tr("Schema"));
    m_tabs->addTab(m_warningsPage, tr("Warnings"));
    m_tabs->setDocumentMode(true);

    m_saveButton->setToolTip(tr("Save the SQL of this direction as a .sql file"));
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(0);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // The view's own Ctrl+C copies the selection; Copy All has a shortcut of its own.
    auto copyAllShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, this,
                                         &ReviewPanel::copyAll, Qt::WidgetWithChildrenShortcut);
    m_copyButton->setToolTip(tr("Copy the whole text of this tab (%1); Ctrl+C copies the selection")
                                 .arg(copyAllShortcut->key().toString(QKeySequence::NativeText)));
    connect(m_copyButton, &QPushButton::clicked, this, &ReviewPanel::copyAll);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPanel::saveSqlAs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReviewPanel::updateButtons);
    connect(m_warningsPage, &ReviewWarningsPage::openScriptRequested, this,
            &ReviewPanel::openScriptRequested);
    clear();
}

// A review still on the worker holds its own copies and shared pointers of what it reads;
// its watcher goes with the panel, and its result with it.
ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setProject(std::shared_ptr<const Migrations::ScriptDirectory> directory,
                             const Migrations::ProjectConfig &config,
                             std::shared_ptr<const Migrations::ProjectScope> scope)
{
    m_directory = std::move(directory);
    m_config = config;
    m_scope = std::move(scope);
    refresh();
}

void ReviewPanel::setDialect(Migrations::Dialect dialect)
{
    if (m_dialect == dialect)
        return;
    m_dialect = dialect;
    refresh();
}

void ReviewPanel::setConnection(const std::optional<Migrations::ConnectionSettings> &connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    if (m_runningGeneration != 0 || m_pending || !m_request || m_review.title.isEmpty()) {
        refresh();
        return;
    }
    // The review shown stands: only its rows are counted again, on the new connection. A
    // count still running on the old one belongs to the generation left behind.
    ++m_generation;
    m_rows.clear();
    showDirectionFindings();
    startRowCount();
}

void ReviewPanel::setPythonInterpreter(const QString &path)
{
    if (m_python == path)
        return;
    m_python = path;
    refresh();
}

void ReviewPanel::showRevision(const QString &revisionId)
{
    m_request = Request{false, revisionId, {}, {}};
    refresh();
}

void ReviewPanel::showPlan(const Migrations::RunTarget &target, const QStringList &currentHeads)
{
    m_request = Request{true, {}, target, currentHeads};
    refresh();
}

void ReviewPanel::clear()
{
    m_request.reset();
    m_pending = false;
    ++m_generation; // whatever is on the worker now is not wanted
    m_review = {};
    m_rows.clear();
    m_title->setText(tr("Select a revision to review its SQL."));
    m_upgradePage->clear();
    m_downgradePage->clear();
    m_schemaPage->clear();
    m_warningsPage->clear();
    m_tabs->setTabText(WarningsTab, tr("Warnings"));
    m_tabs->setTabIcon(WarningsTab, {});
    showBusy({});
    updateButtons();
}

bool ReviewPanel::isBusy() const
{
    return m_runningGeneration != 0 || m_pending;
}

// Every change of what to review or how: a new generation, started now or once the
// review on the worker ends (one at a time: the project's scope is not shared by threads).
void ReviewPanel::refresh()
{
    if (!m_request || !m_directory || !m_scope)
        return;
    ++m_generation;
    showBusy(tr("Reviewing…"));
    if (m_runningGeneration != 0) {
        m_pending = true;
        return;
    }
    startReview();
}

void ReviewPanel::startReview()
{
    m_pending = false;
    if (!m_request)
        return;
    const quint64 generation = m_generation;
    m_runningGeneration = generation;
    auto watcher = new QFutureWatcher<Migrations::RevisionReview>(this);
    connect(watcher, &QFutureWatcher<Migrations::RevisionReview>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                reviewDone(generation, watcher->result());
            });
    const std::optional<Migrations::PythonAlembic> python
        = m_python.isEmpty() ? std::nullopt : std::optional(pythonAlembic(m_config, m_python));
    watcher->setFuture(QtConcurrent::run(workerPool(), [directory = m_directory, config = m_config, scope = m_scope,
                                          dialect = m_dialect, request = *m_request, python] {
        const Migrations::PythonAlembic *engine = python ? &*python : nullptr;
        if (request.plan) {
            return Migrations::reviewPlan(*directory, config, *scope, request.target, request.heads, dialect,
                                          engine);
        }
        return Migrations::reviewRevision(*directory, config, *scope, request.revision, dialect, engine);
    }));
}

void ReviewPanel::reviewDone(quint64 generation, const Migrations::RevisionReview &review)
{
    m_runningGeneration = 0;
    if (generation != m_generation) {
        // Stale: a newer request came meanwhile, and waits for this one to end.
        if (m_pending)
            startReview();
        return;
    }
    m_review = review;
    m_rows.clear();
    showBusy({});
    m_title->setText(review.error.isEmpty() ? review.title : review.error);
    m_upgradePage->showSql(review.upgrade, review.upgradeEngines, m_dialect);
    m_downgradePage->showSql(review.downgrade, review.downgradeEngines, m_dialect);
    m_schemaPage->showSchema(review.schema, m_dialect);
    m_warningsPage->showFindings(review.findings);
    showDirectionFindings();
    const int destructive = m_warningsPage->destructiveCount();
    m_tabs->setTabText(WarningsTab, destructive > 0 ? tr("Warnings (%1)").arg(destructive) : tr("Warnings"));
    m_tabs->setTabIcon(WarningsTab, QIcon(destructive > 0 ? u":/icons/review-destructive.svg"_s
                                                          : u":/icons/review-safe.svg"_s));
    updateButtons();
    startRowCount();
    emit reviewShown();
}

void ReviewPanel::startRowCount()
{
    const bool anyToCount
        = std::any_of(m_review.findings.cbegin(), m_review.findings.cend(),
                      [](const auto &f) { return f.rows != Migrations::DestructiveFinding::Rows::None; });
    if (!m_connection || !anyToCount) {
        m_warningsPage->showRows({}, tr("not connected"));
        return;
    }
    m_warningsPage->showRows({}, tr("counting…"));
    const quint64 generation = m_generation;
    m_countingGeneration = generation;
    auto watcher = new QFutureWatcher<CountResult>(this);
    connect(watcher, &QFutureWatcher<CountResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const CountResult result = watcher->result();
        rowsDone(generation, result.rows, result.error);
    });
    // The connection is opened, used and closed on the worker: a QSqlDatabase belongs to
    // the thread that opened it.
    watcher->setFuture(QtConcurrent::run(workerPool(),
        [settings = *m_connection, dialect = m_dialect, findings = m_review.findings]() -> CountResult {
            QString error;
            const std::unique_ptr<Migrations::DatabaseConnection> connection
                = Migrations::DatabaseConnection::open(settings, &error);
            if (!connection)
                return {{}, error};
            return {Migrations::countAffectedRows(connection->database(), dialect, findings), {}};
        }));
}

void ReviewPanel::rowsDone(quint64 generation, const QList<Migrations::AffectedRows> &rows,
                           const QString &error)
{
    if (m_countingGeneration == generation)
        m_countingGeneration = 0;
    if (generation != m_generation)
        return;
    m_rows = rows;
    showDirectionFindings();
    m_warningsPage->showRows(rows, error.isEmpty() ? QString() : tr("not counted: %1").arg(error));
    emit rowsCounted();
}

// Each direction's destructive findings above its SQL, with the rows they touch once counted.
void ReviewPanel::showDirectionFindings()
{
    QStringList up, down;
    for (qsizetype i = 0; i < m_review.findings.size(); ++i) {
        const Migrations::DestructiveFinding &finding = m_review.findings[i];
        if (!ReviewWarningsPage::isDestructive(finding.kind))
            continue;
        QString sentence = finding.sentence;
        if (i < m_rows.size() && m_rows[i].rows)
            sentence += u' ' + tr("(%1 now)").arg(ReviewWarningsPage::rowsText(*m_rows[i].rows));
        (finding.direction == MigrationStep::Downgrade ? down : up).append(sentence);
    }
    m_upgradePage->showFindings(up);
    m_downgradePage->showFindings(down);
}

void ReviewPanel::showBusy(const QString &what)
{
    m_busy->setVisible(!what.isEmpty());
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(!what.isEmpty());
    // What is on screen belongs to the previous request until the new one is shown.
    m_tabs->setEnabled(what.isEmpty());
}

void ReviewPanel::updateButtons()
{
    const bool shown = m_request && m_review.error.isEmpty() && !m_review.title.isEmpty();
    m_copyButton->setEnabled(shown);
    m_saveButton->setEnabled(shown && !sql(currentDirection()).isEmpty());
}

QString ReviewPanel::sql(MigrationStep::Kind direction) const
{
    return direction == MigrationStep::Downgrade ? m_review.downgrade.sql : m_review.upgrade.sql;
}

MigrationStep::Kind ReviewPanel::currentDirection() const
{
    return m_tabs->currentIndex() == DowngradeTab ? MigrationStep::Downgrade : MigrationStep::Upgrade;
}

bool ReviewPanel::saveSql(const QString &path, MigrationStep::Kind direction, QString *errorString) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(sql(direction).toUtf8());
    if (!file.commit()) {
        *errorString = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ReviewPanel::saveSqlAs()
{
    const MigrationStep::Kind direction = currentDirection();
    const QString id = m_request && !m_request->plan ? m_request->revision : u"plan"_s;
    const QString suggested
        = u"%1_%2_%3.sql"_s.arg(id, direction == MigrationStep::Downgrade ? "downgrade"_L1 : "upgrade"_L1,
                                Migrations::dialectName(m_dialect));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), suggested,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveSql(path, direction, &error))
        QMessageBox::warning(this, tr("Save SQL"), error);
}

void ReviewPanel::copyAll() const
{
    QString text;
    switch (m_tabs->currentIndex()) {
    case DowngradeTab:
        text = m_review.downgrade.sql;
        break;
    case SchemaTab:
        text = m_schemaPage->view()->toPlainText();
        break;
    case WarningsTab:
        text = m_warningsPage->text();
        break;
    default:
        text = m_review.upgrade.sql;
        break;
    }
    QApplication::clipboard()->setText(text);
}

} // namespace Studio
