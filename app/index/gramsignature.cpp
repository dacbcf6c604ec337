// SPDX-License-Identifier: GPL-3.0-or-later
#include "gramsignature.h"

#include "text/loosefold.h"

#include <algorithm>

namespace Hashiya {
namespace {

constexpr qsizetype minimumBits = 256;

/// Folds `text` loosely into words, calling `piece(hash)` for every two and three folded units in a row
/// inside a word (punctuation is kept, as patterns may hold it), and for the white space between two
/// words: the last unit of one with the first of the next, their last two with the next one's first two
/// where both have two, and their last three with its first three where both have three. A matcher
/// takes any run of white space between a pattern's words for any other, so a run counts as one; the
/// bridges are what make a name of common words ("Ahmet Yılmaz") selective where each of its words'
/// pieces are in most articles, and the longest tell "Haluk Görgün" from an article that names a Haluk
/// and a Görgün apart.
template<typename Piece>
void forEachPiece(QStringView text, Piece piece)
{
    // Units are kept three to a word of 64 bits, the latest in the low 16 bits.
    constexpr quint64 two = 0xFFFF'FFFFull, three = 0xFFFF'FFFF'FFFFull;
    quint64 recent = 0; // the last three units of the current word
    int run = 0; // folded units since the last white space
    quint64 endOfWord = 0; // the last three units of the word before the white space
    int endLength = 0; // how many of those there are (0: no word before)
    bool afterSpace = false; // the bridges of the last gap are still being made
    LooseFold::forEach(text, [&](char16_t unit, LooseFold::Kind kind) {
        if (kind == LooseFold::Kind::Space) {
            if (run > 0) {
                endOfWord = recent;
                endLength = std::min(run, 3);
            }
            afterSpace = afterSpace || run > 0 || endLength > 0;
            run = 0;
            recent = 0;
            return;
        }
        recent = (recent << 16 | unit) & three;
        if (afterSpace) { // `recent` holds the first units of this word
            if (run == 0 && endLength > 0) {
                piece(((endOfWord & 0xFFFF) << 16 | unit) * 0xD6E8FEB86659FD93ull + 0x2545F4914F6CDD1Dull);
            } else if (run == 1 && endLength >= 2) {
                piece(((endOfWord & two) << 32 | recent) * 0xFF51AFD7ED558CCDull + 0xC4CEB9FE1A85EC53ull);
            } else if (run == 2) {
                if (endLength == 3) { // six units are 96 bits: the two halves are mixed in turn
                    quint64 hash = endOfWord * 0x9FB21C651E98DF25ull;
                    hash = ((hash ^ (hash >> 29)) + recent) * 0xBF58476D1CE4E5B9ull;
                    piece(hash ^ (hash >> 31));
                }
                afterSpace = false; // the bridges of this gap are made
            }
        }
        if (run >= 1)
            piece((recent & two) * 0x9E3779B97F4A7C15ull);
        if (run >= 2)
            piece(recent * 0xC2B2AE3D27D4EB4Full + 0x165667B19E3779F9ull);
        ++run;
    });
}

/// Bits for a text of `units` UTF-16 units, in whole 64-bit words. News holds 0.3 to 0.5 distinct pieces
/// per unit, so 1.5 bits per unit sets a quarter of the bits at most: a pattern of five pieces then
/// lets through one article in a thousand that does not hold it.
qsizetype bitsFor(qsizetype units)
{
    return std::clamp<qsizetype>((units * 3 / 2 + 63) / 64 * 64, minimumBits, 65536);
}

/// The bit of a piece in a signature of `bits` bits: the hash's well-mixed high half scaled to the range,
/// a multiplication where a division by `bits` (two per letter of every article) cost a third of the time.
quint64 bitOf(quint64 hash, quint64 bits)
{
    return ((hash >> 32) * bits) >> 32;
}

} // namespace

QByteArray GramSignature::ofText(QStringView text)
{
    const qsizetype bits = bitsFor(text.size());
    QByteArray signature(bits / 8, '\0');
    auto *bytes = reinterpret_cast<unsigned char *>(signature.data());
    forEachPiece(text, [&](quint64 hash) {
        const quint64 bit = bitOf(hash, quint64(bits));
        bytes[bit / 8] |= (1u << (bit % 8));
    });
    return signature;
}

std::vector<quint64> GramSignature::ofPattern(QStringView pattern)
{
    // Every word's pieces; a one-letter word has none, and adds nothing.
    std::vector<quint64> pieces;
    forEachPiece(pattern, [&](quint64 hash) { pieces.push_back(hash); });
    std::sort(pieces.begin(), pieces.end());
    pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());
    return pieces;
}

QByteArray GramSignature::holdingAnything()
{
    static const QByteArray all(minimumBits / 8, '\xFF');
    return all;
}

QByteArray GramSignature::holdingNothing()
{
    static const QByteArray none(minimumBits / 8, '\0');
    return none;
}

bool GramSignature::mayContain(QByteArrayView signature, const std::vector<quint64> &pieces)
{
    const quint64 bits = quint64(signature.size()) * 8;
    if (bits < minimumBits || bits % 64 != 0)
        return true;
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.data());
    for (const quint64 hash : pieces) {
        const quint64 bit = bitOf(hash, bits);
        if (!(bytes[bit / 8] & (1u << (bit % 8))))
            return false;
    }
    return true;
}

} // namespace Hashiya
