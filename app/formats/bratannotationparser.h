// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/bratbytes.h"
#include "formats/bratidtable.h"
#include "formats/importbatch.h"

#include <QCoreApplication>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Hashiya {

class BratSourceText;

/// One .ann file's parse: its lines by kind, the entities and relations they become, and the problems they
/// report, kept between the passes BratImporter runs. Reports to the batch it is given.
class BratAnnotationParser final
{
    // Its messages are the importer's, and are translated as such.
    Q_DECLARE_TR_FUNCTIONS(BratImporter)

public:
    using Bytes = BratBytes::Bytes;

    /// One annotation line, pointing into the .ann's bytes.
    struct Line
    {
        Bytes id;
        Bytes rest; // after the TAB that ends the id
        qsizetype number = 0;
    };
    /// The lines of each kind, in file order.
    struct Lines
    {
        std::vector<Line> textBound, events, relations, attributes, normalizations, notes, equivalences;
    };

    /// `bytes`: the .ann's size, which bounds how many ids it can hold.
    BratAnnotationParser(const QString &annPath, ImportBatch *batch, qsizetype bytes);

    const QString &path() const { return m_path; }
    BratIdTable &ids() { return m_ids; }
    EntityList &entities() { return m_entities; } // built in chunks: no second copy when it becomes the document's
    std::vector<Relation> &relations() { return m_relations; }

    /// Pass 1: every line of `ann` (without its BOM) by kind, its id taken, so that later lines may refer to
    /// ids defined below them. A text-bound line's id has the value -1 until parseTextBound() made its entity.
    /// `valid`: `ann` as a whole is valid UTF-8, so its lines need no check of their own.
    Lines sortLines(Bytes ann, bool valid);
    /// Pass 2: one text-bound line into the last of entities(); false, with an error, if it was skipped.
    bool parseTextBound(const Line &line, const BratSourceText &source);
    // After pass 2, with the entities' ids set, the lines that refer to them, in this order.
    void parseEvents(const std::vector<Line> &events);
    void parseRelations(const std::vector<Line> &relations);
    /// Sets `usedEquivalences`, if given, when an equivalence was imported.
    void parseEquivalences(const std::vector<Line> &equivalences, bool *usedEquivalences);
    void parseAttributes(const std::vector<Line> &attributes);
    void parseNormalizations(const std::vector<Line> &normalizations);
    void parseNotes(const std::vector<Line> &notes);

private:
    /// What attributes, references and notes attach to: an entity (a T, or an E's trigger) or a relation.
    struct Target
    {
        Entity *entity = nullptr;
        Relation *relation = nullptr;

        bool found() const { return entity || relation; }
    };

    void error(qsizetype line, const QString &message);
    void warning(qsizetype line, const QString &message);
    QString typeName(Bytes bytes);
    /// The entity an id names: a T's entity, or an E's trigger; -1 with `why` set if none.
    qint32 entityOf(Bytes id, QString *why);
    Target targetOf(Bytes id, bool relationsToo, QString *why);
    /// The target of `line`, or none, with the line skipped and an error saying why.
    Target targetOrSkip(const Line &line, Bytes id, bool relationsToo);
    void addRelation(qint32 from, qint32 to, const QString &type, ExtraFields extra);

    QString m_path;
    ImportBatch *m_batch;
    BratIdTable m_ids;
    EntityList m_entities;
    std::vector<Relation> m_relations;
    std::vector<qint32> m_eventTrigger; // per E line: its trigger entity, or -1
    std::vector<qint32> m_relationOf; // per R line: its relation, or -1
    size_t m_canonicalHint = 0;
    std::unordered_map<std::string, QString, BratBytes::TransparentHash, std::equal_to<>> m_types;
    std::vector<std::pair<Bytes, QString>> m_recentTypes; // keys point into m_types, whose nodes stay put
};

} // namespace Hashiya
