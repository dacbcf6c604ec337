// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcehighlighter.h"

#include "ui/source/builtinhighlighter.h"

namespace Hashiya {

#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
// In ksyntaxhighlighter.cpp, built only when CMake finds KF6SyntaxHighlighting: null where it has no
// definition for the language.
std::unique_ptr<SourceHighlighter> createKSyntaxHighlighter(QTextDocument *document, SourceLanguage language,
                                                            const QPalette &palette);
#endif

std::unique_ptr<SourceHighlighter> SourceHighlighter::create(QTextDocument *document, SourceLanguage language,
                                                             bool longDocument, const QPalette &palette)
{
#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
    // KSyntaxHighlighting colours a whole document at once, which a long one cannot wait for.
    if (!longDocument) {
        if (std::unique_ptr<SourceHighlighter> highlighter = createKSyntaxHighlighter(document, language, palette))
            return highlighter;
    }
#endif
    return std::make_unique<BuiltinHighlighter>(document, language, longDocument, palette);
}

QString SourceHighlighter::backendName()
{
#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting (KF6)");
#else
    return QStringLiteral("built-in");
#endif
}

} // namespace Hashiya
