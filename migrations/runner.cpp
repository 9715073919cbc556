#include "runner.h"

#include "migrationlock.h"
#include "versiontable.h"
#include "versiontablesql.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

QString withoutSemicolon(QString sql)
{
    if (sql.endsWith(u';'))
        sql.chop(1);
    return sql;
}

// MySQL and MariaDB end the open transaction before each of these and commit them as
// they run (the statements that cause an implicit commit, in the servers' manuals).
bool commitsImplicitly(const QString &statement)
{
    static const QRegularExpression ddl(u"^\\s*(CREATE|ALTER|DROP|RENAME|TRUNCATE)\\b"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return ddl.match(statement).hasMatch();
}

// The database's words for a failed statement: its message, without QtSql's prefix.
QString databaseSaid(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// SQLITE_READONLY (8) and SQLITE_CANTOPEN (14, a journal that cannot be made beside the
// file) with their extended codes: the file, not the statement, is the problem.
bool sqliteCannotWrite(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 8 || code == 14);
}

// alembic_version's rows as `change` leaves them.
void follow(QSet<QString> &heads, const VersionChange &change)
{
    if (change.kind != VersionChange::Insert)
        heads.remove(change.kind == VersionChange::Update ? change.previous : change.version);
    if (change.kind != VersionChange::Delete)
        heads.insert(change.version);
}

// One run on one open connection: the transaction state, the heads as the run has left
// them, and the failure, if any.
class RunSession
{
public:
    RunSession(MigrationRunner &runner, const RunRequest &request, DatabaseConnection &connection,
               QAtomicInt &cancelled)
        : m_runner(runner)
        , m_request(request)
        , m_database(connection.database())
        , m_dialect(connection.dialect())
        , m_lock(m_database, m_dialect)
        , m_cancelled(cancelled)
        , m_query(m_database)
    {}

    RunResult run();

private:
    bool cancelled() const { return m_cancelled.loadRelaxed() != 0; }
    bool begin();
    bool commit();
    void rollback();
    bool execute(const QString &sql, QString *error, int *rowsAffected = nullptr);
    bool ensureVersionTable(bool purge);
    bool runStep(int index, const RunStep &step);
    bool changeVersion(const VersionChange &change);
    void failStatement(const RunStep &step, int number, const QString &sql, const QString &said);
    RunResult finish(RunResult::Outcome outcome);

    MigrationRunner &m_runner;
    const RunRequest &m_request;
    QSqlDatabase m_database;
    Dialect m_dialect;
    MigrationLock m_lock;
    QAtomicInt &m_cancelled;
    QSqlQuery m_query;
    bool m_inTransaction = false;
    QSet<QString> m_heads; // alembic_version as the committed and pending steps leave it
    QSet<QString> m_committedHeads;
    RunResult m_result;
};

bool RunSession::execute(const QString &sql, QString *error, int *rowsAffected)
{
    if (!m_query.exec(sql)) {
        *error = databaseSaid(m_query.lastError());
        if (m_dialect == Dialect::SQLite && sqliteCannotWrite(m_query.lastError())) {
            *error = u"the SQLite database %1 cannot be written (%2): is the file or its folder read-only?"_s.arg(
                m_database.databaseName(), *error);
        }
        return false;
    }
    if (rowsAffected)
        *rowsAffected = m_query.numRowsAffected();
    m_query.finish();
    return true;
}

bool RunSession::begin()
{
    if (m_inTransaction)
        return true;
    QString error;
    if (m_dialect == Dialect::SQLite) {
        // The write lock again, for the next migration; whoever took the database in
        // between must not have moved alembic_version under this run's plan.
        if (!m_lock.beginImmediate(m_request.lockTimeoutMs, [this] { return cancelled(); }, &error)) {
            m_result.message = error;
            return false;
        }
        m_inTransaction = true;
        const std::optional<QStringList> heads = readCurrentHeads(m_database, m_dialect, &error);
        const QStringList rows = heads.value_or(QStringList());
        if (!heads || QSet<QString>(rows.cbegin(), rows.cend()) != m_committedHeads) {
            m_result.message = heads ? u"another run changed alembic_version while this one ran (it now holds %1); "
                                       "stopped before running anything more"_s.arg(rows.join(u", "_s))
                                     : error;
            return false;
        }
        return true;
    }
    if (!execute(m_dialect == Dialect::PostgreSQL ? u"BEGIN"_s : u"START TRANSACTION"_s, &error)) {
        m_result.message = u"cannot begin a transaction: %1"_s.arg(error);
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool RunSession::commit()
{
    if (!m_inTransaction)
        return true;
    QString error;
    if (!execute(u"COMMIT"_s, &error)) {
        m_result.message = u"the database refused to commit: %1"_s.arg(error);
        rollback();
        return false;
    }
    m_inTransaction = false;
    m_committedHeads = m_heads;
    return true;
}

void RunSession::rollback()
{
    if (!m_inTransaction)
        return;
    QString ignored; // a failed rollback leaves the server to end the transaction with the connection
    execute(u"ROLLBACK"_s, &ignored);
    m_inTransaction = false;
    m_heads = m_committedHeads;
}

// _ensure_version_table: created if missing (checkfirst), emptied for --purge.
bool RunSession::ensureVersionTable(bool purge)
{
    QString error;
    const std::optional<bool> exists = hasVersionTable(m_database, m_dialect, &error);
    // The text SQLAlchemy sends, which SQLite keeps in sqlite_master: indented with a tab,
    // where offline output (createVersionTableSql) indents with spaces.
    const QString create = withoutSemicolon(createVersionTableSql(m_dialect)).replace(u"\n    "_s, u"\n\t"_s);
    const bool ready = exists && (*exists || execute(create, &error))
                       && (!purge || execute(u"DELETE FROM alembic_version"_s, &error));
    if (!ready) {
        m_result.message = u"cannot prepare the alembic_version table: %1"_s.arg(error);
        return false;
    }
    if (purge)
        m_heads.clear();
    return true;
}

// HeadMaintainer: each change as Alembic makes it, and as Alembic checks it online.
bool RunSession::changeVersion(const VersionChange &change)
{
    QString error;
    int rows = -1;
    if (!execute(withoutSemicolon(versionChangeSql(m_dialect, change)), &error, &rows)) {
        m_result.message = u"cannot update alembic_version: %1"_s.arg(error);
        m_result.databaseMessage = error;
        return false;
    }
    if (change.kind != VersionChange::Insert && rows != 1) {
        m_result.message = change.kind == VersionChange::Update
                               ? u"Online migration expected to match one row when updating '%1' to '%2' in "
                                 "'alembic_version'; %3 found"_s.arg(change.previous, change.version).arg(rows)
                               : u"Online migration expected to match one row when deleting '%1' in "
                                 "'alembic_version'; %2 found"_s.arg(change.version).arg(rows);
        m_result.commandError = true;
        return false;
    }
    follow(m_heads, change);
    return true;
}

void RunSession::failStatement(const RunStep &step, int number, const QString &sql, const QString &said)
{
    m_result.revision = step.revision;
    m_result.statementNumber = number;
    m_result.line = step.statementLines.value(number - 1);
    m_result.statement = sql;
    m_result.databaseMessage = said;
    m_result.message = u"%1 failed at statement %2 of %3: %4"_s.arg(step.description).arg(number)
                           .arg(step.statements.size())
                           .arg(said);
    if (m_dialect == Dialect::MySQL || m_dialect == Dialect::MariaDB) {
        // Everything up to the last statement that commits implicitly has been committed
        // by it — the failed one too, when it is such a statement (the commit comes first).
        int committed = commitsImplicitly(sql) ? number - 1 : 0;
        for (int i = number - 1; i >= 1 && committed == 0; --i) {
            if (commitsImplicitly(step.statements[i - 1]))
                committed = i;
        }
        for (int i = 0; i < committed; ++i)
            m_result.tookEffect.append(step.statements[i]);
    }
}

bool RunSession::runStep(int index, const RunStep &step)
{
    QElapsedTimer stepTimer;
    stepTimer.start();
    Q_EMIT m_runner.stepStarted(index, step.description);
    Q_EMIT m_runner.logged(u"alembic.runtime.migration"_s, u"INFO"_s, u"Running "_s + step.description);
    if (step.python) {
        // Alembic runs the step on a connection of its own: what this run did so far must
        // be committed for it to see, and it commits its own work.
        if (!commit())
            return false;
        QString error;
        if (!m_request.runPython || !m_request.runPython(step, [this] { return cancelled(); }, &error)) {
            m_result.revision = step.revision;
            m_result.message = m_request.runPython ? error
                                                   : u"%1 needs the Python engine, and no interpreter was given"_s.arg(
                                                         step.description);
            return false;
        }
        for (const VersionChange &change : step.step.changes)
            follow(m_heads, change);
        // What Alembic did is checked, not assumed: the rest of the plan was made for
        // these heads.
        const std::optional<QStringList> heads = readCurrentHeads(m_database, m_dialect, &error);
        const QStringList rows = heads.value_or(QStringList());
        if (!heads || QSet<QString>(rows.cbegin(), rows.cend()) != m_heads) {
            m_result.revision = step.revision;
            m_result.message = heads ? u"after %1, the real Alembic left alembic_version at %2 where the plan "
                                       "expected %3; stopped"_s.arg(step.description, rows.join(u", "_s),
                                                                   QStringList(m_heads.cbegin(), m_heads.cend()).join(u", "_s))
                                     : error;
            m_committedHeads = m_heads = QSet<QString>(rows.cbegin(), rows.cend());
            return false;
        }
        m_committedHeads = m_heads;
        Q_EMIT m_runner.stepFinished(index, stepTimer.elapsed());
        return true;
    }
    if (!begin())
        return false;
    int autocommitFrom = -1; // the first statement of the autocommit block running, if one is
    for (int i = 0; i <= step.statements.size(); ++i) {
        // MigrationContext.autocommit_block: commit, run the block outside a transaction,
        // begin again after it.
        for (const auto &[first, end] : step.autocommitBlocks) {
            if (end == i && first != end) {
                autocommitFrom = -1;
                if (!begin())
                    return false;
            }
            if (first == i) {
                if (!commit())
                    return false;
                autocommitFrom = i;
                if (first == end && !begin())
                    return false;
            }
        }
        if (i == step.statements.size())
            break;
        if (cancelled())
            return false; // the caller ends the run as cancelled
        const QString &sql = step.statements[i];
        QElapsedTimer timer;
        timer.start();
        Q_EMIT m_runner.statementStarted(index, i, sql);
        QString error;
        if (!execute(sql, &error)) {
            failStatement(step, i + 1, sql, error);
            // What ran of the autocommit block was committed as it ran.
            for (int ran = qMax(autocommitFrom, 0); autocommitFrom >= 0 && ran < i; ++ran) {
                if (!m_result.tookEffect.contains(step.statements[ran]))
                    m_result.tookEffect.append(step.statements[ran]);
            }
            return false;
        }
        Q_EMIT m_runner.statementFinished(index, i, timer.elapsed());
    }
    if (!step.error.isEmpty()) {
        m_result.revision = step.revision;
        m_result.message = step.error;
        m_result.commandError = step.commandError;
        return false;
    }
    for (const VersionChange &change : step.step.changes) {
        if (!changeVersion(change)) {
            m_result.revision = step.revision;
            return false;
        }
    }
    Q_EMIT m_runner.stepFinished(index, stepTimer.elapsed());
    return true;
}

RunResult RunSession::finish(RunResult::Outcome outcome)
{
    if (outcome != RunResult::Finished)
        rollback();
    m_lock.release();
    m_result.outcome = outcome;
    QString error;
    m_result.headsAfter = readCurrentHeads(m_database, m_dialect, &error);
    return m_result;
}

RunResult RunSession::run()
{
    // MigrationContext.configure logs these as soon as it has the connection.
    const QString logger = u"alembic.runtime.migration"_s;
    Q_EMIT m_runner.logged(logger, u"INFO"_s, u"Context impl %1."_s.arg(alembicImplName(m_dialect)));
    Q_EMIT m_runner.logged(logger, u"INFO"_s, ddlAssumption(m_dialect));
    QString error;
    if (!m_lock.acquire(
            m_request.lockTimeoutMs, [this](const QString &message) { Q_EMIT m_runner.waitingForLock(message); },
            [this] { return cancelled(); }, &error)) {
        m_result.message = error;
        return finish(cancelled() ? RunResult::Cancelled : RunResult::Refused);
    }
    m_inTransaction = m_dialect == Dialect::SQLite; // its lock is a write transaction
    const std::optional<QStringList> heads = readCurrentHeads(m_database, m_dialect, &error);
    if (!heads) {
        m_result.message = error;
        return finish(RunResult::Failed);
    }
    m_heads = m_committedHeads = QSet<QString>(heads->cbegin(), heads->cend());
    bool commandError = false;
    const std::optional<RunPlan> plan = m_request.plan(*heads, &error, &commandError);
    if (!plan) {
        m_result.message = error;
        m_result.commandError = commandError;
        return finish(RunResult::Refused);
    }
    int statements = 0;
    for (const RunStep &step : plan->steps)
        statements += int(step.statements.size());
    Q_EMIT m_runner.planned(int(plan->steps.size()), statements);

    if (!begin())
        return finish(RunResult::Failed);
    if ((heads->isEmpty() || plan->purge) && !ensureVersionTable(plan->purge))
        return finish(RunResult::Failed);
    for (int i = 0; i < plan->steps.size(); ++i) {
        if (cancelled())
            return finish(RunResult::Cancelled);
        if (!runStep(i, plan->steps[i]))
            return finish(cancelled() ? RunResult::Cancelled : RunResult::Failed);
        if (plan->scope == TransactionScope::PerMigration && !commit())
            return finish(RunResult::Failed);
        if (plan->scope == TransactionScope::PerMigration)
            m_result.stepsDone = i + 1;
    }
    if (!commit())
        return finish(RunResult::Failed);
    m_result.stepsDone = int(plan->steps.size());
    return finish(RunResult::Finished);
}

} // namespace

MigrationRunner::MigrationRunner(QObject *parent)
    : QObject(parent)
{}

RunResult MigrationRunner::run(const RunRequest &request)
{
    m_cancelled.storeRelaxed(0);
    QString error;
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(request.connection, &error);
    if (!connection) {
        RunResult result;
        result.outcome = RunResult::Refused;
        result.message = error;
        return result;
    }
    // The session (and its query) goes before the connection it runs on.
    return RunSession(*this, request, *connection, m_cancelled).run();
}

} // namespace Migrations
