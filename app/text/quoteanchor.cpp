// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteanchor.h"

#include <QChar>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <vector>

namespace Hashiya {

namespace {

/// Equal, or both whitespace: a re-wrapped text keeps its context.
bool sameCharacter(char32_t a, char32_t b)
{
    return a == b || (QChar::isSpace(a) && QChar::isSpace(b));
}

/// How many characters of the remembered context surround the occurrence at [start, end).
qsizetype contextScore(std::u32string_view text, qsizetype start, qsizetype end, const Quote &quote)
{
    qsizetype score = 0;
    for (qsizetype k = 1; k <= qsizetype(quote.prefix.size()) && start - k >= 0; ++k) {
        if (!sameCharacter(text[size_t(start - k)], quote.prefix[quote.prefix.size() - size_t(k)]))
            break;
        ++score;
    }
    for (qsizetype k = 0; k < qsizetype(quote.suffix.size()) && end + k < qsizetype(text.size()); ++k) {
        if (!sameCharacter(text[size_t(end + k)], quote.suffix[size_t(k)]))
            break;
        ++score;
    }
    return score;
}

/// Enough of the remembered context around it to believe it is the passage, not the same words elsewhere.
bool plausible(qsizetype context, const Quote &quote)
{
    const qsizetype remembered = qsizetype(quote.prefix.size() + quote.suffix.size());
    return remembered == 0 || 4 * context >= remembered;
}

std::optional<QuoteAnchor::Placement> exactOccurrence(std::u32string_view text, const Quote &quote, qsizetype hint,
                                                      qsizetype from, qsizetype to, qsizetype *contextFound)
{
    const qsizetype length = qsizetype(quote.exact.size());
    std::optional<QuoteAnchor::Placement> best;
    qsizetype bestScore = -1, bestDistance = 0;
    for (size_t at = text.find(quote.exact, size_t(from));
         at != std::u32string_view::npos && qsizetype(at) + length <= to; at = text.find(quote.exact, at + 1)) {
        const qsizetype start = qsizetype(at);
        const qsizetype score = contextScore(text, start, start + length, quote);
        const qsizetype distance = std::abs(start - hint);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = QuoteAnchor::Placement {start, start + length, 0};
            bestScore = score;
            bestDistance = distance;
        }
    }
    *contextFound = bestScore;
    return best;
}

/// The approximate occurrence with the fewest edits in [from, to) (Sellers' algorithm: edit distance
/// where the match may start anywhere), ties going to the one nearest `hint`.
std::optional<QuoteAnchor::Placement> approximateOccurrence(std::u32string_view text, const Quote &quote,
                                                            qsizetype hint, qsizetype from, qsizetype to)
{
    const size_t m = quote.exact.size();
    const int allowed = std::max(1, int(m / 5));
    // column[i]: edits to match the first i characters of the quote ending here; start[i]: where it began.
    std::vector<int> column(m + 1), previous(m + 1);
    std::vector<qsizetype> start(m + 1), previousStart(m + 1);
    for (size_t i = 0; i <= m; ++i) {
        previous[i] = int(i);
        previousStart[i] = from;
    }
    std::optional<QuoteAnchor::Placement> best;
    for (qsizetype j = from; j < to; ++j) {
        column[0] = 0;
        start[0] = j + 1;
        for (size_t i = 1; i <= m; ++i) {
            const int substitute = previous[i - 1] + (quote.exact[i - 1] == text[size_t(j)] ? 0 : 1);
            const int skipText = previous[i] + 1;
            const int skipQuote = column[i - 1] + 1;
            if (substitute <= skipText && substitute <= skipQuote) {
                column[i] = substitute;
                start[i] = previousStart[i - 1];
            } else if (skipText <= skipQuote) {
                column[i] = skipText;
                start[i] = previousStart[i];
            } else {
                column[i] = skipQuote;
                start[i] = start[i - 1];
            }
        }
        if (column[m] <= allowed) {
            const QuoteAnchor::Placement candidate {start[m], j + 1, column[m]};
            if (!best || candidate.errors < best->errors
                || (candidate.errors == best->errors
                    && std::abs(candidate.start - hint) < std::abs(best->start - hint)))
                best = candidate;
        }
        std::swap(column, previous);
        std::swap(start, previousStart);
    }
    return best;
}

} // namespace

std::optional<QuoteAnchor::Placement> QuoteAnchor::find(std::u32string_view text, const Quote &quote, qsizetype hint)
{
    if (quote.exact.empty())
        return std::nullopt;
    qsizetype context = 0;
    const std::optional<Placement> exact = exactOccurrence(text, quote, hint, 0, qsizetype(text.size()), &context);
    // Without a comparison of the texts, the context or the place is what tells the passage from the same
    // words elsewhere (a name that also occurs in a paragraph that was kept, while its own was deleted).
    const auto near = [&](const Placement &placement) {
        return std::abs(placement.start - hint) <= std::max<qsizetype>(32, qsizetype(quote.exact.size()));
    };
    if (exact && (plausible(context, quote) || near(*exact)))
        return exact;
    const qsizetype n = qsizetype(text.size());
    const qsizetype from = std::clamp<qsizetype>(hint - approximateWindow, 0, n);
    const qsizetype to = std::clamp<qsizetype>(hint + qsizetype(quote.exact.size()) + approximateWindow, 0, n);
    const std::optional<Placement> approximate = approximateOccurrence(text, quote, hint, from, to);
    if (approximate
        && (plausible(contextScore(text, approximate->start, approximate->end, quote), quote) || near(*approximate)))
        return approximate;
    return std::nullopt;
}

std::optional<QuoteAnchor::Placement> QuoteAnchor::findWithin(std::u32string_view text, const Quote &quote,
                                                              qsizetype hint, qsizetype from, qsizetype to)
{
    from = std::clamp<qsizetype>(from, 0, qsizetype(text.size()));
    to = std::clamp<qsizetype>(to, from, qsizetype(text.size()));
    if (quote.exact.empty() || to - from < qsizetype(quote.exact.size()) / 2)
        return std::nullopt;
    qsizetype context = 0;
    if (std::optional<Placement> exact = exactOccurrence(text, quote, hint, from, to, &context))
        return exact;
    return approximateOccurrence(text, quote, hint, from, to);
}

} // namespace Hashiya
