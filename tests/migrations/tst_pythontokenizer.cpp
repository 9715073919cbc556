#include <migrations/python/stringliteral.h>
#include <migrations/python/tokenizer.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations::Python;

namespace {

const char *kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Op: return "OP";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Nl: return "NL";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::Comment: return "COMMENT";
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Error: return "ERROR";
    }
    return "?";
}

// One token per word: KIND, its text for tokens that have one, and for errors where and why.
QString dump(QStringView source)
{
    Tokenizer tokenizer(source);
    QStringList words;
    for (int guard = 0; guard < 1000; ++guard) {
        const Token token = tokenizer.next();
        QString word = QLatin1StringView(kindName(token.kind));
        switch (token.kind) {
        case TokenKind::String:
            // f marks an f-string, F one with replacement fields
            word += QLatin1StringView(token.hasReplacementFields ? "F" : token.isFString ? "f" : "");
            word += u'(' + token.text(source).toString() + u')';
            break;
        case TokenKind::Name: case TokenKind::Number: case TokenKind::Comment:
            word += u'(' + token.text(source).toString() + u')';
            break;
        case TokenKind::Op:
            word += u'(' + token.text(source).toString() + u'/' + QString::number(token.depth) + u')';
            break;
        case TokenKind::Error:
            word += u"@%1:%2(%3)"_s.arg(token.line).arg(token.column).arg(tokenizer.errorString());
            break;
        default:
            break;
        }
        words.append(word);
        if (token.kind == TokenKind::EndMarker || token.kind == TokenKind::Error)
            break;
    }
    return words.join(u' ');
}

} // namespace

class TestPythonTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void positions();
    void strings_data();
    void strings();
};

void TestPythonTokenizer::tokens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    struct Row { const char *name; QString source; QString expected; };
    const Row rows[] = {
        {"empty", u""_s, u"ENDMARKER"_s},
        {"assignment", u"x = 'a'\n"_s, u"NAME(x) OP(=/0) STRING('a') NEWLINE ENDMARKER"_s},
        {"no final newline", u"x"_s, u"NAME(x) NEWLINE ENDMARKER"_s},
        {"unicode identifier", u"été_1 = ÿ\n"_s, u"NAME(été_1) OP(=/0) NAME(ÿ) NEWLINE ENDMARKER"_s},
        {"numbers", u"1 0x1F 0o7 0b1 1_000 1.5e-3 .5 3j 1e5\n"_s,
         u"NUMBER(1) NUMBER(0x1F) NUMBER(0o7) NUMBER(0b1) NUMBER(1_000) NUMBER(1.5e-3) NUMBER(.5) NUMBER(3j) NUMBER(1e5) NEWLINE ENDMARKER"_s},
        {"string prefixes", u"r'a' B\"b\" u'c' f'd' Rb'e' bR'f' fr'g' RF'h'\n"_s,
         u"STRING(r'a') STRING(B\"b\") STRING(u'c') STRINGf(f'd') STRING(Rb'e') STRING(bR'f') STRINGf(fr'g') STRINGf(RF'h') NEWLINE ENDMARKER"_s},
        {"not a prefix", u"ub'a'\n"_s, u"NAME(ub) STRING('a') NEWLINE ENDMARKER"_s},
        {"triple quotes span lines", u"'''a\nb''' \"\"\"c\"\"\"\n"_s,
         u"STRING('''a\nb''') STRING(\"\"\"c\"\"\") NEWLINE ENDMARKER"_s},
        {"escaped quote", u"'a\\'b'\n"_s, u"STRING('a\\'b') NEWLINE ENDMARKER"_s},
        {"raw string keeps backslash quote", u"r'a\\'b'\n"_s, u"STRING(r'a\\'b') NEWLINE ENDMARKER"_s},
        {"f-string nested quotes", u"f\"{x[\"a\"]}\"\n"_s, u"STRINGF(f\"{x[\"a\"]}\") NEWLINE ENDMARKER"_s},
        {"f-string doubled braces are no field", u"f'{{a}}' F'{b!r:>{w}}'\n"_s,
         u"STRINGf(f'{{a}}') STRINGF(F'{b!r:>{w}}') NEWLINE ENDMARKER"_s},
        {"operators", u"a **= b // c -> d := e != f ... @\n"_s,
         u"NAME(a) OP(**=/0) NAME(b) OP(///0) NAME(c) OP(->/0) NAME(d) OP(:=/0) NAME(e) OP(!=/0) NAME(f) OP(.../0) OP(@/0) NEWLINE ENDMARKER"_s},
        {"bracket depth", u"f([{}])\n"_s,
         u"NAME(f) OP((/0) OP([/1) OP({/2) OP(}/2) OP(]/1) OP()/0) NEWLINE ENDMARKER"_s},
        {"line breaks inside brackets are NL", u"(a,\n b)\n"_s,
         u"OP((/0) NAME(a) OP(,/1) NL NAME(b) OP()/0) NEWLINE ENDMARKER"_s},
        {"backslash joins lines", u"a = \\\n  b\n"_s, u"NAME(a) OP(=/0) NAME(b) NEWLINE ENDMARKER"_s},
        {"comment and blank lines", u"# c\n\nx  # d\n"_s,
         u"COMMENT(# c) NL NL NAME(x) COMMENT(# d) NEWLINE ENDMARKER"_s},
        {"indent and dedent", u"if x:\n    y\n    if z:\n        w\nv\n"_s,
         u"NAME(if) NAME(x) OP(:/0) NEWLINE INDENT NAME(y) NEWLINE NAME(if) NAME(z) OP(:/0) NEWLINE INDENT NAME(w) NEWLINE DEDENT DEDENT NAME(v) NEWLINE ENDMARKER"_s},
        {"dedents at end of file", u"def f():\n\treturn 1"_s,
         u"NAME(def) NAME(f) OP((/0) OP()/0) OP(:/0) NEWLINE INDENT NAME(return) NUMBER(1) NEWLINE DEDENT ENDMARKER"_s},
        {"comment lines do not indent", u"if x:\n  y\n        # c\n  z\n"_s,
         u"NAME(if) NAME(x) OP(:/0) NEWLINE INDENT NAME(y) NEWLINE COMMENT(# c) NL NAME(z) NEWLINE DEDENT ENDMARKER"_s},
        {"crlf", u"a\r\nb\r\n"_s, u"NAME(a) NEWLINE NAME(b) NEWLINE ENDMARKER"_s},
        {"cr only", u"a\rb\r"_s, u"NAME(a) NEWLINE NAME(b) NEWLINE ENDMARKER"_s},
        {"byte order mark", u"\uFEFFa\n"_s, u"NAME(a) NEWLINE ENDMARKER"_s},
        {"unterminated string", u"x = 'abc\n"_s,
         u"NAME(x) OP(=/0) ERROR@1:5(unterminated string literal (detected at line 1))"_s},
        {"unterminated triple-quoted string", u"x\n'''abc\n\n"_s,
         u"NAME(x) NEWLINE ERROR@2:1(unterminated triple-quoted string literal (detected at line 3))"_s},
        {"unmatched closing bracket", u"a)\n"_s, u"NAME(a) ERROR@1:2(unmatched ')')"_s},
        {"mismatched bracket", u"(a,\n]\n"_s,
         u"OP((/0) NAME(a) OP(,/1) NL ERROR@2:1(closing parenthesis ']' does not match opening parenthesis '(' on line 1)"_s},
        {"never closed", u"x = [1,\n"_s,
         u"NAME(x) OP(=/0) OP([/0) NUMBER(1) OP(,/1) NL ERROR@1:5('[' was never closed)"_s},
        {"inconsistent dedent", u"if x:\n    a\n  b\n"_s,
         u"NAME(if) NAME(x) OP(:/0) NEWLINE INDENT NAME(a) NEWLINE ERROR@3:4(unindent does not match any outer indentation level)"_s},
        {"tabs and spaces", u"if x:\n\ta\n        b\n"_s,
         u"NAME(if) NAME(x) OP(:/0) NEWLINE INDENT NAME(a) NEWLINE ERROR@3:1(inconsistent use of tabs and spaces in indentation)"_s},
        {"character after continuation", u"a \\ b\n"_s,
         u"NAME(a) ERROR@1:4(unexpected character after line continuation character)"_s},
        {"backslash at end of file", u"a = \\\n"_s, u"NAME(a) OP(=/0) ERROR@1:6(unexpected EOF while parsing)"_s},
        {"unterminated at end of file", u"'abc"_s, u"ERROR@1:1(unterminated string literal (detected at line 1))"_s},
        {"invalid character", u"a € b\n"_s, u"NAME(a) ERROR@1:3(invalid character '€' (U+20AC))"_s},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.source << row.expected;
}

void TestPythonTokenizer::tokens()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(dump(source), expected);
}

void TestPythonTokenizer::positions()
{
    const QString source = u"\uFEFFx = (1,\r\n     'b')\n\tz"_s;
    Tokenizer tokenizer(source);
    Token token = tokenizer.next();
    QCOMPARE(token.line, 1);
    QCOMPARE(token.column, 1); // the byte-order mark is not a column
    while (token.text(source) != u"'b'"_s)
        token = tokenizer.next();
    QCOMPARE(token.line, 2);
    QCOMPARE(token.column, 6);
    QCOMPARE(source.sliced(token.begin, token.end - token.begin), u"'b'"_s);
}

void TestPythonTokenizer::strings_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("flags"); // b=bytes r=raw f=f-string F=fields N=unsupported E=error

    struct Row { const char *name; QString token; QString value; QString flags; };
    const Row rows[] = {
        {"plain", u"'abc'"_s, u"abc"_s, u""_s},
        {"simple escapes", u"'\\n\\t\\\\\\'\\\"\\a'"_s, u"\n\t\\'\"\a"_s, u""_s},
        {"hex and unicode", u"'\\x41\\u00e9\\U0001F680'"_s, u"Aé\U0001F680"_s, u""_s},
        {"octal", u"'\\101\\0\\7'"_s, u"A"_s + QChar(0) + QChar(7), u""_s},
        {"unknown escape kept", u"'\\q'"_s, u"\\q"_s, u""_s},
        {"line continuation", u"'''a\\\nb'''"_s, u"ab"_s, u""_s},
        {"crlf becomes newline", u"'''a\r\nb\rc'''"_s, u"a\nb\nc"_s, u""_s},
        {"raw", u"r'\\n\\x'"_s, u"\\n\\x"_s, u"r"_s},
        {"bytes", u"b'\\x41\\u0041'"_s, u"A\\u0041"_s, u"b"_s},
        {"bytes reject non-ascii", u"b'é'"_s, u""_s, u"bE"_s},
        {"f-string without fields", u"f'a{{b}}'"_s, u"a{b}"_s, u"f"_s},
        {"f-string with fields", u"f'a{b}'"_s, u"a"_s, u"fF"_s},
        {"named escape", u"'\\N{BULLET}'"_s, u"\\N{BULLET}"_s, u"N"_s},
        {"truncated hex", u"'\\x4'"_s, u""_s, u"E"_s},
        {"empty triple", u"''''''"_s, u""_s, u""_s},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.token << row.value << row.flags;
}

void TestPythonTokenizer::strings()
{
    QFETCH(QString, token);
    QFETCH(QString, value);
    QFETCH(QString, flags);
    const StringLiteral literal = decodeStringLiteral(token);
    QString actualFlags;
    if (literal.isBytes) actualFlags += u'b';
    if (literal.isRaw) actualFlags += u'r';
    if (literal.isFString) actualFlags += u'f';
    if (literal.hasReplacementFields) actualFlags += u'F';
    if (literal.unsupported) actualFlags += u'N';
    if (!literal.error.isEmpty()) actualFlags += u'E';
    QCOMPARE(actualFlags, flags);
    if (literal.error.isEmpty())
        QCOMPARE(literal.value, value);
}

QTEST_GUILESS_MAIN(TestPythonTokenizer)
#include "tst_pythontokenizer.moc"
