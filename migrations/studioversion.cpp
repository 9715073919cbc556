#include "studioversion.h"

namespace Migrations {

QString studioVersion()
{
    return QStringLiteral(ALEMBIC_STUDIO_VERSION);
}

} // namespace Migrations
