#pragma once

// How a new revision's file is named and dated, as Alembic's ScriptDirectory._rev_path and
// _generate_create_date do it. Private to revisioncreation.cpp; the public pieces
// (newRevisionId, revisionSlug, pythonDateTime) are declared in revisioncreation.h.

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace Migrations {

struct ProjectConfig;

using FormatValue = std::variant<qint64, QString>;

// Python's `template % {…}` for file_template: %(key)s / %(key)d with flags, width and
// precision, and %%. Anything else is where Python would raise: nothing, and *why.
std::optional<QString> percentFormat(const QString &format, const QHash<QString, FormatValue> &values, QString *why);

// The create date: local time without a configured timezone, else the zone's time (its
// name as written, else upper-cased, as ZoneInfo is tried); nothing and *why when the zone
// cannot be found.
std::optional<QDateTime> createDate(const ProjectConfig &config, const QDateTime &now, QString *why);

} // namespace Migrations
