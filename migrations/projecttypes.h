#pragma once

#include "dialect.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Migrations {

// The SQL of the column types a project defines itself (`GUID()`, `Timestamp()` in the
// project's own models module). SQLAlchemy renders those by running their Python
// (load_dialect_impl, get_col_spec), which is never run here: the user says once, per
// type name, what SQL each dialect gets, and rendering looks it up.
//
// Stored as a JSON file ("Alembic Studio project types", UTF-8):
//   { "types": { "GUID":      { "postgresql": "UUID", "default": "CHAR(32)" },
//                "Timestamp": { "default": "TIMESTAMP" } } }
// Per type, keys are SQLAlchemy dialect names (sqlite, postgresql, mysql, mariadb) or
// "default". A MariaDB lookup falls back to the mysql entry, then to default.
class ProjectTypes
{
public:
    // `dialect` is a dialect name or "default".
    void setSql(const QString &typeName, const QString &dialect, const QString &sql);
    void remove(const QString &typeName);
    bool contains(const QString &typeName) const { return m_sql.contains(typeName); }
    QStringList typeNames() const;
    // The SQL for the type on the dialect, or nothing when the mapping does not say.
    std::optional<QString> sql(const QString &typeName, Dialect dialect) const;

    QJsonObject toJson() const;
    // Null with a reason when the object is not in the format above.
    static std::optional<ProjectTypes> fromJson(const QJsonObject &object, QString *errorString);

    // The file the mapping is kept in (whether or not it exists yet), for messages that tell
    // the user what to edit. Not part of the value: two mappings are equal by their SQL.
    QString file() const { return m_file; }
    void setFile(const QString &path) { m_file = path; }

    bool operator==(const ProjectTypes &other) const { return m_sql == other.m_sql; }

private:
    QHash<QString, QHash<QString, QString>> m_sql; // type name → dialect or "default" → SQL
    QString m_file;
};

// The project's mapping as its configuration names it (ProjectConfig::projectTypesPath):
// the file's, or an empty one when there is no such file yet; null with *errorString when
// the file is there but cannot be read as a mapping.
std::optional<ProjectTypes> loadProjectTypes(const QString &path, QString *errorString);

std::optional<ProjectTypes> readProjectTypes(const QString &path, QString *errorString);
bool writeProjectTypes(const ProjectTypes &types, const QString &path, QString *errorString);

} // namespace Migrations
