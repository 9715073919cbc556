#pragma once

#include <QString>
#include <QStringView>

namespace Migrations::Python {

// A string literal's value, decoded as Python's compiler decodes it.
struct StringLiteral
{
    QString value;       // for f-strings: the literal text with {{ }} undoubled
    bool isBytes = false;
    bool isRaw = false;
    bool isFString = false;
    bool hasReplacementFields = false; // an f-string with at least one {…}
    bool unsupported = false;          // \N{…}: the Unicode name database is not here
    QString error;                     // a literal Python rejects; empty when fine
};

// Decodes one STRING token's text (prefix and quotes included).
StringLiteral decodeStringLiteral(QStringView tokenText);

// What CPython 3.13+ stores as a docstring: see cleanDocstring() in stringliteral.cpp.
QString cleanDocstring(const QString &raw);

} // namespace Migrations::Python
