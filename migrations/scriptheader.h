#pragma once

#include "revisionscript.h"

#include <QDateTime>
#include <QString>

namespace Migrations {

// What `alembic revision` writes into a script's docstring besides the message: the
// "Create Date: 2026-11-24 18:54:15.760604" line of script.py.mako. Only a display hint — the
// docstring is free text that users edit — so a missing or odd line gives nothing.
// The text after "Create Date:", trimmed; empty when the docstring has no such line.
QString createDateText(const RevisionScript &script);
// That text read as a date and time, to the second, as written: with its UTC offset when it
// has one, else in UTC standing for the unknown zone of Python's naive datetime (so the
// clock time shown is the one written). Invalid when there is none or it is not in the
// template's format.
QDateTime createDate(const RevisionScript &script);

} // namespace Migrations
