#pragma once

#include <QSize>
#include <QStringView>

#include <optional>

namespace Studio {

// Parses "WIDTHxHEIGHT" as given to --size (e.g. "1280x800"); nothing when malformed or
// outside what a window can reasonably be (1 to 16384 pixels each way).
std::optional<QSize> parseWindowSize(QStringView text);

} // namespace Studio
