// libFuzzer entry: any text must give the bodies (or verdicts) of its migration functions,
// or a syntax error with a reason: never a crash, a hang or unbounded recursion (nesting
// beyond the reader's limits is a verdict). The bodies then go through the operation
// reader and the DDL compiler of every dialect, which must say why whenever they refuse.
// Reading only upgrade() must agree with reading every function, and so must reading it
// from the namespace a header pass keeps (its own tokens alone).
#include <migrations/ddlcompiler.h>
#include <migrations/operationreader.h>
#include <migrations/python/migrationbody.h>
#include <migrations/python/modulenamespace.h>

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Migrations::Python;
using Migrations::Dialect;

namespace {

void compileEverywhere(const MigrationFunction &function, const MigrationModule &module)
{
    const Migrations::ReadOperations read = Migrations::readOperations(function, module);
    if (read.unsupported) {
        if (read.unsupported->reason.isEmpty())
            __builtin_trap();
        return;
    }
    for (const Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB}) {
        Migrations::DdlMemo memo;
        for (const Migrations::Operation &operation : read.operations) {
            const Migrations::CompiledOperation compiled = Migrations::compileOperation(operation, dialect, &memo);
            if (compiled.unsupported && compiled.error.isEmpty())
                __builtin_trap(); // a refusal always says why
            if (!compiled.error.isEmpty())
                break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    int errorLine = 0;
    QString error;
    const auto module = readMigrationModule(text, &errorLine, &error);
    // Reading upgrade() alone, as a step does, fails the same way or reads it the same.
    int onlyErrorLine = 0;
    QString onlyError;
    const auto upgradeOnly = readMigrationModule(text, &onlyErrorLine, &onlyError, {}, u"upgrade");
    if (bool(upgradeOnly) != bool(module) || onlyErrorLine != errorLine || onlyError != error)
        __builtin_trap();
    if (!module) {
        if (error.isEmpty())
            __builtin_trap(); // a failure must always say why
        return 0;
    }
    const MigrationFunction *upgrade = module->function(u"upgrade");
    const MigrationFunction *onlyUpgrade = upgradeOnly->function(u"upgrade");
    if (bool(upgrade) != bool(onlyUpgrade) || (upgrade && upgrade->dump() != onlyUpgrade->dump()))
        __builtin_trap();
    if (const auto names = readModuleNamespace(text, &errorLine, &error, ImportPaths::Record)) {
        const auto kept = readMigrationModule(text, *names, &errorLine, &error, {}, u"upgrade");
        if (!kept)
            __builtin_trap(); // the module tokenized whole: its function does too
        const MigrationFunction *keptUpgrade = kept->function(u"upgrade");
        if (bool(keptUpgrade) != bool(upgrade) || (upgrade && keptUpgrade->dump() != upgrade->dump())
            || (upgrade && (keptUpgrade->line != upgrade->line || keptUpgrade->body.size() != upgrade->body.size())))
            __builtin_trap();
        for (size_t i = 0; upgrade && i < upgrade->body.size(); ++i)
            if (keptUpgrade->body[i].line != upgrade->body[i].line || keptUpgrade->body[i].column != upgrade->body[i].column)
                __builtin_trap();
    }
    for (const MigrationFunction &function : module->functions) {
        if (function.needsPython && (!function.body.empty() || function.needsPython->reason.isEmpty()))
            __builtin_trap(); // a verdict is never partial and always says why
        (void)function.dump();
        compileEverywhere(function, *module);
    }
    for (const Expression &constant : module->constants)
        (void)constant.dump();
    return 0;
}
