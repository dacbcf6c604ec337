// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace Hashiya {

/// The .txt as brat counts it, and the way from its code points to the canonical text's.
class BratSourceText final
{
public:
    /// The article's canonical text: BOM stripped, line ends as LF. Only the first BOM is a byte order mark;
    /// brat keeps a second one as text, and so do we.
    static QString canonicalText(const QByteArray &bytes);

    /// False if `bytes` is not valid UTF-8.
    bool load(const QByteArray &bytes);

    qsizetype length() const { return m_length; }
    /// The UTF-8 bytes of the code points [start, end).
    std::string_view slice(qsizetype start, qsizetype end) const
    {
        const qsizetype from = byteAt(start);
        return std::string_view(m_bytes.constData() + from, size_t(byteAt(end) - from));
    }
    /// Code point offset in the canonical text (BOM stripped, CRLF as LF) of raw offset `raw`. `hint` is
    /// the caller's: offsets mostly come in text order, so where the last one was is tried first.
    qsizetype canonical(qsizetype raw, size_t &hint) const;
    /// True if every character in [start, end) is a line break.
    bool onlyLineBreaks(qsizetype start, qsizetype end) const;

private:
    qsizetype byteAt(qsizetype codePoint) const { return m_byteOf.empty() ? codePoint : m_byteOf[size_t(codePoint)]; }

    QByteArray m_bytes;
    qsizetype m_length = 0;
    std::vector<quint32> m_byteOf; // empty for ASCII text, where code points are bytes (files stay < 4 GB)
    std::vector<qsizetype> m_removed; // raw offsets of the BOM and of each CR before an LF
};

} // namespace Hashiya
