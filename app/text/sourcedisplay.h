// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QString>

#include <vector>

namespace Hashiya {

/// The text a source view shows for `source` in `language`: the same characters, with each quoted string
/// and each stretch of plain text that holds right-to-left letters wrapped in Unicode isolates (FSI … PDI).
/// Without them the bidirectional algorithm joins neighbouring Arabic strings, with the quotes and commas
/// between them, into one right-to-left run, and shows `"A","B"` as `"B","A"`. Lines without
/// right-to-left letters stay as they are, and so does every line break. A line reads left to right as
/// in the file: escapes (`\n`), character references (`&#10;`) and Latin words end an isolate, so that
/// only the runs of right-to-left text between them turn, and `"مرحبا\n\nعالم"` keeps its `\n\n`.
/// With `added`, the indexes in the result of the isolates it added go there, ascending.
QString isolateRightToLeftRuns(QStringView source, SourceLanguage language, std::vector<qsizetype> *added = nullptr);

/// [from, to) of `shown` without the isolates at the indexes `added` (from isolateRightToLeftRuns): what
/// a copy from a source view holds. Isolates the source had itself stay.
QString withoutAdded(QStringView shown, const std::vector<qsizetype> &added, qsizetype from, qsizetype to);

/// `shown` without any isolate: what isolateRightToLeftRuns was given, if that held none itself.
QString withoutIsolates(QStringView shown);

} // namespace Hashiya
