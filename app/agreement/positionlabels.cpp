// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionlabels.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {

PositionLabels::Categories::Categories()
{
    m_names.append(u"<none>"_s);
    m_types.emplace_back();
}

int PositionLabels::Categories::of(const QStringList &sortedTypes)
{
    if (sortedTypes.isEmpty())
        return 0;
    const QString name = sortedTypes.join(u'|');
    if (const auto it = m_numbers.constFind(name); it != m_numbers.constEnd())
        return *it;
    const int number = int(m_names.size());
    m_names.append(name);
    m_types.push_back(sortedTypes);
    m_numbers.insert(name, number);
    return number;
}

std::vector<PositionLabels::Run> PositionLabels::ofCodePoints(qsizetype length, const std::vector<Entity> &entities,
                                                              const QSet<QString> &types, Categories &categories)
{
    // Where a type starts or stops covering, swept in order with a count per type (entities of one type
    // may overlap or nest).
    struct Event
    {
        qsizetype at;
        int change; // +1 starts, −1 stops
        const QString *type;
    };
    std::vector<Event> events;
    for (const Entity &entity : entities) {
        if (!types.isEmpty() && !types.contains(entity.type))
            continue;
        for (const Span &span : entity.spans) {
            const qsizetype start = std::clamp<qsizetype>(span.start, 0, length);
            const qsizetype end = std::clamp<qsizetype>(span.end, 0, length);
            if (start < end) {
                events.push_back({start, +1, &entity.type});
                events.push_back({end, -1, &entity.type});
            }
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    std::vector<Run> runs;
    auto add = [&runs](qsizetype runLength, int category) {
        if (runLength <= 0)
            return;
        if (!runs.empty() && runs.back().category == category)
            runs.back().length += runLength;
        else
            runs.push_back({runLength, category});
    };
    QMap<QString, int> covering; // sorted by type name
    qsizetype at = 0;
    int category = 0;
    for (size_t i = 0; i < events.size();) {
        const qsizetype next = events[i].at;
        add(next - at, category);
        at = next;
        for (; i < events.size() && events[i].at == next; ++i) {
            int &count = covering[*events[i].type];
            count += events[i].change;
            if (count == 0)
                covering.remove(*events[i].type);
        }
        category = categories.of(covering.keys());
    }
    add(length - at, category);
    return runs;
}

std::vector<PositionLabels::Run> PositionLabels::ofTokens(const std::vector<std::pair<qsizetype, qsizetype>> &tokens,
                                                          const std::vector<Run> &codePoints, Categories &categories)
{
    std::vector<Run> labels;
    labels.reserve(tokens.size());
    size_t run = 0;
    qsizetype runStart = 0; // where codePoints[run] begins
    for (const auto &[start, end] : tokens) {
        while (run < codePoints.size() && runStart + codePoints[run].length <= start)
            runStart += codePoints[run++].length;
        QStringList types;
        qsizetype at = runStart;
        for (size_t r = run; r < codePoints.size() && at < end; at += codePoints[r++].length)
            types += categories.types(codePoints[r].category);
        types.sort();
        types.removeDuplicates();
        labels.push_back({1, categories.of(types)});
    }
    return labels;
}

} // namespace Hashiya
