#pragma once

#include <QString>
#include <QStringView>

namespace Migrations {

// Python's str semantics where Alembic's files depend on them and Qt's differ.

// str.isspace(), which str.strip() and the regular expression \s use: Qt's QChar::isSpace()
// plus the information separators U+001C..U+001F.
bool isPythonSpace(QChar c);

// str.lower(), which configparser applies to option names: Qt's toLower() plus the
// Final_Sigma rule (a capital sigma ending a word lowers to "ς"; Qt always gives "σ").
QString pythonLower(QStringView text);

// repr() of a str, for messages that quote values as Python's would.
QString pythonRepr(QStringView text);

} // namespace Migrations
