#include "destructivechange.h"

#include "scriptdirectory.h"
#include "stepoperations.h"
#include "typecompiler.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The messages of this file share one translation context, as a class's DestructiveMessages::tr() would.
struct DestructiveMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::DestructiveChange)
};

QString qualified(const QString &table, const QString &schema)
{
    return schema.isEmpty() ? table : schema + u'.' + table;
}

QString typeText(const SqlType &type, Dialect dialect, const ProjectTypes &projectTypes)
{
    const RenderedType rendered = renderType(type.forDialect(dialect), dialect, projectTypes);
    return rendered.ok() ? rendered.ddl : type.qualifiedName();
}

// What a type holds, coarsely: enough to tell a narrowing change from a widening one.
struct TypeShape
{
    enum Family { Integer, String, Exact, Approximate, Temporal, Other };
    Family family = Other;
    qint64 capacity = 0; // integers: a rank; strings: characters; exact: digits; temporal: rank
    int scale = 0;       // exact numbers
    QString visit;       // the compiler's name, lower case, for Other
};

constexpr qint64 unlimited = std::numeric_limits<qint64>::max();

TypeShape shapeOf(const SqlType &type, Dialect dialect)
{
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    const QString visit = typeClass ? QString(typeClass->visitName).toLower() : type.name.toLower();
    TypeShape shape;
    shape.visit = visit;
    static const QStringList integers = {u"tinyint"_s, u"small_integer"_s, u"smallint"_s, u"mediumint"_s,
                                         u"integer"_s, u"big_integer"_s,   u"bigint"_s};
    static const QList<int> integerRanks = {1, 2, 2, 3, 4, 5, 5};
    if (const qsizetype at = integers.indexOf(visit); at >= 0)
        return {TypeShape::Integer, integerRanks[at], 0, visit};
    static const QStringList strings
        = {u"string"_s, u"unicode"_s, u"varchar"_s, u"nvarchar"_s, u"char"_s, u"nchar"_s, u"enum"_s};
    if (strings.contains(visit))
        return {TypeShape::String, type.length.value_or(int(std::numeric_limits<int>::max())), 0, visit};
    if (visit == "tinytext"_L1)
        return {TypeShape::String, 255, 0, visit};
    if (visit == "mediumtext"_L1)
        return {TypeShape::String, 16777215, 0, visit};
    if (visit == "longtext"_L1)
        return {TypeShape::String, unlimited, 0, visit};
    if (visit == "text"_L1 || visit == "unicode_text"_L1 || visit == "clob"_L1) {
        // MySQL's TEXT holds 64 KiB; elsewhere TEXT has no limit to speak of.
        const bool mysql = dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
        return {TypeShape::String, type.length ? *type.length : (mysql ? 65535 : unlimited), 0, visit};
    }
    if (visit == "numeric"_L1 || visit == "decimal"_L1)
        return {TypeShape::Exact, type.precision.value_or(1000), type.scale.value_or(0), visit};
    if (visit == "real"_L1 || visit == "float"_L1)
        return {TypeShape::Approximate, 1, 0, visit};
    if (visit == "double"_L1 || visit == "double_precision"_L1)
        return {TypeShape::Approximate, 2, 0, visit};
    if (visit == "date"_L1)
        return {TypeShape::Temporal, 1, 0, visit};
    if (visit == "datetime"_L1 || visit == "timestamp"_L1)
        return {TypeShape::Temporal, 2, 0, visit};
    return shape;
}

} // namespace

QString narrowingReason(const SqlType &from, const SqlType &to, Dialect dialect,
                        const ProjectTypes &projectTypes)
{
    if (from.forDialect(dialect) == to.forDialect(dialect))
        return {};
    const TypeShape before = shapeOf(from.forDialect(dialect), dialect);
    const TypeShape after = shapeOf(to.forDialect(dialect), dialect);
    const QString names
        = u"%1 → %2"_s.arg(typeText(from, dialect, projectTypes), typeText(to, dialect, projectTypes));
    if (before.family == after.family && before.family != TypeShape::Other) {
        // Within one family only a smaller capacity (or, for exact numbers, scale) loses values.
        static const char *const why[] = {
            QT_TRANSLATE_NOOP("Migrations::DestructiveChange",
                              "%1: a smaller integer, large values no longer fit"),
            QT_TRANSLATE_NOOP("Migrations::DestructiveChange",
                              "%1: shorter, longer values are cut or refused"),
            QT_TRANSLATE_NOOP("Migrations::DestructiveChange",
                              "%1: fewer digits, values are rounded or refused"),
            QT_TRANSLATE_NOOP("Migrations::DestructiveChange", "%1: less precision, values are rounded"),
            QT_TRANSLATE_NOOP("Migrations::DestructiveChange", "%1: the time of day is lost"),
        };
        const bool smaller = after.capacity < before.capacity
                             || (before.family == TypeShape::Exact && after.scale < before.scale);
        return smaller ? DestructiveMessages::tr(why[before.family]).arg(names) : QString();
    }
    // Conversions that keep every value: to a string of no limit, from a whole number to a
    // wider kind of number, from a date to a timestamp.
    if (after.family == TypeShape::String && after.capacity == unlimited)
        return {};
    if (before.family == TypeShape::Integer
        && (after.family == TypeShape::Exact || after.family == TypeShape::Approximate))
        return {};
    if (before.family == TypeShape::Other && after.family == TypeShape::Other && before.visit == after.visit)
        return {}; // the same kind of type with other options (a collation, a time zone)
    return DestructiveMessages::tr("%1: another kind of value, existing values may not convert").arg(names);
}

namespace {

// Follows one step's operations, finding before the model moves on.
class StepReviewer
{
public:
    StepReviewer(const ProjectScope &project, Dialect dialect, SchemaModel *model, QSet<QString> *created,
                 DestructiveFinding base)
        : m_project(project)
        , m_dialect(dialect)
        , m_model(model)
        , m_created(created)
        , m_base(std::move(base))
    {}

    QList<DestructiveFinding> findings;

    void review(const Operation &operation, const QString &table, const QString &schema);

private:
    void add(DestructiveFinding::Kind kind, const Operation &operation, const QString &table,
             const QString &schema, const QString &column, const QString &sentence,
             DestructiveFinding::Rows rows)
    {
        DestructiveFinding finding = m_base;
        finding.kind = kind;
        finding.table = table;
        finding.schema = schema;
        finding.column = column;
        finding.sentence = sentence;
        finding.line = operation.line;
        finding.rows = rows;
        findings.append(finding);
    }
    const ColumnDefinition *column(const QString &table, const QString &schema, const QString &name) const
    {
        const TableDefinition *definition = m_model->table(table, schema);
        if (!definition)
            return nullptr;
        for (const ColumnDefinition &candidate : definition->columns) {
            if (candidate.name == name)
                return &candidate;
        }
        return nullptr;
    }

    const ProjectScope &m_project;
    Dialect m_dialect;
    SchemaModel *m_model;
    QSet<QString> *m_created; // tables this plan created: they hold no rows of before
    DestructiveFinding m_base;
};

void StepReviewer::review(const Operation &operation, const QString &table, const QString &schema)
{
    using Kind = DestructiveFinding::Kind;
    using Rows = DestructiveFinding::Rows;
    const QString name = qualified(table, schema);
    const bool fresh = m_created->contains(name);
    switch (operation.kind) {
    case Operation::Kind::CreateTable:
        m_created->insert(qualified(operation.createdTable.name, operation.createdTable.schema));
        return;
    case Operation::Kind::DropTable:
        if (!fresh)
            add(Kind::DropTable, operation, table, schema, {},
                DestructiveMessages::tr("Drops the table %1 and every row in it.").arg(name), Rows::All);
        m_created->remove(name);
        return;
    case Operation::Kind::DropColumn:
        if (!fresh) {
            add(Kind::DropColumn, operation, table, schema, operation.name,
                DestructiveMessages::tr("Drops the column %1.%2 and its value in every row.")
                    .arg(name, operation.name),
                Rows::All);
        }
        return;
    case Operation::Kind::AddColumn: {
        const ColumnDefinition &added = *operation.column;
        if (!fresh && !added.nullable && !added.serverDefault && !added.primaryKey) {
            add(Kind::NotNullWithoutDefault, operation, table, schema, added.name,
                DestructiveMessages::tr(
                    "Adds %1.%2 as NOT NULL with no server default: it fails if the table has rows.")
                    .arg(name, added.name),
                Rows::All);
        }
        return;
    }
    case Operation::Kind::AlterColumn: {
        if (fresh)
            return;
        const ColumnAlteration &alteration = *operation.alteration;
        const ColumnDefinition *existing = column(table, schema, operation.name);
        if (alteration.nullable == false) {
            const bool wasNullable = existing ? existing->nullable : alteration.existingNullable != false;
            if (wasNullable) {
                add(Kind::NotNullWithoutDefault, operation, table, schema, operation.name,
                    DestructiveMessages::tr(
                        "Makes %1.%2 NOT NULL: it fails if any row holds NULL there (a server default "
                        "does not fill them).")
                        .arg(name, operation.name),
                    Rows::NullInColumn);
            }
        }
        if (alteration.type) {
            const std::optional<SqlType> before
                = existing ? std::optional<SqlType>(existing->type) : alteration.existingType;
            if (!before) {
                add(Kind::NarrowingTypeChange, operation, table, schema, operation.name,
                    DestructiveMessages::tr(
                        "Changes the type of %1.%2 to %3; its type before is not known here, so values may "
                        "not "
                        "convert.")
                        .arg(name, operation.name, typeText(*alteration.type, m_dialect, m_project.types)),
                    Rows::All);
            } else if (const QString why
                       = narrowingReason(*before, *alteration.type, m_dialect, m_project.types);
                       !why.isEmpty()) {
                add(Kind::NarrowingTypeChange, operation, table, schema, operation.name,
                    DestructiveMessages::tr("Changes %1.%2, %3.").arg(name, operation.name, why), Rows::All);
            }
        }
        return;
    }
    case Operation::Kind::Execute:
        add(Kind::RawSql, operation, table, schema, {},
            DestructiveMessages::tr("Runs SQL the review cannot check: %1")
                .arg(operation.sql.simplified().left(120)),
            Rows::None);
        return;
    case Operation::Kind::BatchAlterTable:
        for (const Operation &inner : operation.batch)
            review(inner, operation.table, operation.schema);
        return;
    default:
        return;
    }
}

} // namespace

QList<DestructiveFinding> findDestructiveChanges(const ScriptDirectory &directory,
                                                 const ProjectScope &project, const MigrationPlan &plan,
                                                 Dialect dialect, SchemaModel *model,
                                                 QStringList *notFollowed)
{
    QList<DestructiveFinding> findings;
    QSet<QString> created;
    const RevisionGraph &graph = directory.graph();
    for (const MigrationStep &step : plan.steps) {
        if (step.kind == MigrationStep::Stamp || step.revision < 0)
            continue;
        const StepOperations read = readStepOperations(directory, step, project);
        DestructiveFinding base;
        base.direction = step.kind;
        base.revision = graph.revisions()[step.revision].id;
        base.path = read.path;
        if (!read.ok()) {
            DestructiveFinding finding = base;
            finding.kind = DestructiveFinding::Kind::NotReviewed;
            finding.line = read.line;
            finding.rows = DestructiveFinding::Rows::None;
            finding.sentence = read.crash.isEmpty()
                                   ? DestructiveMessages::tr("%1() cannot be reviewed here (%2): %3")
                                         .arg(read.function, read.reason, read.source)
                                   : read.crash;
            findings.append(finding);
            notFollowed->append(u"%1:%2: %3"_s.arg(read.path).arg(read.line).arg(finding.sentence));
            continue;
        }
        StepReviewer reviewer(project, dialect, model, &created, base);
        for (const Operation &operation : read.operations) {
            reviewer.review(operation, operation.table, operation.schema);
            const QString problem = model->apply(operation);
            if (!problem.isEmpty())
                notFollowed->append(u"%1:%2: %3"_s.arg(read.path).arg(operation.line).arg(problem));
        }
        findings += reviewer.findings;
    }
    return findings;
}

} // namespace Migrations
