// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hashiya {

/// The direction a paragraph reads in, from its first letter (Unicode bidi rule P2, except that
/// symbols such as flag emoji, whose bidi class is left-to-right, do not decide it: a Qatari flag
/// before an Arabic sentence should not turn the sentence left to right). Left to right if the
/// paragraph has no letter.
bool isRightToLeftParagraph(QStringView paragraph);

} // namespace Hashiya
