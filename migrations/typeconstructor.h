#pragma once

#include "sqltype.h"

#include <QLatin1StringView>

#include <span>

namespace Migrations {

// A parameter of a type class's constructor, as inspect.signature(cls.__init__) lists it
// (without `self`).
struct TypeParameter
{
    enum Kind : quint8 { PositionalOrKeyword, VarPositional, KeywordOnly, VarKeyword };
    QLatin1StringView name;
    Kind kind = PositionalOrKeyword;
    bool required = false; // no default value
};

// How SQLAlchemy 2.0 (or sqlmodel) builds one class of type findTypeClass() knows.
//
// `parameters` is what inspect.signature(cls.__init__) says (checked in tst_typeexpression).
// Many constructors take `**kw` and hand it down their base classes (mysql.VARCHAR →
// _StringType → String); for those `accepts` is the flattened chain a call is really bound
// to: the positional parameters of the first function that takes them, then every keyword
// some function down the chain reads, as KeywordOnly.
struct TypeConstructor
{
    TypeModule module;
    QLatin1StringView name;          // as findTypeClass() lists it
    QLatin1StringView qualifiedName; // cls.__init__.__qualname__, as CPython's TypeErrors name it
    std::span<const TypeParameter> parameters;
    // Empty: `parameters` themselves. Otherwise the flattened chain, named `acceptsName`
    // in errors about positional arguments ("_DateTimeMixin.__init__").
    std::span<const TypeParameter> accepts = {};
    QLatin1StringView acceptsName = {};
    // The function whose TypeError a keyword nobody reads raises: "String.__init__" for
    // mysql.VARCHAR; "object.__init__" (its own wording); empty when SQLAlchemy silently
    // drops it (Enum and postgresql.ENUM pop what they know and ignore the rest).
    QLatin1StringView unknownKeyword = {};
};

std::span<const TypeConstructor> typeConstructors();
// The constructor of the class findTypeClass() gives (re-exports resolved), or null.
const TypeConstructor *typeConstructor(const TypeClass &typeClass);

} // namespace Migrations
