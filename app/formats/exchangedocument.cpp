// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangedocument.h"

namespace Hashiya {

QString ExchangeDocument::baseName() const
{
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > slash + 1 ? name.left(dot) : name;
}

} // namespace Hashiya
