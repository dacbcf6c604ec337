// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace Hashiya {

/// The languages a read-only source view colours.
enum class SourceLanguage { Plain, Json, Xml, Csv, BratStandoff, Conll };

/// What a coloured stretch of a source line is; each kind has one colour in the view's theme.
enum class SourceTokenKind {
    Key,
    String,
    Number,
    Keyword,
    Punctuation,
    Tag,
    Attribute,
    Comment,
    Identifier,
    Type,
    Error
};

/// A coloured stretch of one line, in UTF-16 indexes into the line.
struct SourceToken
{
    qsizetype start = 0;
    qsizetype length = 0;
    SourceTokenKind kind = SourceTokenKind::Punctuation;

    friend bool operator==(const SourceToken &, const SourceToken &) = default;
};

/// state: what a previous line left open. sourceLineStart (= 0) is the state at the start of a document.
constexpr int sourceLineStart = 0;

/// Appends the tokens of one line (without its line end) to `tokens`, in ascending order, non-overlapping;
/// characters in no token are plain text. Positions are UTF-16 indexes into `line` (what
/// QSyntaxHighlighter::setFormat takes; they never reach a file). Returns the state at the end of the line, to
/// pass in for the next line: always >= 0, and small. A state that `language` never returns (-1, or one of
/// another language) counts as sourceLineStart. `firstLine` is true for the document's first line (a CSV
/// header; a byte order mark there is skipped). With `tokens` null only the state is worked out.
/// One pass over the line, with no allocation but the tokens'.
int tokenizeSourceLine(SourceLanguage language, QStringView line, int state, bool firstLine,
                       std::vector<SourceToken> *tokens);

} // namespace Hashiya
