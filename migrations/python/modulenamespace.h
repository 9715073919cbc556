#pragma once

#include "tokenizer.h"

#include "literalvalue.h"

#include <QHash>
#include <QString>

#include <optional>
#include <span>

namespace Migrations::Python {

// What importing a module binds at module level, as far as it is known without running it.
struct ModuleNamespace
{
    // Every name bound at module level, with its last value (Unknown when only Python knows).
    // The names are views into the text read (see NameBindings): it must outlive them.
    NameBindings names;
    // Names a function or class body declares `global`: calling it may rebind them, which
    // only running the module can tell. The value is the line of the `global` statement.
    QHash<QString, int> globalsInFunctions;
    // The module docstring as the compiler stores it (before any `__doc__ = …`).
    std::optional<QString> docstring;
    // The line of the last `from … import *` at module level (0: none). A public name not
    // bound after it may still have been bound by it.
    int starImportLine = 0;
};

// Whether imports record the dotted path they bind (LiteralValue::importPath). The body
// reader needs them; reading a project's headers does not, and building the strings cost
// it a sixth of its time.
enum class ImportPaths { Skip, Record };

// Reads a module's statements at module level. On a syntax error returns nothing and sets
// *errorLine and *error (CPython's wording). The result refers to `text`: keep it alive.
std::optional<ModuleNamespace> readModuleNamespace(QStringView text, int *errorLine, QString *error,
                                                   ImportPaths importPaths = ImportPaths::Skip);
// The same from the module's tokens, already taken (comments and NL left out), which end
// with the EndMarker or with the Error token whose reason is `tokenError`: a caller that
// needs the tokens too tokenizes once.
std::optional<ModuleNamespace> readModuleNamespace(QStringView text, std::span<const Token> tokens,
                                                   const QString &tokenError, int *errorLine, QString *error,
                                                   ImportPaths importPaths);

} // namespace Migrations::Python
