#include "runcommand.h"

#include "projectconfig.h"
#include "scriptdirectory.h"
#include "textfile.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

std::optional<CommandOutput> readEnvironment(const ProjectConfig &config, bool online, EnvironmentOptions *options)
{
    const QString envPath = QDir(config.scriptDirectory).filePath(u"env.py"_s);
    QString error;
    const std::optional<TextFile> env = readTextFile(envPath, &error);
    if (!env)
        return commandCrashed(u"Can't find Python file %1"_s.arg(envPath));
    const auto refuse = [&](qsizetype at, const QString &option) {
        const int line = int(QStringView(env->text).first(at).count(u'\n')) + 1;
        return commandCrashed(u"%1:%2: env.py sets %3, which the native engine does not follow yet"_s.arg(envPath)
                                  .arg(line)
                                  .arg(option));
    };
    static const QLatin1StringView unsupported[] = {"version_table"_L1, "transactional_ddl"_L1,
                                                    "output_encoding"_L1};
    for (QLatin1StringView option : unsupported) {
        if (const qsizetype at = env->text.indexOf(option); at >= 0)
            return refuse(at, QString(option));
    }
    // transaction_per_migration: online, the literal True or False given to configure()
    // is followed; anything else (a variable, offline output) is refused.
    static const QRegularExpression perMigration(u"transaction_per_migration\\s*=\\s*(True|False)\\b"_s);
    for (qsizetype at = env->text.indexOf("transaction_per_migration"_L1); at >= 0;
         at = env->text.indexOf("transaction_per_migration"_L1, at + 1)) {
        const QRegularExpressionMatch match
            = perMigration.matchView(QStringView(env->text).sliced(at), 0, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!online || !match.hasMatch())
            return refuse(at, u"transaction_per_migration"_s);
        options->transactionPerMigration = match.captured(1) == "True"_L1;
    }
    return std::nullopt;
}

std::optional<QString> urlFromXArguments(const ProjectConfig &config, const QStringList &xArguments)
{
    if (xArguments.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<TextFile> env = readTextFile(QDir(config.scriptDirectory).filePath(u"env.py"_s), &error);
    if (!env)
        return std::nullopt;
    // The keys env.py looks up in the -x dictionary: get_x_argument(...).get("key") or
    // get_x_argument(...)["key"], possibly through a name it assigned the dictionary to.
    static const QRegularExpression lookup(
        uR"(get_x_argument\([^)]*\)\s*(?:\.get\(\s*['"]([\w.]+)['"]|\[\s*['"]([\w.]+)['"]\s*\]))"_s);
    static const QRegularExpression assigned(uR"((\w+)\s*=\s*context\.get_x_argument\()"_s);
    QStringList keys;
    for (auto match = lookup.globalMatch(env->text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        keys.append(found.captured(1).isEmpty() ? found.captured(2) : found.captured(1));
    }
    for (auto match = assigned.globalMatch(env->text); match.hasNext();) {
        const QString name = match.next().captured(1);
        const QRegularExpression use(uR"(\b%1\s*(?:\.get\(\s*['"]([\w.]+)['"]|\[\s*['"]([\w.]+)['"]\s*\]))"_s.arg(
            QRegularExpression::escape(name)));
        for (auto found = use.globalMatch(env->text); found.hasNext();) {
            const QRegularExpressionMatch key = found.next();
            keys.append(key.captured(1).isEmpty() ? key.captured(2) : key.captured(1));
        }
    }
    // The last -x for a key wins, as in get_x_argument's dictionary.
    std::optional<QString> url;
    for (const QString &argument : xArguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals > 0 && keys.contains(argument.first(equals)) && argument.indexOf("://"_L1) > equals)
            url = argument.sliced(equals + 1);
    }
    return url;
}

QString stepDescription(const ScriptDirectory &directory, const MigrationStep &step)
{
    if (step.kind == MigrationStep::Stamp)
        return step.shortLog();
    const QString doc = directory.script(step.revision).doc();
    return doc.isEmpty() ? step.shortLog() : step.shortLog() + u", "_s + doc;
}

CommandOutput withWarnings(CommandOutput output, const QList<StepSql> &bodies)
{
    QStringList warnings;
    for (const StepSql &body : bodies) {
        for (const QString &warning : body.warnings) {
            if (!warnings.contains(warning))
                warnings.append(warning);
        }
    }
    QString text;
    for (const QString &warning : warnings)
        text += u"warning: %1\n"_s.arg(warning);
    output.standardError.prepend(text);
    return output;
}

std::optional<QStringList> splitRange(const QString &revision)
{
    const QStringList parts = revision.split(u':');
    if (parts.size() > 3 || parts.size() == 3)
        return std::nullopt;
    return parts;
}

} // namespace Migrations
