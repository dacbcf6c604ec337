// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratannotationparser.h"

#include "formats/bratsourcetext.h"
#include "formats/bratstandoff.h"
#include "io/utf8.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Hashiya {

using namespace BratBytes;

namespace {

/// A decimal offset of up to 15 digits; false for anything else (signs, huge numbers, letters).
bool parseOffset(Bytes text, qsizetype *value)
{
    if (text.empty() || text.size() > 15)
        return false;
    qsizetype v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

struct Fragment
{
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace

BratAnnotationParser::BratAnnotationParser(const QString &annPath, ImportBatch *batch, qsizetype bytes)
    : m_path(annPath)
    , m_batch(batch)
    , m_ids(bytes)
{
}

void BratAnnotationParser::error(qsizetype line, const QString &message)
{
    m_batch->problems.append({Problem::Severity::Error, m_path, line, 0, message});
    ++m_batch->skipped;
}

void BratAnnotationParser::warning(qsizetype line, const QString &message)
{
    m_batch->problems.append({Problem::Severity::Warning, m_path, line, 0, message});
}

QString BratAnnotationParser::typeName(Bytes bytes)
{
    // A schema has a few dozen types: a short list beats hashing each line's type.
    for (const auto &[key, name] : m_recentTypes) {
        if (key == bytes)
            return name;
    }
    auto it = m_types.find(bytes);
    if (it == m_types.end()) {
        const QString original = toQString(bytes);
        const QString name = BratStandoff::typeName(original);
        if (name != original)
            m_batch->notes.append(tr("%1: brat type “%2” imported as %3").arg(m_path, original, name));
        it = m_types.emplace(std::string(bytes), name).first;
    }
    if (m_recentTypes.size() < 32)
        m_recentTypes.push_back({it->first, it->second});
    return it->second;
}

qint32 BratAnnotationParser::entityOf(Bytes id, QString *why)
{
    const qint32 value = m_ids.find(id);
    qint32 entity = -1;
    if (value != BratIdTable::absent && !id.empty() && (id[0] == 'T' || id[0] == 'E'))
        entity = id[0] == 'T' ? value : (value >= 0 ? m_eventTrigger[size_t(value)] : -1);
    if (entity < 0)
        *why = value == BratIdTable::absent || (id[0] != 'T' && id[0] != 'E')
            ? tr("%1 is not an entity or event of this file").arg(toQString(id))
            : tr("%1 was skipped").arg(toQString(id));
    return entity;
}

BratAnnotationParser::Target BratAnnotationParser::targetOf(Bytes id, bool relationsToo, QString *why)
{
    if (relationsToo && !id.empty() && id[0] == 'R') {
        const qint32 r = m_ids.find(id);
        if (r == BratIdTable::absent || r < 0) {
            *why = tr("%1 is not a relation of this file").arg(toQString(id));
            return {};
        }
        if (m_relationOf[size_t(r)] < 0) {
            *why = tr("%1 was skipped").arg(toQString(id));
            return {};
        }
        return {nullptr, &m_relations[size_t(m_relationOf[size_t(r)])]};
    }
    const qint32 entity = entityOf(id, why);
    return entity < 0 ? Target {} : Target {&m_entities[size_t(entity)], nullptr};
}

BratAnnotationParser::Target BratAnnotationParser::targetOrSkip(const Line &line, Bytes id, bool relationsToo)
{
    QString why;
    const Target target = targetOf(id, relationsToo, &why);
    if (!target.found())
        error(line.number, tr("%1 skipped: %2").arg(toQString(line.id), why));
    return target;
}

void BratAnnotationParser::addRelation(qint32 from, qint32 to, const QString &type, ExtraFields extra)
{
    Relation relation;
    relation.type = type;
    relation.from = m_entities[size_t(from)].id;
    relation.to = m_entities[size_t(to)].id;
    relation.extra = std::move(extra);
    m_relations.push_back(std::move(relation));
}

BratAnnotationParser::Lines BratAnnotationParser::sortLines(Bytes ann, bool valid)
{
    Lines lines;
    qsizetype number = 0;
    size_t at = 0;
    while (at < ann.size()) {
        size_t newline = ann.find('\n', at);
        if (newline == Bytes::npos)
            newline = ann.size();
        Bytes text = ann.substr(at, newline - at);
        at = newline + 1;
        ++number;
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (trimmedEnd(text).empty())
            continue;
        if (!valid && Utf8::firstInvalidByte(text.data(), qsizetype(text.size())) >= 0) {
            error(number, tr("the line is not valid UTF-8"));
            continue;
        }
        const size_t tab = text.find('\t');
        if (tab == Bytes::npos || tab == 0) {
            error(number, tr("an annotation line starts with an id and a TAB"));
            continue;
        }
        Line line {text.substr(0, tab), text.substr(tab + 1), number};
        const char kind = line.id[0];
        if (kind == '*') {
            lines.equivalences.push_back(line);
            continue;
        }
        std::vector<Line> *deferred = nullptr;
        switch (kind) {
        case 'T':
            deferred = &lines.textBound;
            break;
        case 'E':
            deferred = &lines.events;
            break;
        case 'R':
            deferred = &lines.relations;
            break;
        case 'A':
        case 'M':
            deferred = &lines.attributes;
            break;
        case 'N':
            deferred = &lines.normalizations;
            break;
        case '#':
            deferred = &lines.notes;
            break;
        default:
            error(number, tr("unknown annotation type “%1”").arg(toQString(line.id).left(40)));
            continue;
        }
        // A T's value is its entity, set once its line has been parsed.
        if (!m_ids.insert(line.id, kind == 'T' ? -1 : qint32(deferred->size()))) {
            error(number, tr("the id %1 is used twice").arg(toQString(line.id)));
            continue;
        }
        deferred->push_back(line);
    }
    return lines;
}

bool BratAnnotationParser::parseTextBound(const Line &line, const BratSourceText &source)
{
    const size_t tab = line.rest.find('\t');
    const Bytes data = line.rest.substr(0, tab);
    Bytes text = tab == Bytes::npos ? Bytes() : line.rest.substr(tab + 1);
    const size_t space = data.find(' ');
    if (space == Bytes::npos || space == 0) {
        error(line.number, tr("%1 needs a type and offsets").arg(toQString(line.id)));
        return false;
    }
    QVarLengthArray<Fragment, 2> fragments;
    Bytes offsets = data.substr(space + 1);
    while (!offsets.empty()) {
        const size_t semicolon = offsets.find(';');
        const auto pair = fields(offsets.substr(0, semicolon));
        Fragment fragment;
        if (pair.size() != 2 || !parseOffset(pair[0], &fragment.start) || !parseOffset(pair[1], &fragment.end)) {
            error(
                line.number,
                tr("%1: offsets must be “start end” pairs of whole numbers, separated by “;”").arg(toQString(line.id)));
            return false;
        }
        if (fragment.start > fragment.end) {
            error(line.number, tr("%1: a span starts after it ends").arg(toQString(line.id)));
            return false;
        }
        if (fragment.end > source.length()) {
            error(line.number,
                  tr("%1: a span ends at %2, after the end of the text (%3 characters)")
                      .arg(toQString(line.id))
                      .arg(fragment.end)
                      .arg(source.length()));
            return false;
        }
        fragments.append(fragment);
        offsets = semicolon == Bytes::npos ? Bytes() : offsets.substr(semicolon + 1);
    }
    if (fragments.isEmpty()) {
        error(line.number, tr("%1 needs offsets").arg(toQString(line.id)));
        return false;
    }

    // brat checks the stored text against the article, fragments joined by one space, and so do we.
    auto matches = [&](Bytes stored) {
        size_t at = 0;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            if (i > 0 && (at >= stored.size() || stored[at++] != ' '))
                return false;
            const Bytes piece = source.slice(fragments[i].start, fragments[i].end);
            if (stored.substr(at, piece.size()) != piece)
                return false;
            at += piece.size();
        }
        return at == stored.size();
    };
    if (!text.empty() && !matches(text) && !matches(trimmedEnd(text))) {
        QString actual;
        for (const Fragment &fragment : fragments)
            actual += (actual.isEmpty() ? QString() : QStringLiteral(" "))
                + toQString(source.slice(fragment.start, fragment.end));
        error(line.number,
              tr("%1: the text “%2” differs from the article's “%3” at these offsets")
                  .arg(toQString(line.id), toQString(text).left(80), actual.left(80)));
        return false;
    }

    std::sort(fragments.begin(), fragments.end(),
              [](const Fragment &a, const Fragment &b) { return a.start < b.start; });
    SpanList spans;
    spans.reserve(fragments.size());
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        if (i > 0 && fragments[i - 1].end > fragments[i].start) {
            error(line.number, tr("%1: its fragments overlap").arg(toQString(line.id)));
            return false;
        }
        if (fragments[i].start == fragments[i].end)
            continue;
        const qsizetype start = source.canonical(fragments[i].start, m_canonicalHint);
        const qsizetype end = source.canonical(fragments[i].end, m_canonicalHint);
        // Fragments brat split at a line break are one span of ours.
        if (!spans.isEmpty() && source.onlyLineBreaks(fragments[i - 1].end, fragments[i].start))
            spans.back().end = end;
        else if (end > start)
            spans.append(Span {start, end, {}});
    }
    if (spans.isEmpty()) {
        error(line.number, tr("%1 covers no text").arg(toQString(line.id)));
        return false;
    }
    if (spans.size() > 1)
        spans = mergedSpans(std::move(spans));
    Entity entity;
    entity.type = typeName(data.substr(0, space));
    entity.spans = std::move(spans);
    m_entities.push_back(std::move(entity));
    return true;
}

void BratAnnotationParser::parseEvents(const std::vector<Line> &events)
{
    // Each trigger first, as arguments may name events defined further down.
    m_eventTrigger.assign(events.size(), -1);
    std::vector<QVarLengthArray<Bytes, 8>> eventFields(events.size());
    for (size_t e = 0; e < events.size(); ++e) {
        const Line &line = events[e];
        eventFields[e] = fields(trimmedEnd(line.rest));
        const Bytes head = eventFields[e].isEmpty() ? Bytes() : eventFields[e][0];
        const size_t colon = head.rfind(':');
        if (colon == Bytes::npos || colon == 0) {
            error(line.number, tr("%1 needs “Type:Trigger” first").arg(toQString(line.id)));
            continue;
        }
        const Bytes trigger = head.substr(colon + 1);
        const qint32 entity = trigger.empty() || trigger[0] != 'T' ? -1 : m_ids.find(trigger);
        if (entity < 0) {
            error(line.number,
                  tr("%1: its trigger %2 is not a text-bound annotation of this file")
                      .arg(toQString(line.id), toQString(trigger)));
            continue;
        }
        Entity &triggerEntity = m_entities[size_t(entity)];
        if (typeName(head.substr(0, colon)) != triggerEntity.type)
            warning(line.number,
                    tr("%1 has type %2 but its trigger has type %3; the trigger's is kept")
                        .arg(toQString(line.id), toQString(head.substr(0, colon)), triggerEntity.type));
        if (BratStandoff::extraValue(triggerEntity.extra, BratStandoff::eventField()).toBool())
            warning(line.number,
                    tr("%1 shares its trigger with another event; their arguments are merged").arg(toQString(line.id)));
        else
            triggerEntity.extra.append({BratStandoff::eventField(), QByteArrayLiteral("true")});
        m_eventTrigger[e] = entity;
    }
    for (size_t e = 0; e < events.size(); ++e) {
        const qint32 trigger = m_eventTrigger[e];
        if (trigger < 0)
            continue;
        const Line &line = events[e];
        for (qsizetype i = 1; i < eventFields[e].size(); ++i) {
            const Bytes argument = eventFields[e][i];
            const size_t colon = argument.rfind(':');
            QString why;
            const qint32 target = colon == Bytes::npos || colon == 0 ? -1 : entityOf(argument.substr(colon + 1), &why);
            if (target < 0) {
                error(line.number,
                      colon == Bytes::npos || colon == 0
                          ? tr("%1: argument “%2” is not “Role:Id”").arg(toQString(line.id), toQString(argument))
                          : tr("%1: argument %2 skipped: %3").arg(toQString(line.id), toQString(argument), why));
                continue;
            }
            Bytes role = argument.substr(0, colon);
            Bytes base = role;
            while (base.size() > 1 && base.back() >= '0' && base.back() <= '9')
                base.remove_suffix(1); // Org-Arg2 → Org-Arg: brat numbers repeated roles
            addRelation(trigger, target, typeName(base),
                        {{BratStandoff::roleField(), BratStandoff::jsonString(toQString(role))}});
        }
    }
}

void BratAnnotationParser::parseRelations(const std::vector<Line> &relations)
{
    m_relationOf.assign(relations.size(), -1);
    for (size_t r = 0; r < relations.size(); ++r) {
        const Line &line = relations[r];
        const auto parts = fields(trimmedEnd(line.rest));
        if (parts.size() != 3) {
            error(line.number, tr("%1 needs a type and two “Role:Id” arguments").arg(toQString(line.id)));
            continue;
        }
        std::array<Bytes, 2> roles, ids;
        bool shaped = true;
        for (int i = 0; i < 2; ++i) {
            const size_t colon = parts[i + 1].rfind(':');
            shaped = shaped && colon != Bytes::npos && colon > 0;
            if (shaped) {
                roles[size_t(i)] = parts[i + 1].substr(0, colon);
                ids[size_t(i)] = parts[i + 1].substr(colon + 1);
            }
        }
        if (!shaped) {
            error(line.number, tr("%1: arguments must be “Role:Id”").arg(toQString(line.id)));
            continue;
        }
        if (roles[0] == "Arg2" && roles[1] == "Arg1") {
            std::swap(roles[0], roles[1]);
            std::swap(ids[0], ids[1]);
        }
        QString why;
        const qint32 from = entityOf(ids[0], &why);
        const qint32 to = from < 0 ? -1 : entityOf(ids[1], &why);
        if (to < 0) {
            error(line.number, tr("%1 skipped: %2").arg(toQString(line.id), why));
            continue;
        }
        ExtraFields extra;
        if (roles[0] != "Arg1" || roles[1] != "Arg2") {
            extra.append({BratStandoff::rolesField(),
                          '[' + BratStandoff::jsonString(toQString(roles[0])) + ','
                              + BratStandoff::jsonString(toQString(roles[1])) + ']'});
        }
        m_relationOf[r] = qint32(m_relations.size());
        addRelation(from, to, typeName(parts[0]), std::move(extra));
    }
}

void BratAnnotationParser::parseEquivalences(const std::vector<Line> &equivalences, bool *usedEquivalences)
{
    // A chain of symmetric links, which keeps every member reachable from every other.
    for (const Line &line : equivalences) {
        const auto parts = fields(trimmedEnd(line.rest));
        if (line.id != "*" || parts.size() < 3) {
            error(line.number, tr("an equivalence line is “*”, TAB, a type and two or more ids"));
            continue;
        }
        QVarLengthArray<qint32, 8> members;
        QString why;
        for (qsizetype i = 1; i < parts.size() && why.isEmpty(); ++i) {
            const qint32 member = entityOf(parts[i], &why);
            if (member >= 0 && !members.contains(member))
                members.append(member);
        }
        if (!why.isEmpty()) {
            error(line.number, tr("equivalence skipped: %1").arg(why));
            continue;
        }
        const QByteArray kind = BratStandoff::jsonString(toQString(parts[0]));
        for (qsizetype i = 1; i < members.size(); ++i)
            addRelation(members[i - 1], members[i], BratStandoff::aliasType(),
                        {{BratStandoff::equivalenceField(), kind}});
        if (usedEquivalences)
            *usedEquivalences = true;
    }
}

void BratAnnotationParser::parseAttributes(const std::vector<Line> &attributes)
{
    for (const Line &line : attributes) {
        const auto parts = fields(trimmedEnd(line.rest));
        if (parts.size() < 2 || parts.size() > 3) {
            error(line.number, tr("%1 needs a name, an id and at most one value").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], true);
        if (!target.found())
            continue;
        Attributes &set = target.entity ? target.entity->attributes : target.relation->attributes;
        const QString attribute = toQString(parts[0]);
        if (set.contains(attribute)) {
            error(line.number,
                  tr("%1: %2 already has attribute %3").arg(toQString(line.id), toQString(parts[1]), attribute));
            continue;
        }
        set.insert(attribute, parts.size() == 3 ? toQString(parts[2]) : QStringLiteral("true"));
    }
}

void BratAnnotationParser::parseNormalizations(const std::vector<Line> &normalizations)
{
    for (const Line &line : normalizations) {
        const size_t tab = line.rest.find('\t');
        const auto parts = fields(trimmedEnd(line.rest.substr(0, tab)));
        const size_t colon = parts.size() == 3 ? parts[2].find(':') : Bytes::npos;
        if (colon == Bytes::npos || colon == 0 || colon + 1 == parts[2].size()) {
            error(line.number, tr("%1 needs “Reference Id DB:ID”").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], false);
        if (!target.found())
            continue;
        if (!target.entity->reference.isEmpty()) {
            error(line.number,
                  tr("%1: %2 already has a reference; Hashiya keeps one").arg(toQString(line.id), toQString(parts[1])));
            continue;
        }
        target.entity->reference = toQString(parts[2]);
        const Bytes shown = tab == Bytes::npos ? Bytes() : trimmedEnd(line.rest.substr(tab + 1));
        if (!shown.empty())
            target.entity->extra.append(
                {BratStandoff::referenceTextField(), BratStandoff::jsonString(toQString(shown))});
    }
}

void BratAnnotationParser::parseNotes(const std::vector<Line> &notes)
{
    for (const Line &line : notes) {
        const size_t tab = line.rest.find('\t');
        const auto parts = fields(trimmedEnd(line.rest.substr(0, tab)));
        if (parts.size() != 2) {
            error(line.number, tr("%1 needs a note type and an id").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], true);
        if (!target.found())
            continue;
        QString text = tab == Bytes::npos ? QString() : toQString(trimmedEnd(line.rest.substr(tab + 1)));
        if (parts[0] != "AnnotatorNotes")
            text = toQString(parts[0]) + QStringLiteral(": ") + text; // brat's UI edits only AnnotatorNotes
        QString &note = target.entity ? target.entity->note : target.relation->note;
        note = note.isEmpty() ? text : note + u'\n' + text;
    }
}

} // namespace Hashiya
