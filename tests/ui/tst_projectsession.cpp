// The project the window shows: opened from an ini, a pyproject.toml or a folder, loaded
// again when its files change, the previous version kept when the new one is broken.

#include "projectcopy.h"

#include <migrations/scriptdirectory.h>
#include <ui/databaseheads.h>
#include <ui/projectsession.h>
#include <ui/sampleproject.h>

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opens_data();
    void opens();
    void refusesWhatIsNoProject_data();
    void refusesWhatIsNoProject();
    void reloadsWhenFilesChange();
    void keepsTheProjectWhenTheIniBreaks();
    void sampleIsInstalledOnce();
    void readsTheDatabaseHeads();
};

void TestProjectSession::opens_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addRow("the ini file") << u"alembic.ini"_s;
    QTest::addRow("the folder") << u"."_s;
}

void TestProjectSession::opens()
{
    QFETCH(QString, relative);
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    QVERIFY(copy.isValid());
    Studio::ProjectSession session;
    QSignalSpy loaded(&session, &Studio::ProjectSession::loaded);
    session.open(copy.filePath(relative));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QVERIFY(session.project());
    QCOMPARE(session.project()->directory->graph().revisions().size(), 6);
    QCOMPARE(session.project()->directory->graph().heads(), QStringList{u"d1ae55532612"_s});
    QCOMPARE(session.project()->config.iniPath, copy.filePath(u"alembic.ini"_s));
}

void TestProjectSession::refusesWhatIsNoProject_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("words");
    QTest::addRow("a missing path") << u"nowhere/alembic.ini"_s << u"no such file"_s;
    QTest::addRow("a folder without either file") << u"versions"_s << u"neither"_s;
    QTest::addRow("a revision script") << u"versions/d1ae55532612_merge_audit_branch_into_main.py"_s
                                       << u"alembic.ini"_s;
}

void TestProjectSession::refusesWhatIsNoProject()
{
    QFETCH(QString, file);
    QFETCH(QString, words);
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::ProjectSession session;
    QSignalSpy failed(&session, &Studio::ProjectSession::loadFailed);
    session.open(copy.filePath(file));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<Migrations::Diagnostic>();
    QVERIFY2(error.message.contains(words, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY(error.file.endsWith(QFileInfo(file).fileName()));
    QVERIFY(!session.project());
}

void TestProjectSession::reloadsWhenFilesChange()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::ProjectSession session;
    QSignalSpy loaded(&session, &Studio::ProjectSession::loaded);
    session.open(copy.path());
    QVERIFY(loaded.wait(10000));
    const auto first = session.project();

    // A new revision written by someone else: the session sees it by itself.
    QVERIFY(!copy.writeRevision(u"abcdef123456"_s, u"d1ae55532612"_s, u"pass"_s).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() == 2; }, QDeadlineTimer(10000)));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(session.project()->directory->graph().heads(), QStringList{u"abcdef123456"_s});
    // The version the window showed before is untouched: a worker may still use it.
    QCOMPARE(first->directory->graph().heads(), QStringList{u"d1ae55532612"_s});

    // An edit in place of an existing script (its header changed) is seen too.
    copy.writeRevision(u"abcdef123456"_s, u"f9f69d583261"_s, u"pass"_s);
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() == 3; }, QDeadlineTimer(10000)));
    QCOMPARE(session.project()->directory->graph().heads().size(), 2);
}

void TestProjectSession::keepsTheProjectWhenTheIniBreaks()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::ProjectSession session;
    QSignalSpy loaded(&session, &Studio::ProjectSession::loaded);
    QSignalSpy failed(&session, &Studio::ProjectSession::loadFailed);
    session.open(copy.filePath(u"alembic.ini"_s));
    QVERIFY(loaded.wait(10000));
    QFile ini(copy.filePath(u"alembic.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write("[alembic]\nscript_location = %(nothere)s\n");
    ini.close();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, QDeadlineTimer(10000)));
    const auto error = failed.first().first().value<Migrations::Diagnostic>();
    QCOMPARE(error.file, copy.filePath(u"alembic.ini"_s));
    QCOMPARE(error.line, 2);
    QVERIFY(session.project());
    QCOMPARE(session.project()->directory->graph().revisions().size(), 6);
}

void TestProjectSession::sampleIsInstalledOnce()
{
    QDir(Studio::sampleProjectFolder()).removeRecursively();
    QString error;
    const QString ini = Studio::installSampleProject(&error);
    QVERIFY2(!ini.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(ini).isWritable());
    const QString merge = Studio::sampleProjectFolder() + u"/versions/d1ae55532612_merge_audit_branch_into_main.py"_s;
    QVERIFY(QFileInfo::exists(merge));
    // The user's changes are kept: a removed revision does not come back.
    QVERIFY(QFile::remove(merge));
    QCOMPARE(Studio::installSampleProject(&error), ini);
    QVERIFY(!QFileInfo::exists(merge));
    QDir(Studio::sampleProjectFolder()).removeRecursively();
}

void TestProjectSession::readsTheDatabaseHeads()
{
    const QTemporaryDir folder;
    Studio::DatabaseHeads heads;
    QSignalSpy changed(&heads, &Studio::DatabaseHeads::changed);
    QString error;
    // A new SQLite file: no version table, so the database is at base.
    auto settings = Migrations::connectionSettingsFromUrl(u"sqlite:///"_s + folder.filePath(u"x.db"_s), {}, &error);
    QVERIFY(settings);
    heads.read(*settings);
    QVERIFY(QTest::qWaitFor([&] { return heads.heads().has_value(); }, QDeadlineTimer(10000)));
    QCOMPARE(*heads.heads(), QStringList());
    // A folder that is not there: the error, in words, and no heads.
    settings = Migrations::connectionSettingsFromUrl(u"sqlite:///"_s + folder.filePath(u"no/x.db"_s), {}, &error);
    heads.read(*settings);
    QVERIFY(QTest::qWaitFor([&] { return !heads.isReading() && !heads.error().isEmpty(); }, QDeadlineTimer(10000)));
    QVERIFY(!heads.heads());
    heads.clear();
    QVERIFY(!heads.settings());
}

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
