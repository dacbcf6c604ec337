// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include "io/corpusfiles.h"
#include "io/schemareader.h"

#include <QDir>
#include <QFileInfo>

namespace Hashiya {

QStringList Corpus::findArticles(const QString &folder)
{
    QStringList articles;
    const QString root = QDir(folder).absolutePath() + u'/';
    for (const ArticleFiles &files : CorpusFiles::list(folder))
        articles.append(root + files.path);
    return articles;
}

QString Corpus::findSchemaFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    while (true) {
        const QString candidate = dir.filePath(SchemaReader::fileName());
        if (QFileInfo(candidate).isFile())
            return candidate;
        if (!dir.cdUp())
            return {};
    }
}

Corpus::SchemaChoice Corpus::schemaFor(const QString &path)
{
    SchemaChoice choice;
    choice.path = findSchemaFile(path);
    if (!choice.path.isEmpty()) {
        if (std::optional<Schema> schema = SchemaReader::readFile(choice.path, &choice.problems)) {
            choice.schema = std::move(*schema);
            return choice;
        }
    }
    choice.path.clear();
    choice.schema = SchemaReader::defaultSchema();
    return choice;
}

} // namespace Hashiya
