#include "scripttemplate.h"

#include "pythontext.h"
#include "templateexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Migrations {

TemplateValue TemplateValue::tuple(const QStringList &values)
{
    TemplateValue value{Type::Tuple, {}, {}, false};
    for (const QString &item : values)
        value.items.append(string(item));
    return value;
}

TemplateValue TemplateValue::list(const QStringList &values)
{
    TemplateValue value = tuple(values);
    value.type = Type::List;
    return value;
}

namespace {

using namespace TemplateSyntax;

// ---- The template's nodes ---------------------------------------------------------------

struct Node
{
    enum class Kind { Text, Expression, Assign, For, If };
    Kind kind;
    int line = 0;
    QString text;     // Text; the source of an Expression; the target of Assign / For
    ExprPtr expr;     // Expression, Assign, For's iterable
    QStringList filters;
    QList<Node> body; // For
    QList<std::pair<ExprPtr, QList<Node>>> branches; // If: a null condition is `else`
};

class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::ScriptTemplate)

public:
    TemplateParser(const QString &text) : m_s(text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n')
                m_newlines.append(i);
        }
    }

    QList<Node> parse()
    {
        struct Open
        {
            QString keyword;
            int line;
        };
        // The nodes being filled: the body at the top, then one per open control line.
        QList<QList<Node> *> targets{&m_root};
        QList<Open> open;
        QString text;
        int textLine = 1;
        const auto flushText = [&] {
            if (!text.isEmpty())
                targets.last()->append({Node::Kind::Text, textLine, text, {}, {}, {}, {}});
            text.clear();
        };
        const qsizetype n = m_s.size();
        while (m_pos < n) {
            const bool lineStart = m_pos == 0 || m_s[m_pos - 1] == u'\n';
            if (lineStart) {
                qsizetype p = m_pos;
                while (p < n && (m_s[p] == u' ' || m_s[p] == u'\t'))
                    ++p;
                const QStringView rest = QStringView(m_s).sliced(p);
                if (rest.startsWith(u"##") || (rest.startsWith(u'%') && !rest.startsWith(u"%%"))) {
                    flushText();
                    const int line = lineAt(m_pos);
                    const bool comment = rest.startsWith(u"##");
                    m_pos = p + (comment ? 2 : 1);
                    QString code;
                    while (m_pos < n && m_s[m_pos] != u'\n') {
                        if (m_s[m_pos] == u'\\' && m_pos + 1 < n && m_s[m_pos + 1] == u'\n') {
                            m_pos += 2;
                            continue;
                        }
                        code += m_s[m_pos++];
                    }
                    if (m_pos < n)
                        ++m_pos; // the control line's newline is not output
                    textLine = lineAt(m_pos);
                    if (code.endsWith(u'\r'))
                        code.chop(1);
                    if (!comment)
                        controlLine(code.trimmed(), line, &targets, &open);
                    continue;
                }
                if (rest.startsWith(u"%%"))
                    refuse(lineAt(m_pos), tr("Alembic Studio cannot render a line that starts with `%%`"));
            }
            const QStringView rest = QStringView(m_s).sliced(m_pos);
            if (rest.startsWith(u"${")) {
                flushText();
                expression(targets.last());
                textLine = lineAt(m_pos);
                continue;
            }
            // <%doc> is dropped and <%text> written as it stands, nothing inside either read.
            if (rest.startsWith(u"<%doc>") || rest.startsWith(u"<%text>")) {
                const bool doc = rest.startsWith(u"<%doc>");
                const QString close = doc ? u"</%doc>"_s : u"</%text>"_s;
                const qsizetype inside = m_pos + (doc ? 6 : 7);
                const qsizetype end = m_s.indexOf(close, inside);
                if (end < 0)
                    refuse(lineAt(m_pos), tr("`%1` is never closed").arg(doc ? u"<%doc>"_s : u"<%text>"_s));
                if (!doc) {
                    if (text.isEmpty())
                        textLine = lineAt(m_pos);
                    text += m_s.sliced(inside, end - inside);
                }
                m_pos = end + close.size();
                continue;
            }
            if (rest.startsWith(u"<%")) {
                flushText();
                block(targets.last());
                textLine = lineAt(m_pos);
                continue;
            }
            if (rest.startsWith(u"</%") || rest.startsWith(u"<&") || rest.startsWith(u"</&"))
                refuse(lineAt(m_pos), tr("Alembic Studio cannot render Mako's `%1` tags").arg(rest.first(2)));
            if (rest.startsWith(u"\\\n") || rest.startsWith(u"\\\r\n")) {
                m_pos += rest[1] == u'\r' ? 3 : 2; // an escaped newline is thrown away
                continue;
            }
            if (text.isEmpty())
                textLine = lineAt(m_pos);
            text += m_s[m_pos++];
        }
        flushText();
        if (!open.isEmpty())
            refuse(open.last().line, tr("`%% %1` is never closed").arg(open.last().keyword));
        return m_root;
    }

    bool importsRe() const { return m_importsRe; }

private:
    int lineAt(qsizetype pos) const
    {
        return int(std::lower_bound(m_newlines.begin(), m_newlines.end(), pos) - m_newlines.begin()) + 1;
    }

    // Mako's parse_until_text: up to one of `stops` outside strings and brackets.
    qsizetype scanUntil(qsizetype from, QStringView stops, bool nesting, int line)
    {
        int depth = 0;
        qsizetype pos = from;
        while (pos < m_s.size()) {
            const QChar c = m_s[pos];
            if (c == u'\'' || c == u'"') {
                QString ignored;
                const qsizetype end = readStringLiteral(m_s, pos, &ignored);
                if (end < 0)
                    refuse(line, tr("Alembic Studio cannot read the string at line %1").arg(lineAt(pos)));
                pos = end;
                continue;
            }
            if (nesting && (c == u'(' || c == u'[' || c == u'{')) {
                ++depth;
            } else if (nesting && depth > 0 && (c == u')' || c == u']' || c == u'}')) {
                --depth;
            } else if (depth == 0) {
                for (qsizetype i = 0; i < stops.size(); i += 2) {
                    const QStringView stop = stops.sliced(i, 2).trimmed();
                    if (QStringView(m_s).sliced(pos).startsWith(stop))
                        return pos;
                }
            }
            ++pos;
        }
        refuse(line, tr("this Mako construct is never closed"));
    }

    void expression(QList<Node> *target)
    {
        const int line = lineAt(m_pos);
        const qsizetype start = m_pos + 2;
        qsizetype end = scanUntil(start, u"| } ", true, line);
        const QString source = m_s.sliced(start, end - start);
        QStringList filters;
        if (m_s[end] == u'|') {
            const qsizetype filtersEnd = scanUntil(end + 1, u"} ", true, line);
            for (const QString &filter : m_s.sliced(end + 1, filtersEnd - end - 1).split(u','))
                filters.append(filter.trimmed());
            end = filtersEnd;
        }
        m_pos = end + 1;
        static const QStringList known = {u"n"_s, u"str"_s, u"trim"_s, u"comma"_s};
        for (const QString &filter : std::as_const(filters)) {
            if (!known.contains(filter))
                refuse(line, tr("Alembic Studio cannot render `${%1}`: it knows the filters n, str, trim and "
                                "comma only").arg(m_s.sliced(start, end - start).trimmed()));
        }
        ExprPtr expr = parseExpression(source, line, u"${"_s + source.trimmed() + u'}');
        target->append({Node::Kind::Expression, line, u"${"_s + source.trimmed() + u'}', expr, filters, {}, {}});
    }

    void block(QList<Node> *target)
    {
        const int line = lineAt(m_pos);
        const bool module = QStringView(m_s).sliced(m_pos).startsWith(u"<%!");
        const qsizetype start = m_pos + (module ? 3 : 2);
        if (!module && (start >= m_s.size() || !m_s[start].isSpace()))
            refuse(line, tr("Alembic Studio cannot render Mako's `<%%%1` tags")
                             .arg(QStringView(m_s).sliced(start).left(8).split(u' ').first()));
        const qsizetype end = scanUntil(start, u"%>", false, line);
        m_pos = end + 2;
        const QStringList lines = m_s.sliced(start, end - start).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString statement = lines[i].trimmed();
            const int statementLine = line + int(i);
            if (statement.isEmpty() || statement.startsWith(u'#'))
                continue;
            if (module) {
                if (statement != u"import re")
                    refuse(statementLine, tr("Alembic Studio cannot render `%1`: of module-level code it "
                                             "runs `import re` only").arg(statement));
                m_importsRe = true;
                continue;
            }
            static const QRegularExpression assignment(u"^([A-Za-z_]\\w*)\\s*=(?!=)\\s*(.+)$"_s);
            const QRegularExpressionMatch match = assignment.match(statement);
            if (!match.hasMatch())
                refuse(statementLine, tr("Alembic Studio cannot render `%1`: of Python blocks it runs "
                                         "`name = expression` only").arg(statement));
            target->append({Node::Kind::Assign, statementLine, match.captured(1),
                            parseExpression(match.captured(2), statementLine, statement), {}, {}, {}});
        }
    }

    template<typename Open>
    void controlLine(const QString &code, int line, QList<QList<Node> *> *targets, QList<Open> *open)
    {
        static const QRegularExpression keywordPattern(u"^(end)?(\\w+)\\s*(.*)$"_s,
                                                       QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = keywordPattern.match(code);
        const QString keyword = match.captured(2);
        const bool isEnd = match.hasCaptured(1);
        QString rest = match.captured(3).trimmed();
        if (isEnd) {
            if (open->isEmpty() || open->last().keyword != keyword)
                refuse(line, tr("`%% end%1` closes nothing Alembic Studio opened").arg(keyword));
            open->removeLast();
            targets->removeLast();
            return;
        }
        if (targets->size() > 100)
            refuse(line, tr("control lines nest too deeply"));
        if (!match.hasMatch() || !rest.endsWith(u':'))
            refuse(line, tr("Alembic Studio cannot render the control line `%% %1`").arg(code));
        rest.chop(1);
        QList<Node> *target = targets->last();
        if (keyword == u"for") {
            static const QRegularExpression forPattern(u"^([A-Za-z_]\\w*)\\s+in\\s+(.+)$"_s);
            const QRegularExpressionMatch parts = forPattern.match(rest);
            if (!parts.hasMatch())
                refuse(line, tr("Alembic Studio cannot render `%% %1`: it loops over one name only").arg(code));
            target->append({Node::Kind::For, line, parts.captured(1),
                            parseExpression(parts.captured(2), line, u"% "_s + code), {}, {}, {}});
            targets->append(&target->last().body);
            open->append({keyword, line});
        } else if (keyword == u"if") {
            target->append({Node::Kind::If, line, {}, {}, {}, {}, {}});
            target->last().branches.append({parseExpression(rest, line, u"% "_s + code), {}});
            targets->append(&target->last().branches.last().second);
            open->append({keyword, line});
        } else if ((keyword == u"elif" || keyword == u"else") && !open->isEmpty() && open->last().keyword == u"if") {
            if (keyword == u"else" && !rest.trimmed().isEmpty())
                refuse(line, tr("Alembic Studio cannot render the control line `%% %1`").arg(code));
            targets->removeLast();
            Node &ifNode = targets->last()->last();
            if (!ifNode.branches.isEmpty() && !ifNode.branches.last().first)
                refuse(line, tr("`%% %1` after `%% else`").arg(keyword));
            ifNode.branches.append({keyword == u"else" ? ExprPtr{} : parseExpression(rest, line, u"% "_s + code), {}});
            targets->append(&ifNode.branches.last().second);
        } else {
            refuse(line, tr("Alembic Studio cannot render the control line `%% %1`: it knows if, elif, "
                            "else and for").arg(code));
        }
    }

    const QString &m_s;
    QList<qsizetype> m_newlines;
    qsizetype m_pos = 0;
    QList<Node> m_root;
    bool m_importsRe = false;
};

// ---- Rendering ----------------------------------------------------------------------------

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::ScriptTemplate)

public:
    Renderer(const TemplateArguments &arguments, bool importsRe) : m_arguments(arguments), m_importsRe(importsRe) {}

    void render(const QList<Node> &nodes, QString *out)
    {
        for (const Node &node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out->append(node.text);
                break;
            case Node::Kind::Expression:
                out->append(expression(node));
                break;
            case Node::Kind::Assign:
                m_locals.insert(node.text, evaluate(*node.expr, node.line, node.text));
                break;
            case Node::Kind::For: {
                const TemplateValue iterable = evaluate(*node.expr, node.line, node.text);
                QList<TemplateValue> items = iterable.items;
                if (iterable.type == TemplateValue::Type::String) {
                    items.clear();
                    for (const char32_t c : iterable.text.toUcs4())
                        items.append(TemplateValue::string(QString::fromUcs4(&c, 1)));
                } else if (iterable.type != TemplateValue::Type::Tuple && iterable.type != TemplateValue::Type::List) {
                    refuse(node.line, tr("`%% for %1 in …` loops over something that is not a sequence").arg(node.text));
                }
                for (const TemplateValue &item : std::as_const(items)) {
                    m_locals.insert(node.text, item);
                    render(node.body, out);
                }
                break;
            }
            case Node::Kind::If:
                for (const auto &[condition, body] : node.branches) {
                    if (!condition || truth(evaluate(*condition, node.line, {}))) {
                        render(body, out);
                        break;
                    }
                }
                break;
            }
        }
    }

private:
    QString expression(const Node &node)
    {
        TemplateValue value = evaluate(*node.expr, node.line, node.text);
        // Mako applies its default filter (str) first unless `n` is given, then the
        // filters in the order written.
        QStringList filters = node.filters;
        if (!filters.contains(u"n"_s))
            filters.prepend(u"str"_s);
        for (const QString &filter : std::as_const(filters)) {
            if (filter == u"str")
                value = TemplateValue::string(pythonString(value, node.line, node.text));
            else if (filter == u"comma")
                value = TemplateValue::string(formatAsComma(value, node.line, node.text));
            else if (filter == u"trim")
                value = TemplateValue::string(pythonStrip(pythonString(value, node.line, node.text)).toString());
        }
        if (value.type != TemplateValue::Type::String)
            refuse(node.line, tr("`%1` does not give a string").arg(node.text));
        return value.text;
    }

    TemplateValue lookup(const QString &name, int line)
    {
        if (const auto local = m_locals.constFind(name); local != m_locals.cend())
            return *local;
        if (const auto value = m_arguments.values.constFind(name); value != m_arguments.values.cend())
            return *value;
        static const QStringList objects = {u"context"_s, u"config"_s, u"re"_s, u"repr"_s, u"str"_s, u"comma"_s};
        if (objects.contains(name))
            refuse(line, tr("Alembic Studio cannot render `%1` used as a value").arg(name));
        return {};
    }

    QString stringArgument(const TemplateValue &value, int line, const QString &function)
    {
        if (value.type != TemplateValue::Type::String)
            refuse(line, tr("%1() is given something that is not a string, on which Python fails").arg(function));
        return value.text;
    }

    TemplateValue evaluate(const Expr &expr, int line, const QString &what)
    {
        const auto arg = [&](int i) { return evaluate(*expr.args[i], line, what); };
        switch (expr.kind) {
        case Expr::Kind::Name: return lookup(expr.name, line);
        case Expr::Kind::Literal: return expr.literal;
        case Expr::Kind::Tuple: {
            TemplateValue tuple{TemplateValue::Type::Tuple, {}, {}, false};
            for (int i = 0; i < expr.args.size(); ++i)
                tuple.items.append(arg(i));
            return tuple;
        }
        case Expr::Kind::Ternary: return truth(arg(0)) ? arg(1) : arg(2);
        case Expr::Kind::Not: return TemplateValue::boolean(!truth(arg(0)));
        case Expr::Kind::And: {
            const TemplateValue left = arg(0);
            return truth(left) ? arg(1) : left;
        }
        case Expr::Kind::Or: {
            const TemplateValue left = arg(0);
            return truth(left) ? left : arg(1);
        }
        case Expr::Kind::Equal:
        case Expr::Kind::NotEqual: {
            const TemplateValue left = arg(0), right = arg(1);
            if (left.type == TemplateValue::Type::Undefined || right.type == TemplateValue::Type::Undefined)
                refuse(line, tr("Alembic Studio cannot compare `%1`, which Alembic does not pass").arg(what));
            const bool equal = left == right;
            return TemplateValue::boolean(expr.kind == Expr::Kind::Equal ? equal : !equal);
        }
        case Expr::Kind::Is:
        case Expr::Kind::IsNot: {
            // Only `x is None`: identity of other values is Python's business.
            const TemplateValue left = arg(0), right = arg(1);
            if (right.type != TemplateValue::Type::None)
                refuse(line, tr("Alembic Studio renders `is` against None only"));
            const bool same = left.type == TemplateValue::Type::None;
            return TemplateValue::boolean(expr.kind == Expr::Kind::Is ? same : !same);
        }
        case Expr::Kind::Modulo: return modulo(arg(0), arg(1), line, what);
        case Expr::Kind::Call: {
            if (expr.args.size() != 1)
                refuse(line, tr("%1() takes one argument here").arg(expr.name));
            const TemplateValue value = arg(0);
            if (expr.name == u"repr")
                return TemplateValue::string(pythonRepresentation(value, line, what));
            if (expr.name == u"str")
                return TemplateValue::string(pythonString(value, line, what));
            return TemplateValue::string(formatAsComma(value, line, what));
        }
        case Expr::Kind::Method: return method(expr, line, what);
        }
        return {};
    }

    TemplateValue method(const Expr &expr, int line, const QString &what)
    {
        QList<TemplateValue> args;
        for (const ExprPtr &a : expr.args)
            args.append(evaluate(*a, line, what));
        if (expr.name == u"context.get") {
            if (args.isEmpty() || args.size() > 2)
                refuse(line, tr("context.get() takes a name and a default"));
            const QString key = stringArgument(args[0], line, u"context.get"_s);
            // Mako's context holds what the template was given, not the template's locals.
            if (const auto value = m_arguments.values.constFind(key); value != m_arguments.values.cend())
                return *value;
            return args.size() == 2 ? args[1] : TemplateValue::none();
        }
        if (expr.name == u"config.get_main_option") {
            if (args.isEmpty() || args.size() > 2)
                refuse(line, tr("config.get_main_option() takes a name and a default"));
            if (!m_arguments.mainOption)
                refuse(line, tr("config.get_main_option() needs an alembic.ini, and this project has none"));
            if (const std::optional<QString> value = m_arguments.mainOption(stringArgument(args[0], line, u"get_main_option"_s)))
                return TemplateValue::string(*value);
            return args.size() == 2 ? args[1] : TemplateValue::none();
        }
        // re.split(pattern, string)
        if (!m_importsRe)
            refuse(line, tr("`re` is used without `<%%! import re %%>`"));
        if (args.size() != 2)
            refuse(line, tr("Alembic Studio renders re.split(pattern, string) only"));
        const QRegularExpression pattern(stringArgument(args[0], line, u"re.split"_s),
                                         QRegularExpression::UseUnicodePropertiesOption);
        const QString subject = stringArgument(args[1], line, u"re.split"_s);
        if (!pattern.isValid() || pattern.captureCount() > 0)
            refuse(line, tr("Alembic Studio cannot split with the pattern %1").arg(pythonRepr(pattern.pattern())));
        TemplateValue parts{TemplateValue::Type::List, {}, {}, false};
        qsizetype from = 0;
        QRegularExpressionMatchIterator matches = pattern.globalMatch(subject);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            // Python splits on empty matches too, in its own way: not followed here.
            if (match.capturedLength() == 0)
                refuse(line, tr("Alembic Studio cannot split with a pattern that matches nothing"));
            parts.items.append(TemplateValue::string(subject.sliced(from, match.capturedStart() - from)));
            from = match.capturedEnd();
        }
        parts.items.append(TemplateValue::string(subject.sliced(from)));
        return parts;
    }

    // str % value, for %s, %r and %%.
    TemplateValue modulo(const TemplateValue &format, const TemplateValue &value, int line, const QString &what)
    {
        if (format.type != TemplateValue::Type::String || value.type == TemplateValue::Type::Tuple)
            refuse(line, tr("Alembic Studio renders `\"…%%s…\" %% value` with one value only"));
        QString out;
        int used = 0;
        for (qsizetype i = 0; i < format.text.size(); ++i) {
            const QChar c = format.text[i];
            if (c != u'%') {
                out += c;
                continue;
            }
            const QChar conversion = i + 1 < format.text.size() ? format.text[i + 1] : QChar();
            ++i;
            if (conversion == u'%') {
                out += u'%';
            } else if ((conversion == u's' || conversion == u'r') && used++ == 0) {
                out += conversion == u's' ? pythonString(value, line, what) : pythonRepresentation(value, line, what);
            } else {
                refuse(line, tr("Alembic Studio renders %%s and %%r with one value only"));
            }
        }
        if (used != 1)
            refuse(line, tr("Alembic Studio renders %%s and %%r with one value only"));
        return TemplateValue::string(out);
    }

    const TemplateArguments &m_arguments;
    bool m_importsRe;
    QHash<QString, TemplateValue> m_locals;
};

} // namespace

std::optional<QString> renderScriptTemplate(const QString &text, const QString &fileName,
                                            const TemplateArguments &arguments, Diagnostic *error)
{
    try {
        // Mako reads a magic encoding comment on the first line; the text here is UTF-8.
        static const QRegularExpression coding(u"^\\s*#\\s*.*coding[:=]\\s*([-\\w.]+)"_s);
        const QRegularExpressionMatch declared = coding.match(text.left(text.indexOf(u'\n')));
        if (declared.hasMatch() && declared.captured(1).toLower().remove(u'-').remove(u'_') != u"utf8")
            refuse(1, ScriptTemplateMessages::tr("the template declares the encoding %1; Alembic Studio "
                                                 "reads templates as UTF-8")
                          .arg(declared.captured(1)));
        TemplateParser parser(text);
        const QList<Node> nodes = parser.parse();
        Renderer renderer(arguments, parser.importsRe());
        QString out;
        renderer.render(nodes, &out);
        return out;
    } catch (const Refusal &refusal) {
        const QString name = fileName.section(u'/', -1);
        *error = {fileName, refusal.line,
                  QCoreApplication::translate("Migrations::ScriptTemplate",
                                              "%1 line %2: %3 (Alembic Studio renders only what the "
                                              "templates of `alembic init` use)")
                      .arg(name, QString::number(refusal.line), refusal.message)};
        return std::nullopt;
    }
}

} // namespace Migrations
