// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the core tests: files on disk, articles and sidecars in memory.

#include "io/sidecarreader.h"
#include "model/article.h"
#include "model/entity.h"
#include "model/problem.h"
#include "model/relation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Hashiya::Test {

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
/// Every file under `folder`, by its path relative to it, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder);

/// A path under tests/data.
QString dataPath(const QString &relative);
/// A path under resources/samples.
QString samplePath(const QString &relative = {});
/// The shared peer samples (../shared/interop), or empty if this checkout has none.
QString interopPath(const QString &relative = {});

/// An article whose file would hold `bytes` (decoded as the reader does); the test fails if it cannot.
Article articleFromBytes(const QByteArray &bytes, const QString &path = QStringLiteral("/corpus/article.txt"));
/// An article with this canonical text, as if read from a UTF-8 file with LF line ends.
Article articleFromText(const QString &text, const QString &path = QStringLiteral("/corpus/article.txt"));

/// An entity with one span.
Entity entity(const QString &id, const QString &type, qsizetype start, qsizetype end);
Relation relation(const QString &id, const QString &type, const QString &from, const QString &to);

/// Reads sidecar bytes against `article` in memory; returns the problems.
Problems readSidecar(const Article &article, const QByteArray &json, SidecarContent *content = nullptr,
                     const struct Schema *schema = nullptr);
/// The sidecar bytes for these annotations (entities and relations are sorted first).
QByteArray writeSidecar(const Article &article, const EntityList &entities, std::vector<Relation> relations = {},
                        const SidecarInfo &info = {});
/// The sidecar as `annotator` saved it at `modified` (ISO 8601): one side of a merge.
QByteArray sidecarSavedBy(const Article &article, const std::vector<Entity> &entities,
                          std::vector<Relation> relations, const QString &annotator, const QString &modified);

/// The JSON object in `bytes`; the test fails, saying why, if they hold anything else.
QJsonObject parseJson(const QByteArray &bytes);

/// Problems as one string per line, for readable failure messages.
QString describe(const Problems &problems);

} // namespace Hashiya::Test
