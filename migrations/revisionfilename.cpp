#include "revisionfilename.h"

#include "projectconfig.h"
#include "pythontext.h"
#include "revisioncreation.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Migrations {

std::optional<QString> percentFormat(const QString &format, const QHash<QString, FormatValue> &values, QString *why)
{
    static const QRegularExpression spec(u"%(?:\\(([^)]*)\\)([-+ #0]*)(\\d*)(?:\\.(\\d+))?([sdirf%]))?"_s);
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = spec.globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += format.sliced(from, m.capturedStart() - from);
        from = m.capturedEnd();
        if (m.captured(0) == u"%%") {
            out += u'%';
            continue;
        }
        if (!m.hasCaptured(5) || m.captured(5) == u"%" || m.captured(5) == u"f") {
            *why = u"file_template %1: Alembic Studio formats %(name)s and %(name)d only"_s.arg(pythonRepr(format));
            return std::nullopt;
        }
        const QString key = m.captured(1), flags = m.captured(2), type = m.captured(5);
        if (!values.contains(key)) {
            *why = u"KeyError: %1 (file_template %2)"_s.arg(pythonRepr(key), pythonRepr(format));
            return std::nullopt;
        }
        const FormatValue &value = values[key];
        QString text;
        if (type == u"d" || type == u"i") {
            if (!std::holds_alternative<qint64>(value)) {
                *why = u"TypeError: %format requires a number, not str (file_template %1)"_s.arg(pythonRepr(format));
                return std::nullopt;
            }
            const qint64 number = std::get<qint64>(value);
            text = QString::number(number < 0 ? -number : number);
            if (m.hasCaptured(4))
                text = text.rightJustified(m.captured(4).toInt(), u'0');
            const QString sign = number < 0 ? u"-"_s : flags.contains(u'+') ? u"+"_s : flags.contains(u' ') ? u" "_s : QString();
            const int width = m.captured(3).toInt();
            if (flags.contains(u'0') && !flags.contains(u'-'))
                text = text.rightJustified(width - int(sign.size()), u'0');
            text = sign + text;
        } else {
            text = std::holds_alternative<qint64>(value) ? QString::number(std::get<qint64>(value)) : std::get<QString>(value);
            if (type == u"r")
                text = std::holds_alternative<qint64>(value) ? text : pythonRepr(text);
            if (m.hasCaptured(4))
                text.truncate(m.captured(4).toInt());
        }
        const int width = m.captured(3).toInt();
        text = flags.contains(u'-') ? text.leftJustified(width) : text.rightJustified(width);
        out += text;
    }
    out += format.sliced(from);
    return out;
}


std::optional<QDateTime> createDate(const ProjectConfig &config, const QDateTime &now, QString *why)
{
    if (!config.timezone)
        return now.toLocalTime();
    for (const QString &name : {*config.timezone, config.timezone->toUpper()}) {
        const QByteArray id = name.toUtf8();
        if (QTimeZone::isTimeZoneIdAvailable(id))
            return now.toTimeZone(QTimeZone(id));
    }
    *why = u"Can't locate timezone: %1"_s.arg(*config.timezone);
    return std::nullopt;
}

QString newRevisionId()
{
    return QUuid::createUuid().toString(QUuid::Id128).right(12);
}

QString revisionSlug(const QString &message, int truncateSlugLength)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (QRegularExpressionMatchIterator it = word.globalMatch(message); it.hasNext();)
        words.append(it.next().captured());
    const QString slug = pythonLower(words.join(u'_'));
    // Python counts code points.
    const QList<uint> points = slug.toUcs4();
    if (points.size() <= truncateSlugLength)
        return slug; // never when the length is negative: Python compares len(slug) > n
    // slug[:n], a negative n counting from the end as in Python.
    const qsizetype keep = truncateSlugLength < 0 ? points.size() + truncateSlugLength : truncateSlugLength;
    const QList<uint> cut = points.first(qBound<qsizetype>(0, keep, points.size()));
    QString truncated = QString::fromUcs4(reinterpret_cast<const char32_t *>(cut.constData()), cut.size());
    // rsplit("_", 1)[0]: up to the last "_", or all of it when there is none.
    const qsizetype underscore = truncated.lastIndexOf(u'_');
    if (underscore >= 0)
        truncated.truncate(underscore);
    return truncated + u'_';
}

QString pythonDateTime(const QDateTime &dateTime, int microseconds, bool withOffset)
{
    QString text = dateTime.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (microseconds != 0)
        text += u'.' + QString::number(microseconds).rightJustified(6, u'0');
    if (withOffset) {
        int offset = dateTime.offsetFromUtc();
        text += offset < 0 ? u'-' : u'+';
        offset = qAbs(offset);
        text += u"%1:%2"_s.arg(offset / 3600, 2, 10, QChar(u'0')).arg(offset / 60 % 60, 2, 10, QChar(u'0'));
        if (offset % 60)
            text += u":%1"_s.arg(offset % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

} // namespace Migrations
