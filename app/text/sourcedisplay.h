// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QString>

namespace Hashiya {

/// The text a source view shows for `source` in `language`: the same characters, with each quoted string
/// and each stretch of plain text that holds right-to-left letters wrapped in Unicode isolates (FSI … PDI).
/// Without them the bidirectional algorithm joins neighbouring Arabic strings, with the quotes and commas
/// between them, into one right-to-left run, and shows `"A","B"` as `"B","A"`. Lines without
/// right-to-left letters stay as they are, and so does every line break. A line reads left to right as
/// in the file: escapes (`\n`), character references (`&#10;`) and Latin words end an isolate, so that
/// only the runs of right-to-left text between them turn, and `"مرحبا\n\nعالم"` keeps its `\n\n`.
QString isolateRightToLeftRuns(QStringView source, SourceLanguage language);

/// `shown` without the isolates isolateRightToLeftRuns added: what a copy from the view must hold.
QString withoutIsolates(QStringView shown);

} // namespace Hashiya
