// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpairs.h"

#include <QHash>

namespace Hashiya {

CohenTally tallyOf(const std::vector<LabelPair> &items)
{
    QHash<QString, int> categories;
    auto category = [&categories](const QString &label) {
        const auto known = categories.constFind(label);
        return known != categories.constEnd() ? *known : *categories.insert(label, int(categories.size()));
    };
    CohenTally tally;
    for (const auto &[a, b] : items)
        tally.add(category(a), category(b));
    return tally;
}

} // namespace Hashiya
