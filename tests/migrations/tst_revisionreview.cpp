// The review of a revision or a plan: its SQL against what real Alembic prints, the
// destructive findings on hand-written revisions, and the rows they touch on databases
// real Alembic migrated.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include "migrations/connection.h"
#include "migrations/destructivechange.h"
#include "migrations/projectconfig.h"
#include "migrations/projectscope.h"
#include "migrations/pythonengine.h"
#include "migrations/revisionreview.h"
#include "migrations/scriptdirectory.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;
using TestSupport::copyProject;
using TestSupport::loadProject;
using TestSupport::Project;

namespace {

const QString sample = QStringLiteral(SAMPLE_DIR);

// `python3 -m alembic ARGS` in the project: what it printed, or a failure in *error.
QString alembic(const QString &project, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(project);
    process.start(u"python3"_s, QStringList{u"-m"_s, u"alembic"_s} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"alembic %1 failed: %2"_s.arg(arguments.join(u' '),
                                                QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A hand-written revision file.
bool writeRevision(const QString &folder, const QString &id, const QString &parent, const QString &upgrade,
                   const QString &downgrade)
{
    QFile file(folder + u"/versions/%1_test.py"_s.arg(id));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString parentText = parent.isEmpty() ? u"None"_s : u"'%1'"_s.arg(parent);
    file.write(u"\"\"\"%1\n\nRevision ID: %1\nRevises: %2\n\"\"\"\nfrom alembic import op\nimport sqlalchemy "
               u"as sa\n\n"
               "revision = '%1'\ndown_revision = %3\nbranch_labels = None\ndepends_on = None\n\n\n"
               "def upgrade():\n    %4\n\n\ndef downgrade():\n    %5\n"_s
                   .arg(id, parent, parentText, upgrade, downgrade)
                   .toUtf8());
    return true;
}

// A project of two revisions: aaaa00000001 makes `items`, bbbb00000002 runs the bodies given.
QString itemsProject(const QString &work, const QString &upgrade, const QString &downgrade)
{
    const QString folder = copyProject(sample, work, u"sqlite://"_s);
    for (const QString &file : QDir(folder + u"/versions"_s).entryList(QDir::Files)) {
        if (!QFile::remove(folder + u"/versions/"_s + file))
            return {};
    }
    const bool written
        = writeRevision(
              folder, u"aaaa00000001"_s, {},
              u"op.create_table('items', sa.Column('id', sa.Integer(), primary_key=True), "
              "sa.Column('name', sa.String(100), nullable=False), sa.Column('big', sa.BigInteger()), "
              "sa.Column('notes', sa.Text()), sa.Column('code', sa.String(20)))"_s,
              u"op.drop_table('items')"_s)
          && writeRevision(folder, u"bbbb00000002"_s, u"aaaa00000001"_s, upgrade, downgrade);
    return written ? folder : QString();
}

QString kindName(DestructiveFinding::Kind kind)
{
    static const char *const names[]
        = {"DropTable", "DropColumn", "Narrowing", "NotNull", "RawSql", "NotReviewed"};
    return QString::fromLatin1(names[int(kind)]);
}

// "up DropColumn items.notes": a finding as the rows below expect it.
QString describe(const DestructiveFinding &finding)
{
    QString text = (finding.direction == MigrationStep::Upgrade ? u"up "_s : u"down "_s)
                   + kindName(finding.kind) + u' ' + finding.table;
    if (!finding.column.isEmpty())
        text += u'.' + finding.column;
    return text;
}

} // namespace

class tst_RevisionReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sql_data();
    void sql();
    void mergeStartsFromBothParents();
    void planFromHeads();
    void findings_data();
    void findings();
    void schemaDiff();
    void pythonSteps();
    void rowCounts_data();
    void rowCounts();

private:
    // The sample as it is (its URL SQLite's): each review chooses its own dialect.
    RevisionReview reviewSample(const QString &revision, Dialect dialect) const
    {
        return reviewRevision(m_sample->directory, m_sample->config, m_sample->scope, revision, dialect);
    }

    std::optional<Project> m_sample;
};

void tst_RevisionReview::initTestCase()
{
    QString error;
    m_sample = loadProject(sample, &error);
    QVERIFY2(m_sample, qPrintable(error));
}

void tst_RevisionReview::sql_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("start");
    const QList<std::pair<QString, QString>> revisions = {
        {u"f9f69d583261"_s, u"base"_s},
        {u"3989d12410a0"_s, u"f9f69d583261"_s},
        {u"87ae05677138"_s, u"3989d12410a0"_s},
        {u"33308e344afd"_s, u"f9f69d583261"_s}, // a base that depends on users
        {u"477813475405"_s, u"33308e344afd"_s},
    };
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s, u"mysql"_s}) {
        for (const auto &[revision, start] : revisions)
            QTest::addRow("%s %s", qPrintable(dialect), qPrintable(revision)) << dialect << revision << start;
    }
}

// The SQL of one revision is what `alembic upgrade <start>:<rev> --sql` and `alembic
// downgrade <rev>:-1 --sql` print, for the dialect asked, whatever the project's URL says.
void tst_RevisionReview::sql()
{
    QFETCH(QString, dialect);
    QFETCH(QString, revision);
    QFETCH(QString, start);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString reference = copyProject(sample, work.path(), dialect + u"://"_s);
    QString error;
    const QString upgrade = alembic(reference, {u"upgrade"_s, start + u':' + revision, u"--sql"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString downgrade = alembic(reference, {u"downgrade"_s, revision + u":-1"_s, u"--sql"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const RevisionReview review = reviewSample(revision, *dialectFromUrl(dialect + u"://"_s).dialect);
    QVERIFY2(review.error.isEmpty(), qPrintable(review.error));
    QVERIFY2(review.upgrade.error.isEmpty(), qPrintable(review.upgrade.error));
    QCOMPARE(review.upgrade.sql, upgrade);
    QCOMPARE(review.upgrade.command, u"alembic upgrade %1:%2 --sql"_s.arg(start, revision));
    QVERIFY2(review.downgrade.error.isEmpty(), qPrintable(review.downgrade.error));
    QCOMPARE(review.downgrade.sql, downgrade);
    QCOMPARE(review.upgradeEngines.size(), 1);
    QCOMPARE(review.upgradeEngines.first().engine, StepEngine::Native);
    QCOMPARE(review.upgradeEngines.first().revision, revision);
    QCOMPARE(review.downgradeEngines.size(), 1);
}

// No single command upgrades a merge from both its parents: the plan from both as heads
// is what the runner would run, one step that leaves one row in alembic_version.
void tst_RevisionReview::mergeStartsFromBothParents()
{
    const RevisionReview review = reviewSample(u"d1ae55532612"_s, Dialect::PostgreSQL);
    QVERIFY2(review.upgrade.error.isEmpty(), qPrintable(review.upgrade.error));
    QCOMPARE(review.upgradeEngines.size(), 1);
    QVERIFY(review.upgrade.sql.startsWith(
        u"BEGIN;\n\n-- Running upgrade 477813475405, 87ae05677138 -> d1ae55532612"_s));
    QVERIFY(review.upgrade.sql.contains(u"DELETE FROM alembic_version"_s));
    QVERIFY(review.upgrade.sql.endsWith(u"COMMIT;\n\n"_s));
    QVERIFY(review.findings.isEmpty());
    QVERIFY(review.schema.tables.isEmpty()); // a merge changes no table
    QVERIFY(!review.schema.allBefore.isEmpty());
}

// A whole plan from the database's head: its SQL is `upgrade <head>:<target> --sql`.
void tst_RevisionReview::planFromHeads()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString reference = copyProject(sample, work.path(), u"sqlite://"_s);
    QString error;
    const QString expected = alembic(reference, {u"upgrade"_s, u"3989d12410a0:heads"_s, u"--sql"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Project *project = &*m_sample;
    const RevisionReview review
        = reviewPlan(project->directory, project->config, project->scope,
                     {RunTarget::Upgrade, {u"heads"_s}, false}, {u"3989d12410a0"_s}, Dialect::SQLite);
    QCOMPARE(review.upgrade.sql, expected);
    QCOMPARE(review.upgradeEngines.size(), 4);
    QVERIFY(!review.downgrade.error.isEmpty());
    // audit_log comes in on the way, and nothing is destroyed.
    QVERIFY(
        std::any_of(review.schema.tables.cbegin(), review.schema.tables.cend(), [](const TableChange &table) {
            return table.table == "audit_log"_L1 && table.kind == SchemaChange::Added;
        }));
    QVERIFY(review.findings.isEmpty());

    // A stamp runs no migration: `stamp <head>:<target> --sql`, and the schema stays.
    const QString stamped
        = alembic(reference, {u"stamp"_s, u"3989d12410a0:d1ae55532612"_s, u"--sql"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const RevisionReview stamp
        = reviewPlan(project->directory, project->config, project->scope,
                     {RunTarget::Stamp, {u"d1ae55532612"_s}, false}, {u"3989d12410a0"_s}, Dialect::SQLite);
    QCOMPARE(stamp.upgrade.sql, stamped);
    QVERIFY(stamp.schema.tables.isEmpty());
    QVERIFY(stamp.findings.isEmpty());

    // The way down to base drops every table: each drop is a finding.
    const RevisionReview down
        = reviewPlan(project->directory, project->config, project->scope,
                     {RunTarget::Downgrade, {u"base"_s}, false}, {u"d1ae55532612"_s}, Dialect::SQLite);
    QVERIFY2(down.downgrade.error.isEmpty(), qPrintable(down.downgrade.error));
    QStringList found;
    for (const DestructiveFinding &finding : down.findings)
        found.append(describe(finding));
    QCOMPARE(found,
             (QStringList{u"down DropColumn audit_log.request_ip"_s, u"down DropTable audit_log"_s,
                          u"down RawSql "_s, u"down DropTable refresh_tokens"_s, u"down DropTable users"_s}));
}

void tst_RevisionReview::findings_data()
{
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<QStringList>("expected");
    struct Row
    {
        const char *name;
        QString upgrade, downgrade;
        QStringList expected;
    };
    const Row rows[] = {
        {"drop table", u"op.drop_table('items')"_s, u"pass"_s, {u"up DropTable items"_s}},
        {"drop column",
         u"op.drop_column('items', 'notes')"_s,
         u"op.add_column('items', sa.Column('notes', sa.Text()))"_s,
         {u"up DropColumn items.notes"_s}},
        {"varchar shorter",
         u"op.alter_column('items', 'name', type_=sa.String(50))"_s,
         u"op.alter_column('items', 'name', type_=sa.String(100))"_s,
         {u"up Narrowing items.name"_s}},
        {"bigint to integer",
         u"op.alter_column('items', 'big', type_=sa.Integer())"_s,
         u"pass"_s,
         {u"up Narrowing items.big"_s}},
        {"text to varchar",
         u"op.alter_column('items', 'notes', type_=sa.String(30))"_s,
         u"op.alter_column('items', 'notes', type_=sa.Text())"_s,
         {u"up Narrowing items.notes"_s}},
        // Both ways: the downgrade shortens what the upgrade lengthened.
        {"varchar longer",
         u"op.alter_column('items', 'name', type_=sa.String(200))"_s,
         u"op.alter_column('items', 'name', type_=sa.String(100))"_s,
         {u"down Narrowing items.name"_s}},
        {"not null added",
         u"op.add_column('items', sa.Column('flag', sa.Boolean(), nullable=False))"_s,
         u"op.drop_column('items', 'flag')"_s,
         {u"up NotNull items.flag"_s, u"down DropColumn items.flag"_s}},
        {"not null altered",
         u"op.alter_column('items', 'code', nullable=False)"_s,
         u"op.alter_column('items', 'code', nullable=True)"_s,
         {u"up NotNull items.code"_s}},
        {"in a batch",
         u"with op.batch_alter_table('items') as batch_op:\n        batch_op.drop_column('notes')"_s,
         u"pass"_s,
         {u"up DropColumn items.notes"_s}},
        {"raw sql", u"op.execute('DELETE FROM items')"_s, u"pass"_s, {u"up RawSql "_s}},
        // NOT NULL with a server default fills the rows there are: nothing to say going up.
        {"safe",
         u"op.add_column('items', sa.Column('flag', sa.Boolean(), nullable=False, server_default=sa.false()))"_s,
         u"op.drop_column('items', 'flag')"_s,
         {u"down DropColumn items.flag"_s}},
        // A table the step makes holds no rows yet.
        {"new table",
         u"op.create_table('more', sa.Column('id', sa.Integer(), primary_key=True))\n"
         "    op.add_column('more', sa.Column('x', sa.Integer(), nullable=False))"_s,
         u"op.drop_table('more')"_s,
         {u"down DropTable more"_s}},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.upgrade << row.downgrade << row.expected;
}

// Findings on hand-written revisions, each on top of a base revision that makes `items`.
void tst_RevisionReview::findings()
{
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(QStringList, expected);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString folder = itemsProject(work.path(), upgrade, downgrade);
    QVERIFY(!folder.isEmpty());
    QString error;
    const std::optional<Project> project = loadProject(folder, &error);
    QVERIFY2(project, qPrintable(error));
    const RevisionReview review = reviewRevision(project->directory, project->config, project->scope,
                                                 u"bbbb00000002"_s, Dialect::PostgreSQL);
    QVERIFY2(review.error.isEmpty(), qPrintable(review.error));
    QStringList found;
    for (const DestructiveFinding &finding : review.findings) {
        found.append(describe(finding));
        QVERIFY(!finding.sentence.isEmpty());
        QVERIFY(finding.path.endsWith(u"bbbb00000002_test.py"_s));
        QVERIFY(finding.line > 0);
    }
    QCOMPARE(found, expected);
    // What the schema model cannot follow is said, by file and line, never hidden.
    const bool raw = expected.contains(u"up RawSql "_s);
    QCOMPARE(review.schema.notFollowed.size(), raw ? 1 : 0);
    if (raw) {
        QVERIFY2(review.schema.notFollowed.first().contains(u"bbbb00000002_test.py:"_s),
                 qPrintable(review.schema.notFollowed.first()));
    }
}

// The schema before and after a revision, as a reviewer reads it.
void tst_RevisionReview::schemaDiff()
{
    const RevisionReview review = reviewSample(u"477813475405"_s, Dialect::PostgreSQL);
    QCOMPARE(review.schema.tables.size(), 1);
    const TableChange &table = review.schema.tables.first();
    QCOMPARE(table.table, u"audit_log"_s);
    QCOMPARE(table.kind, SchemaChange::Changed);
    QCOMPARE(table.columns,
             (QList<SchemaChange>{{SchemaChange::Added, u"request_ip"_s, {}, u"VARCHAR(45)"_s}}));
    QVERIFY(table.createBefore.startsWith(u"CREATE TABLE audit_log ("_s));
    QVERIFY(!table.createBefore.contains(u"request_ip"_s));
    QVERIFY(table.createAfter.contains(u"request_ip VARCHAR(45)"_s));
    QVERIFY(review.schema.notFollowed.isEmpty());
    // Its downgrade drops the column again.
    QCOMPARE(review.findings.size(), 1);
    QCOMPARE(describe(review.findings.first()), u"down DropColumn audit_log.request_ip"_s);
}

// A body only Python can run: without an interpreter nothing can, and the SQL says why
// by file and line; with one, the real Alembic renders it.
void tst_RevisionReview::pythonSteps()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString folder = itemsProject(work.path(),
                                        u"for name in ('a', 'b'):\n"
                                        "        op.add_column('items', sa.Column(name, sa.Integer()))"_s,
                                        u"pass"_s);
    QVERIFY(!folder.isEmpty());
    QString error;
    const std::optional<Project> project = loadProject(folder, &error);
    QVERIFY2(project, qPrintable(error));
    const RevisionReview without = reviewRevision(project->directory, project->config, project->scope,
                                                  u"bbbb00000002"_s, Dialect::PostgreSQL);
    QCOMPARE(without.upgradeEngines.size(), 1);
    QCOMPARE(without.upgradeEngines.first().engine, StepEngine::Unavailable);
    QVERIFY2(without.upgradeEngines.first().reason.contains(u"bbbb00000002_test.py:"_s),
             qPrintable(without.upgradeEngines.first().reason));
    QVERIFY2(without.upgrade.error.contains(u"bbbb00000002_test.py:"_s), qPrintable(without.upgrade.error));
    QCOMPARE(without.downgradeEngines.first().engine, StepEngine::Native);
    QVERIFY(std::any_of(without.findings.cbegin(), without.findings.cend(),
                        [](const DestructiveFinding &finding) {
                            return finding.kind == DestructiveFinding::Kind::NotReviewed;
                        }));

    const PythonAlembic python{u"python3"_s, folder, folder + u"/alembic.ini"_s, u"alembic"_s, {}};
    const RevisionReview with = reviewRevision(project->directory, project->config, project->scope,
                                               u"bbbb00000002"_s, Dialect::PostgreSQL, &python);
    QCOMPARE(with.upgradeEngines.first().engine, StepEngine::Python);
    QVERIFY2(with.upgrade.error.isEmpty(), qPrintable(with.upgrade.error));
    const QString expected = alembic(copyProject(folder, work.path() + u"/pg"_s, u"postgresql://"_s),
                                     {u"upgrade"_s, u"aaaa00000001:bbbb00000002"_s, u"--sql"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(with.upgrade.sql, expected);
    QVERIFY(expected.contains(u"ALTER TABLE items ADD COLUMN b INTEGER;"_s));
}

void tst_RevisionReview::rowCounts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgresql") << u"postgresql"_s;
}

// On a database real Alembic migrated to the heads: the sample's seed put two users in.
void tst_RevisionReview::rowCounts()
{
    QFETCH(QString, backend);
    QString error;
    const std::unique_ptr<TestSupport::ScratchDatabase> scratch
        = TestSupport::ScratchDatabase::create(backend, u"review_rows"_s, &error);
    QVERIFY2(scratch, qPrintable(error));
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString folder = copyProject(sample, work.path(), scratch->url());
    alembic(folder, {u"upgrade"_s, u"87ae05677138"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const std::optional<Project> project = loadProject(folder, &error);
    QVERIFY2(project, qPrintable(error));
    const std::optional<ConnectionSettings> settings
        = connectionSettingsFromUrl(scratch->url(), folder, &error);
    QVERIFY2(settings, qPrintable(error));
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
    QVERIFY2(connection, qPrintable(error));

    // Downgrading the users table drops both users; audit_log is not there yet.
    const RevisionReview review = reviewRevision(project->directory, project->config, project->scope,
                                                 u"f9f69d583261"_s, settings->dialect);
    QList<DestructiveFinding> findings = review.findings;
    QCOMPARE(findings.size(), 1);
    QCOMPARE(describe(findings.first()), u"down DropTable users"_s);
    // The same finding on what is not there, on a column's NULLs, and with nothing to count.
    const auto variant = [&](const QString &table, const QString &column, DestructiveFinding::Rows rows) {
        DestructiveFinding finding = findings.first();
        finding.table = table;
        finding.column = column;
        finding.rows = rows;
        return finding;
    };
    using Rows = DestructiveFinding::Rows;
    findings << variant(u"audit_log"_s, {}, Rows::All)
             << variant(u"users"_s, u"full_name"_s, Rows::NullInColumn)
             << variant(u"users"_s, u"nickname"_s, Rows::NullInColumn) << variant(u"users"_s, {}, Rows::None);

    const QList<AffectedRows> counts = countAffectedRows(connection->database(), settings->dialect, findings);
    QCOMPARE(counts.size(), findings.size());
    QCOMPARE(counts[0].rows, std::optional<qint64>(2));
    QCOMPARE(counts[1].rows, std::nullopt);
    QCOMPARE(counts[1].note, u"table not there yet"_s);
    QCOMPARE(counts[2].rows, std::optional<qint64>(0));
    QCOMPARE(counts[3].note, u"column not there yet"_s);
    QCOMPARE(counts[4].rows, std::nullopt);
    QVERIFY(counts[4].note.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RevisionReview)
#include "tst_revisionreview.moc"
