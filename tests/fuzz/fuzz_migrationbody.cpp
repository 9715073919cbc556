// libFuzzer entry: any text must give the bodies (or verdicts) of its migration functions,
// or a syntax error with a reason: never a crash, a hang or unbounded recursion (nesting
// beyond the reader's limits is a verdict). The bodies read go on through the operation
// reader (local names, table clauses, rows) and the compiler, on every dialect.
#include <migrations/ddlcompiler.h>
#include <migrations/operationreader.h>
#include <migrations/python/migrationbody.h>

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Migrations::Python;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    int errorLine = 0;
    QString error;
    const auto module = readMigrationModule(text, &errorLine, &error);
    if (!module) {
        if (error.isEmpty())
            __builtin_trap(); // a failure must always say why
        return 0;
    }
    for (const MigrationFunction &function : module->functions) {
        if (function.needsPython && (!function.body.empty() || function.needsPython->reason.isEmpty()))
            __builtin_trap(); // a verdict is never partial and always says why
        (void)function.dump();
        const Migrations::ReadOperations read = Migrations::readOperations(function, *module);
        if (read.unsupported && read.unsupported->reason.isEmpty())
            __builtin_trap(); // a refusal always says why
        for (const Migrations::Operation &operation : read.operations) {
            for (const auto dialect : {Migrations::Dialect::SQLite, Migrations::Dialect::PostgreSQL,
                                       Migrations::Dialect::MySQL, Migrations::Dialect::MariaDB})
                (void)Migrations::compileOperation(operation, dialect);
        }
    }
    for (const Expression &constant : module->constants)
        (void)constant.dump();
    return 0;
}
