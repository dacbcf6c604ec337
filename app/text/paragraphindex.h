// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Hashiya {

/// The paragraphs of a text as a reader shows them: the stretches between line breaks. Very long ones
/// are cut at a space (or anywhere, if there is none) so that no single paragraph costs a noticeable
/// time to lay out. Positions are UTF-16 offsets; a cut never splits a surrogate pair.
class ParagraphIndex final
{
public:
    static constexpr qsizetype maxLength = 16 * 1024;

    ParagraphIndex() = default;
    explicit ParagraphIndex(QStringView text);

    qsizetype count() const { return qsizetype(m_starts.size()); }
    qsizetype start(qsizetype paragraph) const { return m_starts[size_t(paragraph)]; }
    /// End of the paragraph's text, before its line break if it has one.
    qsizetype end(qsizetype paragraph) const { return m_ends[size_t(paragraph)]; }
    /// The paragraph that contains UTF-16 offset `position` (a line break belongs to the paragraph it ends).
    qsizetype paragraphAt(qsizetype position) const;

private:
    std::vector<qsizetype> m_starts;
    std::vector<qsizetype> m_ends;
};

} // namespace Hashiya
