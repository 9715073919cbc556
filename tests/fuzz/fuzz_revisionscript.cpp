// libFuzzer entry: any bytes must give a header or a diagnostic, never a crash or a hang.
// Built by the clang fuzz preset (not part of the default build):
//   clang++ -fsanitize=fuzzer,address,undefined ... fuzz_revisionscript.cpp -lalembic_studio_migrations
#include <migrations/python/stringliteral.h>
#include <migrations/python/tokenizer.h>
#include <migrations/revisionscript.h>

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // The tokenizer alone: it must always end, with ENDMARKER or one Error, and every token's
    // range must lie inside the text.
    Migrations::Python::Tokenizer tokenizer(text);
    for (;;) {
        const Migrations::Python::Token token = tokenizer.next();
        if (token.begin < 0 || token.end < token.begin || token.end > text.size())
            __builtin_trap();
        if (token.kind == Migrations::Python::TokenKind::String)
            (void)Migrations::Python::decodeStringLiteral(token.text(text));
        if (token.kind == Migrations::Python::TokenKind::EndMarker
            || token.kind == Migrations::Python::TokenKind::Error)
            break;
    }

    Migrations::Diagnostic diagnostic;
    const auto script = Migrations::parseRevisionScript(text, u"/fuzz/1a2b_fuzz.py"_s, &diagnostic);
    if (!script && diagnostic.message.isEmpty())
        __builtin_trap(); // a failure must always say why
    if (script) {
        (void)script->longDoc();
        (void)script->doc();
    }
    return 0;
}
