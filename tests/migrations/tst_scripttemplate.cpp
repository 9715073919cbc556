// The script.py.mako renderer: each construct of the stock templates renders as Mako
// renders it (the expected texts were checked against Mako 1.3 by hand, and the whole
// templates against real Alembic in tests/fidelity/revision_commands.py); everything else
// is refused with the file and the line, never rendered some other way.
#include <migrations/scripttemplate.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

namespace {

TemplateArguments alembicArguments()
{
    TemplateArguments arguments;
    arguments.values.insert(u"up_revision"_s, TemplateValue::string(u"ae1027a6acf"_s));
    arguments.values.insert(u"down_revision"_s, TemplateValue::tuple({u"a1"_s, u"b2"_s}));
    arguments.values.insert(u"branch_labels"_s, TemplateValue::tuple({u"lbl"_s}));
    arguments.values.insert(u"depends_on"_s, TemplateValue::none());
    arguments.values.insert(u"create_date"_s, TemplateValue::string(u"2026-11-25 07:32:34.532538"_s));
    arguments.values.insert(u"message"_s, TemplateValue::string(u"it's \"here\""_s));
    arguments.mainOption = [](const QString &name) -> std::optional<QString> {
        if (name == u"databases")
            return u"engine1, engine2"_s;
        return std::nullopt;
    };
    return arguments;
}

} // namespace

class TestScriptTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
    void refuses_data();
    void refuses();
    void withoutIni();
};

void TestScriptTemplate::renders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &source, const QString &expected) {
        QTest::addRow("%s", name) << source << expected;
    };
    row("plain text", u"a $ b % c\n"_s, u"a $ b % c\n"_s);
    row("str of a string", u"${up_revision}"_s, u"ae1027a6acf"_s);
    row("str of a tuple", u"${down_revision}"_s, u"('a1', 'b2')"_s);
    row("str of a one-tuple", u"${branch_labels}"_s, u"('lbl',)"_s);
    row("str of None", u"${depends_on}"_s, u"None"_s);
    row("repr quotes as Python", u"${repr(message)}"_s, u"'it\\'s \"here\"'"_s);
    row("repr of a tuple", u"${repr(down_revision)}"_s, u"('a1', 'b2')"_s);
    row("comma,n joins", u"${down_revision | comma,n}"_s, u"a1, b2"_s);
    row("comma of None is empty", u"${depends_on | comma,n}"_s, QString());
    row("comma without n after str", u"${down_revision | comma}"_s, u"('a1', 'b2')"_s);
    row("trim", u"${'  x  ' | trim}"_s, u"x"_s);
    row("undefined is false", u"${imports if imports else \"\"}|${upgrades if upgrades else \"pass\"}"_s,
        u"|pass"_s);
    row("and/or/not", u"${not depends_on and 'none' or 'some'}"_s, u"none"_s);
    row("is None", u"${'n' if depends_on is None else 'v'}${'n' if message is not None else 'v'}"_s, u"nn"_s);
    row("equality", u"${'y' if up_revision == 'ae1027a6acf' else 'n'}${'y' if message != 'x' else 'n'}"_s,
        u"yy"_s);
    row("percent", u"${\"%s_upgrades\" % up_revision}"_s, u"ae1027a6acf_upgrades"_s);
    row("context.get", u"${context.get(\"message\")}|${context.get(\"nope\", \"pass\")}"_s,
        u"it's \"here\"|pass"_s);
    row("adjacent literals", u"${'a' \"b\"}"_s, u"ab"_s);
    row("comment lines vanish", u"a\n## gone\n  ## gone too\nb ## kept\n"_s, u"a\nb ## kept\n"_s);
    row("backslash joins lines", u"a \\\nb\n"_s, u"a b\n"_s);
    row("if/elif/else", u"% if depends_on:\nD\n% elif branch_labels:\nL ${branch_labels | comma,n}\n% else:\nE\n% endif\nend"_s,
        u"L lbl\nend"_s);
    row("for over a tuple", u"% for r in down_revision:\n- ${r}\n% endfor\n"_s, u"- a1\n- b2\n"_s);
    row("indented control lines", u"  % if True:\nyes\n  % endif\n"_s, u"yes\n"_s);
    row("module import and re.split",
        u"<%!\nimport re\n\n%>x\n% for n in re.split(r',\\s*', 'a, b,c'):\n${n}\n% endfor\n"_s, u"x\na\nb\nc\n"_s);
    row("python block assigns", u"<%\n    names = config.get_main_option(\"databases\")\n%>\n[${names}]"_s,
        u"\n[engine1, engine2]"_s);
    row("missing option is None", u"${config.get_main_option('nope')}"_s, u"None"_s);
    row("utf-8 encoding comment", u"## coding: utf-8\nx"_s, u"x"_s);
    row("doc dropped", u"<%doc>\nAlembic ${x}\n</%doc>\nA${'1'}"_s, u"\nA1"_s);
    row("text as written", u"<%text>\n${x} % if\n</%text>\nB"_s, u"\n${x} % if\n\nB"_s);
    row("doc inline", u"a <%doc> x </%doc> b"_s, u"a  b"_s);
    row("doc then control line", u"  <%doc>x</%doc>\n% if True:\nY\n% endif\n"_s, u"  \nY\n"_s);
    row("CRLF kept", u"a\r\n% if True:\r\nb\r\n% endif\r\n"_s, u"a\r\nb\r\n"_s);
    row("multidb loop",
        u"<%!\nimport re\n%>\n<%\n    db_names = config.get_main_option(\"databases\")\n%>\n"
        "% for db_name in re.split(r',\\s*', db_names):\ndef upgrade_${db_name}():\n"
        "    ${context.get(\"%s_upgrades\" % db_name, \"pass\")}\n% endfor\n"_s,
        u"\n\ndef upgrade_engine1():\n    pass\ndef upgrade_engine2():\n    pass\n"_s);
}

void TestScriptTemplate::renders()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    Diagnostic error;
    const std::optional<QString> text = renderScriptTemplate(source, u"/p/script.py.mako"_s, alembicArguments(), &error);
    QVERIFY2(text, qPrintable(error.message));
    QCOMPARE(*text, expected);
}

void TestScriptTemplate::refuses_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char *name, const QString &source, int line, const QString &fragment) {
        QTest::addRow("%s", name) << source << line << fragment;
    };
    row("method call", u"a\nb\n${foo.bar()}\n"_s, 3, u"`${foo.bar()}`"_s);
    row("undefined printed", u"x\n${upgrades}"_s, 2, u"`${upgrades}`"_s);
    row("unknown filter", u"${message | h}"_s, 1, u"filters"_s);
    row("unknown function", u"${len(message)}"_s, 1, u"cannot render"_s);
    row("numbers", u"${1}"_s, 1, u"cannot render"_s);
    row("unclosed expression", u"a\n${message"_s, 2, u"never closed"_s);
    row("unclosed if", u"% if True:\nx\n"_s, 1, u"never closed"_s);
    row("stray endfor", u"x\n% endfor\n"_s, 2, u"closes nothing"_s);
    row("while", u"% while True:\n% endwhile\n"_s, 1, u"control line"_s);
    row("def tag", u"<%def name=\"x()\">y</%def>"_s, 1, u"tags"_s);
    row("unclosed doc", u"x\n<%doc>\ny"_s, 2, u"never closed"_s);
    row("other import", u"<%!\nimport os\n%>"_s, 2, u"import re"_s);
    row("statement in block", u"<%\n  print(1)\n%>"_s, 2, u"name = expression"_s);
    row("re without import", u"${re.split(',', 'a')}"_s, 1, u"import re"_s);
    row("re.split of None", u"<%!\nimport re\n%>${re.split(',', depends_on)}"_s, 3, u"not a string"_s);
    row("double percent line", u"%% literal\n"_s, 1, u"%%"_s);
    row("repr of undefined", u"${repr(imports)}"_s, 1, u"does not pass"_s);
    row("comma of undefined", u"${comma(imports)}"_s, 1, u"comma"_s);
    row("deep nesting", u"x\n${"_s + QString(500, u'(') + u"'a'"_s + QString(500, u')') + u'}', 2, u"nests too deeply"_s);
    row("long chain", u"${'a'"_s + QString(u" or 'a'"_s).repeated(3000) + u'}', 1, u"too long"_s);
    row("encoding comment", u"## -*- coding: latin-1 -*-\nx"_s, 1, u"latin-1"_s);
    row("deep control lines", u"% if True:\n"_s.repeated(200), 101, u"nest too deeply"_s);
}

void TestScriptTemplate::refuses()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Diagnostic error;
    const std::optional<QString> text = renderScriptTemplate(source, u"/p/script.py.mako"_s, alembicArguments(), &error);
    QVERIFY2(!text, qPrintable(text.value_or(QString())));
    QCOMPARE(error.file, u"/p/script.py.mako"_s);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.startsWith(u"script.py.mako line %1: "_s.arg(line)), qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestScriptTemplate::withoutIni()
{
    TemplateArguments arguments = alembicArguments();
    arguments.mainOption = nullptr;
    Diagnostic error;
    QVERIFY(!renderScriptTemplate(u"${config.get_main_option('databases')}"_s, u"script.py.mako"_s, arguments, &error));
    QVERIFY2(error.message.contains(u"alembic.ini"_s), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestScriptTemplate)
#include "tst_scripttemplate.moc"
