#include "pyprojectoptions.h"

#include "textfile.h"

#include <QFileInfo>

#include <toml++/toml.hpp>

#include <string_view>

using namespace Qt::StringLiterals;

// readPyprojectOptions() catches toml::parse_error; without exceptions toml++ would hand
// back a parse_result instead and this reader would need the other form.
static_assert(TOML_EXCEPTIONS, "toml++ is expected to report parse errors by exception");

namespace Migrations {

namespace {

enum class Kind { String, StringList, Boolean, Integer };

// The [tool.alembic] keys Alembic 1.16 reads that describe the project, and their types.
// sqlalchemy.url is deliberately absent: Alembic reads it from the ini file only.
const QHash<QString, Kind> &knownOptions()
{
    static const QHash<QString, Kind> options{
        {u"script_location"_s, Kind::String},
        {u"version_locations"_s, Kind::StringList},
        {u"prepend_sys_path"_s, Kind::StringList},
        {u"recursive_version_locations"_s, Kind::Boolean},
        {u"file_template"_s, Kind::String},
        {u"truncate_slug_length"_s, Kind::Integer},
        {u"timezone"_s, Kind::String},
        {u"revision_environment"_s, Kind::Boolean},
        {u"sourceless"_s, Kind::Boolean},
        {u"output_encoding"_s, Kind::String},
    };
    return options;
}

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int lineOf(const toml::node &node)
{
    return static_cast<int>(node.source().begin.line);
}

// Python's `value % {"here": here}`: "%(here)s" and "%%" are understood; anything else
// after a "%" fails in Python (KeyError, TypeError or ValueError), so it fails here.
std::optional<QString> substituteHere(const QString &value, const QString &here, QString *reason)
{
    QString result;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'%') {
            result.append(value[i]);
            continue;
        }
        const QStringView rest = QStringView(value).sliced(i);
        if (rest.startsWith(u"%%")) {
            result.append(u'%');
            ++i;
        } else if (rest.startsWith(u"%(here)s")) {
            result.append(here);
            i += 7;
        } else {
            *reason = u"only %(here)s and %% may follow a '%' in a [tool.alembic] value "
                      "(Python's % formatting fails on "_s
                      + rest.left(12).toString() + u")"_s;
            return std::nullopt;
        }
    }
    return result;
}

} // namespace

std::optional<PyprojectOptions> readPyprojectOptions(const QString &path, Diagnostic *error)
{
    const auto fail = [&](int line, const QString &message) {
        if (error)
            *error = {path, line, message};
        return std::nullopt;
    };

    QString errorString;
    const std::optional<TextFile> file = readTextFile(path, &errorString);
    if (!file)
        return fail(0, errorString);

    const QByteArray utf8 = file->text.toUtf8();
    const QByteArray sourcePath = path.toUtf8();
    toml::table document;
    // toml++ reports syntax errors by exception; none may leave the core library.
    try {
        document = toml::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())),
                               std::string_view(sourcePath.constData(), static_cast<size_t>(sourcePath.size())));
    } catch (const toml::parse_error &parseError) {
        return fail(static_cast<int>(parseError.source().begin.line),
                    u"not valid TOML: "_s + fromStd(parseError.description()));
    }

    PyprojectOptions result;
    result.path = path;
    const toml::node *alembicNode = document.at_path("tool.alembic").node();
    if (!alembicNode)
        return result;
    const toml::table *alembic = alembicNode->as_table();
    if (!alembic)
        return fail(lineOf(*alembicNode), u"[tool.alembic] must be a table (Alembic: \"Incorrect TOML format\")"_s);
    result.hasAlembicTable = true;

    const QString here = QFileInfo(path).absolutePath();
    for (const auto &[key, node] : *alembic) {
        const QString name = fromStd(key.str());
        const auto known = knownOptions().constFind(name);
        if (known == knownOptions().cend())
            continue;
        const int line = lineOf(node);
        QString reason;
        switch (*known) {
        case Kind::String: {
            const auto *text = node.as_string();
            if (!text)
                return fail(line, u"%1 must be a string"_s.arg(name));
            const auto value = substituteHere(fromStd(text->get()), here, &reason);
            if (!value)
                return fail(line, u"%1: %2"_s.arg(name, reason));
            result.options.insert(name, {*value, line});
            break;
        }
        case Kind::StringList: {
            const auto *array = node.as_array();
            if (!array)
                return fail(line, u"%1 must be a list of strings"_s.arg(name));
            QStringList values;
            for (const toml::node &element : *array) {
                const auto *text = element.as_string();
                if (!text)
                    return fail(lineOf(element), u"%1 must be a list of strings"_s.arg(name));
                const auto value = substituteHere(fromStd(text->get()), here, &reason);
                if (!value)
                    return fail(lineOf(element), u"%1: %2"_s.arg(name, reason));
                values.append(*value);
            }
            result.options.insert(name, {values, line});
            break;
        }
        case Kind::Boolean: {
            const auto *flag = node.as_boolean();
            if (!flag) {
                return fail(line, u"boolean value expected for TOML parameter '%1'"_s.arg(name));
            }
            result.options.insert(name, {flag->get(), line});
            break;
        }
        case Kind::Integer: {
            const auto *number = node.as_integer();
            if (!number)
                return fail(line, u"%1 must be an integer"_s.arg(name));
            result.options.insert(name, {qint64(number->get()), line});
            break;
        }
        }
    }
    return result;
}

} // namespace Migrations
