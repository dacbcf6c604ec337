// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hashiya {

class MainWindow;

/// Where the analyst is, kept across a restart of Hashiya: the corpus, the open article, the caret and the
/// first line shown. Positions are Unicode code points, like every offset Hashiya keeps outside memory.
/// The window being left saves it in the settings; the new one takes it (once) and goes back there. Every
/// close keeps it too, as the last place: a start without arguments goes back to it in the last corpus.
struct RestartState
{
    QString corpusFolder; ///< empty when only an article is open
    QString articlePath; ///< empty when no article is open
    qsizetype caret = 0;
    qsizetype top = 0; ///< the first position shown in the reader

    /// Where `window` is now.
    static RestartState of(MainWindow &window);
    /// The arguments that start Hashiya on the same corpus (or article).
    QStringList arguments() const;

    void save() const;
    /// The state a restart saved in the last few minutes, removed from the settings; nothing otherwise.
    static std::optional<RestartState> take();
    /// Kept when the window closes, however the analyst quits.
    void saveAsLastPlace() const;
    /// Where the window last closed, if anywhere.
    static std::optional<RestartState> lastPlace();
    /// Where a window started with `arguments` on `openCorpus` goes: the place a restart left for these
    /// arguments, or, started without arguments, the last place in that corpus; nothing otherwise.
    static std::optional<RestartState> placeToResume(const QStringList &arguments, const QString &openCorpus,
                                                     const std::optional<RestartState> &restarted);
    /// Opens the article in `window` (its corpus is open already) and goes to the saved place.
    void restore(MainWindow &window) const;

    friend bool operator==(const RestartState &a, const RestartState &b) = default;

private:
    void writeTo(const QString &group) const;
    static std::optional<RestartState> readFrom(const QString &group, QDateTime *savedAt);
};

} // namespace Hashiya
