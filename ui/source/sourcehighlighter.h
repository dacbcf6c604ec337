// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QString>

#include <memory>

class QPalette;
class QTextDocument;

namespace Hashiya {

/// Colours the text of a source view. Two backends, chosen when Hashiya is configured: KDE's
/// KSyntaxHighlighting (KF6) where it is installed, and the built-in highlighter otherwise, which also
/// serves what KSyntaxHighlighting has no definition for (brat standoff, CoNLL) and documents too long to
/// highlight in one go.
class SourceHighlighter
{
public:
    virtual ~SourceHighlighter() = default;

    /// Takes the colours of the palette's theme (light or dark) and colours the document again.
    virtual void setPalette(const QPalette &palette) = 0;
    /// Makes sure the blocks `first` to `last` (block numbers) are coloured. A highlighter that colours
    /// the whole document at once ignores it; one that colours only what is shown needs it on every
    /// scroll, resize and change.
    virtual void highlightBlocks(int first, int last) = 0;

    /// A highlighter for `language` on `document`. A long document is coloured only where it is shown.
    static std::unique_ptr<SourceHighlighter> create(QTextDocument *document, SourceLanguage language,
                                                     bool longDocument, const QPalette &palette);
    /// Which backend this build uses, for the about box and the configure summary.
    static QString backendName();
};

} // namespace Hashiya
