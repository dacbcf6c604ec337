// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/reader/arclayout.h"

#include <vector>

namespace Hashiya {

class ArticleDocument;
class RelationIndex;
struct Schema;

/// The relations to draw over a paragraph: every relation from or to an entity whose chip is there,
/// once, with its type's label, whether it breaks the schema, and what a stub shows of each end.
std::vector<ArcLayout::Link> arcLinks(const ArticleDocument &document, const RelationIndex &relations,
                                      const Schema *schema, const std::vector<ArcLayout::Chip> &chips);

} // namespace Hashiya
