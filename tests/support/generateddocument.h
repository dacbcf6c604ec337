// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Large documents made up for timing and for model checks: many lines, four mentions on each.

#include "model/articledocument.h"

#include <memory>

namespace Hashiya::Test {

/// A type the bundled and sample schemas lack; every 97th generated entity has it.
inline const QString unknownGeneratedType = QStringLiteral("WEAPON_SYSTEM");

/// A document with `entityCount` entities, four per line (PERSON, ORG, GPE, DATE), every 97th of type
/// unknownGeneratedType and every 10th with confidence "high".
std::unique_ptr<ArticleDocument> generatedDocument(int entityCount);

} // namespace Hashiya::Test
