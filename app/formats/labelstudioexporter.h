// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonwriter.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

/// Label Studio's task JSON (formats.md §5): labelstudio.json, an array of tasks {"id", "data": {"text",
/// "name"}, "meta": {"status"}, "annotations": [{"result": [...]}], "predictions": []}, one task per line,
/// plus labelstudio-config.xml, the labeling config the results refer to. Offsets are code points.
///
/// Each entity is a "labels" region whose id is the entity id (characters Label Studio does not allow in
/// region ids become '-'). A discontinuous entity becomes one region per fragment, with ids "<id>",
/// "<id>_2", "<id>_3"…, which LabelStudioImporter joins again; relations use the first and a warning names
/// the entity. Attributes are perRegion results with the region's id: "choices" for attributes the schema
/// gives values, "textarea" for free text; notes are perRegion "textarea" results from the control "note".
/// Relations are "relation" results, direction "bi" for the schema's symmetric types, else "right".
/// References and the attributes and notes of relations have no place in the format (counted in a warning).
class LabelStudioExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(LabelStudioExporter)

public:
    explicit LabelStudioExporter(Schema schema);
    static std::unique_ptr<Exporter> create(const Schema &schema);
    static QString fileName() { return QStringLiteral("labelstudio.json"); }
    static QString configFileName() { return QStringLiteral("labelstudio-config.xml"); }
    /// The control that holds an attribute: its name, unless that is one of the config's own names.
    static QString controlName(const QString &attribute);

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    /// The labeling config for the schema plus the types and attributes the documents used.
    QByteArray config() const;

private:
    Schema m_schema;
    JsonWriter m_json {1 << 20};
    qint64 m_taskId = 0;
    QStringList m_extraEntityTypes; // used but not in the schema, in order of appearance
    QStringList m_extraRelationTypes;
    QStringList m_extraAttributes;
    QSet<QString> m_seen;
    qsizetype m_lostAttributes = 0;
    qsizetype m_lostNotes = 0;
    qsizetype m_lostReferences = 0;
};

} // namespace Hashiya
