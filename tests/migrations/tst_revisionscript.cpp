#include <migrations/revisionscript.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::Diagnostic;
using Migrations::RevisionScript;

class TestRevisionScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeader_data();
    void readsHeader();
    void needsPython_data();
    void needsPython();
    void docs_data();
    void docs();
    void revisionLine();
    void readsQuickly();
};

namespace {

const QString path = u"/project/versions/x_rev.py"_s;

QString header(const QString &body)
{
    return u"from alembic import op\nimport sqlalchemy as sa\n"_s + body;
}

} // namespace

void TestRevisionScript::readsHeader_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("depends");

    struct Row { const char *name; QString source; QString revision; QStringList down, labels, depends; };
    const Row rows[] = {
        {"plain", u"revision = 'a1'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n"_s,
         u"a1"_s, {}, {}, {}},
        {"absent labels", u"revision = 'a1'\ndown_revision = 'p'\n"_s, u"a1"_s, {u"p"_s}, {}, {}},
        {"annotated union", u"revision: str = 'a1'\ndown_revision: Union[str, None] = 'p'\n"
                            "branch_labels: Union[str, Sequence[str], None] = None\n"_s,
         u"a1"_s, {u"p"_s}, {}, {}},
        {"pep 604", u"revision: str = \"a\"\ndown_revision: str | None = None\n"
                    "depends_on: tuple[str, ...] | None = ('d',)\n"_s, u"a"_s, {}, {}, {u"d"_s}},
        {"merge of two", u"revision = 'm'\ndown_revision = ('a', 'b')\n"_s, u"m"_s, {u"a"_s, u"b"_s}, {}, {}},
        {"merge of three", u"revision = 'm'\ndown_revision = ('a', 'b', 'c')\n"_s, u"m"_s,
         {u"a"_s, u"b"_s, u"c"_s}, {}, {}},
        {"list", u"revision = 'm'\ndown_revision = ['a', 'b']\nbranch_labels = ['x']\n"_s, u"m"_s,
         {u"a"_s, u"b"_s}, {u"x"_s}, {}},
        {"one-element tuple", u"revision = 'r'\ndown_revision = ('a',)\n"_s, u"r"_s, {u"a"_s}, {}, {}},
        {"parenthesised string", u"revision = ('r')\ndown_revision = ('a')\n"_s, u"r"_s, {u"a"_s}, {}, {}},
        {"bare tuple", u"revision = 'r'\ndown_revision = 'a', 'b'\n"_s, u"r"_s, {u"a"_s, u"b"_s}, {}, {}},
        {"empty tuple", u"revision = 'r'\ndown_revision = None\nbranch_labels = ()\ndepends_on = []\n"_s,
         u"r"_s, {}, {}, {}},
        {"trailing comma", u"revision = 'r'\ndown_revision = (\n    'a',\n    'b',\n)\n"_s, u"r"_s,
         {u"a"_s, u"b"_s}, {}, {}},
        {"string label", u"revision = 'r'\ndown_revision = None\nbranch_labels = 'lbl'\n"_s, u"r"_s,
         {}, {u"lbl"_s}, {}},
        {"implicit concatenation", u"revision = 'add_' 'run' \\\n    '_timestamps'\ndown_revision = None\n"_s,
         u"add_run_timestamps"_s, {}, {}, {}},
        {"raw string", u"revision = r'a\\b'\ndown_revision = None\n"_s, u"a\\b"_s, {}, {}, {}},
        {"name defined above", u"LABELS = ('x', 'y')\nrevision = 'r'\ndown_revision = None\nbranch_labels = LABELS\n"_s,
         u"r"_s, {}, {u"x"_s, u"y"_s}, {}},
        {"last assignment wins", u"revision = 'a'\ndown_revision = 'x'\nrevision = 'b'\ndown_revision = None\n"_s,
         u"b"_s, {}, {}, {}},
        {"chained assignment", u"revision = rev = 'I38991de2b4'\ndown_revision = None\n"_s,
         u"I38991de2b4"_s, {}, {}, {}},
        {"function bodies skipped", u"revision = 'r'\ndown_revision = None\ndef upgrade():\n    revision = 'no'\n"
                                    "    if x:\n        down_revision = 'no'\nclass C:\n    depends_on = 'no'\n"_s,
         u"r"_s, {}, {}, {}},
        {"annotation alone binds nothing", u"revision = 'r'\nrevision: str\ndown_revision = None\n"_s,
         u"r"_s, {}, {}, {}},
        {"star import before the whole header",
         u"from sqlalchemy import *\nrevision = 'r'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n"_s,
         u"r"_s, {}, {}, {}},
        {"semicolons", u"revision = 'r'; down_revision = None\n"_s, u"r"_s, {}, {}, {}},
        {"f-string without fields", u"revision = f'r'\ndown_revision = None\n"_s, u"r"_s, {}, {}, {}},
        {"legacy id from file name", u"down_revision = None\n"_s, QString(), {}, {}, {}},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << header(row.source) << row.revision << row.down << row.labels
                                      << row.depends;
}

void TestRevisionScript::readsHeader()
{
    QFETCH(QString, source);
    QFETCH(QString, revision);
    QFETCH(QStringList, down);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, depends);

    // Without a `revision`, Alembic takes a hex file name as the id.
    const QString file = revision.isEmpty() ? u"/p/versions/1a2b.py"_s : path;
    Diagnostic diagnostic;
    const auto script = Migrations::parseRevisionScript(source, file, &diagnostic);
    QVERIFY2(script, qPrintable(u"%1: %2"_s.arg(diagnostic.line).arg(diagnostic.message)));
    QCOMPARE(script->revision, revision.isEmpty() ? u"1a2b"_s : revision);
    QCOMPARE(script->downRevisions, down);
    QCOMPARE(script->branchLabels, labels);
    QCOMPARE(script->dependsOn, depends);
    QCOMPARE(script->path, file);
}

void TestRevisionScript::needsPython_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    struct Row { const char *name; QString source; int line; QString message; };
    const Row rows[] = {
        {"function call", u"revision = make_id()\ndown_revision = None\n"_s, 1,
         u"`revision` needs Python to know its value: a function call"_s},
        {"method call", u"revision = 'a'.upper()\ndown_revision = None\n"_s, 1,
         u"`revision` needs Python to know its value: an attribute access"_s},
        {"f-string with fields", u"revision = 'r'\nrev = 'p'\ndown_revision = (\n    f'{rev}x',\n)\n"_s, 4,
         u"`down_revision` needs Python to know its value: an f-string with replacement fields"_s},
        {"conditional", u"revision = 'r'\ndown_revision = 'a' if X else None\n"_s, 2,
         u"`down_revision` needs Python to know its value: a conditional expression"_s},
        {"plus", u"revision = 'r'\ndown_revision = None\nbranch_labels = 'a' + 'b'\n"_s, 3,
         u"`branch_labels` needs Python to know its value: the `+` operator"_s},
        {"undefined name", u"revision = 'r'\ndown_revision = None\ndepends_on = OTHER\n"_s, 3,
         u"`depends_on` needs Python to know its value: the name `OTHER` is not assigned a literal above"_s},
        {"inside an if block", u"revision = 'r'\ndown_revision = None\nif x:\n    depends_on = 'a'\n"_s, 4,
         u"`depends_on` needs Python to know its value: assigned inside a block (`if`)"_s},
        {"inside try", u"revision = 'r'\ntry:\n    down_revision = 'a'\nexcept Exception:\n    down_revision = None\n"_s, 5,
         u"`down_revision` needs Python to know its value: assigned inside a block (`except`)"_s},
        {"imported", u"from ids import revision\ndown_revision = None\n"_s, 1,
         u"`revision` needs Python to know its value: bound by an import"_s},
        {"unpacking", u"revision, down_revision = 'a', None\n"_s, 1,
         u"`revision` needs Python to know its value: assigned by unpacking"_s},
        {"augmented", u"revision = 'a'\nrevision += 'b'\ndown_revision = None\n"_s, 2,
         u"`revision` needs Python to know its value: augmented assignment `+=`"_s},
        {"bytes", u"revision = b'a'\ndown_revision = None\n"_s, 1,
         u"`revision` needs Python to know its value: a bytes literal, not a string"_s},
        {"name computed above", u"X = tuple('ab')\nrevision = 'r'\ndown_revision = None\nbranch_labels = X\n"_s, 4,
         u"`branch_labels` needs Python to know its value: the name `X` is a function call"_s},
        {"global in a function", u"revision = 'r'\ndown_revision = None\n\ndef bump():\n    global down_revision\n"
                                 "    down_revision = 'x'\n\nbump()\n"_s, 5,
         u"`down_revision` needs Python to know its value: a function declares it `global` and may assign it"_s},
        {"global in a one-line function", u"def f(): global revision; revision = 'x'\nrevision = 'r'\ndown_revision = None\n"_s, 1,
         u"`revision` needs Python to know its value: a function declares it `global` and may assign it"_s},
        // Function and class bodies are only scanned for `global`, at any depth (skipBody()).
        {"global deep in a method", u"revision = 'r'\ndown_revision = None\n\nclass C:\n    def m(self):\n"
                                    "        if x:\n            x = (1,\n  2); global depends_on\n"_s, 8,
         u"`depends_on` needs Python to know its value: a function declares it `global` and may assign it"_s},
        {"global after a nested block", u"def f():\n    if x:\n        pass\n    global revision\nrevision = 'r'\n"
                                        "down_revision = None\n"_s, 4,
         u"`revision` needs Python to know its value: a function declares it `global` and may assign it"_s},
        {"unexpected indent in a body", u"revision = 'r'\ndown_revision = None\ndef f():\n    x = 1\n        y = 2\n"_s, 5,
         u"invalid Python: unexpected indent"_s},
        {"name redefined by def", u"L = ('a',)\ndef L():\n    pass\nrevision = 'r'\ndown_revision = None\n"
                                  "branch_labels = L\n"_s, 6,
         u"`branch_labels` needs Python to know its value: the name `L` is a function"_s},
        {"star import after the header", u"revision = 'r'\ndown_revision = None\nfrom ids import *\n"_s, 3,
         u"`revision` needs Python to know its value: possibly rebound by `from … import *`"_s},
        {"star import, label never assigned", u"from sqlalchemy import *\nrevision = 'r'\ndown_revision = None\n"_s, 1,
         u"`branch_labels` needs Python to know its value: it may be bound by `from … import *`"_s},
        {"syntax error", u"revision = 'r\ndown_revision = None\n"_s, 1,
         u"invalid Python: unterminated string literal (detected at line 1)"_s},
        {"unexpected indent", u"revision = 'r'\n  down_revision = None\n"_s, 2,
         u"invalid Python: unexpected indent"_s},
        {"missing revision", u"down_revision = None\n"_s, 0,
         u"Could not determine revision id from filename x_rev.py. Be sure the 'revision' variable is "
         "declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."_s},
        {"missing down_revision", u"revision = 'r'\n"_s, 0,
         u"module 'x_rev_py' has no attribute 'down_revision'"_s},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.source << row.line << row.message;
}

void TestRevisionScript::needsPython()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(QString, message);

    Diagnostic diagnostic;
    const auto script = Migrations::parseRevisionScript(source, path, &diagnostic);
    QVERIFY(!script);
    QCOMPARE(diagnostic.message, message);
    QCOMPARE(diagnostic.line, line);
    QCOMPARE(diagnostic.file, path);
}

void TestRevisionScript::docs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("hasDocstring");
    QTest::addColumn<QString>("longDoc");
    QTest::addColumn<QString>("doc");

    const QString tail = u"\nrevision = 'r'\ndown_revision = None\n"_s;
    QTest::addRow("message and body") << u"\"\"\"Add users\n\nRevision ID: r\n\"\"\""_s + tail << true
                                      << u"Add users\n\nRevision ID: r"_s << u"Add users"_s;
    QTest::addRow("after imports is not __doc__") << u"import os\n\"\"\"Add users\"\"\""_s + tail
                                                  << false << QString() << QString();
    QTest::addRow("after a comment") << u"# coding: utf-8\n'''Add users'''"_s + tail << true
                                     << u"Add users"_s << u"Add users"_s;
    QTest::addRow("concatenated") << u"'Add ' \"users\""_s + tail << true << u"Add users"_s << u"Add users"_s;
    QTest::addRow("f-string") << u"f'Add users'"_s + tail << false << QString() << QString();
    QTest::addRow("bytes") << u"b'Add users'"_s + tail << false << QString() << QString();
    QTest::addRow("none") << tail << false << QString() << QString();
    QTest::addRow("__doc__ assigned") << u"__doc__ = 'set'"_s + tail << true << u"set"_s << u"set"_s;
}

void TestRevisionScript::docs()
{
    QFETCH(QString, source);
    QFETCH(bool, hasDocstring);
    QFETCH(QString, longDoc);
    QFETCH(QString, doc);

    Diagnostic diagnostic;
    const auto script = Migrations::parseRevisionScript(source, path, &diagnostic);
    QVERIFY2(script, qPrintable(diagnostic.message));
    QCOMPARE(script->docstring.has_value(), hasDocstring);
    QCOMPARE(script->longDoc(), longDoc);
    QCOMPARE(script->doc(), doc);
}

void TestRevisionScript::revisionLine()
{
    Diagnostic diagnostic;
    const auto script = Migrations::parseRevisionScript(
        u"\"\"\"doc\"\"\"\n\nrevision = 'a'\nrevision = (\n  'b')\ndown_revision = None\n"_s, path,
        &diagnostic);
    QVERIFY(script);
    QCOMPARE(script->revision, u"b"_s);
    QCOMPARE(script->revisionLine, 4);
}

// The budget is 10,000 scripts in under 100 ms; run with -iterations N for a measurement
// (a plain run executes the body once, so the suite stays fast).
void TestRevisionScript::readsQuickly()
{
    const QString source = u"\"\"\"Add refresh tokens\n\nRevision ID: 1975ea83b712\nRevises: ae1027a6acf\n"
                           "Create Date: 2024-01-02 10:00:00.000000\n\n\"\"\"\n"
                           "from typing import Sequence, Union\n\nfrom alembic import op\n"
                           "import sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"
                           "revision: str = '1975ea83b712'\n"
                           "down_revision: Union[str, None] = 'ae1027a6acf'\n"
                           "branch_labels: Union[str, Sequence[str], None] = None\n"
                           "depends_on: Union[str, Sequence[str], None] = None\n\n\n"
                           "def upgrade() -> None:\n    op.create_table(\n        'refresh_tokens',\n"
                           "        sa.Column('id', sa.Integer(), nullable=False),\n"
                           "        sa.Column('token', sa.String(length=255), nullable=False),\n"
                           "        sa.PrimaryKeyConstraint('id'),\n    )\n\n\n"
                           "def downgrade() -> None:\n    op.drop_table('refresh_tokens')\n"_s;
    Diagnostic diagnostic;
    QBENCHMARK {
        const auto script = Migrations::parseRevisionScript(source, path, &diagnostic);
        QVERIFY(script);
        QCOMPARE(script->downRevisions, QStringList{u"ae1027a6acf"_s});
    }
}

QTEST_GUILESS_MAIN(TestRevisionScript)
#include "tst_revisionscript.moc"
