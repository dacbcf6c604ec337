// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document every format test exports: Turkish, Arabic and English in one text, a flag emoji before the
// first entity and another emoji mid-text, entities inside words (Ankara'da, وأنقرة, İSTANBUL-based), a
// discontinuous entity, relations, attributes, a note and a reference.
#include "model/schema.h"

#include "formats/exchangedocument.h"

namespace Hashiya::Test {

/// The fixture's text; offsets below are in code points.
QString exchangeFixtureText();
/// The fixture, named "mixed/haber.txt", status "done". Entity ids are "e01"… in text order, relation ids "r1"…
ExchangeDocument exchangeFixture();
/// The schema the fixture's types come from (the bundled one).
Schema exchangeFixtureSchema();
/// Code point offset of the `occurrence`-th (0-based) `needle` in `text`; fails the test if absent.
qsizetype codePointOffsetOf(const QString &text, const QString &needle, int occurrence = 0);

} // namespace Hashiya::Test
