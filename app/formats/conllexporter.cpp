// SPDX-License-Identifier: GPL-3.0-or-later
#include "conllexporter.h"

#include "text/codepointindex.h"
#include "text/graphemes.h"

#include <QHash>

#include <algorithm>
#include <future>
#include <map>
#include <string_view>

#include "formats/conlltokenizer.h"
#include "formats/exportsupport.h"

namespace Hashiya {
namespace {

/// One fragment of a kept entity, in UTF-16 offsets, with its tags.
struct Fragment
{
    qsizetype start = 0;
    qsizetype end = 0;
    const Entity *entity = nullptr;
    int tag = 0; // index in the tag table
};

/// Builds one output line at a time in a reused buffer: tokens are short, and a plain loop encodes them
/// to UTF-8 faster than a call into the codec per token.
class LineBuffer
{
public:
    void clear() { m_size = 0; }
    size_t size() const { return m_size; }
    std::string_view view() const { return {m_data.data(), m_size}; }

    void appendUtf8(QStringView text)
    {
        char *out = reserve(size_t(text.size()) * 3);
        const char16_t *in = text.utf16();
        const char16_t *end = in + text.size();
        while (in < end) {
            const char32_t c = *in++;
            if (c < 0x80) {
                *out++ = char(c);
            } else if (c < 0x800) {
                *out++ = char(0xC0 | (c >> 6));
                *out++ = char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && in < end && QChar::isLowSurrogate(*in)) {
                const char32_t u = QChar::surrogateToUcs4(char16_t(c), *in++);
                *out++ = char(0xF0 | (u >> 18));
                *out++ = char(0x80 | ((u >> 12) & 0x3F));
                *out++ = char(0x80 | ((u >> 6) & 0x3F));
                *out++ = char(0x80 | (u & 0x3F));
            } else {
                // A lone surrogate cannot be UTF-8: U+FFFD, as QString::toUtf8 writes.
                const char32_t u = QChar::isSurrogate(c) ? 0xFFFD : c;
                *out++ = char(0xE0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3F));
                *out++ = char(0x80 | (u & 0x3F));
            }
        }
        m_size = size_t(out - m_data.data());
    }

private:
    char *reserve(size_t additional)
    {
        if (m_size + additional > m_data.size())
            m_data.resize(std::max(m_data.size() * 2, m_size + additional));
        return m_data.data() + m_size;
    }

    std::vector<char> m_data = std::vector<char>(256);
    size_t m_size = 0;
};

QString entityText(const ExchangeDocument &document, const CodePointIndex &index, const Entity &entity)
{
    QString joined;
    for (const Span &span : entity.spans) {
        if (!joined.isEmpty())
            joined += u' ';
        const qsizetype from = index.toUtf16(span.start);
        joined += QStringView(document.text).sliced(from, index.toUtf16(span.end) - from);
    }
    return joined;
}

template<typename Report>
void reportOverlap(const ExchangeDocument &document, const CodePointIndex &index,
                   const std::pair<const Entity *, const Entity *> &dropped, Report report)
{
    report(Problem::Severity::Warning,
           ConllExporter::tr("Entity \"%1\" (%2) overlaps \"%3\" and is left out.")
               .arg(entityText(document, index, *dropped.first), dropped.first->type,
                    entityText(document, index, *dropped.second)));
}

} // namespace

std::unique_ptr<Exporter> ConllExporter::create(const Schema &)
{
    return std::make_unique<ConllExporter>();
}

bool ConllExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const QString &text = document.text;
    // Tokens do not depend on the entities: for a long text, found on another core while the entities are
    // weighed. A thread per document of an ordinary corpus would cost more than it saves.
    constexpr qsizetype tokenizeAsideFrom = 1 << 19; // UTF-16 units: about a megabyte
    std::future<std::vector<ConllToken>> tokenizing =
        std::async(text.size() >= tokenizeAsideFrom ? std::launch::async : std::launch::deferred,
                   [&text] { return ConllTokenizer::tokenize(text); });
    const CodePointIndex index(text);
    auto report = [&](Problem::Severity severity, const QString &message) {
        if (problems)
            problems->append(Problem {severity, document.name, 0, 0, message});
    };

    // One IOB layer: the longest entities first (then text order), each kept unless it overlaps one kept.
    // Most documents have no overlap at all, which one pass in text order shows; only then is it weighed.
    std::vector<const Entity *> candidates;
    candidates.reserve(document.entities.size());
    bool overlaps = false;
    qsizetype reach = 0; // the furthest end so far
    for (const Entity &entity : document.entities) {
        candidates.push_back(&entity);
        if (entity.spans.size() > 1) {
            overlaps = true; // its gaps may hold other entities: leave it to the exact check
        } else {
            overlaps = overlaps || entity.start() < reach;
            reach = std::max(reach, entity.end());
        }
    }
    std::vector<const Entity *> keptEntities;
    std::vector<std::pair<const Entity *, const Entity *>> dropped; // entity, the kept one it overlaps
    if (!overlaps) {
        keptEntities = std::move(candidates);
    } else {
        std::stable_sort(candidates.begin(), candidates.end(), [](const Entity *a, const Entity *b) {
            return a->end() - a->start() > b->end() - b->start();
        });
        std::map<qsizetype, std::pair<qsizetype, const Entity *>> kept; // code point start → end, entity
        for (const Entity *entity : candidates) {
            const Entity *overlapped = nullptr;
            for (const Span &span : entity->spans) {
                auto next = kept.lower_bound(span.start);
                if (next != kept.end() && next->first < span.end)
                    overlapped = next->second.second;
                if (!overlapped && next != kept.begin() && std::prev(next)->second.first > span.start)
                    overlapped = std::prev(next)->second.second;
                if (overlapped)
                    break;
            }
            if (overlapped) {
                dropped.emplace_back(entity, overlapped);
                continue;
            }
            for (const Span &span : entity->spans)
                kept.emplace(span.start, std::make_pair(span.end, entity));
            keptEntities.push_back(entity);
        }
        std::sort(keptEntities.begin(), keptEntities.end(),
                  [](const Entity *a, const Entity *b) { return entityLess(*a, *b); });
    }
    // Reported in text order, not in the order they were weighed.
    std::sort(dropped.begin(), dropped.end(),
              [](const auto &a, const auto &b) { return entityLess(*a.first, *b.first); });
    size_t d = 0;
    for (const Entity *entity : keptEntities) {
        for (; d < dropped.size() && entityLess(*dropped[d].first, *entity); ++d)
            reportOverlap(document, index, dropped[d], report);
        if (entity->spans.size() > 1)
            report(Problem::Severity::Warning,
                   tr("Entity \"%1\" (%2) is discontinuous: each of its %3 fragments is written as an entity of "
                      "its own.")
                       .arg(entityText(document, index, *entity), entity->type)
                       .arg(entity->spans.size()));
    }
    for (; d < dropped.size(); ++d)
        reportOverlap(document, index, dropped[d], report);

    // Tags are made once per type, not once per entity.
    QHash<QString, int> tagOfType;
    std::vector<std::pair<std::string, std::string>> tags; // "B-TYPE", "I-TYPE"
    std::vector<Fragment> fragments;
    fragments.reserve(keptEntities.size());
    for (const Entity *entity : keptEntities) {
        auto found = tagOfType.constFind(entity->type);
        if (found == tagOfType.constEnd()) {
            const std::string type = entity->type.toStdString();
            found = tagOfType.insert(entity->type, int(tags.size()));
            tags.emplace_back("B-" + type, "I-" + type);
        }
        for (const Span &span : entity->spans)
            fragments.push_back({index.toUtf16(span.start), index.toUtf16(span.end), entity, *found});
    }
    // A discontinuous entity's later fragments may lie beyond the next entities.
    if (overlaps)
        std::sort(fragments.begin(), fragments.end(),
                  [](const Fragment &a, const Fragment &b) { return a.start < b.start; });

    // Split tokens wherever a fragment starts or ends inside one, then tag and write each piece at once.
    // A fragment keeps its tokens in one sentence unless a line break runs through it.
    const std::vector<ConllToken> words = tokenizing.get();
    std::vector<std::pair<qsizetype, const Entity *>> boundaries;
    boundaries.reserve(fragments.size() * 2);
    for (const Fragment &fragment : fragments) {
        boundaries.emplace_back(fragment.start, fragment.entity);
        boundaries.emplace_back(fragment.end, fragment.entity);
    }
    // Fragments are disjoint, so the list is sorted already (one fragment's end may equal the next's start).

    static const std::string outside = "O";
    LineBuffer line;
    m_conll.raw("-DOCSTART- -X- O O\n\n");
    size_t f = 0;
    bool fragmentStarted = false;
    bool crossedLine = false;
    auto leaveFragment = [&] {
        if (!fragmentStarted)
            report(Problem::Severity::Warning,
                   tr("Entity \"%1\" (%2) covers no token and is left out.")
                       .arg(entityText(document, index, *fragments[f].entity), fragments[f].entity->type));
        fragmentStarted = false;
        crossedLine = false;
        ++f;
    };
    bool firstToken = true;
    auto write = [&](ConllToken token) {
        while (f < fragments.size() && fragments[f].end <= token.start)
            leaveFragment();
        const std::string *tag = &outside;
        if (f < fragments.size() && fragments[f].start <= token.start) {
            const Fragment &fragment = fragments[f];
            if (fragmentStarted && token.startsSentence && !token.startsLine)
                token.startsSentence = false;
            if (fragmentStarted && token.startsLine && !crossedLine) {
                crossedLine = true;
                report(Problem::Severity::Warning,
                       tr("Entity \"%1\" (%2) runs across a line break; the part after it is written as an entity "
                          "of its own.")
                           .arg(entityText(document, index, *fragment.entity), fragment.entity->type));
            }
            tag = (!fragmentStarted || token.startsSentence) ? &tags[size_t(fragment.tag)].first
                                                             : &tags[size_t(fragment.tag)].second;
            fragmentStarted = true;
        }
        if (token.startsSentence && !firstToken) {
            m_conll.raw('\n');
            m_iob.raw('\n');
        }
        firstToken = false;
        // The token is encoded once, for both files.
        line.clear();
        line.appendUtf8(QStringView(text).sliced(token.start, token.end - token.start));
        m_conll.raw(line.view());
        m_conll.raw(" -X- _ ");
        m_conll.raw(*tag);
        m_conll.raw('\n');
        m_iob.raw(line.view());
        m_iob.raw('\t');
        m_iob.raw(*tag);
        m_iob.raw('\n');
    };

    size_t b = 0;
    for (const ConllToken &word : words) {
        while (b < boundaries.size() && boundaries[b].first <= word.start)
            ++b;
        ConllToken piece = word;
        while (b < boundaries.size() && boundaries[b].first < word.end) {
            const qsizetype at = boundaries[b].first;
            if (at > piece.start) {
                if (!isGraphemeBoundary(text, at))
                    report(Problem::Severity::Warning,
                           tr("Entity \"%1\" (%2) starts or ends inside a character (a letter and its marks or an "
                              "emoji sequence); the token is split there.")
                               .arg(entityText(document, index, *boundaries[b].second), boundaries[b].second->type));
                write({piece.start, at, piece.startsSentence, piece.startsLine});
                piece = {at, word.end, false, false};
            }
            ++b;
        }
        write(piece);
    }
    while (f < fragments.size())
        leaveFragment();
    if (!firstToken) {
        m_conll.raw('\n');
        m_iob.raw('\n');
    }
    return true;
}

bool ConllExporter::finish(OutputSink &out, Problems *problems)
{
    return ExportSupport::write(out, conllFileName(), m_conll.toByteArray(), problems)
        && ExportSupport::write(out, iobFileName(), m_iob.toByteArray(), problems);
}

} // namespace Hashiya
