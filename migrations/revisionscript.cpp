#include "revisionscript.h"

#include "python/modulenamespace.h"
#include "textfile.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

constexpr QStringView headerNames[] = {u"revision", u"down_revision", u"branch_labels",
                                       u"depends_on"};

Diagnostic diagnosticAt(const QString &path, int line, const QString &message)
{
    return Diagnostic{path, line, message};
}

} // namespace

QString RevisionScript::longDoc() const
{
    return docstring ? docstring->trimmed() : QString();
}

QString RevisionScript::doc() const
{
    const QString text = longDoc();
    const qsizetype blank = text.indexOf(u"\n\n"_s);
    return blank < 0 ? text : text.left(blank);
}

std::optional<RevisionScript> readRevisionScript(const QString &path, Diagnostic *diagnostic, bool keepSource)
{
    QString error;
    const auto file = readTextFile(path, &error);
    if (!file) {
        if (diagnostic)
            *diagnostic = diagnosticAt(path, 0, error);
        return std::nullopt;
    }
    if (!keepSource)
        return parseRevisionScript(file->text, path, diagnostic);
    // The namespace's names are views into the text: `source` keeps that very buffer alive.
    std::shared_ptr<const Python::ModuleNamespace> names;
    std::optional<RevisionScript> script = parseRevisionScript(file->text, path, diagnostic, &names);
    if (script) {
        script->source = file->text;
        script->moduleNamespace = std::move(names);
    }
    return script;
}

std::optional<RevisionScript> parseRevisionScript(QStringView text, const QString &path,
                                                  Diagnostic *diagnostic,
                                                  std::shared_ptr<const Python::ModuleNamespace> *keptNamespace)
{
    const auto failWith = [&](int line, const QString &message) -> std::optional<RevisionScript> {
        if (diagnostic)
            *diagnostic = diagnosticAt(path, line, message);
        return std::nullopt;
    };
    int errorLine = 0;
    QString error;
    // Import paths cost the header pass a sixth of its time: only when the body reader will
    // start from this namespace.
    auto module = Python::readModuleNamespace(text, &errorLine, &error,
                                              keptNamespace ? Python::ImportPaths::Record
                                                            : Python::ImportPaths::Skip);
    if (!module)
        return failWith(errorLine, u"invalid Python: %1"_s.arg(error));

    RevisionScript script;
    script.path = path;
    // Only needed for Alembic's messages, which name the file without its folder: not made
    // for every file.
    const auto fileName = [&path] { return path.sliced(path.lastIndexOf(u'/') + 1); };
    for (QStringView header : headerNames) {
        const Python::LiteralValue *it = module->names.find(header);
        if (!it)
            continue;
        if (it->kind == Python::LiteralValue::Unknown)
            return failWith(it->line, u"`%1` needs Python to know its value: %2"_s.arg(header, it->why));
    }

    if (!module->globalsInFunctions.isEmpty()) // rare: no string made for the lookups otherwise
        for (QStringView header : headerNames)
            if (const auto it = module->globalsInFunctions.constFind(header.toString());
                it != module->globalsInFunctions.constEnd())
                return failWith(*it, u"`%1` needs Python to know its value: a function declares it "
                                     "`global` and may assign it"_s.arg(header));

    // A header name left unbound after `from … import *` may have come from that import.
    if (module->starImportLine > 0)
        for (QStringView header : headerNames)
            if (!module->names.contains(header))
                return failWith(module->starImportLine,
                                u"`%1` needs Python to know its value: it may be bound by "
                                "`from … import *`"_s.arg(header));

    const auto revision = module->names.find(u"revision");
    if (!revision) {
        // Alembic's legacy fallback: the revision id is the file name (hex digits only).
        static const QRegularExpression legacy(u"^([a-f0-9]+)\\.py$"_s);
        const auto match = legacy.match(fileName());
        if (!match.hasMatch())
            return failWith(0, u"Could not determine revision id from filename %1. Be sure the "
                               "'revision' variable is declared inside the script (please see "
                               "'Upgrading from Alembic 0.1 to 0.2' in the documentation)."_s
                                   .arg(fileName()));
        script.revision = match.captured(1);
    } else if (revision->kind != Python::LiteralValue::String) {
        return failWith(revision->line, u"`revision` is not a string"_s);
    } else {
        script.revision = revision->string;
        script.revisionLine = revision->line;
    }

    const auto asTuple = [](const Python::LiteralValue &value) {
        return value.kind == Python::LiteralValue::String ? QStringList{value.string} : value.items;
    };
    const auto downRevision = module->names.find(u"down_revision");
    if (!downRevision) {
        // Alembic reads `module.down_revision` without a default: the import fails.
        static const QRegularExpression nonWord(u"\\W"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
        QString moduleId = fileName(); // as alembic.util.load_python_file names the module
        moduleId.replace(nonWord, u"_"_s);
        return failWith(0, u"module '%1' has no attribute 'down_revision'"_s.arg(moduleId));
    }
    script.downRevisions = asTuple(*downRevision);
    if (const auto labels = module->names.find(u"branch_labels"))
        script.branchLabels = asTuple(*labels);
    if (const auto depends = module->names.find(u"depends_on"))
        script.dependsOn = asTuple(*depends);

    script.docstring = module->docstring;
    if (const auto doc = module->names.find(u"__doc__")) {
        if (doc->kind == Python::LiteralValue::String)
            script.docstring = doc->string;
        else
            script.docstring.reset();
    }
    if (keptNamespace)
        *keptNamespace = std::make_shared<const Python::ModuleNamespace>(std::move(*module));
    return script;
}

} // namespace Migrations