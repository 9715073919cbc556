#pragma once

#include <QString>

namespace Migrations {

// The version of Alembic Studio, from the CMake project version (the only place it is set).
QString studioVersion();

} // namespace Migrations
