#pragma once

#include <migrations/diagnostic.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Migrations {

// An ini file read exactly as Alembic reads alembic.ini: Python's configparser.ConfigParser
// in its default mode (strict, "=" and ":" delimiters, full-line "#"/";" comments only,
// empty lines kept inside multi-line values, option names lower-cased, no valueless
// options) with BasicInterpolation applied when a value is read. Alembic passes
// {"here": <folder of the ini>} as defaults; callers pass the same.
//
// Parse errors carry the name of the Python exception Alembic would raise
// ("DuplicateOptionError: ...") so that a user recognises it, plus file and line.
class IniFile
{
public:
    // The section whose options every other section sees, as configparser names it.
    static constexpr QStringView defaultSection = u"DEFAULT";

    // Reads a UTF-8 file as Python's open(encoding="locale") does on a UTF-8 system: a
    // byte-order mark is not skipped (configparser then rejects the first line, as Alembic
    // does), and "\r\n" and lone "\r" end lines like "\n".
    static std::optional<IniFile> read(const QString &path, const QMap<QString, QString> &defaults,
                                       Diagnostic *error);
    // The same on text already in memory; path is only used in diagnostics.
    static std::optional<IniFile> parse(QStringView text, const QString &path,
                                        const QMap<QString, QString> &defaults,
                                        Diagnostic *error);

    QString path() const { return m_path; }
    // The sections in file order, without DEFAULT (as ConfigParser.sections()).
    QStringList sections() const;
    bool hasSection(const QString &section) const;
    // Section names are case-sensitive, option names are not (they are lower-cased).
    bool hasOption(const QString &section, const QString &option) const;
    // The section's own options followed by the DEFAULT ones it does not override.
    QStringList options(const QString &section) const;
    // The value as written (continuation lines joined with "\n"), before interpolation.
    std::optional<QString> rawValue(const QString &section, const QString &option) const;
    // The value after %(name)s / %% interpolation, as ConfigParser.get(). Returns nothing
    // when the option does not exist (error untouched) or when interpolation fails (error
    // set: InterpolationMissingOptionError, InterpolationSyntaxError or
    // InterpolationDepthError, with the line where the option was written).
    std::optional<QString> value(const QString &section, const QString &option,
                                 Diagnostic *error) const;
    // The 1-based line where the option was written; 0 for defaults given by the caller.
    int line(const QString &section, const QString &option) const;

private:
    struct Option
    {
        QString name;
        QStringList lines; // joined on read; empty lines are kept as Python keeps them
        QString value;
        int line = 0;
    };
    struct Section
    {
        QString name;
        QList<Option> options;
        QHash<QString, qsizetype> index;

        Option *find(const QString &option);
        const Option *find(const QString &option) const;
        Option &insert(const QString &option);
    };
    class Parser;

    const Section *section(const QString &name) const;
    const Option *lookup(const Section &section, const QString &option) const;
    bool interpolate(const Section &section, const QString &option, const QString &rawValue,
                     QStringView rest, int depth, QString *out, Diagnostic *error) const;

    QString m_path;
    Section m_defaults;
    QList<Section> m_sections;
    QHash<QString, qsizetype> m_sectionIndex;
};

} // namespace Migrations
