// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/bratbytes.h"

#include <QtGlobal>

#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Hashiya {

/// brat ids of one .ann: "T12" is slot 12 of the T table; ids of another shape go into a map. Values are
/// indexes into what the id names, or -1 if its line was skipped.
class BratIdTable final
{
public:
    /// `bytes`: the file's size, which bounds how many ids it can hold.
    explicit BratIdTable(qsizetype bytes);

    /// False if the id is already taken.
    bool insert(std::string_view id, qint32 value);
    /// The value, or `absent`.
    qint32 find(std::string_view id) const;
    void set(std::string_view id, qint32 value);

    static constexpr qint32 absent = std::numeric_limits<qint32>::min();

private:
    std::pair<std::vector<qint32> *, qsizetype> slot(std::string_view id);

    qsizetype m_limit;
    std::array<std::vector<qint32>, 6> m_tables;
    std::unordered_map<std::string, qint32, BratBytes::TransparentHash, std::equal_to<>> m_other;
};

} // namespace Hashiya
