// check-drift against the ground truth, real Alembic: a database it migrated to a revision
// shows no drift against the model at that revision, on SQLite, PostgreSQL and MariaDB;
// drift made by hand is reported exactly; stamping the database elsewhere makes the
// difference between the two revisions appear.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include <migrations/commands.h>
#include <migrations/connection.h>
#include <migrations/dialect.h>
#include <migrations/liveschema.h>
#include <migrations/projectconfig.h>
#include <migrations/scriptdirectory.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Migrations;

namespace {

// A scratch database (tests/db/scratchdatabase.h) with a connection to it, opened from its
// URL as the CLI opens one (connection.h).
class DriftDatabase
{
public:
    DriftDatabase(const QString &backend)
    {
        static int count = 0;
        m_scratch = TestSupport::ScratchDatabase::create(backend, u"tst_drift_%1"_s.arg(++count), &m_error);
        if (!m_scratch)
            return;
        const std::optional<ConnectionSettings> settings = connectionSettingsFromUrl(m_scratch->url(), {}, &m_error);
        if (settings)
            m_connection = DatabaseConnection::open(*settings, &m_error);
    }

    QString error() const { return m_error; }
    QString url() const { return m_scratch->url(); }
    QSqlDatabase database() const { return m_connection->database(); }
    Dialect dialect() const { return m_connection->dialect(); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            m_error = sql + u": "_s + query.lastError().text();
            return false;
        }
        return true;
    }

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<DatabaseConnection> m_connection; // closed before the database is dropped
    QString m_error;
};

using TestSupport::copyProject;

// `python3 -m alembic ARGS` in the project: the empty string, or what went wrong.
QString alembic(const QString &project, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(project);
    process.start(u"python3"_s, QStringList{u"-m"_s, u"alembic"_s} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return u"alembic %1 failed: %2"_s.arg(arguments.join(u' '),
                                              QString::fromUtf8(process.readAllStandardError()));
    }
    return {};
}

CommandOutput checkDrift(const QString &project, const DriftDatabase &scratch)
{
    Diagnostic diagnostic;
    const std::optional<ProjectConfig> config = readProjectConfig(
        ProjectConfigSource::forCommandLine(project, {}, {}, QProcessEnvironment::systemEnvironment()), &diagnostic);
    if (!config)
        return commandFailed(diagnostic.message);
    const ScriptDirectory directory = ScriptDirectory::load(config->versionDirectories, !config->versionLocations.isEmpty(),
                                                            config->recursiveVersionLocations, ScriptSources::Keep);
    return checkDriftCommand(directory, *config, scratch.database(), scratch.dialect());
}

const QString sample = QStringLiteral(SAMPLE_PROJECT);
const QString batch = QStringLiteral(FIDELITY_PROJECTS "/batch");
const QString convention = QStringLiteral(FIDELITY_PROJECTS "/convention");

} // namespace

class TestSchemaDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDriftWhereAlembicMigrated_data();
    void noDriftWhereAlembicMigrated();
    void generatedProjectStepByStep_data();
    void generatedProjectStepByStep();
    void handMadeDrift_data();
    void handMadeDrift();
    void stampedElsewhere_data();
    void stampedElsewhere();
    void unknownRevision_data();
    void unknownRevision();

private:
    static void addBackends(const char *name, const auto &...values)
    {
        for (const char *backend : {"sqlite", "postgresql", "mariadb"}) {
            QTestData &data = QTest::addRow("%s %s", backend, name);
            data << QString::fromLatin1(backend);
            ((data << values), ...);
        }
    }
};

void TestSchemaDrift::noDriftWhereAlembicMigrated_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("project");
    // Each list is one `alembic upgrade` after another.
    QTest::addColumn<QStringList>("upgrades");

    addBackends("base", sample, QStringList());
    addBackends("users", sample, QStringList{u"f9f69d583261"_s});
    addBackends("refresh tokens", sample, QStringList{u"3989d12410a0"_s});
    addBackends("audit branch alone", sample, QStringList{u"33308e344afd"_s});
    addBackends("two heads", sample, QStringList{u"87ae05677138"_s, u"477813475405"_s});
    addBackends("merged", sample, QStringList{u"heads"_s});
    // Named and unnamed keys, CHECKs (a Boolean's too), and batch mode's move and copy on
    // SQLite. The project is SQLite's: PostgreSQL refuses its Boolean default of 1, and
    // MySQL batch mode alters in place, where insert_after cannot be honoured.
    QTest::addRow("sqlite batch tables") << u"sqlite"_s << batch << QStringList{u"a1"_s};
    QTest::addRow("sqlite batch users altered") << u"sqlite"_s << batch << QStringList{u"b2"_s};
    QTest::addRow("sqlite batch posts altered") << u"sqlite"_s << batch << QStringList{u"c3"_s};
    QTest::addRow("mariadb batch tables") << u"mariadb"_s << batch << QStringList{u"a1"_s};
    addBackends("convention", convention, QStringList{u"a1"_s});
}

void TestSchemaDrift::noDriftWhereAlembicMigrated()
{
    QFETCH(QString, backend);
    QFETCH(QString, project);
    QFETCH(QStringList, upgrades);

    QTemporaryDir work;
    DriftDatabase scratch(backend);
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const QString copy = copyProject(project, work.path(), scratch.url());
    QVERIFY(!copy.isEmpty());
    for (const QString &revision : std::as_const(upgrades)) {
        const QString failure = alembic(copy, {u"upgrade"_s, revision});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    const CommandOutput output = checkDrift(copy, scratch);
    QVERIFY2(output.exitCode == 0, qPrintable(output.standardOutput + output.standardError));
    QVERIFY2(output.standardOutput.contains(u"No drift: the database matches revision"_s),
             qPrintable(output.standardOutput));
}

// A project of tests/generator/make_project.py --operations (tables, columns, indexes,
// keys, CHECKs, defaults over many column types, in the forms autogenerate and people
// write them), migrated by Alembic one revision after another in an order parents come
// first in, then back to base: no drift at any step, several heads included.
void TestSchemaDrift::generatedProjectStepByStep_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("seed");

    for (int seed : {21, 22}) {
        QTest::addRow("sqlite portable %d", seed) << u"sqlite"_s << u"portable"_s << seed;
        QTest::addRow("postgresql all %d", seed) << u"postgresql"_s << u"all"_s << seed;
        QTest::addRow("mariadb all %d", seed) << u"mariadb"_s << u"all"_s << seed;
    }
}

void TestSchemaDrift::generatedProjectStepByStep()
{
    QFETCH(QString, backend);
    QFETCH(QString, mode);
    QFETCH(int, seed);

    QTemporaryDir work;
    DriftDatabase scratch(backend);
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const QString generated = work.path() + u"/generated"_s;
    QProcess generator;
    generator.start(u"python3"_s, {QStringLiteral(PROJECT_GENERATOR), generated, u"--revisions"_s, u"30"_s, u"--seed"_s,
                                   QString::number(seed), u"--env"_s, u"--two-parent-merges"_s, u"--operations"_s, mode});
    QVERIFY(generator.waitForFinished(60000));
    QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
    const QString copy = copyProject(generated, work.path(), scratch.url());

    Diagnostic diagnostic;
    const std::optional<ProjectConfig> config = readProjectConfig(
        ProjectConfigSource::forCommandLine(copy, {}, {}, QProcessEnvironment::systemEnvironment()), &diagnostic);
    QVERIFY2(config, qPrintable(diagnostic.message));
    const ScriptDirectory directory = ScriptDirectory::load(config->versionDirectories, false, false);
    // Parents first: each revision once all it goes back to (parents and dependencies) is in.
    QStringList order;
    const QList<Revision> &revisions = directory.graph().revisions();
    while (order.size() < revisions.size()) {
        const qsizetype before = order.size();
        for (const Revision &revision : revisions) {
            const QStringList needs = revision.allDownRevisions();
            if (!order.contains(revision.id)
                && std::all_of(needs.cbegin(), needs.cend(), [&](const QString &id) { return order.contains(id); }))
                order.append(revision.id);
        }
        QVERIFY(order.size() > before);
    }
    for (const QString &revision : std::as_const(order)) {
        const QString failure = alembic(copy, {u"upgrade"_s, revision});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const CommandOutput output = checkDrift(copy, scratch);
        QVERIFY2(output.exitCode == 0 && output.standardOutput.contains(u"No drift"_s),
                 qPrintable(u"after upgrade %1:\n%2%3"_s.arg(revision, output.standardOutput, output.standardError)));
    }
    // Back to base, which also drops the schemas (MariaDB: databases of the whole server).
    const QString failure = alembic(copy, {u"downgrade"_s, u"base"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const CommandOutput output = checkDrift(copy, scratch);
    QVERIFY2(output.exitCode == 0 && output.standardOutput.contains(u"No drift"_s),
             qPrintable(output.standardOutput + output.standardError));
}

void TestSchemaDrift::handMadeDrift_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected");

    const QString at = u" at revision 3989d12410a0 (model)"_s;
    const auto row = [&](const char *backend, const char *name, const QStringList &statements, const QStringList &lines) {
        QStringList expected;
        for (const QString &line : lines)
            expected.append(line + (line.endsWith(u"(model)"_s) ? QString() : at));
        QTest::addRow("%s %s", backend, name) << QString::fromLatin1(backend) << statements << expected;
    };
    for (const char *backend : {"sqlite", "postgresql", "mariadb"}) {
        const QString b = QString::fromLatin1(backend);
        row(backend, "column dropped", {u"ALTER TABLE users DROP COLUMN full_name"_s},
            {u"table users: column full_name: absent in the database, VARCHAR(255)"_s});
        row(backend, "table added", {u"CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY)"_s},
            {u"table notes: present in the database, absent"_s});
        row(backend, "column added", {u"ALTER TABLE users ADD COLUMN nickname VARCHAR(20)"_s},
            {u"table users: column nickname: %1 in the database, absent"_s.arg(
                b == "postgresql"_L1 ? u"character varying(20)"_s
                                     : (b == "mariadb"_L1 ? u"varchar(20)"_s : u"VARCHAR(20)"_s))});
        const QString dropIndex = b == "mariadb"_L1 ? u"DROP INDEX ix_users_email ON users"_s
                                                    : u"DROP INDEX ix_users_email"_s;
        row(backend, "index dropped", {dropIndex},
            {b == "mariadb"_L1 ? u"table users: unique constraint ix_users_email: absent in the database, (email)"_s
                               : u"table users: index ix_users_email: absent in the database, UNIQUE (email)"_s});
        const QString addIndex = u"CREATE INDEX ix_extra ON users (full_name)"_s;
        row(backend, "index added", {addIndex},
            {u"table users: index ix_extra: (full_name) in the database, absent"_s});
    }
    row("postgresql", "type changed", {u"ALTER TABLE users ALTER COLUMN username TYPE VARCHAR(100)"_s},
        {u"table users: column username: type character varying(100) in the database, VARCHAR(64)"_s});
    row("mariadb", "type changed", {u"ALTER TABLE users MODIFY username VARCHAR(100) NOT NULL"_s},
        {u"table users: column username: type varchar(100) in the database, VARCHAR(64)"_s});
    row("postgresql", "nullability changed", {u"ALTER TABLE users ALTER COLUMN full_name SET NOT NULL"_s},
        {u"table users: column full_name: NOT NULL in the database, NULL"_s});
    row("mariadb", "nullability changed", {u"ALTER TABLE users MODIFY full_name VARCHAR(255) NOT NULL"_s},
        {u"table users: column full_name: NOT NULL in the database, NULL"_s});
    row("postgresql", "default changed", {u"ALTER TABLE users ALTER COLUMN is_active SET DEFAULT false"_s},
        {u"table users: column is_active: server default false in the database, (true)"_s});
    row("mariadb", "default changed", {u"ALTER TABLE users ALTER COLUMN is_active SET DEFAULT 0"_s},
        {u"table users: column is_active: server default 0 in the database, (true)"_s});
    row("postgresql", "default dropped", {u"ALTER TABLE refresh_tokens ALTER COLUMN created_at DROP DEFAULT"_s},
        {u"table refresh_tokens: column created_at: no server default in the database, (CURRENT_TIMESTAMP)"_s});
    row("postgresql", "foreign key dropped",
        {u"ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_user_id_fkey"_s},
        {u"table refresh_tokens: foreign key (user_id): absent in the database, (user_id) -> users (id) ON DELETE CASCADE"_s});
    row("mariadb", "foreign key dropped", {u"ALTER TABLE refresh_tokens DROP FOREIGN KEY refresh_tokens_ibfk_1"_s},
        {u"table refresh_tokens: foreign key (user_id): absent in the database, (user_id) -> users (id) ON DELETE CASCADE"_s});
    row("postgresql", "unique constraint added", {u"ALTER TABLE users ADD CONSTRAINT uq_name UNIQUE (full_name)"_s},
        {u"table users: unique constraint uq_name: (full_name) in the database, absent"_s});
    row("mariadb", "unique constraint added", {u"ALTER TABLE users ADD CONSTRAINT uq_name UNIQUE (full_name)"_s},
        {u"table users: unique constraint uq_name: (full_name) in the database, absent"_s});
    row("mariadb", "default added", {u"ALTER TABLE users ALTER COLUMN full_name SET DEFAULT 'nobody'"_s},
        {u"table users: column full_name: server default 'nobody' in the database, none"_s});
    row("postgresql", "comment added", {u"COMMENT ON COLUMN users.email IS 'where we write'"_s},
        {u"table users: column email comment: where we write in the database, no comment"_s});
    row("mariadb", "comment added", {u"ALTER TABLE users MODIFY email VARCHAR(255) NOT NULL COMMENT 'where we write'"_s},
        {u"table users: column email comment: where we write in the database, no comment"_s});
    row("postgresql", "check added", {u"ALTER TABLE users ADD CONSTRAINT ck_name CHECK (length(username) > 2)"_s},
        {u"table users: check constraint ck_name: CHECK (length(username::text) > 2) in the database, absent"_s});
    row("mariadb", "check added", {u"ALTER TABLE users ADD CONSTRAINT ck_name CHECK (length(username) > 2)"_s},
        {u"table users: check constraint ck_name: CHECK (octet_length(`username`) > 2) in the database, absent"_s});
    row("postgresql", "serial dropped", {u"ALTER TABLE users ALTER COLUMN id DROP DEFAULT"_s},
        {u"table users: column id: no autoincrement in the database, autoincrement"_s});
    row("mariadb", "auto_increment dropped", {u"ALTER TABLE users MODIFY id INTEGER NOT NULL"_s},
        {u"table users: column id: no autoincrement in the database, autoincrement"_s});
    row("postgresql", "several at once",
        {u"ALTER TABLE users DROP COLUMN full_name"_s, u"DROP INDEX ix_refresh_tokens_user_id"_s,
         u"CREATE TABLE aaa (id INTEGER)"_s},
        {u"table aaa: present in the database, absent"_s,
         u"table refresh_tokens: index ix_refresh_tokens_user_id: absent in the database, (user_id)"_s,
         u"table users: column full_name: absent in the database, VARCHAR(255)"_s});
}

void TestSchemaDrift::handMadeDrift()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);

    QTemporaryDir work;
    DriftDatabase scratch(backend);
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const QString copy = copyProject(sample, work.path(), scratch.url());
    const QString failure = alembic(copy, {u"upgrade"_s, u"3989d12410a0"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    for (const QString &statement : std::as_const(statements))
        QVERIFY2(scratch.exec(statement), qPrintable(scratch.error()));

    const CommandOutput output = checkDrift(copy, scratch);
    QCOMPARE(output.standardOutput, expected.join(u'\n') + u'\n');
    QCOMPARE(output.exitCode, 1);
}

void TestSchemaDrift::stampedElsewhere_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("stamp");
    QTest::addColumn<QString>("expected");

    addBackends("back", u"f9f69d583261"_s,
                u"table refresh_tokens: present in the database, absent at revision f9f69d583261 (model)\n"_s);
    addBackends("forward", u"87ae05677138"_s, u"No drift: the database matches revision 87ae05677138.\n"_s);
    addBackends("another branch", u"d1ae55532612"_s,
                u"table audit_log: absent in the database, present at revision d1ae55532612 (model)\n"_s);
    addBackends("base", u"base"_s,
                u"table refresh_tokens: present in the database, absent at revision base (model)\n"
                "table users: present in the database, absent at revision base (model)\n"_s);
}

void TestSchemaDrift::stampedElsewhere()
{
    QFETCH(QString, backend);
    QFETCH(QString, stamp);
    QFETCH(QString, expected);

    QTemporaryDir work;
    DriftDatabase scratch(backend);
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const QString copy = copyProject(sample, work.path(), scratch.url());
    QString failure = alembic(copy, {u"upgrade"_s, u"3989d12410a0"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = alembic(copy, {u"stamp"_s, stamp});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const CommandOutput output = checkDrift(copy, scratch);
    QCOMPARE(output.standardOutput, expected);
    QCOMPARE(output.exitCode, expected.startsWith(u"No drift"_s) ? 0 : 1);
}

void TestSchemaDrift::unknownRevision_data()
{
    QTest::addColumn<QString>("backend");
    addBackends("unknown");
}

void TestSchemaDrift::unknownRevision()
{
    QFETCH(QString, backend);

    QTemporaryDir work;
    DriftDatabase scratch(backend);
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const QString copy = copyProject(sample, work.path(), scratch.url());
    const QString failure = alembic(copy, {u"upgrade"_s, u"f9f69d583261"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(scratch.exec(u"UPDATE alembic_version SET version_num = 'feedfacecafe'"_s), qPrintable(scratch.error()));

    const CommandOutput output = checkDrift(copy, scratch);
    QCOMPARE(output.standardOutput, u"FAILED: Can't locate revision identified by 'feedfacecafe'\n"_s);
    QCOMPARE(output.exitCode, 255);
}

QTEST_GUILESS_MAIN(TestSchemaDrift)
#include "tst_schemadrift.moc"
