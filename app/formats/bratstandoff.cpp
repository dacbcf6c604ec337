// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratstandoff.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hashiya::BratStandoff {

bool isToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.isSpace() || isLineBreak(c.unicode()))
            return false;
    }
    return true;
}

QJsonValue extraValue(const ExtraFields &extra, const QString &name)
{
    for (const auto &[key, raw] : extra) {
        if (key != name)
            continue;
        // Wrapped in an array, so scalars parse too.
        const QJsonDocument document = QJsonDocument::fromJson('[' + raw + ']');
        if (!document.isArray() || document.array().size() != 1)
            return QJsonValue(QJsonValue::Undefined);
        return document.array().at(0);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString spanText(const QList<uint> &text, const SpanList &spans)
{
    QList<uint> result;
    bool pendingSpace = false;
    for (const Span &span : spans) {
        pendingSpace = pendingSpace || !result.isEmpty();
        for (qsizetype at = std::max<qsizetype>(0, span.start); at < std::min(span.end, text.size()); ++at) {
            if (isLineBreak(text[at])) {
                pendingSpace = !result.isEmpty();
                continue;
            }
            if (pendingSpace)
                result.append(u' ');
            pendingSpace = false;
            result.append(text[at]);
        }
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(result.constData()), result.size());
}

QString typeName(QStringView name)
{
    auto isAsciiLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    QString result;
    if (name.isEmpty() || !isAsciiLetter(name.front()))
        result = QStringLiteral("T_");
    for (QChar c : name) {
        const bool allowed = isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        result.append(allowed ? c : u'_');
    }
    return result.left(64);
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace Hashiya::BratStandoff
