// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationid.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <vector>

namespace Hashiya {

namespace {

// Crockford's alphabet, lower case: no i, l, o or u, so ids survive being read aloud or retyped.
constexpr char16_t alphabet[] = u"0123456789abcdefghjkmnpqrstvwxyz";

/// 12 base32 characters from the low 60 bits of `bits`.
QString idFromBits(quint64 bits)
{
    QString id(12, Qt::Uninitialized);
    for (QChar &c : id) {
        c = QChar(alphabet[bits & 31]);
        bits >>= 5;
    }
    return id;
}

/// 12 base32 characters from the low 60 bits of `bits`, most significant first, so that the ids of
/// ascending numbers are ascending strings (the alphabet is in ascending character order).
QString orderedIdFromBits(quint64 bits)
{
    QString id(12, Qt::Uninitialized);
    for (qsizetype i = 11; i >= 0; --i) {
        id[i] = QChar(alphabet[bits & 31]);
        bits >>= 5;
    }
    return id;
}

/// `count` random 60-bit numbers from the system generator, fetched in blocks of a few requests.
template<typename Consume>
void drawRandomBits(qsizetype count, Consume consume)
{
    // In blocks, so a million ids need a few requests and little memory for the random bits.
    constexpr qsizetype block = 65536;
    // The quint32 overload is the one that fills a range in one request; two words make one id.
    std::vector<quint32> words(size_t(2 * std::min(count, block)));
    for (qsizetype done = 0; done < count; done += block) {
        const qsizetype n = std::min(block, count - done);
        QRandomGenerator::system()->generate(words.data(), words.data() + 2 * n);
        for (qsizetype i = 0; i < n; ++i)
            consume((quint64(words[size_t(2 * i)]) << 32 | words[size_t(2 * i + 1)]) & ((quint64(1) << 60) - 1));
    }
}

} // namespace

QString newAnnotationId()
{
    return idFromBits(QRandomGenerator::system()->generate64());
}

QStringList newAnnotationIds(qsizetype count)
{
    QStringList ids;
    if (count <= 0)
        return ids;
    ids.reserve(count);
    drawRandomBits(count, [&](quint64 bits) { ids.append(idFromBits(bits)); });
    return ids;
}

QStringList newSortedAnnotationIds(qsizetype count)
{
    QStringList ids;
    if (count <= 0)
        return ids;
    std::vector<quint64> numbers;
    numbers.reserve(size_t(count));
    drawRandomBits(count, [&](quint64 bits) { numbers.push_back(bits); });
    std::sort(numbers.begin(), numbers.end());
    ids.reserve(count);
    for (quint64 bits : numbers)
        ids.append(orderedIdFromBits(bits));
    return ids;
}

bool isValidAnnotationId(QStringView id)
{
    // A table, not a chain of comparisons: every id of a sidecar passes through here on loading.
    static constexpr auto allowed = [] {
        std::array<bool, 128> table {};
        for (char16_t c = u'a'; c <= u'z'; ++c)
            table[c] = true;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            table[c] = true;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            table[c] = true;
        for (char16_t c : {u'_', u'.', u':', u'-'})
            table[c] = true;
        return table;
    }();
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (c.unicode() >= 128 || !allowed[c.unicode()])
            return false;
    }
    return true;
}

} // namespace Hashiya
