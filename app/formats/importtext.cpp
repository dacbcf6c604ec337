// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtext.h"

#include <algorithm>

namespace Hashiya {

ImportText::ImportText(const QString &raw)
    : m_raw(raw)
{
    if (m_raw.startsWith(QChar(0xFEFF))) {
        m_raw.remove(0, 1);
        m_hadBom = true;
    }
    m_rawCodePoints = CodePointIndex(m_raw);
    if (!m_raw.contains(u'\r')) {
        m_canonical = m_raw;
        m_canonicalCodePoints = m_rawCodePoints;
        return;
    }
    m_canonical.reserve(m_raw.size());
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const QChar c = m_raw.at(i);
        if (c != u'\r') {
            m_canonical.append(c);
        } else if (i + 1 < m_raw.size() && m_raw.at(i + 1) == u'\n') {
            m_droppedCrs.push_back(i);
        } else {
            m_canonical.append(u'\n'); // a lone CR: same length, nothing shifts
        }
    }
    m_canonicalCodePoints = CodePointIndex(m_canonical);
}

qsizetype ImportText::toCanonical(qsizetype rawUtf16) const
{
    const auto dropped = std::lower_bound(m_droppedCrs.begin(), m_droppedCrs.end(), rawUtf16) - m_droppedCrs.begin();
    return m_canonicalCodePoints.toCodePoint(rawUtf16 - dropped);
}

} // namespace Hashiya
