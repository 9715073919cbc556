// `revision` and `merge` in the core, on temporary copies of the sample project: the pieces
// Alembic's generate_revision is made of (id, slug, create date), the draft the dialogs
// preview, what is written, and the refusals. What Alembic prints and writes for the same
// command lines is compared in tests/fidelity/revision_commands.py.
#include <migrations/projectconfig.h>
#include <migrations/revisioncreation.h>
#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Migrations;

class TestRevisionCreation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void slug_data();
    void slug();
    void createDate();
    void revisionId();
    void draftWritesNothing();
    void createsAndMerges();
    void refusals_data();
    void refusals();
    void draftFlagsWhatAlembicDoesAfterWriting();

private:
    void appendToIni(const QString &text, const QString &section = u"[alembic]\n"_s);
    ProjectConfig config();
    ScriptDirectory load();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestRevisionCreation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(u"scribes"_s);
    QDirIterator it(QStringLiteral(SAMPLE_PROJECT), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.contains(u"__pycache__"_s) || source.endsWith(u".db"_s))
            continue;
        const QString target = m_project + source.sliced(qsizetype(strlen(SAMPLE_PROJECT)));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(source, target));
    }
}

void TestRevisionCreation::appendToIni(const QString &text, const QString &section)
{
    QFile ini(m_project + u"/alembic.ini"_s);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QString content = QString::fromUtf8(ini.readAll());
    ini.close();
    // Options go right after the section's header.
    QVERIFY(content.contains(section));
    content.replace(section, section + text);
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write(content.toUtf8());
}

ProjectConfig TestRevisionCreation::config()
{
    Diagnostic error;
    const std::optional<ProjectConfig> loaded =
        readProjectConfig({m_project + u"/alembic.ini"_s, u"alembic"_s, {}, m_project}, &error);
    if (!loaded)
        qFatal("%s", qPrintable(error.message));
    return *loaded;
}

ScriptDirectory TestRevisionCreation::load()
{
    const ProjectConfig c = config();
    return ScriptDirectory::load(c.versionDirectories, !c.versionLocations.isEmpty(), c.recursiveVersionLocations);
}

void TestRevisionCreation::slug_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::addRow("words") << u"Add  thing: to users!"_s << 40 << u"add_thing_to_users"_s;
    QTest::addRow("empty") << QString() << 40 << QString();
    QTest::addRow("cut at a word") << u"create the users table with an index on email"_s << 40
                                   << u"create_the_users_table_with_an_index_on_"_s;
    QTest::addRow("cut without underscore") << u"abcdefghijklmnop"_s << 10 << u"abcdefghij_"_s;
    QTest::addRow("negative length") << u"abc_defgh"_s << -3 << u"abc_"_s;
    QTest::addRow("unicode words") << u"Ünïcödé WÖRDS"_s << 40 << u"ünïcödé_wörds"_s;
    QTest::addRow("underscores are word characters") << u"a__b - c"_s << 40 << u"a__b_c"_s;
}

void TestRevisionCreation::slug()
{
    QFETCH(QString, message);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QCOMPARE(revisionSlug(message, length), expected);
}

void TestRevisionCreation::createDate()
{
    const QDateTime utc(QDate(2026, 11, 25), QTime(7, 32, 34), QTimeZone::UTC);
    QCOMPARE(pythonDateTime(utc, 532538, false), u"2026-11-25 07:32:34.532538"_s);
    // Python leaves out a zero fraction.
    QCOMPARE(pythonDateTime(utc, 0, false), u"2026-11-25 07:32:34"_s);
    QCOMPARE(pythonDateTime(utc, 5, true), u"2026-11-25 07:32:34.000005+00:00"_s);
    const QDateTime kolkata = utc.toTimeZone(QTimeZone("Asia/Kolkata"));
    QCOMPARE(pythonDateTime(kolkata, 1, true), u"2026-11-25 13:02:34.000001+05:30"_s);
    const QDateTime newYork = utc.toTimeZone(QTimeZone("America/New_York"));
    QCOMPARE(pythonDateTime(newYork, 1, true), u"2026-11-25 02:32:34.000001-05:00"_s);
}

void TestRevisionCreation::revisionId()
{
    static const QRegularExpression hex(u"^[0-9a-f]{12}$"_s);
    const QString first = newRevisionId();
    QVERIFY2(hex.match(first).hasMatch(), qPrintable(first));
    QVERIFY(first != newRevisionId());
}

void TestRevisionCreation::draftWritesNothing()
{
    const ScriptDirectory directory = load();
    RevisionRequest request;
    request.message = u"Add a column"_s;
    request.revisionId = u"abc123"_s;
    CommandOutput failure;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<RevisionDraft> draft = draftRevision(directory, config(), request, now, 0, &failure);
    QVERIFY2(draft, qPrintable(failure.standardOutput));
    QCOMPARE(draft->path, m_project + u"/versions/abc123_add_a_column.py"_s);
    QVERIFY(!QFile::exists(draft->path));
    QVERIFY(draft->text.startsWith(u"\"\"\"Add a column\n\nRevision ID: abc123\nRevises: d1ae55532612\n"_s));
    QVERIFY(draft->text.contains(u"down_revision: Union[str, None] = 'd1ae55532612'\n"_s));
    QCOMPARE(draft->bytes, draft->text.toUtf8());
    QVERIFY(draft->failure.isEmpty() && draft->crash.isEmpty() && draft->warning.isEmpty());
}

void TestRevisionCreation::createsAndMerges()
{
    RevisionRequest branch;
    branch.message = u"side branch"_s;
    branch.heads = {u"3989d12410a0"_s};
    branch.splice = true;
    branch.revisionId = u"side01"_s;
    CommandOutput output = revisionCommand(load(), config(), branch);
    QCOMPARE(output.exitCode, 0);
    QCOMPARE(output.standardOutput, u"Generating %1/versions/side01_side_branch.py ...  done\n"_s.arg(m_project));
    QCOMPARE(load().graph().heads().size(), 2);

    // Two heads: a plain revision needs --head, as in Alembic.
    RevisionRequest plain;
    plain.revisionId = u"plain1"_s;
    output = revisionCommand(load(), config(), plain);
    QCOMPARE(output.exitCode, 255);
    QVERIFY(output.standardOutput.startsWith(u"FAILED: Multiple heads are present"_s));

    output = mergeCommand(load(), config(), {u"heads"_s}, u"merge"_s, std::nullopt, u"merge1"_s);
    QCOMPARE(output.exitCode, 0);
    const ScriptDirectory merged = load();
    QCOMPARE(merged.graph().heads(), QStringList{u"merge1"_s});
    const Revision *merge = merged.graph().revision(u"merge1"_s);
    QVERIFY(merge);
    QCOMPARE(merge->downRevisions, (QStringList{u"d1ae55532612"_s, u"side01"_s}));
}

void TestRevisionCreation::refusals_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("revisionId");
    QTest::addColumn<QString>("expected");
    QTest::addRow("bad id") << QString() << u"a-b@c"_s
                            << u"FAILED: Character(s) '-, @' not allowed in revision identifier 'a-b@c'\n"_s;
    QTest::addRow("timezone") << u"timezone = Nowhere/Atlantis\n"_s << u"x1"_s
                              << u"FAILED: Can't locate timezone: Nowhere/Atlantis\n"_s;
    QTest::addRow("revision_environment") << u"revision_environment = true\n"_s << u"x1"_s
                                          << u"revision_environment is set"_s;
}

void TestRevisionCreation::refusals()
{
    QFETCH(QString, ini);
    QFETCH(QString, revisionId);
    QFETCH(QString, expected);
    appendToIni(ini);
    RevisionRequest request;
    request.revisionId = revisionId;
    const CommandOutput output = revisionCommand(load(), config(), request);
    QCOMPARE(output.exitCode, 255);
    QVERIFY2(output.standardOutput.contains(expected), qPrintable(output.standardOutput));
    QCOMPARE(QDir(m_project + u"/versions"_s).entryList(QDir::Files).size(), 6); // nothing written
}

void TestRevisionCreation::draftFlagsWhatAlembicDoesAfterWriting()
{
    // A label another revision has: Alembic writes the file, then raises.
    RevisionRequest labelled;
    labelled.heads = {u"base"_s};
    labelled.branchLabel = u"f9f69d583261"_s;
    labelled.revisionId = u"l1"_s;
    CommandOutput failure;
    std::optional<RevisionDraft> draft = draftRevision(load(), config(), labelled, QDateTime::currentDateTimeUtc(), 0,
                                                       &failure);
    QVERIFY(draft);
    QCOMPARE(draft->crash, u"Branch name 'f9f69d583261' in revision l1 already used by revision f9f69d583261"_s);

    // An id already there: written, with a warning.
    RevisionRequest again;
    again.revisionId = u"f9f69d583261"_s;
    again.heads = {u"d1ae55532612"_s};
    draft = draftRevision(load(), config(), again, QDateTime::currentDateTimeUtc(), 0, &failure);
    QVERIFY(draft);
    QCOMPARE(draft->warning, u"Revision f9f69d583261 is present more than once"_s);

    // post_write_hooks would run the project's tools: refused before anything is written.
    appendToIni(u"hooks = black\nblack.type = console_scripts\nblack.entrypoint = black\n"_s,
                u"[post_write_hooks]\n"_s);
    RevisionRequest hooked;
    hooked.revisionId = u"h1"_s;
    const CommandOutput output = revisionCommand(load(), config(), hooked);
    QCOMPARE(output.exitCode, 255);
    QVERIFY2(output.standardOutput.contains(u"post_write_hooks (black)"_s), qPrintable(output.standardOutput));
    QVERIFY(!QFile::exists(m_project + u"/versions/h1_.py"_s));
}

QTEST_GUILESS_MAIN(TestRevisionCreation)
#include "tst_revisioncreation.moc"
