// SPDX-License-Identifier: GPL-3.0-or-later
#include "conllexporter.h"

#include "text/codepointindex.h"
#include "text/graphemes.h"

#include <QStringEncoder>

#include <algorithm>
#include <map>

#include "formats/conlltokenizer.h"

namespace Hashiya {
namespace {

/// One fragment of a kept entity, in UTF-16 offsets, with its tags.
struct Fragment
{
    qsizetype start = 0;
    qsizetype end = 0;
    const Entity *entity = nullptr;
    std::string begin; // "B-TYPE"
    std::string inside; // "I-TYPE"
};

class Utf8Appender
{
public:
    void append(std::string &out, QStringView text)
    {
        const size_t old = out.size();
        out.resize(old + size_t(m_encoder.requiredSpace(text.size())));
        char *end = m_encoder.appendToBuffer(out.data() + old, text);
        out.resize(size_t(end - out.data()));
    }

private:
    QStringEncoder m_encoder {QStringConverter::Utf8};
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

bool hasValidSpans(const Entity &entity, qsizetype codePoints)
{
    if (entity.spans.isEmpty())
        return false;
    qsizetype previousEnd = 0;
    for (const Span &span : entity.spans) {
        if (span.start < previousEnd || span.end <= span.start || span.end > codePoints)
            return false;
        previousEnd = span.end;
    }
    return true;
}

} // namespace

std::unique_ptr<Exporter> ConllExporter::create(const Schema &)
{
    return std::make_unique<ConllExporter>();
}

bool ConllExporter::add(const ExchangeDocument &document, OutputSink &, Problems *problems)
{
    const QString &text = document.text;
    const CodePointIndex index(text);
    auto report = [&](Problem::Severity severity, const QString &message) {
        if (problems)
            problems->append(Problem {severity, document.name, 0, 0, message});
    };

    // One IOB layer: the longest entities first (then text order), each kept unless it overlaps one kept.
    std::vector<const Entity *> candidates;
    candidates.reserve(document.entities.size());
    for (const Entity &entity : document.entities) {
        if (hasValidSpans(entity, index.codePointCount()))
            candidates.push_back(&entity);
        else
            report(Problem::Severity::Error,
                   tr("Entity %1 (%2) has spans outside the text or out of order and is left out.")
                       .arg(entity.id, entity.type));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Entity *a, const Entity *b) { return a->end() - a->start() > b->end() - b->start(); });
    std::map<qsizetype, std::pair<qsizetype, const Entity *>> kept; // code point start → end, entity
    std::vector<std::pair<const Entity *, const Entity *>> dropped; // entity, the kept one it overlaps
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
        if (entity->spans.size() > 1)
            report(Problem::Severity::Warning,
                   tr("Entity \"%1\" (%2) is discontinuous: each of its %3 fragments is written as an entity of "
                      "its own.")
                       .arg(entityText(document, index, *entity), entity->type)
                       .arg(entity->spans.size()));
    }
    // Reported in text order, not in the order they were weighed.
    std::sort(dropped.begin(), dropped.end(),
              [](const auto &a, const auto &b) { return entityLess(*a.first, *b.first); });
    for (const auto &[entity, overlapped] : dropped)
        report(Problem::Severity::Warning,
               tr("Entity \"%1\" (%2) overlaps \"%3\" and is left out.")
                   .arg(entityText(document, index, *entity), entity->type, entityText(document, index, *overlapped)));
    std::vector<Fragment> fragments;
    fragments.reserve(kept.size());
    for (const auto &[start, value] : kept) {
        const std::string type = value.second->type.toUtf8().toStdString();
        fragments.push_back({index.toUtf16(start), index.toUtf16(value.first), value.second, "B-" + type, "I-" + type});
    }

    // Split tokens wherever a fragment starts or ends inside one.
    const std::vector<ConllToken> words = ConllTokenizer::tokenize(text);
    std::vector<ConllToken> tokens;
    tokens.reserve(words.size() + fragments.size());
    std::vector<std::pair<qsizetype, const Entity *>> boundaries;
    boundaries.reserve(fragments.size() * 2);
    for (const Fragment &fragment : fragments) {
        boundaries.emplace_back(fragment.start, fragment.entity);
        boundaries.emplace_back(fragment.end, fragment.entity);
    }
    // Fragments are disjoint, so the list is sorted already (one fragment's end may equal the next's start).
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
                tokens.push_back({piece.start, at, piece.startsSentence, piece.startsLine});
                piece = {at, word.end, false, false};
            }
            ++b;
        }
        tokens.push_back(piece);
    }

    // Tag and write. A fragment keeps its tokens in one sentence unless a line break runs through it.
    static const std::string outside = "O";
    Utf8Appender utf8;
    m_conll += "-DOCSTART- -X- O O\n\n";
    size_t f = 0;
    bool fragmentStarted = false;
    auto leaveFragment = [&] {
        if (!fragmentStarted)
            report(Problem::Severity::Warning,
                   tr("Entity \"%1\" (%2) covers no token and is left out.")
                       .arg(entityText(document, index, *fragments[f].entity), fragments[f].entity->type));
        fragmentStarted = false;
        ++f;
    };
    bool crossedLine = false;
    for (size_t t = 0; t < tokens.size(); ++t) {
        ConllToken &token = tokens[t];
        while (f < fragments.size() && fragments[f].end <= token.start) {
            leaveFragment();
            crossedLine = false;
        }
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
            tag = (!fragmentStarted || token.startsSentence) ? &fragment.begin : &fragment.inside;
            fragmentStarted = true;
        }
        if (token.startsSentence && t > 0) {
            m_conll += '\n';
            m_iob += '\n';
        }
        const QStringView word = QStringView(text).sliced(token.start, token.end - token.start);
        utf8.append(m_conll, word);
        m_conll += " -X- _ ";
        m_conll += *tag;
        m_conll += '\n';
        utf8.append(m_iob, word);
        m_iob += '\t';
        m_iob += *tag;
        m_iob += '\n';
    }
    while (f < fragments.size())
        leaveFragment();
    if (!tokens.empty()) {
        m_conll += '\n';
        m_iob += '\n';
    }
    return true;
}

bool ConllExporter::finish(OutputSink &out, Problems *problems)
{
    QString error;
    for (const auto &[name, bytes] : {std::pair {conllFileName(), &m_conll}, std::pair {iobFileName(), &m_iob}}) {
        if (!out.write(name, QByteArray(bytes->data(), qsizetype(bytes->size())), &error)) {
            if (problems)
                problems->append(Problem {Problem::Severity::Error, name, 0, 0, error});
            return false;
        }
    }
    return true;
}

} // namespace Hashiya
