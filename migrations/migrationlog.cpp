#include "migrationlog.h"

#include "diagnostic.h"
#include "inifile.h"
#include "projectconfig.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// logging._checkLevel on a level name or number as fileConfig reads it; -1 when unknown.
int levelOf(QStringView text)
{
    static constexpr std::pair<QLatin1StringView, int> names[] = {
        {"CRITICAL"_L1, 50}, {"FATAL"_L1, 50}, {"ERROR"_L1, 40}, {"WARNING"_L1, 30},
        {"WARN"_L1, 30},     {"INFO"_L1, 20},  {"DEBUG"_L1, 10}, {"NOTSET"_L1, 0}};
    const QStringView trimmed = text.trimmed();
    for (const auto &[name, level] : names) {
        if (name == trimmed)
            return level;
    }
    bool ok = false;
    const int number = trimmed.toInt(&ok);
    return ok ? number : -1;
}

QStringList keys(const IniFile &ini, const QString &section)
{
    QStringList names;
    Diagnostic error;
    const std::optional<QString> value = ini.value(section, u"keys"_s, &error);
    if (!value)
        return names;
    for (const QString &key : value->split(u','))
        names.append(key.trimmed());
    return names;
}

QString option(const IniFile &ini, const QString &section, const QString &name, const QString &fallback = {})
{
    Diagnostic error;
    return ini.value(section, name, &error).value_or(fallback);
}

// A %-style logging format made only of what a migration's record has: its level's name
// and number, its logger's name and its message. Empty when it needs anything else.
bool supportedFormat(const QString &format)
{
    static const QRegularExpression field(u"%\\((\\w+)\\)[-#0 +]*\\d*(?:\\.\\d+)?[sd]|%%"_s);
    static const QStringList known = {u"levelname"_s, u"name"_s, u"message"_s, u"levelno"_s};
    QString rest = format;
    for (auto match = field.globalMatch(format); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        if (found.captured() != "%%"_L1 && !known.contains(found.captured(1)))
            return false;
    }
    rest.remove(field);
    return !rest.contains(u'%');
}

// A format supportedFormat() allows, in pieces (MigrationLog::FormatPiece).
MigrationLog::Format parsedFormat(const QString &format)
{
    using Piece = MigrationLog::FormatPiece;
    static const QRegularExpression field(u"%\\((\\w+)\\)([-#0 +]*)(\\d*)(?:\\.(\\d+))?([sd])|%%"_s);
    MigrationLog::Format pieces;
    QString text; // literal text since the last field
    qsizetype at = 0;
    for (auto match = field.globalMatch(format); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        text += QStringView(format).sliced(at, found.capturedStart() - at);
        at = found.capturedEnd();
        if (found.captured() == "%%"_L1) {
            text += u'%';
            continue;
        }
        if (!text.isEmpty())
            pieces.append({Piece::Text, false, 0, -1, std::exchange(text, QString())});
        const QString key = found.captured(1);
        Piece piece;
        piece.field = key == "levelname"_L1 ? Piece::LevelName
                      : key == "name"_L1    ? Piece::Name
                      : key == "levelno"_L1 ? Piece::LevelNumber
                                            : Piece::Message;
        piece.leftAligned = found.captured(2).contains(u'-');
        piece.width = found.captured(3).toInt();
        if (!found.captured(4).isEmpty())
            piece.precision = found.captured(4).toInt();
        pieces.append(piece);
    }
    text += QStringView(format).sliced(at);
    if (!text.isEmpty())
        pieces.append({Piece::Text, false, 0, -1, text});
    return pieces;
}

// Python's `format % record.__dict__`, appended to `out`.
void writeFormatted(QString &out, const MigrationLog::Format &format, const QString &logger,
                    const QString &level, int levelNumber, const QString &message)
{
    using Piece = MigrationLog::FormatPiece;
    for (const Piece &piece : format) {
        if (piece.field == Piece::Text) {
            out += piece.text;
            continue;
        }
        const QString number = piece.field == Piece::LevelNumber ? QString::number(levelNumber) : QString();
        QStringView value = piece.field == Piece::LevelName     ? QStringView(level)
                            : piece.field == Piece::Name        ? QStringView(logger)
                            : piece.field == Piece::LevelNumber ? QStringView(number)
                                                                : QStringView(message);
        if (piece.precision >= 0 && value.size() > piece.precision)
            value.truncate(piece.precision);
        const qsizetype padding = std::max<qsizetype>(piece.width - value.size(), 0);
        if (!piece.leftAligned)
            out.resize(out.size() + padding, u' ');
        out += value;
        if (piece.leftAligned)
            out.resize(out.size() + padding, u' ');
    }
}

} // namespace

MigrationLog MigrationLog::fromConfig(const ProjectConfig &config)
{
    MigrationLog log;
    if (config.iniPath.isEmpty() || !QFileInfo(config.iniPath).isFile())
        return log;
    Diagnostic error;
    // fileConfig reads the ini with its own ConfigParser, defaults and all; `here` does not
    // matter to the sections it reads.
    const std::optional<IniFile> ini = IniFile::read(config.iniPath, {}, &error);
    if (!ini || !ini->hasSection(u"loggers"_s) || !ini->hasSection(u"handlers"_s) || !ini->hasSection(u"formatters"_s))
        return log;

    // Handlers: the level and the format of each that writes to standard error.
    struct Handler
    {
        int level = 0;
        QString format;
    };
    QHash<QString, Handler> handlers;
    for (const QString &name : keys(*ini, u"handlers"_s)) {
        const QString section = u"handler_"_s + name;
        const QString handlerClass = option(*ini, section, u"class"_s);
        const QString arguments = option(*ini, section, u"args"_s, u"()"_s).remove(u' ');
        const bool stream = handlerClass == "StreamHandler"_L1 || handlerClass == "logging.StreamHandler"_L1;
        if (!stream || (arguments != "(sys.stderr,)"_L1 && arguments != "()"_L1))
            continue;
        const QString formatterName = option(*ini, section, u"formatter"_s);
        QString format = u"%(message)s"_s;
        if (!formatterName.isEmpty()) {
            const std::optional<QString> raw = ini->rawValue(u"formatter_"_s + formatterName, u"format"_s);
            if (raw)
                format = *raw;
            const QString style = option(*ini, u"formatter_"_s + formatterName, u"style"_s, u"%"_s);
            if (style != "%"_L1)
                continue;
        }
        if (!supportedFormat(format))
            continue;
        handlers.insert(name, {levelOf(option(*ini, section, u"level"_s, u"NOTSET"_s)), format});
    }

    // Loggers, root included, with the handlers above that they have.
    for (const QString &name : keys(*ini, u"loggers"_s)) {
        const QString section = u"logger_"_s + name;
        Logger logger;
        logger.name = name == "root"_L1 ? QString() : option(*ini, section, u"qualname"_s);
        if (name != "root"_L1 && logger.name.isEmpty())
            continue;
        logger.level = levelOf(option(*ini, section, u"level"_s, name == "root"_L1 ? u"WARNING"_s : u"NOTSET"_s));
        logger.propagate = option(*ini, section, u"propagate"_s, u"1"_s).trimmed() != "0"_L1;
        for (const QString &handler : option(*ini, section, u"handlers"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto found = handlers.constFind(handler.trimmed());
            if (found == handlers.cend())
                continue;
            logger.formats.append(parsedFormat(found->format));
            logger.handlerLevels.append(found->level);
        }
        log.m_loggers.append(logger);
    }
    log.m_configured = true;
    return log;
}

QString MigrationLog::record(const QString &logger, const QString &level, const QString &message) const
{
    if (!m_configured)
        return {};
    const int levelNumber = levelOf(level);
    // The logger and its parents that the ini configures, nearest first; root last.
    QVarLengthArray<const Logger *, 8> chain;
    for (QStringView name = logger;;) {
        for (const Logger &configured : m_loggers) {
            if (configured.name == name)
                chain.append(&configured);
        }
        if (name.isEmpty())
            break;
        const qsizetype dot = name.lastIndexOf(u'.');
        name = dot < 0 ? QStringView() : name.first(dot);
    }
    // fileConfig disables the loggers that exist already unless they or a parent are named.
    if (chain.isEmpty() || chain.first()->name.isEmpty())
        return {};
    // getEffectiveLevel: the first level set on the way up.
    int effective = 0;
    for (const Logger *configured : std::as_const(chain)) {
        if (configured->level != 0) {
            effective = configured->level;
            break;
        }
    }
    if (levelNumber < effective)
        return {};
    QString written;
    // Room for a line of the usual format, so that its pieces do not each reallocate.
    written.reserve(message.size() + logger.size() + 64);
    for (const Logger *configured : std::as_const(chain)) {
        for (qsizetype i = 0; i < configured->formats.size(); ++i) {
            if (levelNumber >= configured->handlerLevels[i]) {
                writeFormatted(written, configured->formats[i], logger, level, levelNumber, message);
                written += u'\n';
            }
        }
        if (!configured->propagate)
            break;
    }
    return written;
}

} // namespace Migrations
