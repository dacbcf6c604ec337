// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcehighlighter.h"

#include "text/katesyntaxtool.h"
#include "ui/source/builtinhighlighter.h"
#include "ui/source/katetoolhighlighter.h"
#include "ui/source/sourcecolours.h"
#include "ui/source/sourcetheme.h"

using namespace Qt::StringLiterals;

namespace Hashiya {

#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
// In ksyntaxhighlighter.cpp, built only when CMake finds KF6SyntaxHighlighting: null where it has no
// definition for the language.
std::unique_ptr<SourceHighlighter> createKSyntaxHighlighter(QTextDocument *document, SourceLanguage language,
                                                            const QPalette &palette);
QStringList ksyntaxThemeNames();
QString ksyntaxVersion();
#endif

std::unique_ptr<SourceHighlighter> SourceHighlighter::create(QTextDocument *document, SourceLanguage language,
                                                             const QString &text, bool longDocument,
                                                             const QPalette &palette,
                                                             std::function<void(const QString &)> failed)
{
#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
    // In this process KSyntaxHighlighting colours a whole document at once, which a long one cannot wait for.
    if (!longDocument) {
        if (std::unique_ptr<SourceHighlighter> highlighter = createKSyntaxHighlighter(document, language, palette))
            return highlighter;
    }
#else
    // Out of process it colours while the window goes on, long documents included.
    const QString syntax = KateSyntaxTool::syntaxFor(language);
    if (!syntax.isEmpty() && KateSyntaxTool::isAvailable())
        return std::make_unique<KateToolHighlighter>(document, syntax, text, longDocument, palette, std::move(failed));
#endif
    return createBuiltin(document, language, longDocument, palette);
}

std::unique_ptr<SourceHighlighter> SourceHighlighter::createBuiltin(QTextDocument *document, SourceLanguage language,
                                                                    bool longDocument, const QPalette &palette)
{
    return std::make_unique<BuiltinHighlighter>(document, language, longDocument, palette);
}

QStringList SourceHighlighter::themes()
{
#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
    return ksyntaxThemeNames();
#else
    return KateSyntaxTool::themes();
#endif
}

QString SourceHighlighter::themeFor(const QPalette &palette)
{
    const QString chosen = SourceColours::instance()->chosenTheme();
    if (!chosen.isEmpty() && themes().contains(chosen))
        return chosen;
    // KSyntaxHighlighting's own defaults for light and dark.
    return SourceTheme::isDark(palette) ? u"Breeze Dark"_s : u"Breeze Light"_s;
}

QString SourceHighlighter::backendDescription()
{
#ifdef HASHIYA_WITH_KSYNTAXHIGHLIGHTING
    return tr("KSyntaxHighlighting %1 (KF6, in this process)").arg(ksyntaxVersion());
#else
    if (const QString version = KateSyntaxTool::version(); !version.isEmpty())
        return tr("KSyntaxHighlighting %1 (kate-syntax-highlighter, in its own process)").arg(version);
    return tr("built-in highlighter (KSyntaxHighlighting is not installed: Debian package "
              "libkf5syntaxhighlighting-tools)");
#endif
}

} // namespace Hashiya
