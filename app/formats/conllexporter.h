// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonwriter.h"

#include <QCoreApplication>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// Writes the whole set as token-per-line IOB2, in two files:
/// - `conll2003.txt`: `TOKEN -X- _ TAG` separated by single spaces, a blank line after each sentence, and
///   `-DOCSTART- -X- O O` plus a blank line before each document. The Hugging Face conll2003 reader
///   (split(" "), NER in column 3, "-DOCSTART-" prefix) and `spacy convert -c ner` (split(), last column,
///   that exact delimiter) both read it. POS and chunk columns hold Label Studio's placeholders.
/// - `iob2.tsv`: `TOKEN<TAB>TAG`, a blank line after each sentence, no DOCSTART: doccano's CoNLL import.
///
/// Tokens come from ConllTokenizer and are split further wherever an entity starts or ends inside one
/// (Ankara|'da, و|أنقرة), so no entity is widened or lost. IOB holds one layer only: of overlapping
/// entities the longest (then the first) is kept and each other one reported as left out. A
/// discontinuous entity is written as one B-… run per fragment, with a warning. A sentence break that
/// falls inside an entity is ignored; a line break inside one starts a new B-… run, with a warning.
class ConllExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ConllExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    static QString conllFileName() { return QStringLiteral("conll2003.txt"); }
    static QString iobFileName() { return QStringLiteral("iob2.tsv"); }

private:
    // Plain byte buffers (JsonWriter's raw appends): tens of millions of small appends stay cheap.
    JsonWriter m_conll {size_t(1) << 20};
    JsonWriter m_iob {size_t(1) << 20};
};

} // namespace Hashiya
