// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPalette;
class QTextDocument;

namespace Hashiya {

/// Colours the text of a source view. Three backends: KDE's KSyntaxHighlighting in this process where
/// Hashiya was built with its Qt 6 library (KF6); otherwise Debian's `kate-syntax-highlighter` run as
/// its own process (KSyntaxHighlighting 5, see text/katesyntaxtool.h) when it is installed; and the
/// built-in highlighter, which serves machines with neither and what KSyntaxHighlighting has no
/// definition for (brat standoff, CoNLL).
class SourceHighlighter
{
    Q_DECLARE_TR_FUNCTIONS(SourceHighlighter)

public:
    virtual ~SourceHighlighter() = default;

    /// Takes the colours of the palette's theme (light or dark) and colours the document again.
    virtual void setPalette(const QPalette &palette) = 0;
    /// Makes sure the blocks `first` to `last` (block numbers) are coloured. A highlighter that colours
    /// the whole document at once ignores it; one that colours only what is shown needs it on every
    /// scroll, resize and change.
    virtual void highlightBlocks(int first, int last) = 0;
    /// Whether highlightBlocks() does anything: the view tells only such a highlighter what it shows.
    virtual bool followsShownBlocks() const { return false; }
    /// The whole text the document will hold once loaded, after a change (a long document is added to
    /// the view piece by piece; a highlighter that colours out of process needs all of it at once).
    virtual void setText(const QString &) { }
    /// The theme's colours for the view's background and plain text; invalid where the palette's are used.
    virtual QColor background() const { return {}; }
    virtual QColor foreground() const { return {}; }

    /// A highlighter for `language` on `document`, whose whole text is `text`. A long document is
    /// coloured only where it is shown. `failed` is called (later, never from inside this call) when
    /// the highlighter could not colour, with why; the view then takes the built-in one.
    static std::unique_ptr<SourceHighlighter> create(QTextDocument *document, SourceLanguage language,
                                                     const QString &text, bool longDocument,
                                                     const QPalette &palette,
                                                     std::function<void(const QString &)> failed);
    /// A built-in highlighter, for when the others fail.
    static std::unique_ptr<SourceHighlighter> createBuiltin(QTextDocument *document, SourceLanguage language,
                                                            bool longDocument, const QPalette &palette);
    /// The themes the backend offers (empty for the built-in one, which follows the palette).
    static QStringList themes();
    /// The theme to colour with: the one chosen in Settings → Source colours, or Breeze Light or Breeze
    /// Dark after the palette.
    static QString themeFor(const QPalette &palette);
    /// Which backend colours the source views, and its version, for the about box and --version.
    static QString backendDescription();
};

} // namespace Hashiya
