// libFuzzer entry for the script.py.mako renderer: any text must render or be refused
// with a diagnostic naming a line of the text, never crash, hang or throw out of it.
// Wired into CMake by the clang fuzz preset.
#include <migrations/scripttemplate.h>

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const Migrations::TemplateArguments arguments = [] {
        using Migrations::TemplateValue;
        Migrations::TemplateArguments a;
        a.values.insert(u"up_revision"_s, TemplateValue::string(u"ae1027a6acf"_s));
        a.values.insert(u"down_revision"_s, TemplateValue::tuple({u"a1"_s, u"b2"_s}));
        a.values.insert(u"branch_labels"_s, TemplateValue::tuple({u"lbl"_s}));
        a.values.insert(u"depends_on"_s, TemplateValue::list({u"c3"_s}));
        a.values.insert(u"create_date"_s, TemplateValue::string(u"2026-11-25 07:32:34.532538"_s));
        a.values.insert(u"message"_s, TemplateValue::string(u"a message, with words"_s));
        a.mainOption = [](const QString &name) -> std::optional<QString> {
            if (name == u"databases")
                return u"engine1, engine2"_s;
            return std::nullopt;
        };
        return a;
    }();

    Migrations::Diagnostic error;
    const std::optional<QString> rendered = Migrations::renderScriptTemplate(text, u"script.py.mako"_s, arguments, &error);
    // A refusal names a line of the template.
    const int lines = int(text.count(u'\n')) + 1;
    if (!rendered && (error.line < 1 || error.line > lines || error.message.isEmpty()))
        std::abort();
    return 0;
}
