#pragma once

#include "dialect.h"

#include <QLatin1StringView>

#include <span>

namespace Migrations {

// The words each dialect's SQLAlchemy identifier preparer quotes (reserved_words), in
// lower case and sorted, so a lookup is a binary search.
std::span<const QLatin1StringView> reservedWords(Dialect dialect);

} // namespace Migrations
