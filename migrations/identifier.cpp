#include "identifier.h"

#include "reservedwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// legal_characters is re.compile(r"^[A-Z0-9_$]+$", re.I). With IGNORECASE, Python also
// matches the three non-ASCII letters that case-fold to an ASCII one.
bool isLegalCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'$' || c == u'\u0131' /* dotless i */ || c == u'\u017F' /* long s */
        || c == u'\u212A' /* Kelvin sign */;
}

// str.lower() where it can matter: a name that passed the legal-character test.
char16_t lower(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return char16_t(c - u'A' + u'a');
    return c == u'\u212A' ? u'k' : c;
}

// The order of QLatin1StringView::compare, code unit by code unit, without its call:
// reserved words are short ASCII, and a name is compared with a few of them.
int compareWord(QLatin1StringView word, QStringView text)
{
    const qsizetype common = std::min(word.size(), text.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t a = static_cast<uchar>(word[i].toLatin1());
        const char16_t b = text[i].unicode();
        if (a != b)
            return a < b ? -1 : 1;
    }
    return word.size() < text.size() ? -1 : word.size() > text.size() ? 1 : 0;
}

} // namespace

bool requiresQuotes(QStringView name, Dialect dialect)
{
    if (name.isEmpty())
        return true; // SQLAlchemy fails on value[0]; quoted, it is at least valid SQL
    // `$` in a Python pattern also matches before a final newline, so "name\n" is legal.
    QStringView checked = name;
    if (checked.size() > 1 && checked.back() == u'\n')
        checked.chop(1);
    // An illegal character, or one str.lower() would change, needs quotes. A name that
    // passes is its own lower-case form, looked up as it is (no copy: this runs for
    // every name in the DDL).
    const auto needsQuotes = [](QChar c) {
        return !isLegalCharacter(c.unicode()) || lower(c.unicode()) != c.unicode();
    };
    if (std::any_of(checked.begin(), checked.end(), needsQuotes))
        return true;
    const char16_t first = name.front().unicode();
    if ((first >= u'0' && first <= u'9') || first == u'$')
        return true;
    const auto words = reservedWords(dialect);
    struct Before
    {
        bool operator()(QLatin1StringView word, QStringView text) const { return compareWord(word, text) < 0; }
        bool operator()(QStringView text, QLatin1StringView word) const { return compareWord(word, text) > 0; }
    };
    return std::binary_search(words.begin(), words.end(), name, Before{});
}

QString quotedIdentifier(QStringView name, Dialect dialect)
{
    const QChar quote = dialect == Dialect::MySQL || dialect == Dialect::MariaDB ? u'`' : u'"';
    QString text = quote;
    for (QChar c : name) {
        text += c;
        if (c == quote)
            text += c;
    }
    text += quote;
    return text;
}

QString quoteName(QStringView name, Dialect dialect)
{
    return requiresQuotes(name, dialect) ? quotedIdentifier(name, dialect) : name.toString();
}

QString quoteName(const QString &name, Dialect dialect)
{
    return requiresQuotes(name, dialect) ? quotedIdentifier(name, dialect) : name;
}

} // namespace Migrations
