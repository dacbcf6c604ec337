// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratidtable.h"

#include <algorithm>
#include <cstring>

namespace Hashiya {

BratIdTable::BratIdTable(qsizetype bytes)
    : m_limit(bytes / 4 + 1024)
{
}

bool BratIdTable::insert(std::string_view id, qint32 value)
{
    const auto [table, number] = slot(id);
    if (table) {
        if (table->size() <= size_t(number))
            table->resize(std::max(size_t(number) + 1, table->size() * 2), absent);
        if ((*table)[size_t(number)] != absent)
            return false;
        (*table)[size_t(number)] = value;
        return true;
    }
    return m_other.emplace(std::string(id), value).second;
}

qint32 BratIdTable::find(std::string_view id) const
{
    const auto [table, number] = const_cast<BratIdTable *>(this)->slot(id);
    if (table)
        return size_t(number) < table->size() ? (*table)[size_t(number)] : absent;
    const auto it = m_other.find(id);
    return it == m_other.end() ? absent : it->second;
}

void BratIdTable::set(std::string_view id, qint32 value)
{
    const auto [table, number] = slot(id);
    if (table)
        (*table)[size_t(number)] = value;
    else
        m_other[std::string(id)] = value;
}

std::pair<std::vector<qint32> *, qsizetype> BratIdTable::slot(std::string_view id)
{
    static constexpr char kinds[] = "TERAN#";
    const char *kind = id.empty() ? nullptr : std::strchr(kinds, id[0]);
    if (!kind || *kind == 0 || id.size() < 2 || id.size() > 10 || (id[1] == '0' && id.size() > 2))
        return {nullptr, 0};
    qsizetype number = 0;
    for (size_t i = 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9')
            return {nullptr, 0};
        number = number * 10 + (id[i] - '0');
    }
    if (number > m_limit)
        return {nullptr, 0};
    return {&m_tables[size_t(kind - kinds)], number};
}

} // namespace Hashiya
