// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QCoreApplication>

#include <optional>

#include "formats/exchangedocument.h"

namespace Hashiya {

struct Schema;

/// The border between exchange documents and the corpus on disk: articles with their sidecars.
class ExchangeFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFiles)

public:
    /// Reads the article and its sidecar (if any) as an exchange document named relative to `root`.
    /// Nothing if the article cannot be read or its sidecar has errors: an export never guesses.
    static std::optional<ExchangeDocument> load(const QString &articlePath, const QString &root, const Schema *schema,
                                                Problems *problems);
};

} // namespace Hashiya
