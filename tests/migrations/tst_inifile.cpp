#include <migrations/inifile.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::Diagnostic;
using Migrations::IniFile;

namespace {

const QMap<QString, QString> projectDefaults{{u"here"_s, u"/project"_s}};

// "Class@line" of a diagnostic whose message starts with the Python exception's name.
QString errorKey(const Diagnostic &diagnostic)
{
    return diagnostic.message.section(u':', 0, 0) + u'@' + QString::number(diagnostic.line);
}

// Every section (DEFAULT first) and every option it sees, with its interpolated value or
// the interpolation error's class; the same shape the Python script prints.
QJsonObject describe(const IniFile &file)
{
    QJsonObject sections;
    QStringList names{IniFile::defaultSection.toString()};
    names += file.sections();
    for (const QString &section : std::as_const(names)) {
        QJsonObject options;
        for (const QString &option : file.options(section)) {
            Diagnostic error;
            const std::optional<QString> value = file.value(section, option, &error);
            if (value)
                options.insert(option, *value);
            else
                options.insert(option, QJsonObject{{u"error"_s, error.message.section(u':', 0, 0)}});
        }
        sections.insert(section, options);
    }
    return QJsonObject{{u"sections"_s, sections}};
}

// Loads each file as Alembic 1.13 does (ConfigParser(defaults={'here': folder}), read with
// the locale's encoding) and prints the same shape as describe(), or the error and line.
constexpr auto referenceScript = R"(
import configparser, json, os, sys
out = {}
for path in sys.argv[1:]:
    name = os.path.basename(path)
    parser = configparser.ConfigParser({'here': os.path.abspath(os.path.dirname(path))})
    try:
        parser.read(path, encoding='locale')
    except (configparser.DuplicateSectionError, configparser.DuplicateOptionError) as e:
        out[name] = {'error': type(e).__name__, 'line': e.lineno}
        continue
    except configparser.ParsingError as e:
        line = getattr(e, 'lineno', None) or e.errors[0][0]
        out[name] = {'error': type(e).__name__, 'line': line}
        continue
    sections = {}
    for section in ['DEFAULT'] + parser.sections():
        options = {}
        names = parser.defaults() if section == 'DEFAULT' else parser.options(section)
        for option in names:
            try:
                options[option] = parser.get(section, option)
            except configparser.InterpolationError as e:
                options[option] = {'error': type(e).__name__}
        sections[section] = options
    out[name] = {'sections': sections}
print(json.dumps(out))
)";

} // namespace

class TestIniFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void parseErrors_data();
    void parseErrors();
    void interpolationErrors_data();
    void interpolationErrors();
    void sectionsAndOptions();
    void readsFilesWithHere();
    void stopsExponentialInterpolation();
    void agreesWithPython_data();
    void agreesWithPython();
    void agreesWithPythonOnGeneratedFiles();

private:
    void initReference();

    QJsonObject m_reference;
    QString m_referenceError;
    bool m_referenceLoaded = false;
};

void TestIniFile::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");

    struct Row
    {
        const char *name;
        QString text, section, option, value;
    };
    const Row rows[] = {
        {"equals", u"[a]\nx = 1\n"_s, u"a"_s, u"x"_s, u"1"_s},
        {"colon", u"[a]\nx: 1\n"_s, u"a"_s, u"x"_s, u"1"_s},
        {"first delimiter wins", u"[a]\nurl = a:b=c\n"_s, u"a"_s, u"url"_s, u"a:b=c"_s},
        {"colon before equals", u"[a]\nx:y = z\n"_s, u"a"_s, u"x"_s, u"y = z"_s},
        {"option lower-cased", u"[a]\nScript_Location = s\n"_s, u"a"_s, u"script_location"_s, u"s"_s},
        {"lookup case-insensitive", u"[a]\nx = 1\n"_s, u"a"_s, u"X"_s, u"1"_s},
        {"value stripped", u"[a]\nx =   v  w   \n"_s, u"a"_s, u"x"_s, u"v  w"_s},
        {"empty value", u"[a]\nx =\n"_s, u"a"_s, u"x"_s, QString()},
        {"no inline comments", u"[a]\nx = 1 ; two # three\n"_s, u"a"_s, u"x"_s, u"1 ; two # three"_s},
        {"full-line comments", u"# c\n; c\n[a]\n  # indented comment\nx = 1\n"_s, u"a"_s, u"x"_s, u"1"_s},
        {"continuation", u"[a]\nx = 1\n  2\n  3\n"_s, u"a"_s, u"x"_s, u"1\n2\n3"_s},
        {"empty lines kept inside", u"[a]\nx = 1\n\n  2\n"_s, u"a"_s, u"x"_s, u"1\n\n2"_s},
        {"trailing empty lines dropped", u"[a]\nx = 1\n  2\n\n\ny = 3\n"_s, u"a"_s, u"x"_s, u"1\n2"_s},
        {"comment inside a value skipped", u"[a]\nx = 1\n# c\n  2\n"_s, u"a"_s, u"x"_s, u"1\n2"_s},
        {"empty first line kept", u"[a]\nx =\n  a\n  b\n"_s, u"a"_s, u"x"_s, u"\na\nb"_s},
        {"same indent is a new option", u"[a]\n  x = 1\n  y = 2\n"_s, u"a"_s, u"y"_s, u"2"_s},
        {"deeper indent continues", u"[a]\n  x = 1\n   y = 2\n"_s, u"a"_s, u"x"_s, u"1\ny = 2"_s},
        {"indented header continues", u"[a]\nx = 1\n  [b]\n"_s, u"a"_s, u"x"_s, u"1\n[b]"_s},
        {"crlf", u"[a]\r\nx = 1\r\n  2\r\n"_s, u"a"_s, u"x"_s, u"1\n2"_s},
        {"lone cr ends a line", u"[a]\rx = 1\r  2\r"_s, u"a"_s, u"x"_s, u"1\n2"_s},
        {"header to the last bracket", u"[a]b] junk\nx = 1\n"_s, u"a]b"_s, u"x"_s, u"1"_s},
        {"header not stripped", u"[ a ]\nx = 1\n"_s, u" a "_s, u"x"_s, u"1"_s},
        {"default visible", u"[DEFAULT]\nd = 1\n[a]\n"_s, u"a"_s, u"d"_s, u"1"_s},
        {"section overrides default", u"[DEFAULT]\nd = 1\n[a]\nd = 2\n"_s, u"a"_s, u"d"_s, u"2"_s},
        {"default section twice", u"[DEFAULT]\nd = 1\n[DEFAULT]\ne = 2\n[a]\n"_s, u"a"_s, u"e"_s, u"2"_s},
        {"here", u"[a]\nx = %(here)s/alembic\n"_s, u"a"_s, u"x"_s, u"/project/alembic"_s},
        {"here overridden", u"[DEFAULT]\nhere = /x\n[a]\ny = %(here)s\n"_s, u"a"_s, u"y"_s, u"/x"_s},
        {"reference case-insensitive", u"[a]\nx = 1\ny = %(X)s\n"_s, u"a"_s, u"y"_s, u"1"_s},
        {"escaped percent", u"[a]\nx = 100%%\n"_s, u"a"_s, u"x"_s, u"100%"_s},
        {"recursive", u"[a]\nx = %(y)s!\ny = %(z)s%%\nz = 1\n"_s, u"a"_s, u"x"_s, u"1%!"_s},
        {"default refers to section", u"[DEFAULT]\nd = %(s)s\n[a]\ns = 1\nx = %(d)s\n"_s, u"a"_s, u"x"_s, u"1"_s},
        {"ten levels", u"[a]\nx1 = %(x2)s\nx2 = %(x3)s\nx3 = %(x4)s\nx4 = %(x5)s\nx5 = %(x6)s\n"
                       "x6 = %(x7)s\nx7 = %(x8)s\nx8 = %(x9)s\nx9 = %(x10)s\nx10 = %%\n"_s,
         u"a"_s, u"x1"_s, u"%"_s},
        {"non-breaking space stripped", u"[a]\n\u00a0x\u00a0=\u00a0v\u00a0\n"_s, u"a"_s, u"x"_s, u"v"_s},
        {"final sigma lower-cased as Python does", u"[a]\n\u0391\u03a3 = 1\n"_s, u"a"_s, u"\u03b1\u03c2"_s, u"1"_s},
        {"file separator stripped", u"[a]\nx = v\u001c\n"_s, u"a"_s, u"x"_s, u"v"_s},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.text << row.section << row.option << row.value;
}

void TestIniFile::values()
{
    QFETCH(QString, text);
    QFETCH(QString, section);
    QFETCH(QString, option);
    QFETCH(QString, value);

    Diagnostic error;
    const auto file = IniFile::parse(text, u"alembic.ini"_s, projectDefaults, &error);
    QVERIFY2(file, qPrintable(error.message));
    QVERIFY(file->hasSection(section));
    QVERIFY(file->hasOption(section, option));
    const auto actual = file->value(section, option, &error);
    QVERIFY2(actual, qPrintable(error.message));
    QCOMPARE(*actual, value);
}

void TestIniFile::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("option before any section") << u"x = 1\n[a]\n"_s << u"MissingSectionHeaderError@1"_s;
    QTest::addRow("byte-order mark") << u"\ufeff[a]\n"_s << u"MissingSectionHeaderError@1"_s;
    QTest::addRow("empty brackets") << u"[]\n"_s << u"MissingSectionHeaderError@1"_s;
    QTest::addRow("duplicate section") << u"[a]\n[b]\n[a]\n"_s << u"DuplicateSectionError@3"_s;
    QTest::addRow("duplicate option") << u"[a]\nx = 1\n\nX = 2\n"_s << u"DuplicateOptionError@4"_s;
    QTest::addRow("duplicate option in DEFAULT")
        << u"[DEFAULT]\nx = 1\n[DEFAULT]\nx = 2\n"_s << u"DuplicateOptionError@4"_s;
    QTest::addRow("option without value") << u"[a]\nx = 1\nflag\n"_s << u"ParsingError@3"_s;
    QTest::addRow("first of several parsing errors") << u"[a]\nbad\nworse\n"_s << u"ParsingError@2"_s;
    QTest::addRow("option without name") << u"[a]\n= 1\n"_s << u"ParsingError@2"_s;
    QTest::addRow("duplicate comes before parsing errors")
        << u"[a]\nbad\nx = 1\nx = 2\n"_s << u"DuplicateOptionError@4"_s;
}

void TestIniFile::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    Diagnostic diagnostic;
    QVERIFY(!IniFile::parse(text, u"alembic.ini"_s, projectDefaults, &diagnostic));
    QCOMPARE(errorKey(diagnostic), error);
    QCOMPARE(diagnostic.file, u"alembic.ini"_s);
}

void TestIniFile::interpolationErrors_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("error");

    QTest::addRow("missing") << u"missing"_s << u"InterpolationMissingOptionError@2"_s;
    QTest::addRow("lone percent") << u"lone"_s << u"InterpolationSyntaxError@3"_s;
    QTest::addRow("unclosed reference") << u"unclosed"_s << u"InterpolationSyntaxError@4"_s;
    QTest::addRow("reference not ending in s") << u"not_s"_s << u"InterpolationSyntaxError@5"_s;
    QTest::addRow("loop") << u"loop"_s << u"InterpolationDepthError@6"_s;
    QTest::addRow("missing deeper down") << u"indirect"_s << u"InterpolationMissingOptionError@7"_s;
}

void TestIniFile::interpolationErrors()
{
    QFETCH(QString, option);
    QFETCH(QString, error);

    const QString text = u"[a]\nmissing = %(nope)s\nlone = 5%\nunclosed = %(x\nnot_s = %(here)d\n"
                         "loop = %(loop)s\nindirect = %(missing)s\n"_s;
    Diagnostic diagnostic;
    const auto file = IniFile::parse(text, u"alembic.ini"_s, projectDefaults, &diagnostic);
    QVERIFY2(file, qPrintable(diagnostic.message));
    QVERIFY(!file->value(u"a"_s, option, &diagnostic));
    QCOMPARE(errorKey(diagnostic), error);
    QVERIFY(file->rawValue(u"a"_s, option));
}

void TestIniFile::sectionsAndOptions()
{
    Diagnostic error;
    const auto file = IniFile::parse(u"[DEFAULT]\nd = 1\n[b]\ny = 2\nx = 3\n[a]\n"_s, u"f.ini"_s,
                                     projectDefaults, &error);
    QVERIFY2(file, qPrintable(error.message));
    QCOMPARE(file->sections(), (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(!file->hasSection(u"DEFAULT"_s));
    QVERIFY(!file->hasSection(u"B"_s));
    QCOMPARE(file->options(u"b"_s), (QStringList{u"y"_s, u"x"_s, u"here"_s, u"d"_s}));
    QCOMPARE(file->options(u"a"_s), (QStringList{u"here"_s, u"d"_s}));
    QCOMPARE(file->line(u"b"_s, u"x"_s), 5);
    QCOMPARE(file->line(u"a"_s, u"here"_s), 0);
    QVERIFY(!file->value(u"a"_s, u"nothing"_s, &error));
    QVERIFY(!file->value(u"nosection"_s, u"d"_s, &error));
}

void TestIniFile::readsFilesWithHere()
{
    Diagnostic error;
    QVERIFY(!IniFile::read(u"/no/such/alembic.ini"_s, projectDefaults, &error));
    QCOMPARE(error.file, u"/no/such/alembic.ini"_s);
    QVERIFY(!error.message.isEmpty());
}

void TestIniFile::stopsExponentialInterpolation()
{
    // Each level names the next eight times: 8^10 copies if nothing stopped it.
    QString text = u"[a]\n"_s;
    for (int level = 0; level < 10; ++level)
        text += u"x%1 = "_s.arg(level) + u"%(x%1)s"_s.arg(level + 1).repeated(8) + u'\n';
    text += u"x10 = end\n"_s;
    Diagnostic error;
    const auto file = IniFile::parse(text, u"bomb.ini"_s, projectDefaults, &error);
    QVERIFY2(file, qPrintable(error.message));
    QVERIFY(!file->value(u"a"_s, u"x0"_s, &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"grows past"_s), qPrintable(error.message));
}

// Runs the reference script on the files; the answer is keyed by file name.
static QJsonObject pythonReads(const QStringList &paths, QString *error)
{
    QProcess python;
    python.start(u"python3"_s, QStringList{u"-c"_s, QString::fromUtf8(referenceScript)} + paths);
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        *error = u"python3 failed: "_s + python.errorString() + u' '
                 + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError jsonError;
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput(), &jsonError).object();
    if (jsonError.error != QJsonParseError::NoError)
        *error = jsonError.errorString();
    return result;
}

// What our reader makes of the file, in the reference script's shape.
static QJsonObject weRead(const QString &path)
{
    const QMap<QString, QString> defaults{{u"here"_s, QFileInfo(path).absolutePath()}};
    Diagnostic error;
    const auto file = IniFile::read(path, defaults, &error);
    if (file)
        return describe(*file);
    return QJsonObject{{u"error"_s, error.message.section(u':', 0, 0)}, {u"line"_s, error.line}};
}

void TestIniFile::initReference()
{
    if (m_referenceLoaded)
        return;
    m_referenceLoaded = true;
    const QDir dir(QStringLiteral(ALEMBIC_STUDIO_INI_FIXTURES));
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.ini"_s}, QDir::Files, QDir::Name))
        paths.append(dir.absoluteFilePath(name));
    m_reference = pythonReads(paths, &m_referenceError);
}

void TestIniFile::agreesWithPython_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ALEMBIC_STUDIO_INI_FIXTURES));
    for (const QString &name : dir.entryList({u"*.ini"_s}, QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(name)) << dir.absoluteFilePath(name);
}

void TestIniFile::agreesWithPython()
{
    QFETCH(QString, path);
    initReference();
    QVERIFY2(m_referenceError.isEmpty(), qPrintable(m_referenceError));

    const QString name = QFileInfo(path).fileName();
    const QJsonObject expected = m_reference.value(name).toObject();
    QVERIFY2(!expected.isEmpty(), qPrintable(u"python printed nothing for "_s + name));

    const QJsonObject actual = weRead(path);
    if (actual != expected) {
        qWarning().noquote() << "python:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
        qWarning().noquote() << "ours:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(actual, expected);
}

// Differential test: files put together from the lines that exercise configparser's
// corners, in random order with random line endings (fixed seed, so a failure repeats),
// must read exactly as Python reads them.
void TestIniFile::agreesWithPythonOnGeneratedFiles()
{
    const QStringList pieces{
        u"[a]"_s, u"[b]"_s, u"[DEFAULT]"_s, u"[a] junk"_s, u"[x]y]"_s, u"[]"_s,
        u"x = 1"_s, u"X: %(y)s"_s, u"y = %(here)s/%%"_s, u"z = 5%"_s, u"w = %(nope)s"_s,
        u"v = %(v)s"_s, u"u = %(x)s%(y)s"_s, u"t ="_s, u"= nameless"_s, u"flag"_s,
        u"  continued"_s, u"\tdeeper = 2"_s, u"    [indented]"_s, u""_s, u""_s, u"  "_s,
        u"# comment"_s, u"; comment"_s, u"   # indented comment"_s, u"s = a ; b # c"_s,
        u"\u00a0n = nbsp\u00a0"_s, u"\u0391\u03a3 = sigma"_s, u"q = %(\u03b1\u03c2)s"_s,
        u"\u001cfs = 1"_s, u"url = a:b=c"_s,
    };
    const QStringList endings{u"\n"_s, u"\n"_s, u"\n"_s, u"\r\n"_s, u"\r"_s};

    QTemporaryDir dir;
    QRandomGenerator random(20261124);
    QStringList paths;
    for (int n = 0; n < 400; ++n) {
        QString text = random.bounded(20) == 0 ? u"\ufeff"_s : QString();
        const int lines = random.bounded(1, 14);
        // Most files start with a header so that more than the first line gets exercised.
        if (random.bounded(4) != 0)
            text += u"[a]"_s + endings[random.bounded(endings.size())];
        for (int line = 0; line < lines; ++line)
            text += pieces[random.bounded(pieces.size())] + endings[random.bounded(endings.size())];
        const QString path = dir.filePath(u"generated%1.ini"_s.arg(n));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        paths.append(path);
    }

    QString referenceError;
    const QJsonObject reference = pythonReads(paths, &referenceError);
    QVERIFY2(referenceError.isEmpty(), qPrintable(referenceError));
    for (const QString &path : std::as_const(paths)) {
        const QJsonObject expected = reference.value(QFileInfo(path).fileName()).toObject();
        const QJsonObject actual = weRead(path);
        if (actual != expected) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            qWarning().noquote() << "file:" << file.readAll().toPercentEncoding(" []=:%()#;");
            qWarning().noquote() << "python:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
            qWarning().noquote() << "ours:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(actual, expected);
    }
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
