#include "textfile.h"

#include <QCoreApplication>
#include <QtCore/qcoreapplication.h>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

constexpr QByteArrayView utf8ByteOrderMark("\xEF\xBB\xBF");

// Messages of this file share one translation context, as a class's tr() would.
struct TextFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::TextFile)
};

// The offset at which the first malformed UTF-8 sequence starts (overlong forms, surrogates
// and code points past U+10FFFF included, as Python rejects them), or -1 for valid text.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        // Source files are mostly ASCII: eight bytes at a time while none has its high bit.
        if (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, bytes.data() + i, sizeof chunk);
            if ((chunk & 0x8080808080808080u) == 0) {
                i += 8;
                continue;
            }
        }
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0, smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, codePoint = lead & 0x1Fu, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, codePoint = lead & 0x0Fu, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, codePoint = lead & 0x07u, smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            const auto continuation = static_cast<unsigned char>(bytes[i + k]);
            if ((continuation & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (continuation & 0x3Fu);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// The bytes of a regular file, read with open, fstat and read. Reading a revision script
// is a few hundred bytes, and QFile's machinery around it (a file engine and private
// objects made and destroyed, metadata) cost more than everything else readTextFile does.
// Nothing on any failure, and for anything but a regular file: the caller then reads with
// QFile, so that what fails is reported in QFile's words, as before.
std::optional<QByteArray> readRegularFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<QByteArray> result;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        // One byte more than the size, so that the end shows as a read of nothing; a file
        // that grows meanwhile is read to its end all the same.
        QByteArray bytes(qsizetype(info.st_size) + 1, Qt::Uninitialized);
        qsizetype done = 0;
        bool failed = false;
        for (;;) {
            if (done == bytes.size())
                bytes.resize(bytes.size() * 2);
            const ssize_t count = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
            if (count < 0 && errno == EINTR)
                continue;
            if (count <= 0) {
                failed = count < 0;
                break;
            }
            done += qsizetype(count);
        }
        if (!failed) {
            bytes.resize(done);
            result = std::move(bytes);
        }
    }
    ::close(fd);
    return result;
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

} // namespace

std::optional<TextFile> readTextFile(const QString &path, QString *errorString)
{
    QByteArray bytes;
    if (std::optional<QByteArray> regular = readRegularFile(path)) {
        bytes = std::move(*regular);
    } else {
        QFile file(path);
        // Unbuffered: the file is read whole in one go, so QFile's own buffer would only be
        // an extra copy.
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            *errorString = TextFileMessages::tr("Cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    TextFile result;
    if (bytes.startsWith(utf8ByteOrderMark)) {
        result.hasByteOrderMark = true;
        bytes.remove(0, utf8ByteOrderMark.size());
    }
    if (const qsizetype invalid = firstInvalidUtf8Byte(bytes); invalid >= 0) {
        const qsizetype offset = invalid + (result.hasByteOrderMark ? utf8ByteOrderMark.size() : 0);
        *errorString = TextFileMessages::tr("Cannot read %1: it is not UTF-8 text (invalid byte at offset %2)")
                           .arg(path)
                           .arg(offset);
        return std::nullopt;
    }
    result.text = QString::fromUtf8(bytes);
    return result;
}

bool writeTextFile(const QString &path, const TextFile &file, QString *errorString)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *errorString = TextFileMessages::tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    QByteArray bytes;
    if (file.hasByteOrderMark)
        bytes.append(utf8ByteOrderMark);
    bytes.append(file.text.toUtf8());
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        *errorString = TextFileMessages::tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace Migrations
