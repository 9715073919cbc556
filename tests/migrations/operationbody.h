#pragma once

#include <migrations/operationreader.h>

#include <QString>

// The operations of an upgrade() whose body the test writes, with the imports a migration
// has; or "line N: why" when the reader refuses (in *refusal).
inline QList<Migrations::Operation> operationsOf(const QString &body, QString *refusal)
{
    using namespace Qt::StringLiterals;
    const QString text = u"from alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql\n"
                         "\n\ndef upgrade():\n"_s
        + body + u"\n"_s;
    int errorLine = 0;
    QString error;
    const auto module = Migrations::Python::readMigrationModule(text, &errorLine, &error);
    if (!module) {
        *refusal = u"unreadable: %1: %2"_s.arg(errorLine).arg(error);
        return {};
    }
    const Migrations::ReadOperations read = Migrations::readOperations(*module->function(u"upgrade"_s), *module);
    if (read.unsupported)
        *refusal = u"line %1: %2"_s.arg(read.unsupported->line).arg(read.unsupported->reason);
    return read.operations;
}
