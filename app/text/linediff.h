// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Hashiya {

/// Old text [start, start + removed) becomes new text [insertStart, insertStart + inserted).
struct TextReplacement
{
    qsizetype start = 0;
    qsizetype removed = 0;
    qsizetype insertStart = 0;
    qsizetype inserted = 0;
    friend bool operator==(const TextReplacement &, const TextReplacement &) = default;
};

/// The replacements, in ascending order and non-overlapping, that turn `before` into `after`, found line by line.
/// Positions are UTF-16 indexes (QTextCursor positions for a document without U+2029; they never reach a file).
/// Applying them from the last to the first to `before` gives `after` exactly. Equal texts give none.
///
/// A line ends after its '\n' (so "\r\n" ends a line too, with the '\r' part of it); the last line may lack one.
/// Lines common to the start and the end are skipped; between them, lines that occur exactly once in each text
/// anchor the comparison (patience diff), and the stretches between anchors are compared the same way. A
/// stretch without such lines becomes one replacement. Fast on long texts: no step looks at pairs of lines.
std::vector<TextReplacement> diffLines(QStringView before, QStringView after);

} // namespace Hashiya
