#include "versiontablesql.h"

#include "pythontext.h"

using namespace Qt::StringLiterals;

namespace Migrations {

QString createVersionTableSql(Dialect)
{
    // The same text on the three dialects, the trailing space after the column included.
    return u"CREATE TABLE alembic_version (\n"
           "    version_num VARCHAR(32) NOT NULL, \n"
           "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
           ");"_s;
}

QString dropVersionTableSql(Dialect)
{
    return u"DROP TABLE alembic_version;"_s;
}

QString versionChangeSql(Dialect dialect, const VersionChange &change)
{
    // Alembic writes the ids as literal columns ('%s'), so an id is never escaped.
    // The statement is appended piece by piece into room for all of it.
    QString sql;
    sql.reserve(128);
    const auto write = [&sql](const auto &...pieces) {
        ((sql += pieces), ...);
        return sql;
    };
    switch (change.kind) {
    case VersionChange::Insert: {
        // The primary key is a SQL expression, so SQLAlchemy asks for it back where the
        // dialect can: RETURNING on SQLite (unqualified) and PostgreSQL (qualified); MySQL
        // and MariaDB (server version unknown offline) cannot.
        const QLatin1StringView returning = dialect == Dialect::SQLite       ? " RETURNING version_num"_L1
                                            : dialect == Dialect::PostgreSQL ? " RETURNING alembic_version.version_num"_L1
                                                                             : QLatin1StringView();
        return write("INSERT INTO alembic_version (version_num) VALUES ('"_L1, change.version, "')"_L1, returning,
                     u';');
    }
    case VersionChange::Update:
        return write("UPDATE alembic_version SET version_num='"_L1, change.version,
                     "' WHERE alembic_version.version_num = '"_L1, change.previous, "';"_L1);
    case VersionChange::Delete:
        return write("DELETE FROM alembic_version WHERE alembic_version.version_num = '"_L1, change.version,
                     "';"_L1);
    }
    return {};
}

namespace {

// DefaultImpl._exec: str(compiled).replace("\t", "    ").strip() + ";", appended to `out`.
// Stripping first gives the same text (a tab is whitespace either way) and lets the
// statement be copied once, straight into the output.
void writeCompiledStatement(QString &out, QStringView statement)
{
    const QStringView stripped = pythonStrip(statement);
    for (qsizetype from = 0; from < stripped.size();) {
        qsizetype tab = stripped.indexOf(u'\t', from);
        if (tab < 0)
            tab = stripped.size();
        out += stripped.sliced(from, tab - from);
        if (tab < stripped.size())
            out += "    "_L1;
        from = tab + 1;
    }
    out += ";\n\n"_L1;
}

} // namespace

QString offlineSql(Dialect dialect, const MigrationPlan &plan, const QList<StepSql> &bodies, QString *error)
{
    QString out;
    // What is written, roughly: the statements and about 200 characters per step for its
    // comment and version row. One allocation instead of a doubling one per few steps.
    qsizetype expected = 0;
    for (const StepSql &body : bodies) {
        expected += 200 + (body.printed ? body.printed->size() : 0);
        for (const QString &statement : body.statements)
            expected += statement.size() + 8;
    }
    out.reserve(expected);
    const auto writeStatement = [&out](const QString &text) {
        out += text;
        out += "\n\n"_L1;
    };
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps[i];
        if (step.createsVersionTable)
            writeStatement(createVersionTableSql(dialect));
        out += "-- Running "_L1;
        writeStatement(step.shortLog());
        if (i < bodies.size() && bodies[i].printed) {
            out += *bodies[i].printed;
        } else if (i < bodies.size()) {
            // MigrationContext.autocommit_block offline: COMMIT; and BEGIN; around the
            // block where the dialect has transactional DDL, nothing elsewhere.
            const StepSql &body = bodies[i];
            const bool transactional = hasTransactionalDdl(dialect);
            for (qsizetype s = 0; s <= body.statements.size(); ++s) {
                for (const auto &[first, end] : body.autocommitBlocks) {
                    if (transactional && end == s && first != end)
                        out += "BEGIN;\n\n"_L1;
                    if (transactional && first == s)
                        out += first == end ? "COMMIT;\n\nBEGIN;\n\n"_L1 : "COMMIT;\n\n"_L1;
                }
                if (s < body.statements.size())
                    writeCompiledStatement(out, body.statements[s]);
            }
            if (!bodies[i].error.isEmpty()) {
                if (error)
                    *error = bodies[i].error;
                return out;
            }
        }
        for (const VersionChange &change : step.changes)
            writeStatement(versionChangeSql(dialect, change));
    }
    if (plan.dropsVersionTable)
        writeStatement(dropVersionTableSql(dialect));
    return out;
}

} // namespace Migrations
