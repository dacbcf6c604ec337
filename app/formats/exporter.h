// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include "formats/exchangedocument.h"
#include "formats/outputsink.h"

namespace Hashiya {

/// Turns a set of documents into one peer format. The export job feeds it every document in order, then
/// calls finish() once. Formats with one file per article write it in add(); formats with one file for the
/// whole set collect in add() and write in finish(). Problems name the document (its `name`) and say what
/// could not be carried over, e.g. an entity CoNLL cannot align to tokens.
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// False if a file could not be written (the reason is in `problems`); the job then stops.
    virtual bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) = 0;
    virtual bool finish(OutputSink &out, Problems *problems) = 0;
};

} // namespace Hashiya
