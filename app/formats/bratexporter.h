// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <set>

#include "formats/exporter.h"

namespace Hashiya {

/// Writes brat standoff: per article `<base>.txt` (the canonical text) and `<base>.ann` with offsets in code
/// points, and at the end annotation.conf and visual.conf for the schema plus every type the articles use.
/// Entities marked by the brat importer as event triggers (extra "bratEvent") are written back as E lines,
/// `*` equivalences (extra "bratEquivalence") as `*` lines.
class BratExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(BratExporter)

public:
    explicit BratExporter(Schema schema);
    static std::unique_ptr<Exporter> create(const Schema &schema);

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    /// The .ann content for one document; what cannot be written goes into `problems` and is left out.
    QByteArray annotations(const ExchangeDocument &document, Problems *problems);
    QByteArray annotationConf(Problems *problems) const;
    QByteArray visualConf() const;

private:
    struct RelationUse
    {
        std::set<QString> from, to;
        QString role1 = QStringLiteral("Arg1"), role2 = QStringLiteral("Arg2");
    };
    struct RoleUse
    {
        std::set<QString> types;
        bool repeated = false;
    };
    struct AttributeUse
    {
        std::set<QString> types;
        std::set<QString> values;
        bool beyondEntities = false; ///< set on an event trigger or a relation
    };

    Schema m_schema;
    std::set<QString> m_entityTypes; // used by entities that are not event triggers
    std::map<QString, std::map<QString, RoleUse>> m_events; // trigger type → role → argument types
    std::map<QString, RelationUse> m_relations;
    std::map<QString, std::set<QString>> m_equivalences;
    std::map<QString, AttributeUse> m_attributes;
};

} // namespace Hashiya
