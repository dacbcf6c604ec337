// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcache.h"

#include "io/safesave.h"
#include "model/article.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Hashiya {

namespace {

bool isSha256(const QByteArray &sha256)
{
    return sha256.size() == 64 && std::all_of(sha256.begin(), sha256.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

} // namespace

QString TextCache::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hashiya/texts");
}

void TextCache::keep(const Article &article)
{
    if (!isSha256(article.sha256))
        return;
    const QString path = folder() + u'/' + QString::fromLatin1(article.sha256) + QStringLiteral(".txt");
    if (QFileInfo::exists(path) || !QDir().mkpath(folder()))
        return;
    QString ignored;
    const QByteArray bytes = article.text.toUtf8();
    saveFileAtomically(
        path, [&](QIODevice &file) { return file.write(bytes) == bytes.size(); }, &ignored);
}

std::optional<QString> TextCache::find(const QByteArray &sha256)
{
    if (!isSha256(sha256))
        return std::nullopt;
    QFile file(folder() + u'/' + QString::fromLatin1(sha256) + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    if (Article::sha256Of(text) != sha256)
        return std::nullopt; // damaged: useless for comparing
    return text;
}

} // namespace Hashiya
