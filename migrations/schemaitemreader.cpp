#include "schemaitemreader.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

using Python::Expression;
using Python::ExpressionKind;

bool isFinalName(const Expression *value)
{
    if (!value || value->kind != ExpressionKind::Call || value->operands.size() != 2 || !value->keywords.empty()
        || value->operands[1].kind != ExpressionKind::String)
        return false;
    // op.f("…"), or batch_op.f("…") on the name a batch block binds (a local name).
    const Expression &callee = value->callee();
    const bool batchF = callee.kind == ExpressionKind::Attribute && callee.text == "f"_L1
        && callee.object().kind == ExpressionKind::Name && callee.object().binding == Python::NameBinding::Local;
    return value->isCallTo(u"alembic.op.f") || batchF;
}

std::optional<QString> nameOf(const Expression *value)
{
    if (value && value->kind == ExpressionKind::String)
        return value->text;
    if (isFinalName(value))
        return value->operands[1].text;
    return std::nullopt;
}

std::optional<QStringList> namesOf(const Expression *value)
{
    if (!value || (value->kind != ExpressionKind::List && value->kind != ExpressionKind::Tuple))
        return std::nullopt;
    QStringList names;
    for (const Expression &item : value->operands) {
        if (item.kind != ExpressionKind::String)
            return std::nullopt;
        names.append(item.text);
    }
    return names;
}

namespace {

// The class or function a call makes when SQLAlchemy exports it from its top level and its
// schema or expression module, or sqlmodel re-exports it: `Column` for `sa.Column(…)`,
// `sqlalchemy.schema.Column(…)`, `from sqlmodel import Column`; empty for any other call.
// A view into the callee's path: this runs for every argument of every column.
QStringView schemaCallName(const Expression &value)
{
    if (value.kind != ExpressionKind::Call || value.callee().binding != Python::NameBinding::Import)
        return {};
    const QStringView path = value.callee().resolved;
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= 0 || dot == path.size() - 1)
        return {};
    // Views made at compile time: a char16_t array compared in place is measured at run time.
    static constexpr QStringView exporting[]
        = {u"sqlalchemy",     u"sqlalchemy.schema",         u"sqlalchemy.sql.schema",
           u"sqlalchemy.sql", u"sqlalchemy.sql.expression", u"sqlmodel"};
    const QStringView module = path.first(dot);
    const bool exported
        = std::find(std::begin(exporting), std::end(exporting), module) != std::end(exporting);
    return exported ? path.sliced(dot + 1) : QStringView();
}

bool isCallTo(const Expression &value, QStringView name)
{
    return schemaCallName(value) == name;
}

bool isNone(const Expression *value)
{
    return value && value->kind == ExpressionKind::None;
}

std::optional<bool> booleanOf(const Expression &value)
{
    if (value.kind != ExpressionKind::Boolean)
        return std::nullopt;
    return value.text == "True"_L1;
}

// A string, or None (empty optional inside).
std::optional<std::optional<QString>> optionalStringOf(const Expression &value)
{
    if (value.kind == ExpressionKind::None)
        return std::optional<QString>();
    if (value.kind == ExpressionKind::String)
        return std::optional<QString>(value.text);
    return std::nullopt;
}

// "table.column" or "schema.table.column" as ForeignKey takes it: everything before the
// table is the schema (ForeignKey._column_tokens).
bool splitColumnSpecification(const QString &specification, ConstraintDefinition *foreignKey)
{
    QStringList parts = specification.split(u'.');
    if (parts.size() < 2)
        return false;
    const QString column = parts.takeLast();
    const QString table = parts.takeLast();
    const QString schema = parts.join(u'.');
    if (!foreignKey->referentColumns.isEmpty()
        && (foreignKey->referentTable != table || foreignKey->referentSchema != schema))
        return false; // one constraint, one table referred to
    foreignKey->referentTable = table;
    foreignKey->referentSchema = schema;
    foreignKey->referentColumns.append(column);
    return true;
}

// The keyword arguments a constraint or index class takes that change its DDL here: its
// name and the referential actions. Anything else is not read yet.
std::optional<QString> readConstraintKeywords(const Expression &call, const QString &what,
                                              ConstraintDefinition *constraint)
{
    for (const Python::KeywordArgument &keyword : call.keywords) {
        const Expression &value = keyword.value;
        if (keyword.name == "name"_L1 && !isNone(&value)) {
            const std::optional<QString> name = nameOf(&value);
            if (!name)
                return u"%1(name=…) is not a string the native engine can read"_s.arg(what);
            constraint->name = *name;
            constraint->finalName = isFinalName(&value);
        } else if ((keyword.name == "ondelete"_L1 || keyword.name == "onupdate"_L1)
                   && constraint->kind == ConstraintDefinition::Kind::ForeignKey) {
            const auto action = optionalStringOf(value);
            if (!action)
                return u"%1(%2=…) is not a string"_s.arg(what, keyword.name);
            (keyword.name == "ondelete"_L1 ? constraint->onDelete : constraint->onUpdate) = action->value_or(QString());
        } else if (keyword.name == "sqltext"_L1 && constraint->kind == ConstraintDefinition::Kind::Check) {
            continue; // CheckConstraint(sqltext=…): the condition, read by the caller
        } else if (keyword.name != "name"_L1 && keyword.name != "info"_L1) {
            return u"%1(%2=…) is not rendered yet"_s.arg(what, keyword.name);
        }
    }
    return std::nullopt;
}

std::variant<ConstraintDefinition, QString> readForeignKey(const Expression &call)
{
    ConstraintDefinition foreignKey;
    foreignKey.kind = ConstraintDefinition::Kind::ForeignKey;
    foreignKey.line = call.line;
    const std::span<const Expression> arguments = call.arguments();
    if (arguments.size() != 1 || arguments[0].kind != ExpressionKind::String
        || !splitColumnSpecification(arguments[0].text, &foreignKey))
        return u"only sa.ForeignKey(\"table.column\", …) is read yet"_s;
    if (const auto why = readConstraintKeywords(call, u"sa.ForeignKey"_s, &foreignKey))
        return *why;
    return foreignKey;
}

// `now` in `sqlalchemy.func.now` (or sqlalchemy.sql's, sqlalchemy.sql.expression's or
// sqlalchemy.sql.functions' func): a plain ASCII identifier after the module's `func.`.
QStringView funcName(QStringView path)
{
    static constexpr QStringView modules[]
        = {u"sqlalchemy.func.", u"sqlalchemy.sql.func.", u"sqlalchemy.sql.expression.func.",
           u"sqlalchemy.sql.functions.func."};
    const auto module = std::find_if(std::begin(modules), std::end(modules),
                                     [&](QStringView prefix) { return path.startsWith(prefix); });
    if (module == std::end(modules))
        return {};
    const QStringView name = path.sliced(module->size());
    const auto isLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    };
    if (name.isEmpty() || !isLetter(name.front()))
        return {};
    const bool identifier = std::all_of(name.begin(), name.end(),
                                        [&](QChar c) { return isLetter(c) || (c >= u'0' && c <= u'9'); });
    return identifier ? name : QStringView();
}

std::variant<ServerDefault, QString> readServerDefault(const Expression &value)
{
    if (value.kind == ExpressionKind::String)
        return ServerDefault{ServerDefault::Kind::Literal, value.text};
    const bool oneString = value.kind == ExpressionKind::Call && value.operands.size() == 2 && value.keywords.empty()
        && value.operands[1].kind == ExpressionKind::String;
    if (oneString && (isCallTo(value, u"text") || isCallTo(value, u"literal_column")))
        return ServerDefault{ServerDefault::Kind::Sql, value.operands[1].text};
    if (value.kind == ExpressionKind::Call && value.operands.size() == 1 && value.keywords.empty()) {
        if (isCallTo(value, u"true"))
            return ServerDefault{ServerDefault::Kind::True, {}};
        if (isCallTo(value, u"false"))
            return ServerDefault{ServerDefault::Kind::False, {}};
        // sa.func.now(): the attribute of `func` is the function's name.
        const Expression &callee = value.callee();
        if (callee.binding == Python::NameBinding::Import) {
            if (const QStringView function = funcName(callee.resolved); !function.isEmpty())
                return ServerDefault{ServerDefault::Kind::Function, function.toString()};
        }
    }
    return u"this server_default is not rendered yet (a string, sa.text(\"…\"), sa.func.name() or sa.true()/sa.false() are)"_s;
}

} // namespace

SqlText sqlTextOf(const Expression *value)
{
    if (value && value->kind == ExpressionKind::Call && isCallTo(*value, u"text") && value->operands.size() == 2
        && value->keywords.empty())
        value = &value->operands[1];
    if (!value || value->kind != ExpressionKind::String)
        return {{}, u"SQL other than a string or sa.text(\"…\") is not rendered yet"_s};
    // Both patterns below need a colon: most SQL has none, and is taken as written.
    if (!value->text.contains(u':'))
        return {value->text, {}};
    static const QRegularExpression bindParameter(u"(?<![:\\w$\\\\]):([\\w$]+)(?![:\\w$])"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression escapedColon(u"\\\\(:[\\w$]*)(?![:\\w$])"_s,
                                                 QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch match = bindParameter.match(value->text); match.hasMatch()) {
        return {{}, u"the bind parameter :%1 has no value in offline SQL"_s.arg(match.captured(1))};
    }
    return {QString(value->text).replace(escapedColon, u"\\1"_s), {}};
}

std::variant<ColumnDefinition, QString> readColumn(const Expression *value, const TypeExpressionScope &scope)
{
    if (!value || !isCallTo(*value, u"Column"))
        return u"the column is not an sa.Column(…) call"_s;
    ColumnDefinition column;
    column.line = value->line;
    std::span<const Expression> arguments = value->arguments();
    const Expression *type = nullptr;
    if (!arguments.empty() && arguments.front().kind == ExpressionKind::String) {
        column.name = arguments.front().text;
        arguments = arguments.subspan(1);
    }
    // The type is the next argument unless that is already a schema item.
    const auto isSchemaItem = [](const Expression &argument) {
        static constexpr QStringView items[] = {u"ForeignKey", u"CheckConstraint", u"Identity",    u"Computed",
                                                u"Sequence",   u"DefaultClause",   u"FetchedValue"};
        const QStringView item = schemaCallName(argument);
        return !item.isEmpty() && std::find(std::begin(items), std::end(items), item) != std::end(items);
    };
    if (!arguments.empty() && !isSchemaItem(arguments.front())) {
        type = &arguments.front();
        arguments = arguments.subspan(1);
    }
    for (const Expression &item : arguments) {
        if (isCallTo(item, u"ForeignKey")) {
            auto foreignKey = readForeignKey(item);
            if (const QString *why = std::get_if<QString>(&foreignKey))
                return *why;
            column.foreignKeys.append(std::get<ConstraintDefinition>(std::move(foreignKey)));
        } else if (isCallTo(item, u"CheckConstraint") && item.operands.size() == 2) {
            ConstraintDefinition check;
            check.kind = ConstraintDefinition::Kind::Check;
            check.line = item.line;
            const SqlText condition = sqlTextOf(&item.operands[1]);
            if (!condition.whyNot.isEmpty())
                return u"sa.CheckConstraint: "_s + condition.whyNot;
            check.condition = condition.sql;
            if (const auto why = readConstraintKeywords(item, u"sa.CheckConstraint"_s, &check))
                return *why;
            column.checks.append(check);
        } else {
            return u"this argument of sa.Column(…) is not rendered yet"_s;
        }
    }

    std::optional<bool> nullable;
    for (const Python::KeywordArgument &keyword : value->keywords) {
        const Expression &given = keyword.value;
        const QString &name = keyword.name;
        const std::optional<bool> flag = booleanOf(given);
        if (name == "name"_L1 && given.kind == ExpressionKind::String && column.name.isEmpty()) {
            column.name = given.text;
        } else if (name == "type_"_L1 && !type) {
            type = &given;
        } else if (name == "nullable"_L1 && flag) {
            nullable = flag;
        } else if (name == "primary_key"_L1 && flag) {
            column.primaryKey = *flag;
        } else if ((name == "unique"_L1 || name == "index"_L1) && (flag || isNone(&given))) {
            (name == "unique"_L1 ? column.unique : column.index) = flag.value_or(false);
        } else if (name == "autoincrement"_L1 && (flag || given.kind == ExpressionKind::String)) {
            using A = ColumnDefinition::Autoincrement;
            if (flag)
                column.autoincrement = *flag ? A::True : A::False;
            else if (given.text == "auto"_L1)
                column.autoincrement = A::Auto;
            else if (given.text == "ignore_fk"_L1)
                column.autoincrement = A::IgnoreForeignKey;
            else
                return u"sa.Column(autoincrement=\"%1\") is not one SQLAlchemy takes"_s.arg(given.text);
        } else if (name == "server_default"_L1) {
            if (isNone(&given))
                continue;
            auto serverDefault = readServerDefault(given);
            if (const QString *why = std::get_if<QString>(&serverDefault))
                return *why;
            column.serverDefault = std::get<ServerDefault>(serverDefault);
        } else if (name == "comment"_L1 && optionalStringOf(given)) {
            column.comment = *optionalStringOf(given);
        } else if (name == "default"_L1 || name == "insert_default"_L1) {
            // Python's side of the default: no DDL, but a column with one does not autoincrement.
            column.clientDefault = column.clientDefault || !isNone(&given);
        } else if (name != "doc"_L1 && name != "info"_L1 && name != "onupdate"_L1 && name != "server_onupdate"_L1) {
            // onupdate and server_onupdate: no DDL (a FetchedValue or DefaultClause for UPDATE).
            return u"sa.Column(%1=…) is not rendered yet"_s.arg(name);
        }
    }
    if (column.name.isEmpty())
        return u"only a column with its name as a string is read yet"_s;
    if (!type)
        return u"a column without a type (SQLAlchemy takes a foreign key's) is not rendered yet"_s;
    SqlTypeReading reading = sqlTypeFromExpression(*type, scope);
    if (!reading.type)
        return reading.error;
    column.type = std::move(*reading.type);
    column.typeLine = type->line;
    for (ConstraintDefinition &foreignKey : column.foreignKeys)
        foreignKey.columns = {column.name};
    column.nullableWritten = nullable.has_value();
    column.nullable = nullable.value_or(!column.primaryKey);
    return column;
}

namespace {

// A positional argument of op.create_table other than a column.
std::optional<QString> readTableItem(const Expression &item, TableDefinition *table)
{
    using Kind = ConstraintDefinition::Kind;
    ConstraintDefinition constraint;
    constraint.line = item.line;
    const std::span<const Expression> arguments = item.arguments();
    QString what;
    if (isCallTo(item, u"PrimaryKeyConstraint") || isCallTo(item, u"UniqueConstraint")) {
        const bool primaryKey = isCallTo(item, u"PrimaryKeyConstraint");
        constraint.kind = primaryKey ? Kind::PrimaryKey : Kind::Unique;
        what = primaryKey ? u"sa.PrimaryKeyConstraint"_s : u"sa.UniqueConstraint"_s;
        for (const Expression &column : arguments) {
            if (column.kind != ExpressionKind::String)
                return u"%1 of anything but column names is not rendered yet"_s.arg(what);
            constraint.columns.append(column.text);
        }
    } else if (isCallTo(item, u"CheckConstraint")) {
        constraint.kind = Kind::Check;
        what = u"sa.CheckConstraint"_s;
        const SqlText condition = sqlTextOf(arguments.empty() ? item.keyword(u"sqltext") : &arguments.front());
        if (!condition.whyNot.isEmpty() || arguments.size() > 1)
            return u"sa.CheckConstraint: "_s + (condition.whyNot.isEmpty() ? u"more arguments"_s : condition.whyNot);
        constraint.condition = condition.sql;
    } else if (isCallTo(item, u"ForeignKeyConstraint")) {
        constraint.kind = Kind::ForeignKey;
        what = u"sa.ForeignKeyConstraint"_s;
        const std::optional<QStringList> columns = namesOf(arguments.empty() ? nullptr : &arguments[0]);
        const std::optional<QStringList> referents = namesOf(arguments.size() < 2 ? nullptr : &arguments[1]);
        if (!columns || !referents || arguments.size() != 2 || columns->size() != referents->size())
            return u"only sa.ForeignKeyConstraint([columns], [\"table.column\", …], …) is read yet"_s;
        constraint.columns = *columns;
        for (const QString &referent : *referents) {
            if (!splitColumnSpecification(referent, &constraint))
                return u"sa.ForeignKeyConstraint: \"%1\" is not a column of the table the others name"_s.arg(referent);
        }
    } else if (isCallTo(item, u"Index")) {
        IndexDefinition index;
        index.line = item.line;
        const std::optional<QString> name = arguments.empty() ? std::nullopt : nameOf(&arguments.front());
        if (!name && (arguments.empty() || !isNone(&arguments.front())))
            return u"sa.Index's name is not a string the native engine can read"_s;
        index.name = name.value_or(QString());
        index.finalName = !arguments.empty() && isFinalName(&arguments.front());
        for (const Expression &column : arguments.subspan(1)) {
            if (column.kind != ExpressionKind::String)
                return u"sa.Index of anything but column names is not rendered yet"_s;
            index.columns.append(column.text);
        }
        for (const Python::KeywordArgument &keyword : item.keywords) {
            if (keyword.name != "unique"_L1 || !booleanOf(keyword.value))
                return u"sa.Index(%1=…) is not rendered yet"_s.arg(keyword.name);
            index.unique = *booleanOf(keyword.value);
        }
        table->indexes.append(index);
        return std::nullopt;
    } else {
        return u"this argument of op.create_table is not a column, constraint or index the native engine reads"_s;
    }
    if (const auto why = readConstraintKeywords(item, what, &constraint))
        return *why;
    table->constraints.append(constraint);
    return std::nullopt;
}

} // namespace

std::variant<TableDefinition, QString> readTable(const BoundOperation &call, const TypeExpressionScope &scope)
{
    TableDefinition table;
    const std::optional<QString> name = nameOf(call.argument(u"table_name"));
    if (!name)
        return u"table_name is not a string the native engine can read"_s;
    table.name = *name;
    table.columns.reserve(qsizetype(call.extraPositional.size())); // most items are columns
    for (const Expression *item : call.extraPositional) {
        if (isCallTo(*item, u"Column")) {
            auto column = readColumn(item, scope);
            if (const QString *why = std::get_if<QString>(&column))
                return *why;
            table.columns.append(std::get<ColumnDefinition>(std::move(column)));
        } else if (const auto why = readTableItem(*item, &table)) {
            return *why;
        }
    }
    for (const Python::KeywordArgument *keyword : call.extraKeywords) {
        const Expression &value = keyword->value;
        const QString &option = keyword->name;
        if ((option == "schema"_L1 || option == "comment"_L1) && optionalStringOf(value)) {
            const std::optional<QString> text = *optionalStringOf(value);
            if (option == "schema"_L1)
                table.schema = text.value_or(QString());
            else
                table.comment = text;
        } else if ((option.startsWith("mysql_"_L1) || option.startsWith("mariadb_"_L1))
                   && value.kind == ExpressionKind::String) {
            table.dialectOptions.append({option, value.text});
        } else if (option == "sqlite_autoincrement"_L1 && booleanOf(value)) {
            table.sqliteAutoincrement = *booleanOf(value);
        } else if (option != "info"_L1) {
            return u"op.create_table(%1=…) is not rendered yet"_s.arg(option);
        }
    }
    return table;
}

} // namespace Migrations
