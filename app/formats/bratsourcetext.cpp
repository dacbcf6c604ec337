// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratsourcetext.h"

#include "formats/bratbytes.h"
#include "formats/bratstandoff.h"
#include "io/articlereader.h"
#include "io/utf8.h"

#include <QStringDecoder>

#include <algorithm>

namespace Hashiya {

QString BratSourceText::canonicalText(const QByteArray &bytes)
{
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(bytes.constData() + bom, bytes.size() - bom));
    ArticleReader::normalizeLineEnds(text);
    return text;
}

bool BratSourceText::load(const QByteArray &bytes)
{
    m_bytes = bytes;
    if (Utf8::firstInvalidByte(bytes.constData(), bytes.size()) >= 0)
        return false;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    const bool ascii = std::all_of(data, data + size, [](unsigned char b) { return b < 0x80; });
    if (!ascii)
        m_byteOf.reserve(size_t(size) + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = data[i];
        if ((b & 0xC0) == 0x80)
            continue;
        if (b == '\r' && i + 1 < size && data[i + 1] == '\n')
            m_removed.push_back(codePoints);
        if (!ascii)
            m_byteOf.push_back(quint32(i));
        ++codePoints;
    }
    if (!ascii)
        m_byteOf.push_back(quint32(size));
    m_length = codePoints;
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        m_removed.insert(m_removed.begin(), 0); // brat counts the BOM as character 0
    return true;
}

qsizetype BratSourceText::canonical(qsizetype raw, size_t &hint) const
{
    if (m_removed.empty())
        return raw;
    const size_t n = m_removed.size();
    size_t k = hint;
    if (!((k == 0 || m_removed[k - 1] < raw) && (k == n || raw <= m_removed[k])))
        k = size_t(std::lower_bound(m_removed.begin(), m_removed.end(), raw) - m_removed.begin());
    hint = k;
    return raw - qsizetype(k);
}

bool BratSourceText::onlyLineBreaks(qsizetype start, qsizetype end) const
{
    if (end - start > 16)
        return false;
    const QString text = BratBytes::toQString(slice(start, end));
    return std::all_of(text.begin(), text.end(), [](QChar c) { return BratStandoff::isLineBreak(c.unicode()); });
}

} // namespace Hashiya
