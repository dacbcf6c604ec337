// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QStringList>

#include <optional>

namespace Hashiya {

/// KDE's KSyntaxHighlighting as Debian 12 ships it: `kate-syntax-highlighter` from the package
/// libkf5syntaxhighlighting-tools, run as a separate program because its Qt 5 library cannot share a
/// process with Qt 6. It colours a whole file in one pass (about 1 s for 14 MB here) and writes it
/// back with escape sequences, which AnsiLineReader reads.
///
/// The program is looked up on PATH; HASHIYA_KATE_SYNTAX_HIGHLIGHTER names another one, and an empty
/// or missing one stands for a machine without it. What it says of itself is asked once per program.
class KateSyntaxTool final
{
public:
    /// The program to run; empty when there is none.
    static QString program();
    static bool isAvailable() { return !program().isEmpty(); }
    /// KSyntaxHighlighting's version ("5.103.0"); empty when the program does not answer.
    static QString version();
    /// The names of its colour themes ("Breeze Light", …), as it lists them.
    static QStringList themes();

    /// A theme's colours for plain text and the editor's background, 0xRRGGBB.
    struct EditorColours
    {
        quint32 background = 0xffffff;
        quint32 text = 0x000000;
    };
    /// Asked of the program (once per theme); empty when it does not know the theme.
    static std::optional<EditorColours> editorColours(const QString &theme);

    /// KSyntaxHighlighting's definition for a source language; empty where it has none (brat standoff
    /// and CoNLL: the built-in highlighter colours those).
    static QString syntaxFor(SourceLanguage language);
    /// The arguments that colour standard input as `syntax` in `theme` with 24-bit escape sequences;
    /// plain text gets none, so it keeps the view's colour.
    static QStringList colourArguments(const QString &syntax, const QString &theme);
};

} // namespace Hashiya
