// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/relationdiagnostic.h"

using namespace Qt::StringLiterals;

namespace Hashiya {

QString RelationDiagnostic::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Match:
        return u"match"_s;
    case Kind::TypeMismatch:
        return u"type_mismatch"_s;
    case Kind::DirectionMismatch:
        return u"direction_mismatch"_s;
    case Kind::EndpointUnaligned:
        return u"endpoint_unaligned"_s;
    case Kind::MissingInB:
        return u"missing_in_B"_s;
    case Kind::ExtraInB:
        return u"extra_in_B"_s;
    }
    return {};
}

} // namespace Hashiya
