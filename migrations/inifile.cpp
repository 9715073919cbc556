#include "inifile.h"

#include "pythontext.h"
#include "textfile.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// configparser's MAX_INTERPOLATION_DEPTH.
constexpr int maxInterpolationDepth = 10;
// Ten levels of values that each name the next one many times grow exponentially; Python
// would exhaust memory on such a file, a reader in a GUI stops at this size instead.
constexpr qsizetype maxInterpolatedSize = qsizetype(1) << 22;

QStringView pythonRightStrip(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && isPythonSpace(text[end - 1]))
        --end;
    return text.first(end);
}

// Python's text files end a line at "\n", "\r\n" or a lone "\r" (universal newlines); the
// line numbers in configparser's errors count those lines.
QList<QStringView> splitUniversalNewlines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n' && text[i] != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

} // namespace

IniFile::Option *IniFile::Section::find(const QString &option)
{
    const auto it = index.constFind(option);
    return it == index.cend() ? nullptr : &options[*it];
}

const IniFile::Option *IniFile::Section::find(const QString &option) const
{
    const auto it = index.constFind(option);
    return it == index.cend() ? nullptr : &options[*it];
}

IniFile::Option &IniFile::Section::insert(const QString &option)
{
    // A Python dict keeps a replaced key where it first was.
    if (Option *existing = find(option))
        return *existing;
    index.insert(option, options.size());
    options.append(Option{option, {}, {}, 0});
    return options.last();
}

// configparser's RawConfigParser._read_inner, line by line, with the same state: the
// current section and option, and the indentation that decides what continues a value.
class IniFile::Parser
{
public:
    Parser(IniFile &file, Diagnostic *error)
        : m_file(file)
        , m_error(error)
    {}

    bool parse(QStringView text);

private:
    bool fail(int line, const QString &message)
    {
        if (m_error)
            *m_error = {m_file.m_path, line, message};
        return false;
    }
    bool handleHeader(int lineNumber, const QString &name);
    bool handleOption(int lineNumber, QStringView line, QStringView clean);

    IniFile &m_file;
    Diagnostic *m_error;
    Section *m_section = nullptr;
    QString m_sectionName;
    QString m_optionName; // empty: no option to continue (Python's falsy optname)
    qsizetype m_indentLevel = 0;
    QSet<QString> m_sectionsAdded;
    QSet<std::pair<QString, QString>> m_optionsAdded;
    // ParsingErrors are collected and raised after the last line, unless a fatal error
    // (missing header, duplicate) comes first, as in Python.
    QList<std::pair<int, QString>> m_parsingErrors;
};

bool IniFile::Parser::parse(QStringView text)
{
    const QList<QStringView> lines = splitUniversalNewlines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        const QStringView line = lines[i];
        const QStringView stripped = pythonStrip(line);
        const bool isComment = stripped.startsWith(u'#') || stripped.startsWith(u';');
        const QStringView clean = isComment ? QStringView() : stripped;

        if (clean.isEmpty()) {
            // A blank line belongs to the value being written (trailing ones are stripped
            // when the value is joined); a comment line neither belongs nor ends it.
            if (!isComment && m_section && !m_optionName.isEmpty())
                m_section->find(m_optionName)->lines.append(QString());
            continue;
        }

        qsizetype indent = 0;
        while (isPythonSpace(line[indent]))
            ++indent;

        if (m_section && !m_optionName.isEmpty() && indent > m_indentLevel) {
            m_section->find(m_optionName)->lines.append(clean.toString());
            continue;
        }

        m_indentLevel = indent;
        // SECTCRE "\[(?P<header>.+)\]" matched at the start: the header runs to the last
        // "]" of the line, which must leave it at least one character; the rest is ignored.
        const qsizetype close = clean.lastIndexOf(u']');
        const bool isHeader = clean.startsWith(u'[') && close >= 2;
        if (!isHeader && !m_section) {
            QString message = u"MissingSectionHeaderError: the file contains no section header before line %1: %2"_s
                                  .arg(lineNumber)
                                  .arg(pythonRepr(line));
            if (lineNumber == 1 && line.startsWith(QChar(0xfeff)))
                message += u" (the file begins with a UTF-8 byte-order mark, which Python's configparser does not skip)"_s;
            return fail(lineNumber, message);
        }
        if (isHeader) {
            if (!handleHeader(lineNumber, clean.sliced(1, close - 1).toString()))
                return false;
        } else if (!handleOption(lineNumber, line, clean)) {
            return false;
        }
    }

    if (!m_parsingErrors.isEmpty()) {
        QStringList lineTexts;
        for (const auto &[number, quoted] : std::as_const(m_parsingErrors))
            lineTexts.append(u"[line %1]: %2"_s.arg(number).arg(quoted));
        return fail(m_parsingErrors.first().first,
                    u"ParsingError: the file contains parsing errors: "_s + lineTexts.join(u"; "_s));
    }
    return true;
}

bool IniFile::Parser::handleHeader(int lineNumber, const QString &name)
{
    m_sectionName = name;
    m_optionName.clear(); // a section cannot begin with a continuation line
    if (name == defaultSection) {
        // Python never records DEFAULT as added, so it may appear more than once.
        m_section = &m_file.m_defaults;
        return true;
    }
    if (m_sectionsAdded.contains(name)) {
        return fail(lineNumber, u"DuplicateSectionError: section %1 already exists"_s
                                    .arg(pythonRepr(name)));
    }
    m_sectionsAdded.insert(name);
    m_file.m_sectionIndex.insert(name, m_file.m_sections.size());
    m_file.m_sections.append(Section{name, {}, {}});
    m_section = &m_file.m_sections.last();
    return true;
}

bool IniFile::Parser::handleOption(int lineNumber, QStringView line, QStringView clean)
{
    // OPTCRE "(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$": the lazy option ends at the
    // first delimiter, so the name is what precedes the first "=" or ":".
    qsizetype delimiter = -1;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (clean[i] == u'=' || clean[i] == u':') {
            delimiter = i;
            break;
        }
    }
    if (delimiter < 0) {
        // Python keeps going and keeps the current option, so later lines may still
        // continue it or raise a fatal error first.
        m_parsingErrors.append({lineNumber, pythonRepr(line)});
        return true;
    }
    if (delimiter == 0)
        m_parsingErrors.append({lineNumber, pythonRepr(line)});

    m_optionName = pythonLower(pythonRightStrip(clean.first(delimiter)));
    const std::pair<QString, QString> key{m_sectionName, m_optionName};
    if (m_optionsAdded.contains(key)) {
        return fail(lineNumber, u"DuplicateOptionError: option %1 in section %2 already exists"_s
                                    .arg(pythonRepr(m_optionName), pythonRepr(m_sectionName)));
    }
    m_optionsAdded.insert(key);
    Option &option = m_section->insert(m_optionName);
    option.lines = QStringList{pythonStrip(clean.sliced(delimiter + 1)).toString()};
    option.line = lineNumber;
    return true;
}

std::optional<IniFile> IniFile::read(const QString &path, const QMap<QString, QString> &defaults,
                                     Diagnostic *error)
{
    QString errorString;
    const std::optional<TextFile> file = readTextFile(path, &errorString);
    if (!file) {
        if (error)
            *error = {path, 0, errorString};
        return std::nullopt;
    }
    if (!file->hasByteOrderMark)
        return parse(file->text, path, defaults, error);
    return parse(QString(QChar(0xfeff) + file->text), path, defaults, error);
}

std::optional<IniFile> IniFile::parse(QStringView text, const QString &path,
                                      const QMap<QString, QString> &defaults, Diagnostic *error)
{
    IniFile file;
    file.m_path = path;
    file.m_defaults.name = defaultSection.toString();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        file.m_defaults.insert(pythonLower(it.key())).lines = QStringList{it.value()};

    Parser parser(file, error);
    if (!parser.parse(text))
        return std::nullopt;

    // _join_multiline_values: lines joined with "\n", trailing whitespace (and so the
    // empty lines kept at the end of a value) removed; a leading "\n" stays.
    auto join = [](Section &section) {
        for (Option &option : section.options) {
            option.value = pythonRightStrip(option.lines.join(u'\n')).toString();
            option.lines.clear();
        }
    };
    join(file.m_defaults);
    // A caller's default is taken as it is, without the strip a file value gets.
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        Option *option = file.m_defaults.find(pythonLower(it.key()));
        if (option->line == 0)
            option->value = it.value();
    }
    for (Section &section : file.m_sections)
        join(section);
    return file;
}

QStringList IniFile::sections() const
{
    QStringList names;
    for (const Section &section : m_sections)
        names.append(section.name);
    return names;
}

bool IniFile::hasSection(const QString &section) const
{
    return m_sectionIndex.contains(section);
}

const IniFile::Section *IniFile::section(const QString &name) const
{
    if (name == defaultSection)
        return &m_defaults;
    const auto it = m_sectionIndex.constFind(name);
    return it == m_sectionIndex.cend() ? nullptr : &m_sections[*it];
}

const IniFile::Option *IniFile::lookup(const Section &section, const QString &option) const
{
    const QString name = pythonLower(option);
    if (const Option *own = section.find(name))
        return own;
    return m_defaults.find(name);
}

bool IniFile::hasOption(const QString &sectionName, const QString &option) const
{
    const Section *found = section(sectionName);
    return found && lookup(*found, option);
}

QStringList IniFile::options(const QString &sectionName) const
{
    const Section *found = section(sectionName);
    if (!found)
        return {};
    QStringList names;
    for (const Option &option : found->options)
        names.append(option.name);
    if (found != &m_defaults) {
        for (const Option &option : m_defaults.options) {
            if (!found->find(option.name))
                names.append(option.name);
        }
    }
    return names;
}

std::optional<QString> IniFile::rawValue(const QString &sectionName, const QString &option) const
{
    const Section *found = section(sectionName);
    const Option *value = found ? lookup(*found, option) : nullptr;
    return value ? std::optional<QString>(value->value) : std::nullopt;
}

int IniFile::line(const QString &sectionName, const QString &option) const
{
    const Section *found = section(sectionName);
    const Option *value = found ? lookup(*found, option) : nullptr;
    return value ? value->line : 0;
}

std::optional<QString> IniFile::value(const QString &sectionName, const QString &option,
                                      Diagnostic *error) const
{
    const Section *found = section(sectionName);
    const Option *raw = found ? lookup(*found, option) : nullptr;
    if (!raw)
        return std::nullopt;
    QString result;
    if (!interpolate(*found, pythonLower(option), raw->value, raw->value, 1, &result, error))
        return std::nullopt;
    return result;
}

// BasicInterpolation._interpolate_some: references are looked up in the section the value
// is read from (then DEFAULT), whatever section the referenced value came from, and the
// errors name the option being read and its raw value.
bool IniFile::interpolate(const Section &section, const QString &option, const QString &rawValue,
                          QStringView rest, int depth, QString *out, Diagnostic *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = {m_path, line(section.name, option), message};
        return false;
    };
    if (depth > maxInterpolationDepth) {
        return fail(u"InterpolationDepthError: option %1 in section %2 contains an interpolation "
                    "key which cannot be substituted in %3 steps. Raw value: %4"_s
                        .arg(pythonRepr(option), pythonRepr(section.name),
                             QString::number(maxInterpolationDepth), pythonRepr(rawValue)));
    }
    while (!rest.isEmpty()) {
        if (out->size() > maxInterpolatedSize) {
            return fail(u"InterpolationDepthError: option %1 in section %2 grows past %3 characters "
                        "when interpolated"_s.arg(pythonRepr(option), pythonRepr(section.name),
                                                  QString::number(maxInterpolatedSize)));
        }
        const qsizetype percent = rest.indexOf(u'%');
        if (percent < 0) {
            out->append(rest);
            return true;
        }
        out->append(rest.first(percent));
        rest = rest.sliced(percent);
        if (rest.size() > 1 && rest[1] == u'%') {
            out->append(u'%');
            rest = rest.sliced(2);
        } else if (rest.size() > 1 && rest[1] == u'(') {
            // _KEYCRE "%\(([^)]+)\)s": the name may hold anything but ")", newlines too.
            const qsizetype close = rest.indexOf(u')', 2);
            if (close <= 2 || close + 1 >= rest.size() || rest[close + 1] != u's') {
                return fail(u"InterpolationSyntaxError: bad interpolation variable reference %1"_s
                                .arg(pythonRepr(rest)));
            }
            const QString name = pythonLower(rest.sliced(2, close - 2));
            rest = rest.sliced(close + 2);
            const Option *referenced = lookup(section, name);
            if (!referenced) {
                return fail(u"InterpolationMissingOptionError: option %1 in section %2 contains an "
                            "interpolation key %3 which is not a valid option name. Raw value: %4"_s
                                .arg(pythonRepr(option), pythonRepr(section.name),
                                     pythonRepr(name), pythonRepr(rawValue)));
            }
            if (referenced->value.contains(u'%')) {
                if (!interpolate(section, option, rawValue, referenced->value, depth + 1, out, error))
                    return false;
            } else {
                out->append(referenced->value);
            }
        } else {
            return fail(u"InterpolationSyntaxError: '%' must be followed by '%' or '(', found: %1"_s
                            .arg(pythonRepr(rest)));
        }
    }
    return true;
}

} // namespace Migrations
