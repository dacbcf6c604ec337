// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <QString>

#include <functional>
#include <vector>

class QIODevice;

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

    /// Appends the sidecar to `out`. `entities` (a std::vector<Entity> or an AnnotationSet's
    /// EntityList) must be in entityLess order and `relations` in relationLess order, as AnnotationSet
    /// keeps them.
    template<typename Entities>
    static void write(JsonWriter &out, const Article &article, const CodePointIndex &codePoints,
                      const SidecarInfo &info, const Entities &entities, const std::vector<Relation> &relations);
    /// Writes the sidecar to `device`; large ones are encoded on a second thread while written.
    /// Returns false if the device refused a write.
    template<typename Entities>
    static bool write(QIODevice &device, const Article &article, const CodePointIndex &codePoints,
                      const SidecarInfo &info, const Entities &entities, const std::vector<Relation> &relations);

    /// The version to write: the one read (so a file keeps its bytes), raised to 1.1 when the sidecar
    /// holds a title, the field 1.1 added; 2.0 while it holds merge conflicts, 1.3 once they are resolved.
    static QString versionFor(const SidecarInfo &info);

private:
    static constexpr size_t itemsPerPiece = 50000;
    /// Encoders for consecutive parts of the file, each independent of the others.
    using Piece = std::function<void(JsonWriter &)>;
    template<typename Entities>
    static std::vector<Piece> pieces(const Article &article, const CodePointIndex &codePoints, const SidecarInfo &info,
                                     const Entities &entities, const std::vector<Relation> &relations);
};

} // namespace Hashiya
