#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Migrations {

// A Python value as a script.py.mako sees it. Alembic passes strings, None and tuples or
// lists of strings; names it does not pass are Mako's UNDEFINED (false, and an error when
// printed).
struct TemplateValue
{
    enum class Type { Undefined, None, Bool, String, Tuple, List };
    Type type = Type::Undefined;
    QString text;
    QList<TemplateValue> items;
    bool flag = false;

    static TemplateValue none() { return {Type::None, {}, {}, false}; }
    static TemplateValue boolean(bool value) { return {Type::Bool, {}, {}, value}; }
    static TemplateValue string(const QString &value) { return {Type::String, value, {}, false}; }
    static TemplateValue tuple(const QStringList &values);
    static TemplateValue list(const QStringList &values);

    bool operator==(const TemplateValue &) const = default;
};

// What Alembic's generate_revision gives the template: its keyword arguments (the
// `comma` filter is built in), and `config`, of which templates call get_main_option().
struct TemplateArguments
{
    QHash<QString, TemplateValue> values;
    // config.get_main_option(name): the option of the ini section, or nothing when unset.
    // Unset function: the project has no ini file, and a template that asks is refused.
    std::function<std::optional<QString>(const QString &)> mainOption;
};

// Renders a script.py.mako as Mako would with Alembic's arguments, for the subset of Mako
// and Python that the templates `alembic init` writes use: `${expr | filters}`, `% if`/
// `% elif`/`% else`/`% endif`, `% for … in …:`/`% endfor`, `## comments`, a trailing
// backslash joining lines, `<%! import re %>` and `<% name = expr %>`. Expressions: names,
// string literals, None/True/False, tuples, `a if c else b`, and/or/not, ==/!=/is, the
// `%` operator on strings, repr(), str(), comma(), context.get(), config.get_main_option()
// and re.split(). The filters n, str, trim and comma.
//
// Anything else — and anything Mako itself would fail on, such as printing a name Alembic
// does not pass — gives nothing and *error naming the file and the line: the output is
// Mako's or there is none.
std::optional<QString> renderScriptTemplate(const QString &text, const QString &fileName,
                                            const TemplateArguments &arguments, Diagnostic *error);

} // namespace Migrations
