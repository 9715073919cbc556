#include "ddltext.h"

#include "identifier.h"
#include "typecompiler.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

QString qualified(const QString &name, const QString &schema, Dialect dialect)
{
    const QString quoted = quoteName(name, dialect);
    return schema.isEmpty() ? quoted : quoteName(schema, dialect) + u'.' + quoted;
}

QString alembicTableName(const QString &name, const QString &schema, Dialect dialect)
{
    if (schema.isEmpty())
        return quoteName(name, dialect);
    QStringList parts;
    for (const QString &part : schema.split(u'.'))
        parts.append(quoteName(part, dialect));
    return parts.join(u'.') + u'.' + quoteName(name, dialect);
}

QString quotedList(const QStringList &names, Dialect dialect)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(quoteName(name, dialect));
    return quoted.join(u", "_s);
}

namespace {

// sa.func.name(): SQLAlchemy looks the name up, case-insensitively, among its registered
// functions. These are the ones whose DDL without arguments this engine knows (measured
// against SQLAlchemy 2.0 for each dialect); the other registered ones render in ways of
// their own (count(*), WITH ROLLUP) or refuse to run without arguments.
DefaultSql functionSql(const QString &written, Dialect dialect)
{
    static const QStringList ansi = {u"current_date"_s, u"current_time"_s,    u"current_timestamp"_s,
                                     u"current_user"_s, u"localtime"_s,       u"session_user"_s,
                                     u"user"_s};
    static const QStringList registered = {
        u"_regconfig_fn"_s, u"aggregate_strings"_s, u"akeys"_s, u"ansifunction"_s, u"array_agg"_s,
        u"avals"_s, u"cast"_s, u"char_length"_s, u"coalesce"_s, u"concat"_s, u"count"_s, u"cube"_s,
        u"cume_dist"_s, u"defined"_s, u"delete"_s, u"dense_rank"_s, u"extract"_s, u"grouping_sets"_s,
        u"hstore"_s, u"hstore_to_array"_s, u"hstore_to_matrix"_s, u"max"_s, u"min"_s, u"mode"_s,
        u"next_value"_s, u"orderedsetagg"_s, u"percent_rank"_s, u"percentile_cont"_s,
        u"percentile_disc"_s, u"phraseto_tsquery"_s, u"plainto_tsquery"_s, u"rank"_s,
        u"returntypefromargs"_s, u"rollup"_s, u"slice"_s, u"sum"_s, u"to_tsquery"_s,
        u"to_tsvector"_s, u"ts_headline"_s, u"websearch_to_tsquery"_s};
    const QString name = written.toLower();
    if (ansi.contains(name))
        return {name.toUpper(), {}};
    if (name == "now"_L1)
        return {dialect == Dialect::SQLite ? u"CURRENT_TIMESTAMP"_s : u"now()"_s, {}};
    if (name == "localtimestamp"_L1) {
        return {dialect == Dialect::SQLite ? u"DATETIME(CURRENT_TIMESTAMP, \"localtime\")"_s : u"LOCALTIMESTAMP"_s,
                {}};
    }
    if (name == "sysdate"_L1)
        return {isMySQL(dialect) ? u"SYSDATE()"_s : u"sysdate"_s, {}};
    if (name == "random"_L1)
        return {isMySQL(dialect) ? u"rand()"_s : u"random()"_s, {}};
    if (registered.contains(name))
        return {{}, u"sa.func.%1() as a server default is not rendered yet"_s.arg(written)};
    return {written + u"()"_s, {}};
}

} // namespace

DefaultSql serverDefaultSql(const ServerDefault &serverDefault, Dialect dialect)
{
    switch (serverDefault.kind) {
    case ServerDefault::Kind::Literal:
        return {stringLiteral(serverDefault.text, dialect), {}};
    case ServerDefault::Kind::Sql:
        return {serverDefault.text, {}};
    case ServerDefault::Kind::Function:
        return functionSql(serverDefault.text, dialect);
    case ServerDefault::Kind::True:
        return {dialect == Dialect::SQLite ? u"1"_s : u"true"_s, {}};
    case ServerDefault::Kind::False:
        return {dialect == Dialect::SQLite ? u"0"_s : u"false"_s, {}};
    }
    return {};
}

namespace {

bool isBigInteger(const TypeClass *typeClass)
{
    return typeClass && (typeClass->visitName == "big_integer"_L1 || typeClass->visitName == "BIGINT"_L1);
}

bool isSmallInteger(const TypeClass *typeClass)
{
    return typeClass && (typeClass->visitName == "small_integer"_L1 || typeClass->visitName == "SMALLINT"_L1);
}

} // namespace

ColumnSpecification columnSpecification(const ColumnDefinition &column, Dialect dialect, const ColumnRole &role,
                                        const ProjectTypes &projectTypes)
{
    const SqlType &dialectType = column.type.forDialect(dialect);
    const TypeClass *typeClass = findTypeClass(dialectType.module, dialectType.name);
    std::optional<QString> defaultValue;
    if (column.serverDefault) {
        const DefaultSql rendered = serverDefaultSql(*column.serverDefault, dialect);
        if (!rendered.error.isEmpty())
            return {{}, rendered.error, true};
        defaultValue = rendered.sql;
    }
    QStringList specification = {quoteName(column.name, dialect)};
    if (dialect == Dialect::PostgreSQL && role.autoincrement) {
        // PGDDLCompiler: the autoincrement column is a SERIAL, whose sequence is its default.
        specification.append(isBigInteger(typeClass) ? u"BIGSERIAL"_s
                                 : isSmallInteger(typeClass) ? u"SMALLSERIAL"_s
                                                             : u"SERIAL"_s);
        defaultValue.reset();
    } else {
        const RenderedType type = renderType(column.type, dialect, projectTypes);
        if (!type.ok())
            return {{}, type.error, type.missingProjectType};
        specification.append(type.ddl);
    }
    if (isMySQL(dialect)) {
        // MySQLDDLCompiler: NULL spelled out for a nullable TIMESTAMP, NOT NULL before the
        // comment, and AUTO_INCREMENT instead of a default.
        if (!column.nullable)
            specification.append(u"NOT NULL"_s);
        else if (typeClass && typeClass->visitName == "TIMESTAMP"_L1)
            specification.append(u"NULL"_s);
        if (role.inlineComment && column.comment)
            specification.append(u"COMMENT "_s + stringLiteral(*column.comment, dialect));
        if (role.autoincrement && !column.serverDefault)
            specification.append(u"AUTO_INCREMENT"_s);
        else if (defaultValue)
            specification.append(u"DEFAULT "_s + *defaultValue);
    } else {
        if (defaultValue) {
            // SQLiteDDLCompiler: an expression that is not a literal goes in brackets.
            static const QRegularExpression literal(u"^\\s*['\"(]"_s);
            static const QRegularExpression nonWord(u"\\W"_s, QRegularExpression::UseUnicodePropertiesOption);
            const bool bracketed = dialect == Dialect::SQLite && !literal.match(*defaultValue).hasMatch()
                && nonWord.match(*defaultValue).hasMatch();
            specification.append(bracketed ? u"DEFAULT (%1)"_s.arg(*defaultValue) : u"DEFAULT "_s + *defaultValue);
        }
        if (!column.nullable)
            specification.append(u"NOT NULL"_s);
        if (role.sqliteInlinePrimaryKey)
            specification.append(u"PRIMARY KEY AUTOINCREMENT"_s);
    }
    for (const ConstraintDefinition &check : column.checks) {
        const ConstraintSql constraint = constraintSql(check, dialect);
        specification.append(constraint.sql);
    }
    return {specification.join(u' '), {}};
}

ConstraintSql constraintSql(const ConstraintDefinition &constraint, Dialect dialect)
{
    QString sql = constraint.name.isEmpty() ? QString() : u"CONSTRAINT %1 "_s.arg(quoteName(constraint.name, dialect));
    switch (constraint.kind) {
    case ConstraintDefinition::Kind::Unique:
        return {sql + u"UNIQUE (%1)"_s.arg(quotedList(constraint.columns, dialect)), {}};
    case ConstraintDefinition::Kind::PrimaryKey:
        return {sql + u"PRIMARY KEY (%1)"_s.arg(quotedList(constraint.columns, dialect)), {}};
    case ConstraintDefinition::Kind::Check:
        return {sql + u"CHECK (%1)"_s.arg(constraint.condition), {}};
    case ConstraintDefinition::Kind::ForeignKey:
        break;
    }
    sql += u"FOREIGN KEY(%1) REFERENCES %2 (%3)"_s.arg(quotedList(constraint.columns, dialect),
                                                      qualified(constraint.referentTable, constraint.referentSchema, dialect),
                                                      quotedList(constraint.referentColumns, dialect));
    // define_constraint_cascades, each phrase checked as validate_sql_phrase does.
    static const QRegularExpression action(u"^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    for (const auto &[clause, value] : {std::pair{u" ON DELETE "_s, constraint.onDelete},
                                        std::pair{u" ON UPDATE "_s, constraint.onUpdate}}) {
        if (value.isEmpty())
            continue;
        if (!action.match(value).hasMatch())
            return {{}, u"Unexpected SQL phrase: '%1' (matching '%2')"_s.arg(value, action.pattern())};
        sql += clause + value;
    }
    return {sql, {}};
}

QString createIndexSql(const IndexDefinition &index, const QString &table, const QString &schema, Dialect dialect)
{
    const IndexOptions &options = index.options;
    // SQLite names the schema on the index, not on the table (SQLiteDDLCompiler.visit_create_index).
    const bool sqlite = dialect == Dialect::SQLite;
    QString sql = index.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s;
    if (dialect == Dialect::PostgreSQL && options.postgresqlConcurrently)
        sql += u"CONCURRENTLY "_s;
    if (options.ifNotExists)
        sql += u"IF NOT EXISTS "_s;
    sql += sqlite ? qualified(index.name, schema, dialect) : quoteName(index.name, dialect);
    sql += u" ON "_s + (sqlite ? quoteName(table, dialect) : qualified(table, schema, dialect));
    if (dialect == Dialect::PostgreSQL && !options.postgresqlUsing.isEmpty())
        sql += u" USING "_s + options.postgresqlUsing.toLower();
    QStringList columns;
    for (const QString &column : index.columns) {
        const QString quoted = quoteName(column, dialect);
        // mysql_length: MariaDB reads only mariadb_* options.
        const bool prefix = dialect == Dialect::MySQL && options.mysqlLength;
        columns.append(prefix ? u"%1(%2)"_s.arg(quoted).arg(*options.mysqlLength) : quoted);
    }
    sql += u" ("_s + columns.join(u", "_s) + u')';
    if (dialect == Dialect::PostgreSQL && !options.postgresqlInclude.isEmpty())
        sql += u" INCLUDE ("_s + quotedList(options.postgresqlInclude, dialect) + u')';
    const QString &where = dialect == Dialect::PostgreSQL ? options.postgresqlWhere
        : sqlite                                         ? options.sqliteWhere
                                                         : QString();
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    return sql;
}

} // namespace Migrations
