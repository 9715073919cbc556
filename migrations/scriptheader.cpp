#include "scriptheader.h"

#include <QRegularExpression>

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
        u"^(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?([+-]\\d{2}:\\d{2})?"_s);
    const QRegularExpressionMatch match = format.match(createDateText(script));
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text[10] = u'T';
    return QDateTime::fromString(text + match.captured(2), Qt::ISODate);
}

} // namespace Migrations
