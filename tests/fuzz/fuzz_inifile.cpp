// libFuzzer entry for the alembic.ini reader: any text must give an IniFile or a
// diagnostic, never a crash, a hang or an exception, and reading every value back
// (interpolation included) must be just as safe. Wired into CMake by the clang fuzz preset.
#include <migrations/inifile.h>

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Invalid UTF-8 becomes U+FFFD here; readTextFile rejects it before parse() sees it.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           static_cast<qsizetype>(size));
    static const QMap<QString, QString> defaults{{u"here"_s, u"/fuzz"_s}};

    Migrations::Diagnostic error;
    const auto file = Migrations::IniFile::parse(text, u"fuzz.ini"_s, defaults, &error);
    if (!file)
        return 0;

    QStringList sections = file->sections();
    sections.prepend(Migrations::IniFile::defaultSection.toString());
    for (const QString &section : std::as_const(sections)) {
        for (const QString &option : file->options(section)) {
            (void)file->value(section, option, &error);
            (void)file->rawValue(section, option);
            (void)file->line(section, option);
        }
    }
    return 0;
}
