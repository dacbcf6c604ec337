// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hashiya {

struct Article;

/// Copies of article texts as their sidecars were saved against, found by their SHA-256 in the user's
/// cache folder. When an article is edited later, its earlier text is still here to compare with, so
/// every annotation can follow its words exactly.
class TextCache final
{
public:
    /// Keeps the article's canonical text, if not kept already. Failing is harmless: re-anchoring then
    /// searches by the stored quotes alone.
    static void keep(const Article &article);
    static std::optional<QString> find(const QByteArray &sha256);
    static QString folder();
};

} // namespace Hashiya
