// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <vector>

namespace Hashiya {

/// Which two- and three-letter pieces a text holds, as a bit set: the corpus index keeps one per article so
/// that a search reads only the articles that may hold its pattern. The text is folded with LooseFold,
/// more loosely than any MatchOptions fold it, so a pattern that matches under any options has all its
/// pieces in the signature: an article is never missed, and one that does not hold the pattern is
/// read only in the rare case that all its pieces' bits are set by others.
class GramSignature final
{
public:
    /// The signature of an article's text; its size grows with the text, up to 8 KB.
    static QByteArray ofText(QStringView text);
    /// The pieces of a search pattern, as hashes; empty if it is too short to narrow anything down.
    static std::vector<quint64> ofPattern(QStringView pattern);
    /// Stand-ins for stored signatures when one search alone will look at them (the command line): one
    /// that may hold every pattern, and one that holds none that has pieces. Shared, so they cost nothing.
    static QByteArray holdingAnything();
    static QByteArray holdingNothing();
    /// Whether `signature` may hold every piece. An empty or malformed signature may hold anything.
    static bool mayContain(QByteArrayView signature, const std::vector<quint64> &pieces);
};

} // namespace Hashiya
