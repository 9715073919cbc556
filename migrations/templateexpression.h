#pragma once

// The expressions of script.py.mako (scripttemplate.cpp): a parsed subset of Python and
// Python's semantics for the values Alembic passes. Private to the renderer.

#include "scripttemplate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>

namespace Migrations::TemplateSyntax {

// The renderer's messages share one translation context. lupdate files a tr() under the class
// or namespace it is written in, so the renderer's classes declare this context themselves and
// free functions call ScriptTemplateMessages::tr().
struct ScriptTemplateMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::ScriptTemplate)
};

// Thrown inside the renderer only (renderScriptTemplate catches it): the first thing that
// cannot be rendered ends rendering, with the template line it is on.
struct Refusal
{
    int line;
    QString message;
};

[[noreturn]] void refuse(int line, const QString &message);

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

struct Expr
{
    enum class Kind { Name, Literal, Tuple, Call, Method, Ternary, Not, And, Or, Equal, NotEqual, Is, IsNot, Modulo };
    Kind kind;
    QString name;          // Name, Call (function), Method ("object.method")
    TemplateValue literal; // Literal
    QList<ExprPtr> args;
};

// Parses one expression; `display` is how the construct is quoted in a refusal (`${…}`,
// `% if …:`). Refuses what is outside the subset.
ExprPtr parseExpression(QStringView source, int line, const QString &display);

// Reads one Python string literal starting at `pos` (its prefix included) into *value;
// returns the position after it, or -1 when it is not one this renderer reads.
qsizetype readStringLiteral(QStringView s, qsizetype pos, QString *value);

// Python's truth of a value, str(), repr(), and Alembic's format_as_comma (the `comma`
// filter); `what` names the expression in a refusal.
bool truth(const TemplateValue &value);
QString pythonString(const TemplateValue &value, int line, const QString &what);
QString pythonRepresentation(const TemplateValue &value, int line, const QString &what);
QString formatAsComma(const TemplateValue &value, int line, const QString &what);

} // namespace Migrations::TemplateSyntax
