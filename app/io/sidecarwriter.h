// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <vector>

namespace Hashiya {

class CodePointIndex;
class JsonWriter;
struct Article;
struct SidecarInfo;

/// Writes sidecar format v1 (docs/sidecar-format.md). Deterministic: the same annotations give the same
/// bytes. One entity or relation per line, so a version-control diff shows one line per change; each
/// span carries its text and up to 32 code points of context, for checking and re-anchoring.
class SidecarWriter final
{
public:
    static constexpr qsizetype contextLength = 32;

    /// `entities` must be in entityLess order and `relations` in relationLess order, as AnnotationSet keeps them.
    static void write(JsonWriter &out, const Article &article, const CodePointIndex &codePoints,
                      const SidecarInfo &info, const std::vector<Entity> &entities,
                      const std::vector<Relation> &relations);
};

} // namespace Hashiya
