// The New revision and Merge heads dialogs on a temporary copy of the sample project: the
// preview follows the form, Create writes through the core and says so, the reloaded
// graph has the new head / the merged heads, and what Alembic refuses stays in the dialog.
// Each dialog is also rendered to PNG (light and dark) in the build folder, to be looked at.
#include <ui/colorscheme.h>
#include <ui/mergedialog.h>
#include <ui/newrevisiondialog.h>
#include <ui/revisionpreview.h>

#include <migrations/projectconfig.h>
#include <migrations/scriptdirectory.h>

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

class TestRevisionDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newRevision();
    void problemsStayInTheDialog();
    void versionLocations();
    void mergeHeads();
    void mergeNeedsTwoHeads();
    void screenshots_data();
    void screenshots();

private:
    ProjectConfig config() const;
    ScriptDirectory load() const;
    // A second head: a revision spliced onto 3989d12410a0, written by the core.
    void addBranch();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestRevisionDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"alembic-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_revisiondialogs"_s);
}

void TestRevisionDialogs::init()
{
    Studio::applyColorScheme(Studio::ColorScheme::Light);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(u"scribes"_s);
    const QString sample = QStringLiteral(SAMPLE_PROJECT);
    QDirIterator it(sample, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.contains(u"__pycache__"_s) || source.endsWith(u".db"_s))
            continue;
        const QString target = m_project + source.sliced(sample.size());
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(source, target));
    }
}

ProjectConfig TestRevisionDialogs::config() const
{
    Diagnostic error;
    const std::optional<ProjectConfig> loaded =
        readProjectConfig({m_project + u"/alembic.ini"_s, u"alembic"_s, {}, m_project}, &error);
    if (!loaded)
        qFatal("%s", qPrintable(error.message));
    return *loaded;
}

ScriptDirectory TestRevisionDialogs::load() const
{
    const ProjectConfig c = config();
    return ScriptDirectory::load(c.versionDirectories, !c.versionLocations.isEmpty(), c.recursiveVersionLocations);
}

void TestRevisionDialogs::addBranch()
{
    Studio::NewRevisionDialog dialog(load(), config());
    dialog.setMessage(u"side branch"_s);
    dialog.setHead(u"base"_s);
    dialog.setBranchLabel(u"side"_s);
    dialog.setRevisionId(u"side01"_s);
    QVERIFY2(dialog.create(), qPrintable(dialog.preview()->problem()));
    QCOMPARE(load().graph().heads().size(), 2);
}

void TestRevisionDialogs::newRevision()
{
    Studio::NewRevisionDialog dialog(load(), config());
    auto *create = dialog.findChild<QPushButton *>(u"create"_s);
    QVERIFY(create);
    // The preview is there before anything is typed: Alembic's "empty message".
    QVERIFY(dialog.preview()->text().startsWith(u"\"\"\"empty message\n"_s));
    QVERIFY(create->isEnabled());

    // Typing updates the preview and the path.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"message"_s), u"Add avatar to users"_s);
    dialog.setRevisionId(u"abc123def456"_s);
    QVERIFY(dialog.preview()->text().startsWith(u"\"\"\"Add avatar to users\n\nRevision ID: abc123def456\n"
                                            "Revises: d1ae55532612\n"_s));
    QCOMPARE(dialog.preview()->path(), m_project + u"/versions/abc123def456_add_avatar_to_users.py"_s);
    QVERIFY(!QFile::exists(dialog.preview()->path()));

    QSignalSpy created(&dialog, &Studio::NewRevisionDialog::revisionCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toString(), m_project + u"/versions/abc123def456_add_avatar_to_users.py"_s);
    QCOMPARE(created.first().at(1).toString(), u"abc123def456"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const ScriptDirectory reloaded = load();
    QVERIFY(reloaded.diagnostics().isEmpty());
    QCOMPARE(reloaded.graph().heads(), QStringList{u"abc123def456"_s});
    QCOMPARE(reloaded.graph().revision(u"abc123def456"_s)->downRevisions, QStringList{u"d1ae55532612"_s});
}

void TestRevisionDialogs::problemsStayInTheDialog()
{
    addBranch();
    Studio::NewRevisionDialog dialog(load(), config());
    auto *create = dialog.findChild<QPushButton *>(u"create"_s);
    auto *problem = dialog.findChild<QLabel *>(u"previewProblem"_s);
    QVERIFY(create && problem);

    dialog.setRevisionId(u"bad-id"_s);
    QCOMPARE(dialog.preview()->problem(), u"Character(s) '-' not allowed in revision identifier 'bad-id'"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(problem->isVisibleTo(&dialog));
    QCOMPARE(problem->text(), dialog.preview()->problem());

    // A label another revision has: Alembic would write the file and then fail.
    dialog.setRevisionId(u"ok1"_s);
    dialog.setBranchLabel(u"side"_s);
    QCOMPARE(dialog.preview()->problem(), u"Branch name 'side' in revision ok1 already used by revision side01"_s);
    QVERIFY(!create->isEnabled());

    dialog.setBranchLabel({});
    dialog.setDependsOn({u"nowhere"_s});
    QCOMPARE(dialog.preview()->problem(), u"Can't locate revision identified by 'nowhere'"_s);
    dialog.setDependsOn({u"3989"_s});
    QVERIFY2(dialog.preview()->problem().isEmpty(), qPrintable(dialog.preview()->problem()));
    QVERIFY(dialog.preview()->text().contains(u"depends_on: Union[str, Sequence[str], None] = '3989d12410a0'\n"_s));
    QVERIFY(create->isEnabled());

    // create() refuses too when called directly, and writes nothing.
    dialog.setRevisionId(u"f9f69d583261"_s);
    QVERIFY(!dialog.preview()->problem().isEmpty());
    QSignalSpy created(&dialog, &Studio::NewRevisionDialog::revisionCreated);
    QVERIFY(!dialog.create());
    QCOMPARE(created.size(), 0);
    QCOMPARE(QDir(m_project + u"/versions"_s).entryList(QDir::Files).size(), 7);
}

void TestRevisionDialogs::versionLocations()
{
    // Two locations, the second one missing: Alembic creates it when a revision goes there.
    QFile ini(m_project + u"/alembic.ini"_s);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QString content = QString::fromUtf8(ini.readAll());
    ini.close();
    // The sample's separator line carries a comment, which Alembic reads as part of the value.
    content.replace(u"version_path_separator = os  #"_s, u"version_path_separator = os\n#"_s);
    content.replace(u"[alembic]\n"_s,
                    u"[alembic]\nversion_locations = %(here)s/versions:%(here)s/other_versions\n"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write(content.toUtf8());
    ini.close();

    Studio::NewRevisionDialog dialog(load(), config());
    auto *location = dialog.findChild<QComboBox *>(u"versionLocation"_s);
    QVERIFY(location);
    QCOMPARE(location->count(), 3); // Alembic's choice, then the two folders
    dialog.setRevisionId(u"root01"_s);
    dialog.setMessage(u"other root"_s);
    dialog.setBranchLabel(u"other"_s);
    dialog.setHead(u"base"_s);
    QVERIFY2(dialog.preview()->problem().contains(u"choose its version location"_s), qPrintable(dialog.preview()->problem()));
    dialog.setVersionLocation(m_project + u"/other_versions"_s);
    QVERIFY2(dialog.preview()->problem().isEmpty(), qPrintable(dialog.preview()->problem()));
    QCOMPARE(dialog.preview()->path(), m_project + u"/other_versions/root01_other_root.py"_s);
    QVERIFY(dialog.create());
    QVERIFY(QFile::exists(m_project + u"/other_versions/root01_other_root.py"_s));

    // The next one on that branch goes where its head is, as Alembic puts it.
    Studio::NewRevisionDialog next(load(), config());
    next.setHead(u"root01"_s);
    next.setRevisionId(u"next01"_s);
    QCOMPARE(next.preview()->path(), m_project + u"/other_versions/next01_.py"_s);
    QVERIFY(next.create());
    const ScriptDirectory reloaded = load();
    QCOMPARE(reloaded.graph().heads(), (QStringList{u"d1ae55532612"_s, u"next01"_s}));
}

void TestRevisionDialogs::mergeHeads()
{
    addBranch();
    Studio::MergeDialog dialog(load(), config());
    auto *heads = dialog.findChild<QListWidget *>(u"heads"_s);
    QVERIFY(heads);
    QCOMPARE(heads->count(), 2);
    QCOMPARE(dialog.checkedHeads(), (QStringList{u"d1ae55532612"_s, u"side01"_s}));
    dialog.setMessage(u"merge side"_s);
    dialog.setRevisionId(u"merge01"_s);
    QVERIFY(dialog.preview()->text().contains(u"Revises: d1ae55532612, side01\n"_s));

    QSignalSpy created(&dialog, &Studio::MergeDialog::revisionCreated);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"create"_s), Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(1).toString(), u"merge01"_s);

    const ScriptDirectory reloaded = load();
    QCOMPARE(reloaded.graph().heads(), QStringList{u"merge01"_s});
    QCOMPARE(reloaded.graph().revision(u"merge01"_s)->downRevisions, (QStringList{u"d1ae55532612"_s, u"side01"_s}));
}

void TestRevisionDialogs::mergeNeedsTwoHeads()
{
    Studio::MergeDialog single(load(), config());
    QVERIFY(!single.preview()->problem().isEmpty());
    QVERIFY(!single.findChild<QPushButton *>(u"create"_s)->isEnabled());
    QVERIFY(!single.create());

    addBranch();
    Studio::MergeDialog dialog(load(), config());
    auto *heads = dialog.findChild<QListWidget *>(u"heads"_s);
    heads->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.preview()->problem(), u"Check at least two heads to merge."_s);
    QVERIFY(!dialog.findChild<QPushButton *>(u"create"_s)->isEnabled());
    heads->item(1)->setCheckState(Qt::Checked);
    QVERIFY(dialog.preview()->problem().isEmpty());
}

void TestRevisionDialogs::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestRevisionDialogs::screenshots()
{
    QFETCH(bool, dark);
    Studio::applyColorScheme(dark ? Studio::ColorScheme::Dark : Studio::ColorScheme::Light);
    addBranch();
    const QString suffix = dark ? u"dark"_s : u"light"_s;
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(folder));

    Studio::NewRevisionDialog revision(load(), config());
    revision.setMessage(u"Add avatar URL to users"_s);
    revision.setDependsOn({u"side"_s});
    revision.show();
    QVERIFY(QTest::qWaitForWindowExposed(&revision));
    QVERIFY(revision.grab().save(folder + u"/newrevisiondialog-"_s + suffix + u".png"_s));

    revision.setRevisionId(u"bad-id"_s);
    QVERIFY(revision.grab().save(folder + u"/newrevisiondialog-error-"_s + suffix + u".png"_s));

    Studio::MergeDialog merge(load(), config());
    merge.setMessage(u"merge side branch"_s);
    merge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&merge));
    QVERIFY(merge.grab().save(folder + u"/mergedialog-"_s + suffix + u".png"_s));
}

QTEST_MAIN(TestRevisionDialogs)
#include "tst_revisiondialogs.moc"
