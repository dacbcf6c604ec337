// SPDX-License-Identifier: GPL-3.0-or-later
#include "span.h"

#include <algorithm>

namespace Hashiya {

SpanList mergedSpans(SpanList spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    SpanList merged;
    for (const Span &span : spans) {
        if (!merged.isEmpty() && span.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, span.end);
        else
            merged.append(span);
    }
    return merged;
}

} // namespace Hashiya
