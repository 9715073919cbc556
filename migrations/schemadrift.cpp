#include "schemadrift.h"

#include "createtable.h"
#include "ddltext.h"
#include "driftnormalisation.h"
#include "typecompiler.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Kind = SchemaDifference::Kind;
using ConstraintKind = ConstraintDefinition::Kind;

QString tableLabel(const TableDefinition &table)
{
    return table.schema.isEmpty() ? table.name : table.schema + u'.' + table.name;
}

QString columnsText(const QStringList &columns)
{
    return u"("_s + columns.join(u", "_s) + u')';
}

QString constraintKindName(ConstraintKind kind)
{
    switch (kind) {
    case ConstraintKind::PrimaryKey:
        return u"primary key"_s;
    case ConstraintKind::Unique:
        return u"unique constraint"_s;
    case ConstraintKind::Check:
        return u"check constraint"_s;
    case ConstraintKind::ForeignKey:
        return u"foreign key"_s;
    }
    return {};
}

// What a constraint is, apart from its name, as the output shows it.
QString constraintContent(const ConstraintDefinition &constraint)
{
    switch (constraint.kind) {
    case ConstraintKind::PrimaryKey:
    case ConstraintKind::Unique:
        return columnsText(constraint.columns);
    case ConstraintKind::Check:
        return u"CHECK ("_s + constraint.condition + u')';
    case ConstraintKind::ForeignKey: {
        const QString referent = constraint.referentSchema.isEmpty()
            ? constraint.referentTable
            : constraint.referentSchema + u'.' + constraint.referentTable;
        QString text = u"%1 -> %2 %3"_s.arg(columnsText(constraint.columns), referent,
                                             columnsText(constraint.referentColumns));
        if (!constraint.onDelete.isEmpty())
            text += u" ON DELETE "_s + constraint.onDelete.toUpper();
        if (!constraint.onUpdate.isEmpty())
            text += u" ON UPDATE "_s + constraint.onUpdate.toUpper();
        return text;
    }
    }
    return {};
}

// How the output names a constraint: by its name when it has one, else by what it is.
QString constraintItem(const ConstraintDefinition &constraint)
{
    const QString kind = constraintKindName(constraint.kind);
    if (!constraint.name.isEmpty())
        return kind + u' ' + constraint.name;
    if (constraint.kind == ConstraintKind::Check)
        return kind + u' ' + constraintContent(constraint);
    return kind + u' ' + columnsText(constraint.columns);
}

QString indexContent(const IndexDefinition &index)
{
    QString text = (index.unique ? u"UNIQUE "_s : QString()) + columnsText(index.columns);
    const QString where = !index.options.postgresqlWhere.isEmpty() ? index.options.postgresqlWhere
                                                                    : index.options.sqliteWhere;
    if (!where.isEmpty())
        text += u" WHERE "_s + where;
    if (!index.options.postgresqlUsing.isEmpty())
        text += u" USING "_s + index.options.postgresqlUsing;
    if (!index.options.postgresqlInclude.isEmpty())
        text += u" INCLUDE "_s + columnsText(index.options.postgresqlInclude);
    if (index.options.mysqlLength)
        text += u" LENGTH %1"_s.arg(*index.options.mysqlLength);
    return text;
}

// Compares one table of the model with the same table in the database.
class TableComparison
{
public:
    TableComparison(const TableDefinition &model, const QString &autoincrement, const TableDefinition &live,
                    Dialect dialect, Dialect server, const ProjectTypes &projectTypes,
                    const DroppedConstraints &dropped, DriftReport *report)
        : m_model(model)
        , m_autoincrement(autoincrement)
        , m_live(live)
        , m_dialect(dialect)
        , m_server(server)
        , m_projectTypes(projectTypes)
        , m_dropped(dropped)
        , m_report(report)
        , m_label(tableLabel(model))
    {}

    void run()
    {
        compareColumns();
        compareComment(u"table comment"_s, m_model.comment, m_live.comment);
        compareConstraints();
        compareIndexes();
    }

private:
    void add(Kind kind, const QString &item, const QString &expected, const QString &actual)
    {
        m_report->differences.append({kind, m_label, item, expected, actual});
    }
    void note(const QString &text) { m_report->notCompared.append(u"table %1: %2"_s.arg(m_label, text)); }

    bool isMySQL() const { return m_dialect == Dialect::MySQL || m_dialect == Dialect::MariaDB; }

    QString modelType(const ColumnDefinition &column, bool *known)
    {
        const RenderedType rendered = renderType(column.type, m_dialect, m_projectTypes);
        *known = rendered.ok();
        return rendered.ok() ? rendered.ddl : rendered.error;
    }

    void compareColumns()
    {
        for (const ColumnDefinition &expected : m_model.columns) {
            const auto found = std::find_if(m_live.columns.cbegin(), m_live.columns.cend(),
                                            [&](const ColumnDefinition &c) { return c.name == expected.name; });
            bool known = false;
            const QString type = modelType(expected, &known);
            const QString item = u"column "_s + expected.name;
            if (found == m_live.columns.cend()) {
                add(Kind::MissingColumn, item, known ? type : QString(), {});
                continue;
            }
            compareColumn(expected, *found, item, type, known);
        }
        for (const ColumnDefinition &actual : m_live.columns) {
            const bool inModel = std::any_of(m_model.columns.cbegin(), m_model.columns.cend(),
                                             [&](const ColumnDefinition &c) { return c.name == actual.name; });
            if (!inModel)
                add(Kind::ExtraColumn, u"column "_s + actual.name, {}, actual.type.name);
        }
    }

    void compareColumn(const ColumnDefinition &expected, const ColumnDefinition &actual, const QString &item,
                       const QString &type, bool known)
    {
        if (!known)
            note(u"%1: the type at the revision is not known (%2): not compared"_s.arg(item, type));
        else if (normalisedType(type, m_server) != normalisedType(actual.type.name, m_server))
            add(Kind::Type, item, type, actual.type.name);
        if (known)
            compareCollation(item, type, actual.type);
        compareEnumValues(item, expected.type, actual.type);

        // A primary key's columns are NOT NULL on PostgreSQL and MySQL whatever the DDL
        // said (nullable=True on a primary key column is not an error there, just ignored).
        const bool forcedNotNull = expected.primaryKey && m_dialect != Dialect::SQLite;
        if (expected.nullable != actual.nullable && !(forcedNotNull && !actual.nullable))
            add(Kind::Nullable, item, nullability(expected.nullable), nullability(actual.nullable));

        QString expectedDefault;
        if (expected.serverDefault) {
            const DefaultSql rendered = serverDefaultSql(*expected.serverDefault, m_dialect);
            if (!rendered.error.isEmpty()) {
                note(u"%1: the server default at the revision cannot be rendered (%2): not compared"_s.arg(
                    item, rendered.error));
            } else {
                expectedDefault = rendered.sql;
            }
        }
        const QString actualDefault = actual.serverDefault ? actual.serverDefault->text : QString();
        if ((!expected.serverDefault || !expectedDefault.isEmpty())
            && normalisedDefault(expectedDefault, m_server) != normalisedDefault(actualDefault, m_server)) {
            add(Kind::ServerDefault, item, expectedDefault, actualDefault); // empty: none
        }

        // Whether the database numbers the column itself: SERIAL or AUTO_INCREMENT, as
        // SQLAlchemy's column specification decides. SQLite numbers every INTEGER PRIMARY
        // KEY as its rowid, whatever was written, so there is nothing to compare.
        if (m_dialect != Dialect::SQLite && known) {
            ColumnRole role;
            role.autoincrement = expected.name == m_autoincrement;
            const QString specification = columnSpecification(expected, m_dialect, role, m_projectTypes).sql;
            const bool numbered = specification.contains("SERIAL"_L1) || specification.contains("AUTO_INCREMENT"_L1)
                || specification.contains("IDENTITY"_L1);
            const bool liveNumbered = actual.autoincrement == ColumnDefinition::Autoincrement::True;
            if (numbered != liveNumbered)
                add(Kind::Autoincrement, item, numbered ? u"autoincrement"_s : u"no autoincrement"_s,
                    liveNumbered ? u"autoincrement"_s : u"no autoincrement"_s);
        }
        compareComment(item + u" comment"_s, expected.comment, actual.comment);
    }

    // A COLLATE or CHARACTER SET the model's type gives, against the column's own in the
    // catalogue; a column the model says nothing of keeps whatever the database chose.
    void compareCollation(const QString &item, const QString &type, const SqlType &actual)
    {
        static const QRegularExpression clause(uR"(\b(CHARACTER SET|COLLATE) ("[^"]*"|\S+))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        QRegularExpressionMatchIterator it = clause.globalMatch(type);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const bool collation = match.captured(1).compare("COLLATE"_L1, Qt::CaseInsensitive) == 0;
            QString expected = match.captured(2);
            if (expected.startsWith(u'"'))
                expected = expected.sliced(1, expected.size() - 2);
            const QString &live = collation ? actual.collation : actual.charset;
            const QString what = collation ? u"collation"_s : u"character set"_s;
            if (m_dialect == Dialect::SQLite) {
                note(u"%1: the %2 %3 at the revision: SQLite's catalogue does not give it, not compared"_s.arg(
                    item, what, expected));
            } else if (live.compare(expected, Qt::CaseInsensitive) != 0) {
                add(Kind::Type, item, what + u' ' + expected,
                    live.isEmpty() ? u"the default "_s + what : what + u' ' + live);
            }
        }
    }

    // A PostgreSQL enum column's type is the enum's name: its labels are in pg_enum, read
    // into the live type's values, and compared here in their order (which sorts them).
    void compareEnumValues(const QString &item, const SqlType &model, const SqlType &actual)
    {
        if (m_dialect != Dialect::PostgreSQL || actual.values.isEmpty())
            return;
        const SqlType &type = model.forDialect(m_dialect);
        if (type.values.isEmpty() || type.values == actual.values)
            return;
        add(Kind::Type, item, u"labels "_s + type.values.join(u", "_s), u"labels "_s + actual.values.join(u", "_s));
    }

    static QString nullability(bool nullable) { return nullable ? u"NULL"_s : u"NOT NULL"_s; }

    // SQLite keeps no comments (SQLAlchemy writes none there); an empty comment is none.
    void compareComment(const QString &item, const std::optional<QString> &expected,
                        const std::optional<QString> &actual)
    {
        if (m_dialect == Dialect::SQLite)
            return;
        const QString expectedText = expected.value_or(QString());
        const QString actualText = actual.value_or(QString());
        if (expectedText != actualText)
            add(Kind::Comment, item, expectedText.isEmpty() ? u"no comment"_s : expectedText,
                actualText.isEmpty() ? u"no comment"_s : actualText);
    }

    // Whether two constraints of one kind are the same apart from their names.
    bool sameContent(const ConstraintDefinition &a, const ConstraintDefinition &b) const
    {
        if (a.kind != b.kind)
            return false;
        switch (a.kind) {
        case ConstraintKind::PrimaryKey:
        case ConstraintKind::Unique: {
            // A primary key's column order follows SQLAlchemy's choice (the autoincrement
            // column first), not the script's: compare the columns as a set.
            QStringList left = a.columns, right = b.columns;
            if (a.kind == ConstraintKind::PrimaryKey) {
                left.sort();
                right.sort();
            }
            return left == right;
        }
        case ConstraintKind::Check:
            return normalisedCondition(a.condition, m_server) == normalisedCondition(b.condition, m_server);
        case ConstraintKind::ForeignKey:
            // A foreign key to a table of the default schema names no schema.
            return a.columns == b.columns && a.referentTable == b.referentTable && a.referentColumns == b.referentColumns
                && a.referentSchema == b.referentSchema && normalisedAction(a.onDelete) == normalisedAction(b.onDelete)
                && normalisedAction(a.onUpdate) == normalisedAction(b.onUpdate);
        }
        return false;
    }

    // NO ACTION is what no action means, and MySQL's RESTRICT is NO ACTION (the live
    // reader has made it empty already).
    QString normalisedAction(const QString &action) const
    {
        const QString upper = action.toUpper().simplified();
        if (upper == "NO ACTION"_L1 || (isMySQL() && upper == "RESTRICT"_L1))
            return {};
        return upper;
    }

    // Whether the database keeps the name the DDL gave this kind of constraint: MySQL
    // calls every primary key PRIMARY.
    bool keepsName(ConstraintKind kind) const { return !(isMySQL() && kind == ConstraintKind::PrimaryKey); }

    // What the database made for itself, that no DDL asked for: MariaDB's JSON columns
    // carry a CHECK (json_valid(column)) named after the column.
    bool implicitConstraint(const ConstraintDefinition &constraint) const
    {
        if (m_server != Dialect::MariaDB || constraint.kind != ConstraintKind::Check)
            return false;
        return std::any_of(m_model.columns.cbegin(), m_model.columns.cend(), [&](const ColumnDefinition &column) {
            const RenderedType rendered = renderType(column.type, m_dialect, m_projectTypes);
            return rendered.ok() && rendered.ddl.startsWith("JSON"_L1) && constraint.name == column.name
                && normalisedCondition(constraint.condition, m_server) == u"json_valid"_s + column.name.toLower();
        });
    }

    void compareConstraints()
    {
        // On MySQL a unique index is the UNIQUE constraint (the live reader lists it as
        // one), so the model's unique indexes are compared with the constraints.
        QList<ConstraintDefinition> expected = m_model.constraints;
        if (isMySQL()) {
            for (const IndexDefinition &index : m_model.indexes) {
                if (index.unique) {
                    ConstraintDefinition unique;
                    unique.kind = ConstraintKind::Unique;
                    unique.name = index.name;
                    unique.columns = index.columns;
                    expected.append(unique);
                }
            }
        }
        QList<ConstraintDefinition> actual;
        for (const ConstraintDefinition &constraint : m_live.constraints) {
            if (!implicitConstraint(constraint))
                actual.append(constraint);
        }
        QList<bool> matched(actual.size(), false);
        QList<ConstraintDefinition> unmatched;

        // First by name, where the model gives one the database keeps; then by content,
        // since a constraint left unnamed gets a name the database makes up
        // (users_email_key, users_ibfk_1), which the model cannot know.
        for (const ConstraintDefinition &constraint : std::as_const(expected)) {
            qsizetype found = -1;
            if (!constraint.name.isEmpty() && keepsName(constraint.kind)) {
                for (qsizetype i = 0; i < actual.size() && found < 0; ++i) {
                    if (!matched[i] && actual[i].kind == constraint.kind && actual[i].name == constraint.name)
                        found = i;
                }
            }
            if (found < 0 && (constraint.name.isEmpty() || !keepsName(constraint.kind)
                              || constraint.kind == ConstraintKind::PrimaryKey)) {
                for (qsizetype i = 0; i < actual.size() && found < 0; ++i) {
                    if (!matched[i] && sameContent(constraint, actual[i]))
                        found = i;
                }
            }
            if (found < 0) {
                unmatched.append(constraint);
                continue;
            }
            matched[found] = true;
            const ConstraintDefinition &live = actual[found];
            if (!sameContent(constraint, live)) {
                if (constraint.kind == ConstraintKind::Check) {
                    // The database rewrote the condition in its own words: say so, not drift.
                    note(u"%1: the condition %2 at the revision and %3 in the database may be the same: not compared"_s
                             .arg(constraintItem(constraint), constraint.condition, live.condition));
                } else {
                    add(Kind::Constraint, constraintItem(constraint), constraintContent(constraint),
                        constraintContent(live));
                }
            }
            // With sqlite_autoincrement, SQLAlchemy writes the primary key inline (INTEGER
            // PRIMARY KEY AUTOINCREMENT), where a constraint's name has no place.
            const bool inlineKey = m_dialect == Dialect::SQLite && constraint.kind == ConstraintKind::PrimaryKey
                && m_model.sqliteAutoincrement && live.name.isEmpty();
            if (!constraint.name.isEmpty() && keepsName(constraint.kind) && live.name != constraint.name && !inlineKey)
                add(Kind::Constraint, constraintItem(constraint), u"named "_s + constraint.name,
                    live.name.isEmpty() ? u"unnamed"_s : u"named "_s + live.name);
        }

        QList<ConstraintDefinition> extra;
        for (qsizetype i = 0; i < actual.size(); ++i) {
            if (!matched[i])
                extra.append(actual[i]);
        }
        // Checks left over on both sides: the database may have rewritten a condition past
        // what normalisation recognises. Pair them up as undecided rather than call them
        // missing and extra.
        for (qsizetype i = 0; i < unmatched.size();) {
            const ConstraintDefinition &constraint = unmatched[i];
            const auto other = std::find_if(extra.begin(), extra.end(), [&](const ConstraintDefinition &c) {
                return c.kind == ConstraintKind::Check && constraint.kind == ConstraintKind::Check
                    && (constraint.name.isEmpty() || c.name.isEmpty() || c.name == constraint.name);
            });
            if (other == extra.end()) {
                ++i;
                continue;
            }
            note(u"%1 at the revision and %2 in the database may be the same: not compared"_s.arg(
                constraintItem(constraint) + u' ' + constraintContent(constraint),
                constraintItem(*other) + u' ' + constraintContent(*other)));
            extra.erase(other);
            unmatched.removeAt(i);
        }
        for (const ConstraintDefinition &constraint : std::as_const(unmatched))
            add(Kind::MissingConstraint, constraintItem(constraint), constraintContent(constraint), {});
        for (const ConstraintDefinition &constraint : std::as_const(extra))
            add(Kind::ExtraConstraint, constraintItem(constraint), {}, constraintContent(constraint));
    }

    // MySQL and MariaDB make an index for every foreign key that no index starts with,
    // named after the key (or after its first column when the key has no name of its own),
    // and keep it when the key is dropped.
    bool implicitIndex(const IndexDefinition &index) const
    {
        if (!isMySQL() || index.unique)
            return false;
        if (m_dropped.contains({m_label, index.name}))
            return true;
        return std::any_of(m_live.constraints.cbegin(), m_live.constraints.cend(), [&](const ConstraintDefinition &c) {
            return c.kind == ConstraintKind::ForeignKey && c.columns == index.columns
                && (index.name == c.name || index.name == c.columns.value(0));
        });
    }

    bool sameIndex(const IndexDefinition &expected, const IndexDefinition &actual) const
    {
        if (expected.columns != actual.columns || expected.unique != actual.unique)
            return false;
        const auto whereOf = [this](const IndexDefinition &index) {
            if (m_dialect == Dialect::PostgreSQL)
                return index.options.postgresqlWhere;
            return m_dialect == Dialect::SQLite ? index.options.sqliteWhere : QString();
        };
        if (normalisedCondition(whereOf(expected), m_server) != normalisedCondition(whereOf(actual), m_server))
            return false;
        // mysql_length= gives every column's prefix; STATISTICS.SUB_PART says it back.
        if (isMySQL() && expected.options.mysqlLength != actual.options.mysqlLength)
            return false;
        if (m_dialect == Dialect::PostgreSQL) {
            const QString method = expected.options.postgresqlUsing.toLower();
            if ((method == "btree"_L1 ? QString() : method) != actual.options.postgresqlUsing
                || expected.options.postgresqlInclude != actual.options.postgresqlInclude)
                return false;
        }
        return true;
    }

    void compareIndexes()
    {
        for (const IndexDefinition &expected : m_model.indexes) {
            if (isMySQL() && expected.unique)
                continue; // a constraint there, compared above
            const auto found = std::find_if(m_live.indexes.cbegin(), m_live.indexes.cend(),
                                            [&](const IndexDefinition &i) { return i.name == expected.name; });
            const QString item = u"index "_s + expected.name;
            if (found == m_live.indexes.cend())
                add(Kind::MissingIndex, item, indexContent(expected), {});
            else if (!sameIndex(expected, *found))
                add(Kind::Index, item, indexContent(expected), indexContent(*found));
        }
        for (const IndexDefinition &actual : m_live.indexes) {
            const bool inModel = std::any_of(m_model.indexes.cbegin(), m_model.indexes.cend(),
                                             [&](const IndexDefinition &i) { return i.name == actual.name; });
            if (!inModel && !implicitIndex(actual))
                add(Kind::ExtraIndex, u"index "_s + actual.name, {}, indexContent(actual));
        }
    }

    const TableDefinition &m_model;
    QString m_autoincrement;
    const TableDefinition &m_live;
    Dialect m_dialect; // what the model renders for (the URL's)
    // What the server is, for its own spellings: a mysql:// URL may reach MariaDB, whose
    // JSON is LONGTEXT, and SQLAlchemy renders for MySQL all the same.
    Dialect m_server;
    const ProjectTypes &m_projectTypes;
    const DroppedConstraints &m_dropped;
    DriftReport *m_report;
    QString m_label;
};

} // namespace

DriftReport compareSchemas(const QList<TableDefinition> &model, const LiveSchema &live, Dialect dialect,
                           const ProjectTypes &projectTypes, const DroppedConstraints &dropped)
{
    DriftReport report;
    const bool mysqlFamily = (dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
        && (live.dialect == Dialect::MySQL || live.dialect == Dialect::MariaDB);
    const Dialect server = mysqlFamily ? live.dialect : dialect;
    const auto liveTable = [&](const TableDefinition &table) -> const TableDefinition * {
        for (const TableDefinition &candidate : live.tables) {
            if (candidate.name == table.name && candidate.schema == table.schema)
                return &candidate;
        }
        return nullptr;
    };
    for (const TableDefinition &table : model) {
        const TableDefinition *actual = liveTable(table);
        if (!actual) {
            report.differences.append({Kind::MissingTable, tableLabel(table), {}, u"present"_s, {}});
            continue;
        }
        const BuiltTable built = builtTable(table, dialect);
        if (!built.error.isEmpty()) {
            report.notCompared.append(
                u"table %1: the table at the revision cannot be built (%2): not compared"_s.arg(tableLabel(table),
                                                                                               built.error));
            continue;
        }
        TableComparison(built.table, built.autoincrementColumn, *actual, dialect, server, projectTypes, dropped, &report)
            .run();
    }
    for (const TableDefinition &table : live.tables) {
        const bool inModel = std::any_of(model.cbegin(), model.cend(), [&](const TableDefinition &t) {
            return t.name == table.name && t.schema == table.schema;
        });
        if (!inModel)
            report.differences.append({Kind::ExtraTable, tableLabel(table), {}, {}, u"present"_s});
    }
    std::stable_sort(report.differences.begin(), report.differences.end(),
                     [](const SchemaDifference &a, const SchemaDifference &b) {
                         return std::tie(a.table, a.kind, a.item) < std::tie(b.table, b.kind, b.item);
                     });
    return report;
}

QString describeDifference(const SchemaDifference &difference, const QString &revision)
{
    const QString model = u"at revision %1 (model)"_s.arg(revision);
    QString prefix = u"table "_s + difference.table + u": "_s;
    if (!difference.item.isEmpty())
        prefix += difference.item + u": "_s;
    switch (difference.kind) {
    case Kind::MissingTable:
        return prefix + u"absent in the database, present "_s + model;
    case Kind::ExtraTable:
        return prefix + u"present in the database, absent "_s + model;
    case Kind::MissingColumn:
    case Kind::MissingConstraint:
    case Kind::MissingIndex:
        return prefix + u"absent in the database, %1 %2"_s.arg(difference.expected, model);
    case Kind::ExtraColumn:
    case Kind::ExtraConstraint:
    case Kind::ExtraIndex:
        return prefix + u"%1 in the database, absent %2"_s.arg(difference.actual, model);
    case Kind::Type:
        return prefix + u"type %1 in the database, %2 %3"_s.arg(difference.actual, difference.expected, model);
    case Kind::Nullable:
        return prefix + u"%1 in the database, %2 %3"_s.arg(difference.actual, difference.expected, model);
    case Kind::ServerDefault:
        return prefix
            + (difference.actual.isEmpty() ? u"no server default"_s : u"server default "_s + difference.actual)
            + u" in the database, %1 %2"_s.arg(difference.expected.isEmpty() ? u"none"_s : difference.expected, model);
    case Kind::Autoincrement:
    case Kind::Comment:
    case Kind::Constraint:
    case Kind::Index:
        return prefix + u"%1 in the database, %2 %3"_s.arg(difference.actual, difference.expected, model);
    }
    return prefix;
}

} // namespace Migrations
