// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexedarticle.h"

#include "index/gramsignature.h"


#include <cstring>

namespace Hashiya {
namespace {

constexpr quint32 recordFormat = 4; // 4: whether the sidecar was read

/// A checksum that is the same in every process and version (qHash is seeded per process), eight bytes
/// at a time: damage to a record or a signature shows, at a small fraction of the cost of reading it.
quint64 checksum(const char *data, qsizetype size)
{
    quint64 sum = 0x6861736869796121ull ^ quint64(size);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        sum = (sum ^ word) * 0x9E3779B97F4A7C15ull;
        sum ^= sum >> 29;
    }
    for (; i < size; ++i) {
        sum = (sum ^ quint8(data[i])) * 0x100000001B3ull;
        sum ^= sum >> 29;
    }
    return sum;
}

QByteArray withChecksum(QByteArray bytes)
{
    const quint64 sum = checksum(bytes.constData(), bytes.size());
    bytes.append(reinterpret_cast<const char *>(&sum), sizeof sum);
    return bytes;
}

/// The bytes before the checksum, if the checksum is theirs; a view into `stored`.
std::optional<QByteArrayView> withoutChecksum(QByteArrayView stored)
{
    if (stored.size() < qsizetype(sizeof(quint64)))
        return std::nullopt;
    const QByteArrayView bytes = stored.first(stored.size() - qsizetype(sizeof(quint64)));
    quint64 sum = 0;
    std::memcpy(&sum, stored.data() + bytes.size(), sizeof sum);
    if (sum != checksum(bytes.data(), bytes.size()))
        return std::nullopt;
    return bytes;
}

/// Writes a record's fields: numbers as they are in memory, strings as UTF-8 with their length.
class RecordWriter final
{
public:
    template<typename Number>
    RecordWriter &number(Number value)
    {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
        return *this;
    }
    RecordWriter &bytes(const QByteArray &value)
    {
        number(quint32(value.size()));
        m_bytes.append(value);
        return *this;
    }
    RecordWriter &string(const QString &value) { return bytes(value.toUtf8()); }
    RecordWriter &facts(const FileFacts &value)
    {
        return number(quint8(value.exists)).number(value.size).number(value.modifiedNs).number(value.changedNs).number(value.inode);
    }
    RecordWriter &counts(const QMap<QString, qsizetype> &value)
    {
        number(quint32(value.size()));
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            string(it.key()).number(qint64(it.value()));
        return *this;
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

/// Reads what RecordWriter wrote; any read past the end makes it fail, and every later read with it.
class RecordReader final
{
public:
    RecordReader(QByteArrayView bytes, IndexedArticle::Strings *strings)
        : m_position(bytes.data())
        , m_end(bytes.data() + bytes.size())
        , m_strings(strings)
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_end; }

    template<typename Number>
    Number number()
    {
        Number value {};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_position - sizeof value, sizeof value);
        return value;
    }
    QByteArray bytes()
    {
        const quint32 size = number<quint32>();
        if (!take(size))
            return {};
        return QByteArray(m_position - size, qsizetype(size));
    }
    void skip()
    {
        take(number<quint32>());
    }
    /// Whether the string ahead holds the bytes of `value`; read past it.
    bool stringIs(QByteArrayView value)
    {
        const quint32 size = number<quint32>();
        return take(size) && QByteArrayView(m_position - size, qsizetype(size)) == value;
    }
    QString string()
    {
        const quint32 size = number<quint32>();
        if (!take(size))
            return {};
        return QString::fromUtf8(m_position - size, qsizetype(size));
    }
    /// A string many records share: the same QString each time.
    QString sharedString()
    {
        const quint32 size = number<quint32>();
        if (!take(size))
            return {};
        const char *bytes = m_position - size;
        if (!m_strings)
            return QString::fromUtf8(bytes, qsizetype(size));
        for (const auto &[key, value] : std::as_const(*m_strings)) {
            if (key.size() == qsizetype(size) && std::memcmp(key.constData(), bytes, size) == 0)
                return value;
        }
        const QString value = QString::fromUtf8(bytes, qsizetype(size));
        if (m_strings->size() < 64) // beyond, they are not the repeating kind
            m_strings->emplace_back(QByteArray(bytes, qsizetype(size)), value);
        return value;
    }
    FileFacts facts()
    {
        FileFacts value;
        value.exists = number<quint8>() != 0;
        value.size = number<qint64>();
        value.modifiedNs = number<qint64>();
        value.changedNs = number<qint64>();
        value.inode = number<quint64>();
        return value;
    }
    void skipCounts()
    {
        const quint32 size = number<quint32>();
        for (quint32 i = 0; i < size && m_ok; ++i) {
            skip();
            number<qint64>();
        }
    }
    QMap<QString, qsizetype> counts()
    {
        QMap<QString, qsizetype> value;
        const quint32 size = number<quint32>();
        for (quint32 i = 0; i < size && m_ok; ++i) {
            const QString key = sharedString();
            value.insert(key, qsizetype(number<qint64>()));
        }
        return value;
    }

private:
    bool take(size_t size)
    {
        if (!m_ok || size_t(m_end - m_position) < size) {
            m_ok = false;
            return false;
        }
        m_position += size;
        return true;
    }
    const char *m_position;
    const char *m_end;
    IndexedArticle::Strings *m_strings;
    bool m_ok = true;
};

} // namespace

IndexedArticle IndexedArticle::read(const QString &root, const ArticleFiles &files, Needs needs)
{
    IndexedArticle article;
    article.files = files;
    QString text;
    // The facts kept are those of the files as they were read (the listing's may be older, or not
    // asked for).
    article.summary = ArticleSummary::read(root + u'/' + files.path, needs.grams ? &text : nullptr,
                                           needs.description ? ArticleSummary::Detail::Full
                                                             : ArticleSummary::Detail::CountsOnly,
                                           &article.files,
                                           needs.counts ? ArticleSummary::Counts::Read : ArticleSummary::Counts::Skip);
    if (needs.grams && article.summary.readable)
        article.grams = GramSignature::ofText(text);
    return article;
}

bool IndexedArticle::lacks(Needs needs) const
{
    if (!summary.readable)
        return false;
    return (needs.grams && grams.isEmpty()) || (needs.description && !summary.described)
        || (needs.counts && !summary.counted);
}

QByteArray IndexedArticle::record() const
{
    const ArticleSummary &s = summary;
    RecordWriter out;
    out.number(recordFormat).string(files.path).facts(files.text).facts(files.sidecar).string(s.title);
    out.number(quint8(s.titleSet)).string(s.profile.script).string(s.profile.language);
    out.number(qint64(s.entities)).number(qint64(s.relations)).string(s.status).number(quint8(s.readable));
    out.number(quint8(s.sidecarHasErrors)).string(s.problem).counts(s.entityTypes).counts(s.relationTypes);
    out.bytes(s.sha256).number(quint8(s.described)).number(quint8(s.counted));
    return withChecksum(out.take());
}

std::optional<IndexedArticle> IndexedArticle::fromRecord(const QString &root, QByteArrayView path,
                                                         QByteArrayView record, Strings *strings, Part part)
{
    const std::optional<QByteArrayView> bytes = withoutChecksum(record);
    if (!bytes)
        return std::nullopt;
    RecordReader in(*bytes, strings);
    if (in.number<quint32>() != recordFormat)
        return std::nullopt;
    const bool whole = part == Part::Whole;
    IndexedArticle article;
    ArticleSummary &s = article.summary;
    if (!in.stringIs(path))
        return std::nullopt;
    article.files.path = QString::fromUtf8(path);
    article.files.text = in.facts();
    article.files.sidecar = in.facts();
    whole ? void(s.title = in.string()) : in.skip();
    s.titleSet = in.number<quint8>() != 0;
    s.profile.script = in.sharedString();
    s.profile.language = in.sharedString();
    s.entities = qsizetype(in.number<qint64>());
    s.relations = qsizetype(in.number<qint64>());
    s.status = in.sharedString();
    s.readable = in.number<quint8>() != 0;
    s.sidecarHasErrors = in.number<quint8>() != 0;
    whole ? void(s.problem = in.string()) : in.skip();
    s.entityTypes = in.counts();
    whole ? void(s.relationTypes = in.counts()) : in.skipCounts();
    whole ? void(s.sha256 = in.bytes()) : in.skip();
    s.described = in.number<quint8>() != 0;
    s.counted = in.number<quint8>() != 0;
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    s.path = root + u'/' + article.files.path;
    return article;
}

QByteArray IndexedArticle::storedGrams(const QByteArray &grams)
{
    return grams.isEmpty() ? QByteArray() : withChecksum(grams);
}

QByteArrayView IndexedArticle::gramsFromStored(QByteArrayView stored)
{
    return withoutChecksum(stored).value_or(QByteArrayView());
}

} // namespace Hashiya
