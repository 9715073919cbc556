// Which files ScriptDirectory::load reads and under which path: Alembic keys every file by
// os.path.realpath, so links to files and folders reached through links must give the
// target's real path, and a file reached twice must be read once, with a warning.
#include <migrations/python/modulenamespace.h>
#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScriptDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realPaths_data();
    void realPaths();
    void keepsSourcesWhenAsked();

private:
    void writeScript(const QString &path, const QString &revision, const QString &downRevision);
    void link(const QString &target, const QString &linkPath);

    QTemporaryDir m_root;
    QString m_real; // the canonical path of m_root
};

void TestScriptDirectory::writeScript(const QString &path, const QString &revision,
                                      const QString &downRevision)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"revision = '%1'\ndown_revision = %2\n"_s.arg(revision, downRevision).toUtf8());
}

void TestScriptDirectory::link(const QString &target, const QString &linkPath)
{
    QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
}

void TestScriptDirectory::initTestCase()
{
    // real/versions   a1_one.py, b2_two.py, notes.txt (not a script, still listed)
    //                 c3_same.py -> a1_one.py (the same file again)
    //                 e5_far.py -> ../other/d4_far.py (a file elsewhere)
    //                 f6_broken.py -> missing.py (a link to nothing)
    //                 sub/g7_sub.py (read when recursive), linked -> ../other (never descended)
    // real/other      d4_far.py
    // alias -> real/versions; alias2 -> alias (a link to a link)
    QVERIFY(m_root.isValid());
    m_real = QFileInfo(m_root.path()).canonicalFilePath();
    QVERIFY(!m_real.isEmpty());
    const QDir root(m_root.path());
    QVERIFY(root.mkpath(u"real/versions/sub"_s));
    QVERIFY(root.mkpath(u"real/other"_s));
    const QString versions = root.filePath(u"real/versions"_s);
    writeScript(versions + u"/a1_one.py"_s, u"a1"_s, u"None"_s);
    writeScript(versions + u"/b2_two.py"_s, u"b2"_s, u"'a1'"_s);
    writeScript(root.filePath(u"real/other/d4_far.py"_s), u"d4"_s, u"'b2'"_s);
    writeScript(versions + u"/sub/g7_sub.py"_s, u"g7"_s, u"'d4'"_s);
    QFile notes(versions + u"/notes.txt"_s);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    link(u"a1_one.py"_s, versions + u"/c3_same.py"_s);
    link(u"../other/d4_far.py"_s, versions + u"/e5_far.py"_s);
    link(u"missing.py"_s, versions + u"/f6_broken.py"_s);
    link(u"../other"_s, versions + u"/linked"_s);
    link(u"real/versions"_s, root.filePath(u"alias"_s));
    link(u"alias"_s, root.filePath(u"alias2"_s));
}

void TestScriptDirectory::realPaths_data()
{
    QTest::addColumn<QStringList>("locations"); // relative to the temporary folder
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QStringList>("scripts");      // paths read, relative to its real path
    QTest::addColumn<QStringList>("unreadable");   // paths of the diagnostics
    QTest::addColumn<QStringList>("loadedTwice");  // paths warned about

    const QStringList flat = {u"real/versions/a1_one.py"_s, u"real/versions/b2_two.py"_s,
                              u"real/other/d4_far.py"_s};
    const QStringList sameTwice = {u"real/versions/a1_one.py"_s};
    QTest::addRow("the real folder")
        << QStringList{u"real/versions"_s} << false << flat
        << QStringList{u"real/versions/f6_broken.py"_s} << sameTwice;
    QTest::addRow("a trailing slash and a dot-dot")
        << QStringList{u"real/other/../versions/"_s} << false << flat
        << QStringList{u"real/other/../versions/f6_broken.py"_s} << sameTwice;
    QTest::addRow("through a linked folder")
        << QStringList{u"alias"_s} << false << flat
        << QStringList{u"alias/f6_broken.py"_s} << sameTwice;
    QTest::addRow("through a link to a link")
        << QStringList{u"alias2"_s} << false << flat
        << QStringList{u"alias2/f6_broken.py"_s} << sameTwice;
    QTest::addRow("recursive")
        << QStringList{u"real/versions"_s} << true
        << flat + QStringList{u"real/versions/sub/g7_sub.py"_s}
        << QStringList{u"real/versions/f6_broken.py"_s} << sameTwice;
    QTest::addRow("the same folder twice, once through a link")
        << QStringList{u"real/versions"_s, u"alias"_s} << false << flat
        << QStringList{u"real/versions/f6_broken.py"_s, u"alias/f6_broken.py"_s}
        << QStringList{u"real/versions/a1_one.py"_s, u"real/versions/a1_one.py"_s,
                       u"real/versions/b2_two.py"_s, u"real/versions/a1_one.py"_s,
                       u"real/other/d4_far.py"_s,
                       u"real/versions/notes.txt"_s};
    QTest::addRow("a folder with the target of a link")
        << QStringList{u"real/other"_s, u"real/versions"_s} << false
        << QStringList{u"real/other/d4_far.py"_s, u"real/versions/a1_one.py"_s,
                       u"real/versions/b2_two.py"_s}
        << QStringList{u"real/versions/f6_broken.py"_s}
        << QStringList{u"real/versions/a1_one.py"_s, u"real/other/d4_far.py"_s};
}

void TestScriptDirectory::realPaths()
{
    QFETCH(QStringList, locations);
    QFETCH(bool, recursive);
    QFETCH(QStringList, scripts);
    QFETCH(QStringList, unreadable);
    QFETCH(QStringList, loadedTwice);

    const QDir root(m_root.path());
    QStringList absoluteLocations;
    for (const QString &location : std::as_const(locations))
        absoluteLocations.append(root.filePath(location));
    const auto directory = Migrations::ScriptDirectory::load(absoluteLocations, false, recursive);

    QStringList actualScripts;
    for (const auto &script : directory.scripts())
        actualScripts.append(script.path);
    QStringList expectedScripts;
    for (const QString &script : std::as_const(scripts))
        expectedScripts.append(m_real + u'/' + script);
    QCOMPARE(actualScripts, expectedScripts);

    // A broken link has no real path: it keeps the path it was listed under.
    QStringList actualUnreadable;
    for (const auto &diagnostic : directory.diagnostics())
        actualUnreadable.append(diagnostic.file);
    QStringList expectedUnreadable;
    for (const QString &path : std::as_const(unreadable))
        expectedUnreadable.append(root.filePath(path));
    QCOMPARE(actualUnreadable, expectedUnreadable);

    QStringList actualTwice;
    for (const auto &warning : directory.warnings())
        if (warning.message.contains("loaded twice"_L1))
            actualTwice.append(warning.file);
    QStringList expectedTwice;
    for (const QString &path : std::as_const(loadedTwice))
        expectedTwice.append(m_real + u'/' + path);
    QCOMPARE(actualTwice, expectedTwice);
}

QTEST_GUILESS_MAIN(TestScriptDirectory)
// The offline commands read each step's body from the text its header was read from, and
// resolve its names in the namespace read then: kept only when asked, and exactly the file.
void TestScriptDirectory::keepsSourcesWhenAsked()
{
    const QString versions = m_real + u"/real/versions"_s;
    const auto kept = Migrations::ScriptDirectory::load({versions}, false, false, Migrations::ScriptSources::Keep);
    const auto dropped = Migrations::ScriptDirectory::load({versions}, false, false);
    QCOMPARE(kept.scripts().size(), dropped.scripts().size());
    QVERIFY(!kept.scripts().isEmpty());
    for (const Migrations::RevisionScript &script : kept.scripts()) {
        QFile file(script.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(script.source, std::optional<QString>(QString::fromUtf8(file.readAll())));
        QVERIFY(script.moduleNamespace);
        const Migrations::Python::LiteralValue *revision = script.moduleNamespace->names.find(u"revision");
        QVERIFY(revision);
        QCOMPARE(revision->string, script.revision);
    }
    for (const Migrations::RevisionScript &script : dropped.scripts()) {
        QVERIFY(!script.source);
        QVERIFY(!script.moduleNamespace);
    }
}

#include "tst_scriptdirectory.moc"
