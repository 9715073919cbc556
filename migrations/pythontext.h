#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Migrations {

// Python's str semantics where Alembic's files depend on them and Qt's differ.

// str.isspace(), which str.strip() and the regular expression \s use: Qt's QChar::isSpace()
// plus the information separators U+001C..U+001F.
bool isPythonSpace(QChar c);

// str.strip(): isPythonSpace() characters off both ends.
QStringView pythonStrip(QStringView text);

// str.lower(), which configparser applies to option names: Qt's toLower() plus the
// Final_Sigma rule (a capital sigma ending a word lowers to "ς"; Qt always gives "σ").
QString pythonLower(QStringView text);

// int(str) as config files use it: surrounding whitespace, a sign, ASCII digits with
// single underscores between them; nothing when Python would raise ValueError.
std::optional<qint64> pythonInt(const QString &text);

// repr() of a str, for messages that quote values as Python's would.
QString pythonRepr(QStringView text);

} // namespace Migrations
