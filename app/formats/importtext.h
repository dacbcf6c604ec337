// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/codepointindex.h"

#include <QString>

#include <vector>

namespace Hashiya {

/// A document text as a peer file holds it, and its canonical form: a leading BOM dropped, CRLF and CR
/// turned into LF. Peer offsets count the raw text (a CR included), so they pass through here on their
/// way to code points of the canonical text.
class ImportText final
{
public:
    explicit ImportText(const QString &raw);

    /// The raw text without its BOM: what peer offsets index (the BOM is dropped first, so an offset that
    /// counted it is off by one, as it is in every tool that strips it).
    QStringView raw() const { return m_raw; }
    const CodePointIndex &rawCodePoints() const { return m_rawCodePoints; }
    bool hadBom() const { return m_hadBom; }

    const QString &canonical() const { return m_canonical; }
    const CodePointIndex &canonicalCodePoints() const { return m_canonicalCodePoints; }
    /// Code point offset in the canonical text of UTF-16 offset `rawUtf16` (0 ≤ rawUtf16 ≤ raw().size())
    /// of the raw text. An offset between a CR and its LF maps to the LF.
    qsizetype toCanonical(qsizetype rawUtf16) const;

private:
    QString m_raw;
    QString m_canonical;
    CodePointIndex m_rawCodePoints;
    CodePointIndex m_canonicalCodePoints;
    std::vector<qsizetype> m_droppedCrs; // raw UTF-16 offsets of the CRs of CRLF pairs
    bool m_hadBom = false;
};

} // namespace Hashiya
