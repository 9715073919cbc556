#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

namespace Studio {

// Light or dark is decided by a QPalette, never by a style sheet, so that every widget and
// both highlighters (QScintilla's and KSyntaxHighlighting's) follow the same choice.
enum class ColorScheme { System, Light, Dark };

std::optional<ColorScheme> parseColorScheme(const QString &name);
QString colorSchemeName(ColorScheme scheme);

QPalette lightPalette();
QPalette darkPalette();

// Sets the application palette for the scheme; widgets are told through PaletteChange.
void applyColorScheme(ColorScheme scheme);

bool isDark(const QPalette &palette);

// One repository of syntax definitions and themes for the whole process: loading it reads
// hundreds of definition files, so it is done once.
KSyntaxHighlighting::Repository &syntaxRepository();

// The KSyntaxHighlighting theme whose background matches the palette (light or dark).
KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette);

} // namespace Studio
