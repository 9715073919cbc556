#pragma once

#include "dialect.h"

#include <QString>
#include <QStringView>

namespace Migrations {

// Names in SQL as SQLAlchemy's IdentifierPreparer writes them: bare where the dialect
// reads them back as written, quoted otherwise — a reserved word, upper case (which the
// database would fold), a leading digit or `$`, anything but letters, digits, `_`, `$`.

// Whether `name` needs quoting on `dialect` (IdentifierPreparer._requires_quotes).
bool requiresQuotes(QStringView name, Dialect dialect);
// The name in the dialect's quotes, the quote character doubled inside (quote_identifier).
QString quotedIdentifier(QStringView name, Dialect dialect);
// The name quoted only if it requires it (IdentifierPreparer.quote for a plain string).
QString quoteName(QStringView name, Dialect dialect);
// The same for a name held in a QString: a bare name is shared, not copied.
QString quoteName(const QString &name, Dialect dialect);

} // namespace Migrations
