#include "scriptheader.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The text after "Create Date:" on its line, trimmed; null when no line starts with it.
// A plain scan: it runs once per script of a project that can hold 10,000 of them.
QStringView createDateView(QStringView docstring)
{
    static constexpr QStringView key = u"Create Date:";
    qsizetype from = 0;
    while (true) {
        const qsizetype at = docstring.indexOf(key, from);
        if (at < 0)
            return {};
        from = at + key.size();
        if (at == 0 || docstring[at - 1] == u'\n') {
            qsizetype end = docstring.indexOf(u'\n', from);
            if (end < 0)
                end = docstring.size();
            const QStringView value = docstring.sliced(from, end - from).trimmed();
            return value.isNull() ? QStringView(u"") : value;
        }
    }
}

// The number in `text` at [from, from + digits), or -1.
int digitsAt(QStringView text, qsizetype from, int digits)
{
    if (from + digits > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        if (!text[i].isDigit())
            return -1;
        value = value * 10 + text[i].digitValue();
    }
    return value;
}

} // namespace

QString createDateText(const RevisionScript &script)
{
    return script.docstring ? createDateView(*script.docstring).toString() : QString();
}

QDateTime createDate(const RevisionScript &script)
{
    // str(datetime): "2026-11-24 18:54:15.760604", with "+01:00" after it when the project
    // sets a timezone. The fraction is dropped: a column shows minutes at most.
    if (!script.docstring)
        return {};
    const QStringView text = createDateView(*script.docstring);
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u' ' && text[10] != u'T')
        || text[13] != u':' || text[16] != u':')
        return {};
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    qsizetype at = 19;
    if (at < text.size() && text[at] == u'.') {
        ++at;
        while (at < text.size() && text[at].isDigit())
            ++at;
    }
    // Built from its parts in a fixed zone: a conversion through the local time zone costs
    // a mktime() per script, which a 10,000-revision project feels.
    if (at + 6 <= text.size() && (text[at] == u'+' || text[at] == u'-') && text[at + 3] == u':') {
        const int hours = digitsAt(text, at + 1, 2);
        const int minutes = digitsAt(text, at + 4, 2);
        if (hours >= 0 && minutes >= 0) {
            const int seconds = (hours * 60 + minutes) * 60;
            return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(text[at] == u'-' ? -seconds : seconds));
        }
    }
    return QDateTime(date, time, QTimeZone::UTC);
}

} // namespace Migrations
