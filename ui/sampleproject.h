#pragma once

#include <QString>

namespace Studio {

// The "Scribes backend" sample, built into the application so that a first run does
// something real: it is copied into the user's data folder (it must be writable — new
// revisions are written into it) the first time it is opened, and never overwritten after,
// so the user's own changes to it are kept. Returns its alembic.ini, or an empty string
// with *error when the copy cannot be made.
QString installSampleProject(QString *error);

// Where the sample lives once installed (…/alembic-studio/sample/scribes).
QString sampleProjectFolder();

} // namespace Studio
