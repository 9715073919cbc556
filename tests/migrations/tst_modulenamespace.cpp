#include <migrations/python/modulenamespace.h>
#include <migrations/textfile.h>

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;
using namespace Migrations::Python;

// The module namespace read by tokenizing (the header pass) and from tokens taken already
// (the body reader, which tokenizes once) must be the same reading: every name with its
// value, binding, line and import path, the globals, the docstring, the star import, or
// the same error. Compared on every script the other tests read.
namespace {

QString describe(QStringView text, bool fromTokens)
{
    int errorLine = 0;
    QString error;
    std::optional<ModuleNamespace> names;
    if (fromTokens) {
        std::vector<Token> tokens;
        Tokenizer tokenizer(text);
        for (;;) {
            const Token token = tokenizer.next();
            if (token.kind == TokenKind::Comment || token.kind == TokenKind::Nl)
                continue;
            tokens.push_back(token);
            if (token.kind == TokenKind::EndMarker || token.kind == TokenKind::Error)
                break;
        }
        const QString tokenError = tokens.back().kind == TokenKind::Error ? tokenizer.errorString() : QString();
        names = readModuleNamespace(text, tokens, tokenError, &errorLine, &error, ImportPaths::Record);
    } else {
        names = readModuleNamespace(text, &errorLine, &error, ImportPaths::Record);
    }
    if (!names)
        return u"error %1: %2"_s.arg(errorLine).arg(error);
    QStringList lines;
    names->names.forEach([&](QStringView name, const LiteralValue &value) {
        lines.append(u"%1 kind=%2 binding=%3 line=%4 string=%5 items=%6 import=%7 why=%8 range=%9-%10"_s
                         .arg(name)
                         .arg(int(value.kind))
                         .arg(int(value.binding))
                         .arg(value.line)
                         .arg(value.string, value.items.join(u'|'), value.importPath, value.why)
                         .arg(value.valueBegin)
                         .arg(value.valueEnd));
    });
    for (auto it = names->globalsInFunctions.cbegin(); it != names->globalsInFunctions.cend(); ++it)
        lines.append(u"global %1 %2"_s.arg(it.key()).arg(it.value()));
    lines.sort();
    lines.append(u"docstring %1"_s.arg(names->docstring.value_or(u"(none)"_s)));
    lines.append(u"star %1"_s.arg(names->starImportLine));
    return lines.join(u'\n');
}

} // namespace

class tst_ModuleNamespace : public QObject
{
    Q_OBJECT

private slots:
    void sameFromTokens_data();
    void sameFromTokens();
};

void tst_ModuleNamespace::sameFromTokens_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {u"" BODIES_DIR ""_s, u"" SCRIPTS_DIR ""_s, u"" SAMPLE_VERSIONS_DIR ""_s,
                                 u"" OPERATIONS_VERSIONS_DIR ""_s}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.py"_s}, QDir::Files, QDir::Name))
            QTest::addRow("%s", qPrintable(dir.dirName() + u'/' + name)) << dir.filePath(name);
    }
    // A function body that binds, declares globals and nests, and one that does not tokenize.
    QTest::addRow("bodies inline") << u"inline:x = 1\ndef f():\n    y = 2\n    global x\n    def g():\n"
                                      "        z = 3\n    x = 4\nclass C:\n    w = 5\nv = 6\n"_s;
    QTest::addRow("error after a body") << u"inline:def f():\n    a = 1\nb = 'unterminated\n"_s;
}

void tst_ModuleNamespace::sameFromTokens()
{
    QFETCH(QString, path);
    QString text;
    if (path.startsWith("inline:"_L1)) {
        text = path.sliced(7);
    } else {
        QString error;
        const std::optional<TextFile> file = readTextFile(path, &error);
        QVERIFY2(file, qPrintable(error));
        text = file->text;
    }
    QCOMPARE(describe(text, true), describe(text, false));
}

QTEST_GUILESS_MAIN(tst_ModuleNamespace)
#include "tst_modulenamespace.moc"
