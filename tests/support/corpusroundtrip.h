// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "formats/importbatch.h"
#include "formats/outputsink.h"

namespace Hashiya::Test {

/// The second half of an interop round trip: writes an imported batch into `targetFolder` as a corpus
/// (articles, sidecars, schema), loads every document back from disk, and exports them with `formatId`.
/// Fails the test if anything on the way reports a problem.
MemoryOutput exportThroughCorpus(const ImportBatch &batch, const QString &targetFolder, const QString &formatId);

} // namespace Hashiya::Test
