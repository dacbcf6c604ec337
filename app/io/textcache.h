// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hashiya {

struct Article;

/// Copies of article texts as their sidecars were saved against, found by their SHA-256 in the user's
/// cache folder. When an article is edited later, its earlier text is still here to compare with, so
/// every annotation can follow its words exactly. The folder is bounded: past the limits, the texts
/// least recently kept go first.
class TextCache final
{
public:
    /// How much the folder may hold; passing either limit removes the oldest texts.
    ///
    /// An earlier text is needed only until the sidecars saved against it are saved against the edited
    /// article, and without it re-anchoring still finds annotations by their stored quotes. 5,000 texts
    /// cover months of an analyst's work (news articles are 5–20 KB: 25–100 MB); 256 MB keeps a few very
    /// long articles from filling the disk.
    struct Limits
    {
        qsizetype texts = 5000;
        qint64 bytes = qint64(256) * 1024 * 1024;
    };

    /// Keeps the article's canonical text, or marks the copy already kept as just used. Failing is
    /// harmless: re-anchoring then searches by the stored quotes alone.
    static void keep(const Article &article);
    static std::optional<QString> find(const QByteArray &sha256);
    static QString folder();

    /// Removes the least recently kept texts until the folder is within `limits`. keep() does the same on
    /// QThreadPool::globalInstance() at its first new text in a process and after each tenth of the limits
    /// written since, so the folder is walked rarely and passes a limit by a tenth at most.
    static void prune(const Limits &limits);
    /// The limits keep() prunes to (tests make them small); the next new text prunes.
    static void setLimits(const Limits &limits);
    static Limits limits();
};

} // namespace Hashiya
