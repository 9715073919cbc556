#include "ddltext.h"

#include "identifier.h"
#include "typecompiler.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

QString qualified(const QString &name, const QString &schema, Dialect dialect)
{
    if (schema.isEmpty())
        return quoteName(name, dialect);
    return quoteName(schema, dialect) + u'.' + quoteName(name, dialect);
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

namespace {

// quotedList(), appended to `out`: one string grows instead of a list of them.
void appendQuotedList(QString &out, const QStringList &names, Dialect dialect)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ", "_L1;
        out += quoteName(names[i], dialect);
    }
}

} // namespace

QString quotedList(const QStringList &names, Dialect dialect)
{
    QString quoted;
    appendQuotedList(quoted, names, dialect);
    return quoted;
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
    // The parts of the specification, each after a space (one string, grown in place).
    QString specification;
    specification.reserve(64); // a name, a type and a few words: most fit
    specification += quoteName(column.name, dialect);
    const auto add = [&specification](const auto &...parts) {
        specification += u' ';
        ((specification += parts), ...);
    };
    if (dialect == Dialect::PostgreSQL && role.autoincrement) {
        // PGDDLCompiler: the autoincrement column is a SERIAL, whose sequence is its default.
        add(isBigInteger(typeClass)     ? "BIGSERIAL"_L1
            : isSmallInteger(typeClass) ? "SMALLSERIAL"_L1
                                        : "SERIAL"_L1);
        defaultValue.reset();
    } else {
        const RenderedType type = renderType(column.type, dialect, projectTypes);
        if (!type.ok())
            return {{}, type.error, type.missingProjectType};
        add(type.ddl);
    }
    if (isMySQL(dialect)) {
        // MySQLDDLCompiler: NULL spelled out for a nullable TIMESTAMP, NOT NULL before the
        // comment, and AUTO_INCREMENT instead of a default.
        if (!column.nullable)
            add("NOT NULL"_L1);
        else if (typeClass && typeClass->visitName == "TIMESTAMP"_L1)
            add("NULL"_L1);
        if (role.inlineComment && column.comment)
            add("COMMENT "_L1, stringLiteral(*column.comment, dialect));
        if (role.autoincrement && !column.serverDefault)
            add("AUTO_INCREMENT"_L1);
        else if (defaultValue)
            add("DEFAULT "_L1, *defaultValue);
    } else {
        if (defaultValue) {
            // SQLiteDDLCompiler: an expression that is not a literal goes in brackets.
            static const QRegularExpression literal(u"^\\s*['\"(]"_s);
            static const QRegularExpression nonWord(u"\\W"_s, QRegularExpression::UseUnicodePropertiesOption);
            const bool bracketed = dialect == Dialect::SQLite && !literal.match(*defaultValue).hasMatch()
                && nonWord.match(*defaultValue).hasMatch();
            if (bracketed)
                add("DEFAULT ("_L1, *defaultValue, u')');
            else
                add("DEFAULT "_L1, *defaultValue);
        }
        if (!column.nullable)
            add("NOT NULL"_L1);
        if (role.sqliteInlinePrimaryKey)
            add("PRIMARY KEY AUTOINCREMENT"_L1);
    }
    for (const ConstraintDefinition &check : column.checks)
        add(constraintSql(check, dialect).sql);
    return {specification, {}};
}

ConstraintSql constraintSql(const ConstraintDefinition &constraint, Dialect dialect)
{
    QString sql;
    sql.reserve(96); // room for most constraints: their pieces are appended in place
    if (!constraint.name.isEmpty()) {
        sql += "CONSTRAINT "_L1;
        sql += quoteName(constraint.name, dialect);
        sql += u' ';
    }
    // `KEYWORD (columns)`, appended in place.
    const auto withColumns = [&](QLatin1StringView keyword, const QStringList &columns) {
        sql += keyword;
        appendQuotedList(sql, columns, dialect);
        sql += u')';
    };
    switch (constraint.kind) {
    case ConstraintDefinition::Kind::Unique:
        withColumns("UNIQUE ("_L1, constraint.columns);
        return {sql, {}};
    case ConstraintDefinition::Kind::PrimaryKey:
        withColumns("PRIMARY KEY ("_L1, constraint.columns);
        return {sql, {}};
    case ConstraintDefinition::Kind::Check:
        sql += "CHECK ("_L1;
        sql += constraint.condition;
        sql += u')';
        return {sql, {}};
    case ConstraintDefinition::Kind::ForeignKey:
        break;
    }
    withColumns("FOREIGN KEY("_L1, constraint.columns);
    sql += " REFERENCES "_L1;
    sql += qualified(constraint.referentTable, constraint.referentSchema, dialect);
    withColumns(" ("_L1, constraint.referentColumns);
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
    QString sql;
    sql.reserve(128); // room for most indexes: their pieces are appended in place
    sql += index.unique ? "CREATE UNIQUE INDEX "_L1 : "CREATE INDEX "_L1;
    if (dialect == Dialect::PostgreSQL && options.postgresqlConcurrently)
        sql += u"CONCURRENTLY "_s;
    if (options.ifNotExists)
        sql += u"IF NOT EXISTS "_s;
    sql += sqlite ? qualified(index.name, schema, dialect) : quoteName(index.name, dialect);
    sql += " ON "_L1;
    sql += sqlite ? quoteName(table, dialect) : qualified(table, schema, dialect);
    if (dialect == Dialect::PostgreSQL && !options.postgresqlUsing.isEmpty())
        sql += u" USING "_s + options.postgresqlUsing.toLower();
    sql += " ("_L1;
    for (qsizetype i = 0; i < index.columns.size(); ++i) {
        if (i > 0)
            sql += ", "_L1;
        sql += quoteName(index.columns[i], dialect);
        // mysql_length: MariaDB reads only mariadb_* options.
        if (dialect == Dialect::MySQL && options.mysqlLength)
            sql += u'(' + QString::number(*options.mysqlLength) + u')';
    }
    sql += u')';
    if (dialect == Dialect::PostgreSQL && !options.postgresqlInclude.isEmpty()) {
        sql += " INCLUDE ("_L1;
        appendQuotedList(sql, options.postgresqlInclude, dialect);
        sql += u')';
    }
    const QString &where = dialect == Dialect::PostgreSQL ? options.postgresqlWhere
        : sqlite                                         ? options.sqliteWhere
                                                         : QString();
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    return sql;
}

} // namespace Migrations
