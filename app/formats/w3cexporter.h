// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// Writes each article's annotations as a W3C Web Annotation collection, `<baseName>.jsonld`:
/// `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "label", "total",
/// "first": {"type": "AnnotationPage", "items": [...]}}`, entities first (text order), then relations (id order).
///
/// An entity is an Annotation `urn:hashiya:<id>` with motivation "tagging". Its bodies are TextualBody values:
/// the type (purpose "tagging"), the note ("commenting"), each attribute as "name=value" ("describing"); a
/// reference is a SpecificResource with purpose "identifying" and the reference as its source. Its target
/// names the article (`source`, the document's name) and selects the text with a TextQuoteSelector (exact,
/// 32 code points of prefix and suffix, as Hypothesis stores) and a TextPositionSelector, both in code points
/// as the model requires. A discontinuous entity has one such target per fragment: the model allows several
/// targets, each related to the bodies on its own.
///
/// A relation is an Annotation with motivation "linking", its type as a "tagging" body, its note and
/// attributes as for entities, and the two entity annotations as targets, source first. JSON-LD does not
/// keep the order of a list of targets, so two "describing" bodies, "from=urn:hashiya:<id>" and
/// "to=urn:hashiya:<id>", state the direction.
class W3cExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(W3cExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    /// How many code points of context the quote selectors carry on each side.
    static constexpr qsizetype contextLength = 32;
};

} // namespace Hashiya
