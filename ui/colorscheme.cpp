#include "colorscheme.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Studio {

std::optional<ColorScheme> parseColorScheme(const QString &name)
{
    if (name == "system"_L1)
        return ColorScheme::System;
    if (name == "light"_L1)
        return ColorScheme::Light;
    if (name == "dark"_L1)
        return ColorScheme::Dark;
    return std::nullopt;
}

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System:
        return u"system"_s;
    case ColorScheme::Light:
        return u"light"_s;
    case ColorScheme::Dark:
        return u"dark"_s;
    }
    return u"system"_s;
}

namespace {

struct PaletteColors
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, link, mid, dark, shadow, light, placeholder, disabledText;
};

QPalette makePalette(const PaletteColors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.light.darker(110));
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

} // namespace

QPalette lightPalette()
{
    return makePalette({
        .window = QColor(0xef, 0xf0, 0xf1),
        .windowText = QColor(0x23, 0x26, 0x29),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xf5, 0xf6, 0xf7),
        .text = QColor(0x23, 0x26, 0x29),
        .button = QColor(0xe6, 0xe7, 0xe8),
        .buttonText = QColor(0x23, 0x26, 0x29),
        .highlight = QColor(0x3d, 0xae, 0xe9),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x29, 0x80, 0xb9),
        .mid = QColor(0xb0, 0xb3, 0xb6),
        .dark = QColor(0x88, 0x8e, 0x93),
        .shadow = QColor(0x47, 0x4a, 0x4c),
        .light = QColor(0xff, 0xff, 0xff),
        .placeholder = QColor(0x70, 0x77, 0x7d),
        .disabledText = QColor(0xa0, 0xa4, 0xa8),
    });
}

QPalette darkPalette()
{
    return makePalette({
        .window = QColor(0x2a, 0x2e, 0x32),
        .windowText = QColor(0xfc, 0xfc, 0xfc),
        .base = QColor(0x1b, 0x1e, 0x20),
        .alternateBase = QColor(0x23, 0x26, 0x29),
        .text = QColor(0xfc, 0xfc, 0xfc),
        .button = QColor(0x31, 0x36, 0x3b),
        .buttonText = QColor(0xfc, 0xfc, 0xfc),
        .highlight = QColor(0x3d, 0xae, 0xe9),
        .highlightedText = QColor(0xfc, 0xfc, 0xfc),
        .link = QColor(0x1d, 0x99, 0xf3),
        .mid = QColor(0x4d, 0x53, 0x59),
        .dark = QColor(0x1b, 0x1e, 0x20),
        .shadow = QColor(0x0d, 0x0e, 0x0f),
        .light = QColor(0x40, 0x45, 0x4b),
        .placeholder = QColor(0xa1, 0xa9, 0xb1),
        .disabledText = QColor(0x6e, 0x74, 0x7a),
    });
}

void applyColorScheme(ColorScheme scheme)
{
    // Fusion draws everything from the palette, so one palette change restyles the whole
    // window consistently, whatever the desktop's native style would have done with it.
    if (QApplication::style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette)
{
    return syntaxRepository().defaultTheme(isDark(palette)
                                               ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace Studio
