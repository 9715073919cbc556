#include "projecttypes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

void ProjectTypes::setSql(const QString &typeName, const QString &dialect, const QString &sql)
{
    m_sql[typeName].insert(dialect, sql);
}

void ProjectTypes::remove(const QString &typeName)
{
    m_sql.remove(typeName);
}

QStringList ProjectTypes::typeNames() const
{
    QStringList names = m_sql.keys();
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<QString> ProjectTypes::sql(const QString &typeName, Dialect dialect) const
{
    const auto type = m_sql.constFind(typeName);
    if (type == m_sql.cend())
        return std::nullopt;
    QStringList keys{dialectName(dialect)};
    if (dialect == Dialect::MariaDB)
        keys.append(u"mysql"_s);
    keys.append(u"default"_s);
    for (const QString &key : std::as_const(keys)) {
        const auto found = type->constFind(key);
        if (found != type->cend())
            return *found;
    }
    return std::nullopt;
}

QJsonObject ProjectTypes::toJson() const
{
    QJsonObject types;
    for (auto type = m_sql.cbegin(); type != m_sql.cend(); ++type) {
        QJsonObject perDialect;
        for (auto sql = type->cbegin(); sql != type->cend(); ++sql)
            perDialect.insert(sql.key(), sql.value());
        types.insert(type.key(), perDialect);
    }
    return QJsonObject{{u"types"_s, types}};
}

std::optional<ProjectTypes> ProjectTypes::fromJson(const QJsonObject &object, QString *errorString)
{
    static const QStringList keys{u"sqlite"_s, u"postgresql"_s, u"mysql"_s, u"mariadb"_s, u"default"_s};
    const auto fail = [&](const QString &reason) {
        if (errorString)
            *errorString = reason;
        return std::nullopt;
    };
    const QJsonValue types = object.value("types"_L1);
    if (!types.isObject())
        return fail(u"the project types have no \"types\" object"_s);
    ProjectTypes result;
    const QJsonObject typesObject = types.toObject();
    for (auto type = typesObject.begin(); type != typesObject.end(); ++type) {
        if (!type.value().isObject())
            return fail(u"the project type %1 is not an object of SQL per dialect"_s.arg(type.key()));
        const QJsonObject perDialect = type.value().toObject();
        for (auto sql = perDialect.begin(); sql != perDialect.end(); ++sql) {
            if (!keys.contains(sql.key()))
                return fail(u"the project type %1 names %2, which is not one of %3"_s.arg(
                    type.key(), sql.key(), keys.join(u", "_s)));
            if (!sql.value().isString())
                return fail(
                    u"the SQL of the project type %1 on %2 is not a string"_s.arg(type.key(), sql.key()));
            result.setSql(type.key(), sql.key(), sql.value().toString());
        }
    }
    return result;
}

std::optional<ProjectTypes> readProjectTypes(const QString &path, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (errorString)
            *errorString = u"%1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<ProjectTypes> types = ProjectTypes::fromJson(document.object(), &reason);
    if (!types && errorString)
        *errorString = u"%1: %2"_s.arg(path, reason);
    if (types)
        types->setFile(path);
    return types;
}

std::optional<ProjectTypes> loadProjectTypes(const QString &path, QString *errorString)
{
    if (QFileInfo::exists(path))
        return readProjectTypes(path, errorString);
    ProjectTypes none;
    none.setFile(path);
    return none;
}

bool writeProjectTypes(const ProjectTypes &types, const QString &path, QString *errorString)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(types.toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (errorString)
        *errorString = u"%1: %2"_s.arg(path, file.errorString());
    return false;
}

} // namespace Migrations
