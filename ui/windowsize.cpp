#include "windowsize.h"

#include <algorithm>

namespace Studio {

std::optional<QSize> parseWindowSize(QStringView text)
{
    const qsizetype x = text.indexOf(u'x', 0, Qt::CaseInsensitive);
    if (x <= 0)
        return std::nullopt;
    const auto number = [](QStringView digits) -> std::optional<int> {
        // toInt() accepts signs and spaces; a size is digits only.
        if (digits.isEmpty() || digits.size() > 5
            || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        const int value = digits.toInt();
        if (value < 1 || value > 16384)
            return std::nullopt;
        return value;
    };
    const auto width = number(text.first(x));
    const auto height = number(text.sliced(x + 1));
    if (!width || !height)
        return std::nullopt;
    return QSize(*width, *height);
}

} // namespace Studio
