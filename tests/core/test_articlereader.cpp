// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articlereader.h"
#include "io/memorybudget.h"
#include "io/utf8.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString path = u"/corpus/article.txt"_s;

QByteArray utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

// The bytes of `text` in UTF-16, little or big endian, after a BOM.
QByteArray utf16WithBom(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArrayLiteral("\xFF\xFE") : QByteArrayLiteral("\xFE\xFF");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

// What Python's open(path, encoding=...).read() does to line ends (universal newlines).
QString pythonNewlines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// True if `message` mentions `number` as a whole number (not as part of e.g. "windows-1254").
bool mentionsNumber(const QString &message, qsizetype number)
{
    return message.contains(QRegularExpression(u"(?<![0-9])"_s + QString::number(number) + u"(?![0-9])"_s));
}

ArticleReader::Result decode(const QByteArray &bytes, const QString &encoding = {})
{
    return ArticleReader::decode(bytes, path, encoding);
}

// Decodes bytes that must be refused; returns the problem.
Problem refusal(const QByteArray &bytes, const QString &encoding = {})
{
    const ArticleReader::Result result = decode(bytes, encoding);
    const std::string decoded = result.article ? result.article->text.toStdString() : std::string("(nothing)");
    INFO("decoded to: " << decoded);
    REQUIRE_FALSE(result.article);
    CHECK(result.problem.isError());
    CHECK_FALSE(result.problem.message.isEmpty());
    CHECK(result.problem.file == path);
    return result.problem;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// UTF-8 and line ends

TEST_CASE("ArticleReader decodes UTF-8 without a BOM unchanged", "[reader]")
{
    const QString text = u"Erdoğan met al-Thani in Doha.\nقطر وتركيا 😀\n"_s;
    const ArticleReader::Result result = decode(text.toUtf8());
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    const Article &article = *result.article;
    CHECK(article.text == text);
    CHECK(article.encoding == u"utf-8"_s);
    CHECK_FALSE(article.hasBom);
    CHECK(article.lineEnding == LineEnding::Lf);
    CHECK(article.path == path);
}

TEST_CASE("ArticleReader removes a UTF-8 BOM and remembers it", "[reader]")
{
    const QString text = u"\u0130stanbul\n"_s;
    const ArticleReader::Result result = decode(utf8Bom() + text.toUtf8());
    REQUIRE(result.article);
    CHECK(result.article->text == text);
    CHECK(result.article->hasBom);
    CHECK(result.article->encoding == u"utf-8"_s);
    CHECK(result.article->codePointCount == text.size());
}

TEST_CASE("ArticleReader removes only the first BOM, as Python's utf-8-sig does", "[reader]")
{
    // A second BOM is a ZERO WIDTH NO-BREAK SPACE in the text: Python keeps it, and offsets count it.
    const ArticleReader::Result result = decode(QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                                  "abc"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"\uFEFFabc"_s);
    CHECK(result.article->codePointCount == 4);
}

TEST_CASE("ArticleReader keeps a BOM-like character in the middle of the text", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("a\xEF\xBB\xBF"
                                                                  "b"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"a\uFEFFb"_s);
    CHECK_FALSE(result.article->hasBom);
}

TEST_CASE("ArticleReader turns CRLF into LF and reports CrLf", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("one\r\ntwo\r\nthree"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"one\ntwo\nthree"_s);
    CHECK(result.article->lineEnding == LineEnding::CrLf);
}

TEST_CASE("ArticleReader turns lone CR into LF and reports Cr", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("one\rtwo\r"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"one\ntwo\n"_s);
    CHECK(result.article->lineEnding == LineEnding::Cr);
}

TEST_CASE("ArticleReader normalises mixed line ends and reports Mixed", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("a\nb\r\nc\rd\r\r\ne"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"a\nb\nc\nd\n\ne"_s);
    CHECK(result.article->lineEnding == LineEnding::Mixed);
}

TEST_CASE("ArticleReader reports None for a text without line ends", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("one line only"));
    REQUIRE(result.article);
    CHECK(result.article->text == u"one line only"_s);
    CHECK(result.article->lineEnding == LineEnding::None);
}

TEST_CASE("ArticleReader keeps Unicode line separators, as Python's read() does", "[reader]")
{
    const QString text = u"a\u2028b\u0085c\u2029d"_s;
    const ArticleReader::Result result = decode(text.toUtf8());
    REQUIRE(result.article);
    CHECK(result.article->text == text);
    CHECK(result.article->lineEnding == LineEnding::None);
}

TEST_CASE("normalizeLineEnds matches Python's universal newlines for every short CR/LF mix", "[reader]")
{
    // Every string of up to six characters over {a, CR, LF}.
    const QChar alphabet[] = {u'a', u'\r', u'\n'};
    for (int length = 0; length <= 6; ++length) {
        int combinations = 1;
        for (int i = 0; i < length; ++i)
            combinations *= 3;
        for (int n = 0; n < combinations; ++n) {
            QString input;
            for (int i = 0, rest = n; i < length; ++i, rest /= 3)
                input.append(alphabet[rest % 3]);

            // Which kinds of line end the input has, counted independently.
            int crlf = 0, cr = 0, lf = 0;
            for (qsizetype i = 0; i < input.size(); ++i) {
                if (input[i] == u'\r' && i + 1 < input.size() && input[i + 1] == u'\n') {
                    ++crlf;
                    ++i;
                } else if (input[i] == u'\r') {
                    ++cr;
                } else if (input[i] == u'\n') {
                    ++lf;
                }
            }
            const int kinds = int(crlf > 0) + int(cr > 0) + int(lf > 0);
            const LineEnding expected = kinds > 1 ? LineEnding::Mixed
                : crlf                            ? LineEnding::CrLf
                : cr                              ? LineEnding::Cr
                : lf                              ? LineEnding::Lf
                                                  : LineEnding::None;

            QString text = input;
            const LineEnding ending = ArticleReader::normalizeLineEnds(text);
            QString shown = input;
            shown.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
            INFO("input: " << shown.toStdString());
            CHECK(text == pythonNewlines(input));
            CHECK(lineEndingName(ending) == lineEndingName(expected));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// UTF-16

TEST_CASE("ArticleReader decodes UTF-16LE and UTF-16BE with a BOM, astral characters included", "[reader]")
{
    const QString file = u"Do\u011Fu \U0001F1F9\U0001F1F7\r\n\u0642\u0637\u0631 \U0001F600\r\n"_s;
    const QString canonical = u"Do\u011Fu \U0001F1F9\U0001F1F7\n\u0642\u0637\u0631 \U0001F600\n"_s;
    const bool littleEndian = GENERATE(true, false);
    INFO((littleEndian ? "UTF-16LE" : "UTF-16BE"));

    const ArticleReader::Result result = decode(utf16WithBom(file, littleEndian));
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    const Article &article = *result.article;
    CHECK(article.text == canonical);
    CHECK(article.encoding == (littleEndian ? u"utf-16le"_s : u"utf-16be"_s));
    CHECK(article.hasBom);
    CHECK(article.lineEnding == LineEnding::CrLf);
    CHECK(article.codePointCount == qsizetype(canonical.toUcs4().size()));
    CHECK(article.sha256 == sha256Hex(canonical.toUtf8()));
}

TEST_CASE("ArticleReader refuses UTF-16 with an odd number of bytes", "[reader]")
{
    const Problem problem = refusal(QByteArrayLiteral("\xFF\xFE"
                                                      "a\x00"
                                                      "b"));
    CHECK(problem.message.contains(u"UTF-16"_s));
    CHECK(problem.message.contains(u"odd"_s));
}

TEST_CASE("ArticleReader refuses UTF-16 with an unpaired surrogate", "[reader]")
{
    SECTION("a high surrogate followed by a letter")
    {
        // BOM, 'a', U+D83D, 'b' (little endian): the surrogate is at byte offset 4.
        const Problem problem = refusal(QByteArray("\xFF\xFE"
                                                   "a\x00"
                                                   "\x3D\xD8"
                                                   "b\x00",
                                                   8));
        CHECK(problem.message.contains(u"surrogate"_s));
        CHECK(mentionsNumber(problem.message, 4));
    }
    SECTION("a low surrogate on its own at the end")
    {
        // BOM, 'a', 'b', U+DE00 (big endian): the surrogate is at byte offset 6.
        const Problem problem = refusal(QByteArray("\xFE\xFF"
                                                   "\x00"
                                                   "a"
                                                   "\x00"
                                                   "b"
                                                   "\xDE\x00",
                                                   8));
        CHECK(problem.message.contains(u"surrogate"_s));
        CHECK(mentionsNumber(problem.message, 6));
    }
    SECTION("a high surrogate at the very end")
    {
        const Problem problem = refusal(QByteArray("\xFF\xFE"
                                                   "a\x00"
                                                   "\x3D\xD8",
                                                   6));
        CHECK(problem.message.contains(u"surrogate"_s));
    }
}

TEST_CASE("ArticleReader refuses UTF-16 containing NUL as binary", "[reader]")
{
    const Problem problem = refusal(QByteArray("\xFF\xFE"
                                               "a\x00"
                                               "\x00\x00"
                                               "b\x00",
                                               8));
    CHECK(problem.message.contains(u"binary"_s));
}

TEST_CASE("ArticleReader refuses UTF-32 files", "[reader]")
{
    const QByteArray le("\xFF\xFE\x00\x00"
                        "a\x00\x00\x00",
                        8);
    const QByteArray be("\x00\x00\xFE\xFF"
                        "\x00\x00\x00"
                        "a",
                        8);
    // A loop, not GENERATE_COPY: with these values Catch2 2.13 trips ASan's stack-use-after-return check.
    for (const QByteArray &bytes : {le, be}) {
        const Problem problem = refusal(bytes);
        CHECK(problem.message.contains(u"UTF-32"_s));
    }
}

// ---------------------------------------------------------------------------------------------------
// Invalid UTF-8

TEST_CASE("ArticleReader refuses invalid UTF-8 with the byte offset and line", "[reader]")
{
    struct Case
    {
        const char *name;
        QByteArray bad; // appended after a valid prefix
    };
    const Case cases[] = {
        {"lone continuation byte",
         QByteArrayLiteral("\x80"
                           "tail")},
        {"truncated sequence at the end", QByteArrayLiteral("\xE2\x82")},
        {"truncated sequence before ASCII",
         QByteArrayLiteral("\xE2\x82"
                           "x")},
        {"overlong encoding of '/'", QByteArrayLiteral("\xC0\xAF")},
        {"encoded surrogate U+D800", QByteArrayLiteral("\xED\xA0\x80")},
        {"code point above U+10FFFF", QByteArrayLiteral("\xF4\x90\x80\x80")},
        {"byte 0xFF", QByteArrayLiteral("\xFF")},
    };
    // Valid text with multi-byte characters and two line ends before the bad bytes: line 3.
    const QByteArray prefix = QStringLiteral("Do\u011Fu \u0130stanbul\nqat\u0101r\r\nthird line: ").toUtf8();
    const qsizetype offset = prefix.size();
    for (const Case &c : cases) {
        INFO(c.name);
        const Problem problem = refusal(prefix + c.bad);
        CHECK(problem.line == 3);
        CHECK(problem.message.contains(u"UTF-8"_s));
        CHECK(mentionsNumber(problem.message, offset));
    }
}

TEST_CASE("ArticleReader counts the BOM in the offset of invalid UTF-8", "[reader]")
{
    // Byte offsets are positions in the file: BOM (3 bytes) + "ab" puts the bad byte at 5.
    const Problem problem = refusal(utf8Bom() + QByteArrayLiteral("ab\x80"));
    CHECK(problem.line == 1);
    CHECK(mentionsNumber(problem.message, 5));
}

TEST_CASE("ArticleReader finds invalid UTF-8 after a long ASCII run", "[reader]")
{
    // Past the first eight-byte blocks and not aligned to them.
    QByteArray bytes(1001, 'a');
    bytes[500] = '\n';
    bytes.append('\xC3'); // start of a two-byte sequence with no continuation
    bytes.append("bc");
    const Problem problem = refusal(bytes);
    CHECK(problem.line == 2);
    CHECK(mentionsNumber(problem.message, 1001));
}

TEST_CASE("Utf8::firstInvalidByte finds each kind of ill-formed sequence after long valid text", "[reader]")
{
    // Valid Arabic and Turkish, longer than any vector block, then one ill-formed sequence.
    const QByteArray valid = QStringLiteral("وزارة الدفاع İstanbul'da ılımlı \U0001F4F0 ").repeated(40).toUtf8();
    const QList<QByteArray> illFormed = {
        QByteArrayLiteral("\xC0\x80"), // overlong NUL
        QByteArrayLiteral("\xC1\xBF"), // overlong two-byte
        QByteArrayLiteral("\xE0\x80\x80"), // overlong three-byte
        QByteArrayLiteral("\xED\xA0\x80"), // a surrogate
        QByteArrayLiteral("\xF0\x80\x80\x80"), // overlong four-byte
        QByteArrayLiteral("\xF4\x90\x80\x80"), // above U+10FFFF
        QByteArrayLiteral("\xF5\x80\x80\x80"), // no such lead byte
        QByteArrayLiteral("\x80"), // a continuation with no lead
        QByteArrayLiteral("\xE2\x82"), // cut short at the end
        QByteArrayLiteral("\xE2\x82z"), // cut short by ASCII
    };
    CHECK(Utf8::firstInvalidByte(valid.constData(), valid.size()) == -1);
    for (const QByteArray &bad : illFormed) {
        const QByteArray bytes = valid + bad + (bad == "\xE2\x82" ? QByteArray() : valid);
        INFO("bytes " << bad.toHex().toStdString());
        CHECK(Utf8::firstInvalidByte(bytes.constData(), bytes.size()) == valid.size());
    }
}

TEST_CASE("ArticleReader's sha256 is that of the canonical text for every valid UTF-8 file", "[reader]")
{
    // Without line ends to change, the canonical text's UTF-8 is the file's bytes after the BOM; with
    // them, it is not. Either way the hash is of the canonical text.
    const QList<QByteArray> files = {
        QStringLiteral("Doğu \U0001F600 وزارة\n").toUtf8(),
        utf8Bom() + utf8Bom() + QByteArrayLiteral("a second BOM stays in the text"),
        QByteArrayLiteral("noncharacters \xEF\xBF\xBE \xEF\xBF\xBF \xEF\xB7\x90 \xF4\x8F\xBF\xBF end"),
        QByteArrayLiteral("line\r\nends\rmixed\n"),
        utf8Bom() + QByteArrayLiteral("crlf\r\n"),
    };
    for (const QByteArray &file : files) {
        const ArticleReader::Result result = decode(file);
        INFO(file.toHex().toStdString());
        REQUIRE(result.article);
        CHECK(result.article->sha256 == sha256Hex(result.article->text.toUtf8()));
    }
}

TEST_CASE("ArticleReader accepts the largest valid UTF-8 sequences", "[reader]")
{
    // U+07FF, U+FFFD, U+D7FF (just below the surrogates), U+E000 (just above), U+10FFFF.
    const QByteArray bytes = QByteArrayLiteral("\xDF\xBF"
                                               "\xEF\xBF\xBD"
                                               "\xED\x9F\xBF"
                                               "\xEE\x80\x80"
                                               "\xF4\x8F\xBF\xBF");
    const ArticleReader::Result result = decode(bytes);
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    CHECK(result.article->codePointCount == 5);
    CHECK(result.article->text == QString::fromUcs4(U"\u07FF\uFFFD\uD7FF\uE000\U0010FFFF"));
}

TEST_CASE("ArticleReader refuses a file with a NUL byte as binary", "[reader]")
{
    const QByteArray bytes("abc\ndef\x00"
                           "ghi",
                           11);
    const Problem problem = refusal(bytes);
    CHECK(problem.message.contains(u"binary"_s));
    CHECK(mentionsNumber(problem.message, 7));
    CHECK(problem.line == 2);
}

TEST_CASE("ArticleReader refuses an empty file and a BOM-only file as empty", "[reader]")
{
    const QByteArray empty;
    const QByteArray utf8BomOnly = utf8Bom();
    const QByteArray utf16BomOnly = QByteArrayLiteral("\xFF\xFE");
    const QByteArray bytes = GENERATE_COPY(empty, utf8BomOnly, utf16BomOnly);
    const Problem problem = refusal(bytes);
    CHECK(problem.message.contains(u"empty"_s));
}

// ---------------------------------------------------------------------------------------------------
// Legacy encodings

TEST_CASE("ArticleReader decodes windows-1254 when asked", "[reader]")
{
    if (!ArticleReader::legacyEncodings().contains(u"windows-1254"_s)) {
        WARN("skipped: this Qt cannot decode windows-1254"); // Catch2 v2 has no SKIP
        return;
    }
    const ArticleReader::Result result = decode(QByteArrayLiteral("\xDD\xFD\xF0\r\n\xDE"), u"windows-1254"_s);
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    CHECK(result.article->text == u"\u0130\u0131\u011F\n\u015E"_s); // İığ, Ş
    CHECK(result.article->encoding == u"windows-1254"_s);
    CHECK_FALSE(result.article->hasBom);
    CHECK(result.article->lineEnding == LineEnding::CrLf);
    CHECK(result.article->sha256 == sha256Hex(result.article->text.toUtf8()));
}

TEST_CASE("ArticleReader decodes windows-1256 when asked", "[reader]")
{
    if (!ArticleReader::legacyEncodings().contains(u"windows-1256"_s)) {
        WARN("skipped: this Qt cannot decode windows-1256"); // Catch2 v2 has no SKIP
        return;
    }
    const ArticleReader::Result result = decode(QByteArrayLiteral("\xE3\xD1\xCD\xC8\xC7\n"), u"windows-1256"_s);
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    CHECK(result.article->text == u"\u0645\u0631\u062D\u0628\u0627\n"_s); // مرحبا
    CHECK(result.article->encoding == u"windows-1256"_s);
    CHECK(result.article->lineEnding == LineEnding::Lf);
}

TEST_CASE("ArticleReader without an explicit encoding reads windows-1254 bytes as invalid UTF-8", "[reader]")
{
    const Problem problem = refusal(QByteArrayLiteral("ok \xDD\xFD\xF0"));
    CHECK(mentionsNumber(problem.message, 3));
}

TEST_CASE("ArticleReader refuses an unknown encoding name", "[reader]")
{
    const Problem problem = refusal(QByteArrayLiteral("plain"), u"klingon-8"_s);
    CHECK(problem.message.contains(u"klingon-8"_s));
}

TEST_CASE("ArticleReader accepts an explicit utf-8 encoding", "[reader]")
{
    const ArticleReader::Result result = decode(QByteArrayLiteral("caf\xC3\xA9"), u"utf-8"_s);
    REQUIRE(result.article);
    CHECK(result.article->text == u"caf\u00E9"_s);
    CHECK(result.article->encoding == u"utf-8"_s);
}

// ---------------------------------------------------------------------------------------------------
// Facts about the canonical text

TEST_CASE("ArticleReader's sha256 is the hex SHA-256 of the canonical text in UTF-8", "[reader]")
{
    const QByteArray file = utf8Bom() + QStringLiteral("Do\u011Fu\r\n\U0001F600 end\r\n").toUtf8();
    const ArticleReader::Result result = decode(file);
    REQUIRE(result.article);
    const QByteArray expected = sha256Hex(QStringLiteral("Do\u011Fu\n\U0001F600 end\n").toUtf8());
    CHECK(result.article->sha256 == expected);
    CHECK(result.article->sha256 == Article::sha256Of(result.article->text));
    CHECK(result.article->sha256 != sha256Hex(file)); // not of the file's bytes
    CHECK(result.article->sha256.size() == 64);
    CHECK(result.article->sha256 == result.article->sha256.toLower());
}

TEST_CASE("ArticleReader's codePointCount counts code points, not UTF-16 units", "[reader]")
{
    const QString text = u"a\U0001F600b\U0001F1F9\U0001F1F7e\u0301"_s;
    const ArticleReader::Result result = decode(text.toUtf8());
    REQUIRE(result.article);
    CHECK(result.article->codePointCount == qsizetype(text.toUcs4().size()));
    CHECK(result.article->codePointCount == 7);
    CHECK(result.article->text.size() == 10);
}

TEST_CASE("A long article decoded in parts reads as one decoder would read it", "[reader]")
{
    // Long enough to be decoded in two halves, split at the middle byte or, inside a character, just
    // after it. Each case puts something awkward where the halves meet: starting at the middle, or
    // with the middle inside it.
    const QByteArray line = QStringLiteral("abcdefgh Doğu \U0001F600 وزارة الدفاع delegation\n").toUtf8();
    const QList<QByteArray> awkward = {
        utf8Bom(), // a U+FEFF starting the second half stays text
        QStringLiteral("\U0001F1F9\U0001F1F7").toUtf8(), // four-byte sequences
        QStringLiteral("ğ").toUtf8(),
        QByteArrayLiteral("\r\n"), // line ends to normalise: hashed after decoding
    };
    QByteArray half;
    while (half.size() < 3 * 1024 * 1024)
        half += line;
    for (const QByteArray &middle : awkward) {
        for (const qsizetype into : {0, 1}) {
            // `half` starts with eight ASCII letters, so cutting some off keeps it valid.
            const QByteArray file = half + middle + half.sliced(middle.size() - 2 * into);
            REQUIRE(file.size() / 2 == half.size() + into);
            INFO(middle.toHex().toStdString() << " at " << into);
            const ArticleReader::Result result = decode(file);
            REQUIRE(result.article);
            QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
            QString expected = decoder.decode(file);
            ArticleReader::normalizeLineEnds(expected);
            CHECK(result.article->text.size() == expected.size());
            CHECK(result.article->text == expected);
            CHECK(result.article->sha256 == sha256Hex(expected.toUtf8()));
            CHECK(result.article->codePointCount == qsizetype(expected.toUcs4().size()));
            CHECK(result.codePoints.utf16Length() == expected.size());
            CHECK(result.codePoints.codePointCount() == result.article->codePointCount);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Files on disk

TEST_CASE("ArticleReader::read reads a file and records its absolute path", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"haber.txt"_s);
    Test::writeBytes(file, utf8Bom() + QByteArrayLiteral("Ankara\r\n"));

    const ArticleReader::Result result = ArticleReader::read(file);
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    CHECK(result.article->text == u"Ankara\n"_s);
    CHECK(result.article->hasBom);
    CHECK(result.article->lineEnding == LineEnding::CrLf);
    CHECK(result.article->path == QFileInfo(file).absoluteFilePath());
    CHECK(result.article->fileName() == u"haber.txt"_s);
}

TEST_CASE("ArticleReader::read refuses a file larger than maxFileSize with a size in MB", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"huge.txt"_s);
    const qint64 size = GENERATE(qint64(200'000'000), ArticleReader::maxFileSize + 1);
    {
        QFile huge(file);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(size)); // sparse: costs no disk space
    }
    REQUIRE(QFileInfo(file).size() == size);

    const ArticleReader::Result result = ArticleReader::read(file);
    INFO(result.problem.toString().toStdString());
    CHECK_FALSE(result.article);
    CHECK(result.problem.isError());
    CHECK(result.problem.message.contains(u"MB"_s));
    CHECK(result.problem.message.contains(QString::number(size / 1e6, 'f', 1)));
    CHECK(result.problem.file == file);
}

TEST_CASE("ArticleReader::read names a missing file in its problem", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"missing-article.txt"_s);

    const ArticleReader::Result result = ArticleReader::read(file);
    CHECK_FALSE(result.article);
    CHECK(result.problem.isError());
    CHECK_FALSE(result.problem.message.isEmpty());
    CHECK(result.problem.file == file);
    CHECK(result.problem.toString().contains(u"missing-article.txt"_s));
}

TEST_CASE("ArticleReader::read reports invalid UTF-8 in a file against that file", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"broken.txt"_s);
    Test::writeBytes(file, QByteArrayLiteral("line one\nline two \xC0\xAF\n"));

    const ArticleReader::Result result = ArticleReader::read(file);
    REQUIRE_FALSE(result.article);
    CHECK(result.problem.line == 2);
    CHECK(mentionsNumber(result.problem.message, 18));
    CHECK(result.problem.toString().contains(u"broken.txt:2"_s));
}

TEST_CASE("MemoryBudget refuses a document that would not fit in the free memory, with the sizes", "[limits]")
{
    CHECK_FALSE(MemoryBudget::refusal(1'000'000, 5'000'000, 8'000'000'000).has_value());
    CHECK_FALSE(MemoryBudget::refusal(1'000'000'000, 0, -1).has_value()); // unknown: no guess
    const std::optional<QString> refusal = MemoryBudget::refusal(100'000'000, 900'000'000, 4'000'000'000);
    REQUIRE(refusal.has_value());
    CHECK(refusal->contains(QStringLiteral("9.8 GB")));
    CHECK(refusal->contains(QStringLiteral("4.0 GB")));
    CHECK(MemoryBudget::available() > 0); // Linux reports it
    CHECK(MemoryBudget::needed(100'000'000, 900'000'000) == 9'800'000'000);
    // A walk asks for every article: a recent reading serves a small need, a large one reads again.
    const qint64 now = MemoryBudget::availableFor(MemoryBudget::needed(1'000, 10'000));
    CHECK(now > 0);
    CHECK(MemoryBudget::availableFor(MemoryBudget::needed(2'000, 20'000)) == now);
    CHECK(MemoryBudget::availableFor(now) > 0);
}
