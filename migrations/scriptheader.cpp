#include "scriptheader.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Migrations {

QString createDateText(const RevisionScript &script)
{
    if (!script.docstring)
        return {};
    static const QRegularExpression line(u"^Create Date:[ \\t]*(.*?)[ \\t]*$"_s,
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(*script.docstring);
    return match.hasMatch() ? match.captured(1) : QString();
}

QDateTime createDate(const RevisionScript &script)
{
    // str(datetime): "2026-11-24 18:54:15.760604", with "+01:00" after it when the project
    // sets a timezone. The fraction is dropped: a column shows minutes at most.
    static const QRegularExpression format(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:([+-])(\\d{2}):(\\d{2}))?"_s);
    const QRegularExpressionMatch match = format.match(createDateText(script));
    if (!match.hasMatch())
        return {};
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QTime time(number(4), number(5), number(6));
    if (!date.isValid() || !time.isValid())
        return {};
    // Built from its parts in a fixed zone: a conversion through the local time zone costs
    // a mktime() per script, which a 10,000-revision project feels.
    if (match.hasCaptured(7)) {
        const int seconds = (number(8) * 60 + number(9)) * 60;
        return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(match.capturedView(7) == u"-" ? -seconds : seconds));
    }
    return QDateTime(date, time, QTimeZone::UTC);
}

} // namespace Migrations
