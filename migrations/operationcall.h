#pragma once

#include "localnames.h"
#include "operationreader.h"
#include "operationsignature.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <vector>

namespace Migrations {

// Inside `with op.batch_alter_table(table, schema=…) as batch_op:` the table is the batch's.
struct BatchTable
{
    QString table;
    QString schema;
};

// The arguments of one bound `op.…(…)` call, read parameter by parameter into an Operation
// (operationreader.cpp); what is left unread at the end is an argument the native engine
// does not render yet.
class OperationCall
{
public:
    OperationCall(const BoundOperation &bound, int line, const LocalNames &locals, const BatchTable *batch)
        : m_bound(bound)
        , m_line(line)
        , m_locals(locals)
        , m_batch(batch)
    {}

    // Each reader takes its parameter's argument, if given, into *out. After the first one
    // that fails the others do nothing, and finish() says why.
    void name(QStringView parameter, QString *out, bool required = true, bool noneAllowed = false);
    void names(QStringView parameter, QStringList *out);
    void flag(QStringView parameter, bool *out);
    // A parameter read by the caller itself.
    void accept(QStringView parameter) { take(parameter); }
    // A parameter, or a `**kw` keyword, read by `read(value)`, which says why it cannot be
    // read (or nothing when it was).
    template<typename Reader> void read(QStringView parameter, Reader &&read)
    {
        const Python::Expression *value = take(parameter);
        if (m_unsupported || !value)
            return;
        if (const QString why = read(*value); !why.isEmpty())
            fail(why);
    }

    // The argument with the names of literals in it (local names, module constants)
    // replaced by what they hold, for the readers that look for literals; else as written.
    const Python::Expression *resolved(const Python::Expression *value);
    // After the known parameters are taken, anything left is not rendered yet.
    std::optional<ReadOperations::Unsupported> finish();

private:
    // A parameter's argument, or a keyword the method takes in its **kw (batch_op's
    // create_index(…, unique=True)).
    const Python::Expression *take(QStringView parameter);
    void fail(const QString &why);

    const BoundOperation &m_bound;
    int m_line;
    const LocalNames &m_locals;
    const BatchTable *m_batch;
    // What resolved() gave, at addresses that stay put. Not a std::deque, which allocates
    // even while empty, as it is for most calls.
    std::vector<std::unique_ptr<Python::Expression>> m_resolved;
    // The arguments taken so far, known by their expressions: finish() asks of each
    // argument of the call whether it is among them.
    QVarLengthArray<const Python::Expression *, 16> m_taken;
    std::optional<ReadOperations::Unsupported> m_unsupported;
};

} // namespace Migrations
