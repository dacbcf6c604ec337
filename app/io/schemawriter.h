// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Hashiya {

struct Schema;

/// Writes a schema as hashiya-schema.json (docs/schema-format.md), one type per line, so an imported
/// schema reads and diffs like a hand-written one. SchemaReader reads the bytes back to an equal Schema.
QByteArray writeSchema(const Schema &schema);

} // namespace Hashiya
