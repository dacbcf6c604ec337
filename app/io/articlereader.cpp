// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "io/inputfile.h"
#include "io/utf8.h"
#include "text/codepointindex.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>
#include <future>

namespace Hashiya {
namespace {

qsizetype lineOfByte(const QByteArray &bytes, qsizetype offset)
{
    return 1 + std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n');
}

template<qsizetype N>
bool startsWith(const QByteArray &bytes, const char (&prefix)[N])
{
    return QByteArrayView(bytes).startsWith(QByteArrayView(prefix, N - 1)); // N - 1: not the literal's NUL
}

// Offset in bytes of the first unpaired surrogate, or -1.
qsizetype firstUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// A long article is decoded and hashed on more than one core: opening 50 MB waits for it.
constexpr qsizetype decodeInPartsFrom = 4 << 20;

// UTF-16 code units of valid UTF-8: one per sequence, two for a four-byte one.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        units += int((byte & 0xC0) != 0x80) + int(byte >= 0xF0);
    }
    return units;
}

// Valid UTF-8 to UTF-16, as one QStringDecoder with ConvertInitialBom would: a long text in two halves
// at once, split between characters. A U+FEFF at the second half's start stays text, as it does
// mid-stream.
QString decodeValidUtf8(QByteArrayView utf8)
{
    constexpr auto flags = QStringConverter::Flag::ConvertInitialBom;
    if (utf8.size() < decodeInPartsFrom) {
        // QString::fromUtf8 decodes twice as fast as a decoder, but drops a BOM at the start.
        if (!utf8.startsWith("\xEF\xBB\xBF"))
            return QString::fromUtf8(utf8);
        return QStringDecoder(QStringConverter::Utf8, flags).decode(utf8);
    }
    qsizetype middle = utf8.size() / 2;
    while (middle < utf8.size() && (static_cast<unsigned char>(utf8[middle]) & 0xC0) == 0x80)
        ++middle;
    const QByteArrayView first = utf8.first(middle), second = utf8.sliced(middle);
    auto secondLength = std::async(std::launch::async, [second] { return utf16Length(second); });
    const qsizetype firstLength = utf16Length(first);
    QString text(firstLength + secondLength.get(), Qt::Uninitialized);
    auto decodeSecond = std::async(std::launch::async, [second, out = text.data() + firstLength] {
        return QStringDecoder(QStringConverter::Utf8, flags).appendToBuffer(out, second);
    });
    const QChar *firstEnd = QStringDecoder(QStringConverter::Utf8, flags).appendToBuffer(text.data(), first);
    const QChar *secondEnd = decodeSecond.get();
    if (firstEnd != text.constData() + firstLength || secondEnd != text.constData() + text.size())
        return QStringDecoder(QStringConverter::Utf8, flags).decode(utf8); // not valid after all: as before
    return text;
}

} // namespace

QStringList ArticleReader::legacyEncodings()
{
    QStringList available;
    for (const char *name : {"windows-1254", "windows-1256"}) {
        if (QStringDecoder(name).isValid())
            available.append(QString::fromLatin1(name));
    }
    return available;
}

ArticleReader::Result ArticleReader::read(const QString &path, const QString &encoding, Checksum checksum)
{
    InputFile file(path);
    return read(file, path, encoding, checksum);
}

ArticleReader::Result ArticleReader::read(InputFile &file, const QString &path, const QString &encoding,
                                          Checksum checksum)
{
    Result result;
    result.problem.file = path;
    if (!file.isOpen()) {
        result.problem.message = tr("cannot open the article: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > maxFileSize) {
        result.problem.message = tr("the article is %1 MB; Hashiya opens articles of up to %2 MB")
                                     .arg(file.size() / 1e6, 0, 'f', 1)
                                     .arg(maxFileSize / 1e6, 0, 'f', 0);
        return result;
    }
    // A byte more than the file holds: one that grew while being read shows as surely as one that shrank.
    QByteArray bytes(file.size() + 1, Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), bytes.size());
    if (got != file.size()) {
        result.problem.message = tr("cannot read the article: %1").arg(file.errorString());
        return result;
    }
    bytes.truncate(got);
    return decode(bytes, QFileInfo(path).absoluteFilePath(), encoding, checksum);
}

ArticleReader::Result ArticleReader::decode(const QByteArray &bytes, const QString &path, const QString &encoding,
                                            Checksum checksum)
{
    Result result;
    result.problem.file = path;
    auto fail = [&](const QString &message, qsizetype byteOffset) {
        result.problem.message = message;
        if (byteOffset >= 0)
            result.problem.line = lineOfByte(bytes, byteOffset);
        return result;
    };

    Article article;
    article.path = path;
    qsizetype bomLength = 0;
    if (startsWith(bytes, "\xFF\xFE\x00\x00") || startsWith(bytes, "\x00\x00\xFE\xFF"))
        return fail(tr("the article is UTF-32, which Hashiya does not read; save it as UTF-8"), -1);
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        article.encoding = QStringLiteral("utf-8");
        bomLength = 3;
    } else if (startsWith(bytes, "\xFF\xFE")) {
        article.encoding = QStringLiteral("utf-16le");
        bomLength = 2;
    } else if (startsWith(bytes, "\xFE\xFF")) {
        article.encoding = QStringLiteral("utf-16be");
        bomLength = 2;
    } else if (!encoding.isEmpty() && encoding != u"utf-8") {
        if (!legacyEncodings().contains(encoding))
            return fail(tr("unknown encoding “%1”; choose UTF-8 or one of: %2")
                            .arg(encoding, legacyEncodings().join(QStringLiteral(", "))),
                        -1);
        article.encoding = encoding;
    }
    article.hasBom = bomLength > 0;
    const QByteArrayView body = QByteArrayView(bytes).sliced(bomLength);
    std::future<QByteArray> canonicalSha256;
    if (body.isEmpty())
        return fail(tr("the article is empty"), -1);

    if (article.encoding == u"utf-8") {
        if (const void *nul = std::memchr(body.data(), 0, size_t(body.size()))) {
            const qsizetype offset = static_cast<const char *>(nul) - bytes.constData();
            return fail(tr("the article looks binary: a NUL byte at byte offset %1").arg(offset), offset);
        }
        const qsizetype bad = Utf8::firstInvalidByte(body.data(), body.size());
        if (bad >= 0) {
            const qsizetype offset = bad + bomLength;
            QString hint;
            if (!legacyEncodings().isEmpty())
                hint = tr("; if it is a legacy file, open it with an explicit encoding (%1)")
                           .arg(legacyEncodings().join(QStringLiteral(", ")));
            return fail(tr("the article is not valid UTF-8: invalid byte sequence at byte offset %1").arg(offset)
                            + hint,
                        offset);
        }
        // Keep a second BOM as U+FEFF text, as Python's utf-8-sig does; fromUtf8() would drop it.
        // Text without CR is already canonical (see below): a long one is hashed while it is decoded.
        if (checksum == Checksum::Compute && body.size() >= decodeInPartsFrom
            && !std::memchr(body.data(), '\r', size_t(body.size())))
            canonicalSha256 = std::async(std::launch::async, [body] { return Article::sha256OfUtf8(body); });
        article.text = decodeValidUtf8(body);
    } else if (article.encoding.startsWith(u"utf-16")) {
        if (body.size() % 2 != 0)
            return fail(tr("the article is not valid UTF-16: odd number of bytes (%1)").arg(bytes.size()), -1);
        const bool littleEndian = article.encoding == u"utf-16le";
        article.text.resize(body.size() / 2);
        auto *units = reinterpret_cast<const uchar *>(body.data());
        for (qsizetype i = 0; i < article.text.size(); ++i) {
            const uchar a = units[2 * i], b = units[2 * i + 1];
            article.text[i] = QChar(littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b));
        }
        const qsizetype badUnit = firstUnpairedSurrogate(article.text);
        if (badUnit >= 0) {
            const qsizetype offset = bomLength + 2 * badUnit;
            return fail(tr("the article is not valid UTF-16: unpaired surrogate at byte offset %1").arg(offset), -1);
        }
        const qsizetype nul = article.text.indexOf(QChar(0));
        if (nul >= 0)
            return fail(tr("the article looks binary: a NUL character at byte offset %1").arg(bomLength + 2 * nul), -1);
    } else {
        QStringDecoder decoder(article.encoding.toLatin1().constData());
        article.text = decoder.decode(body);
        if (decoder.hasError())
            return fail(tr("the article cannot be decoded as %1").arg(article.encoding), -1);
        const qsizetype nul = article.text.indexOf(QChar(0));
        if (nul >= 0)
            return fail(tr("the article looks binary: a NUL byte at byte offset %1").arg(nul), -1);
    }

    article.lineEnding = normalizeLineEnds(article.text);
    // Valid UTF-8 whose line ends stayed as they were is already the canonical text's UTF-8 (a second
    // BOM kept as U+FEFF encodes back to the same bytes): hash it as it is rather than encode 50 MB
    // again.
    const bool bodyIsCanonical = article.encoding == u"utf-8"
        && (article.lineEnding == LineEnding::Lf || article.lineEnding == LineEnding::None);
    if (canonicalSha256.valid())
        article.sha256 = canonicalSha256.get();
    else if (checksum == Checksum::Compute)
        article.sha256 = bodyIsCanonical ? Article::sha256OfUtf8(body) : Article::sha256Of(article.text);
    result.codePoints = CodePointIndex(article.text);
    article.codePointCount = result.codePoints.codePointCount();
    result.article = std::move(article);
    return result;
}

LineEnding ArticleReader::normalizeLineEnds(QString &text)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    const bool hasLf = text.contains(u'\n');
    if (firstCr < 0)
        return hasLf ? LineEnding::Lf : LineEnding::None;

    bool sawCrLf = false, sawCr = false;
    bool sawLf = text.left(firstCr).contains(u'\n');
    QChar *out = text.data() + firstCr;
    const QChar *in = out;
    const QChar *end = text.constData() + text.size();
    while (in < end) {
        const QChar c = *in++;
        if (c == u'\r') {
            if (in < end && *in == u'\n') {
                ++in;
                sawCrLf = true;
            } else {
                sawCr = true;
            }
            *out++ = u'\n';
        } else {
            sawLf |= c == u'\n';
            *out++ = c;
        }
    }
    text.truncate(out - text.constData());
    const int kinds = int(sawCrLf) + int(sawCr) + int(sawLf);
    if (kinds > 1)
        return LineEnding::Mixed;
    return sawCrLf ? LineEnding::CrLf : LineEnding::Cr;
}

} // namespace Hashiya
