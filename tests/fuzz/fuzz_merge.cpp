// SPDX-License-Identifier: GPL-3.0-or-later
// The merge driver's core (input: base, NUL, ours, NUL, theirs). Whatever three sides it reads, the merge
// must give a file it reads again, and a side merged with itself must settle at once.
#include "merge/sidecarmerge.h"

#include <QByteArray>

#include "fuzzinput.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [base, rest] = Fuzz::splitAtNul(data, size);
    const qsizetype nul = rest.indexOf('\0');
    const QByteArray ours = nul < 0 ? rest : rest.left(nul);
    const QByteArray theirs = nul < 0 ? rest : rest.mid(nul + 1);
    QString error;
    const std::optional<SidecarTree> b = SidecarTree::parse(base, QStringLiteral("base"), &error);
    const std::optional<SidecarTree> o = SidecarTree::parse(ours, QStringLiteral("ours"), &error);
    const std::optional<SidecarTree> t = SidecarTree::parse(theirs, QStringLiteral("theirs"), &error);
    if (o) {
        // A side merged with itself gives no conflict, and what it gives merges with itself unchanged.
        const SidecarMerge::Result same = SidecarMerge::merge(*o, *o, *o, {});
        Fuzz::require(same.conflicts.empty());
        const QByteArray once = same.merged.toJson();
        const std::optional<SidecarTree> reread = SidecarTree::parse(once, QStringLiteral("once"), &error);
        Fuzz::require(reread.has_value());
        Fuzz::require(SidecarMerge::merge(*reread, *reread, *reread, {}).merged.toJson() == once);
    }
    if (!b || !o || !t || o->format != t->format)
        return 0;
    const SidecarMerge::Result result = SidecarMerge::merge(*b, *o, *t, {});
    const QByteArray merged = result.merged.toJson();
    Fuzz::require(SidecarTree::parse(merged, QStringLiteral("merged"), &error).has_value());
    return 0;
}
