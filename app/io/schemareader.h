// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/schema.h"

#include <QCoreApplication>

#include <optional>

namespace Hashiya {

class JsonSource;

/// Reads a corpus schema (`hashiya-schema.json`, see docs/schema-format.md) and checks it: names,
/// colours, shortcut keys, and that relations and attributes name types that exist.
class SchemaReader final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)

public:
    static constexpr qint64 maxFileSize = 16LL * 1024 * 1024;
    static QString fileName() { return QStringLiteral("hashiya-schema.json"); }

    /// Nothing if the schema has errors (they are in `problems`); warnings leave it usable.
    static std::optional<Schema> read(const JsonSource &source, const QString &path, Problems *problems);
    static std::optional<Schema> readFile(const QString &path, Problems *problems);
    /// The schema bundled for defence and diplomacy news, used when a corpus has none.
    static Schema defaultSchema();
};

} // namespace Hashiya
