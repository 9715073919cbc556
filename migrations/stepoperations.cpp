#include "stepoperations.h"

#include "migrationplan.h"
#include "operationreader.h"
#include "python/migrationbody.h"
#include "python/modulenamespace.h"
#include "scriptdirectory.h"
#include "textfile.h"

using namespace Qt::StringLiterals;

namespace Migrations {

StepOperations readStepOperations(const ScriptDirectory &directory, const MigrationStep &step,
                                  const ProjectScope &project)
{
    StepOperations read;
    const RevisionScript &script = directory.script(step.revision);
    read.path = script.path;
    read.function = step.kind == MigrationStep::Upgrade ? u"upgrade"_s : u"downgrade"_s;
    QString error;
    // The text the header was read from, when the directory kept it; the file otherwise.
    QString text;
    if (script.source) {
        text = *script.source;
    } else {
        std::optional<TextFile> file = readTextFile(script.path, &error);
        if (!file) {
            read.crash = error;
            return read;
        }
        text = std::move(file->text);
    }
    int errorLine = 0;
    // The namespace the header pass read from this text, when the directory kept it.
    const auto module = script.moduleNamespace
                            ? Python::readMigrationModule(text, *script.moduleNamespace, &errorLine, &error,
                                                          project.packages, read.function)
                            : Python::readMigrationModule(text, &errorLine, &error, project.packages, read.function);
    if (!module) {
        read.crash = u"%1:%2: %3"_s.arg(script.path).arg(errorLine).arg(error);
        return read;
    }
    const Python::MigrationFunction *code = module->function(read.function);
    if (!code) {
        read.crash = u"%1: revision %2 has no %3() function"_s.arg(script.path, step.from.join(u", "_s), read.function);
        return read;
    }
    ReadOperations operations = readOperations(*code, *module, project);
    if (operations.unsupported) {
        read.line = operations.unsupported->line;
        read.reason = operations.unsupported->reason;
        read.source = QStringView(text).split(u'\n').value(qsizetype(read.line - 1)).trimmed().toString();
        return read;
    }
    read.operations = std::move(operations.operations);
    return read;
}

} // namespace Migrations
