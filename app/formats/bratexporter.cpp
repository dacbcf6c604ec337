// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratexporter.h"

#include "formats/bratstandoff.h"
#include "formats/exportsupport.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Hashiya {
namespace {

// Exported files are read by other tools and other people: labels go out in English, whatever the
// interface speaks.
constexpr QStringView exportLanguage = u"en";

using BratStandoff::isLineBreak;
using BratStandoff::isToken;

QByteArray number(qsizetype n)
{
    return QByteArray::number(n);
}

QString fromUcs4(const QList<uint> &text, qsizetype start, qsizetype end)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + start), end - start);
}

/// The lines of `note` split where brat would break a line, without empty ones.
QStringList noteLines(const QString &note)
{
    QStringList lines;
    QString current;
    for (QChar c : note) {
        if (isLineBreak(c.unicode())) {
            if (!current.trimmed().isEmpty())
                lines.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        lines.append(current);
    return lines;
}

QString joined(const std::set<QString> &types)
{
    return QStringList(types.begin(), types.end()).join(u'|');
}

/// "*" (any type) becomes brat's <ENTITY>.
QString bratTypes(const QStringList &types)
{
    if (types.isEmpty() || types.contains(QStringLiteral("*")))
        return QStringLiteral("<ENTITY>");
    return types.join(u'|');
}

bool isBinary(const std::set<QString> &values)
{
    for (const QString &value : values) {
        if (value != QStringLiteral("true") && value != QStringLiteral("false"))
            return false;
    }
    return true;
}

QString label(QString text)
{
    return text.replace(u'|', u'/').simplified();
}

} // namespace

BratExporter::BratExporter(Schema schema)
    : m_schema(std::move(schema))
{
}

std::unique_ptr<Exporter> BratExporter::create(const Schema &schema)
{
    return std::make_unique<BratExporter>(schema);
}

bool BratExporter::add(const ExchangeDocument &input, OutputSink &out, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const QString base = document.baseName();
    const QByteArray ann = annotations(document, problems);
    return ExportSupport::write(out, base + QStringLiteral(".txt"), document.text.toUtf8(), problems)
        && ExportSupport::write(out, base + QStringLiteral(".ann"), ann, problems);
}

QByteArray BratExporter::annotations(const ExchangeDocument &document, Problems *problems)
{
    auto problem = [&](const QString &message) {
        problems->append({Problem::Severity::Error, document.name, 0, 0, message});
    };
    const QList<uint> text = document.text.toUcs4();
    const qsizetype count = qsizetype(document.entities.size());

    // Ids first, so every later line can name what it refers to; a skipped entity keeps no id.
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(count);
    std::vector<QByteArray> lines(count);
    std::vector<QByteArray> ids(count); // "T3", or "E2" for an event trigger
    std::vector<QByteArray> textIds(count); // always the T id, for `*` lines
    std::vector<QString> entityText(count);
    std::vector<bool> isEvent(count, false);
    qsizetype t = 0, e = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Entity &entity = document.entities[size_t(i)];
        if (!isToken(entity.type)) {
            problem(tr("entity %1 not exported: its type “%2” is not a single word").arg(entity.id, entity.type));
            continue;
        }
        // Split every span at line breaks: brat cannot hold a line break inside one .ann line.
        QByteArray fragments;
        QString joinedText;
        for (const Span &span : entity.spans) { // inside the text: see withValidSpans()
            qsizetype start = span.start;
            for (qsizetype at = span.start; at <= span.end; ++at) {
                if (at < span.end && !isLineBreak(text[at]))
                    continue;
                if (at > start) {
                    if (!fragments.isEmpty()) {
                        fragments += ';';
                        joinedText += u' ';
                    }
                    fragments += number(start) + ' ' + number(at);
                    joinedText += fromUcs4(text, start, at);
                }
                start = at + 1;
            }
        }
        if (fragments.isEmpty()) {
            problem(tr("entity %1 not exported: it covers only line breaks").arg(entity.id));
            continue;
        }
        textIds[size_t(i)] = 'T' + number(++t);
        lines[size_t(i)] =
            textIds[size_t(i)] + '\t' + entity.type.toUtf8() + ' ' + fragments + '\t' + joinedText.toUtf8() + '\n';
        entityText[size_t(i)] = joinedText;
        isEvent[size_t(i)] = BratStandoff::extraValue(entity.extra, BratStandoff::eventField()).toBool();
        ids[size_t(i)] = isEvent[size_t(i)] ? 'E' + number(++e) : textIds[size_t(i)];
        indexOf.insert(entity.id, i);
    }

    QByteArray out;
    for (const QByteArray &line : lines)
        out += line;

    // Event arguments: relations from a trigger that the importer marked with their brat role.
    std::vector<std::vector<std::pair<QString, qsizetype>>> arguments(count); // role, argument entity
    std::vector<bool> consumed(document.relations.size(), false);
    for (size_t r = 0; r < document.relations.size(); ++r) {
        const Relation &relation = document.relations[r];
        const QJsonValue role = BratStandoff::extraValue(relation.extra, BratStandoff::roleField());
        const auto from = indexOf.constFind(relation.from);
        const auto to = indexOf.constFind(relation.to);
        if (from == indexOf.cend() || to == indexOf.cend() || !isEvent[size_t(*from)])
            continue;
        const QString name = role.isString() ? role.toString() : relation.type;
        if (!isToken(name) || name.contains(u':'))
            continue; // written as an R line, or reported there
        arguments[size_t(*from)].push_back({name, *to});
        consumed[r] = true;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (!isEvent[size_t(i)] || ids[size_t(i)].isEmpty())
            continue;
        const Entity &trigger = document.entities[size_t(i)];
        auto &args = arguments[size_t(i)];
        // In text order of the arguments, as brat's own files have them.
        std::sort(args.begin(), args.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second < b.second : a.first < b.first;
        });
        QByteArray line = ids[size_t(i)] + '\t' + trigger.type.toUtf8() + ':' + textIds[size_t(i)];
        std::set<QString> usedRoles;
        auto &roles = m_events[trigger.type];
        std::map<QString, int> perRole;
        for (auto [role, target] : args) {
            // Repeated roles must be numbered (Org-Arg, Org-Arg2, ...); keep numbers the importer kept.
            QString base = role;
            while (!base.isEmpty() && base.back().isDigit())
                base.chop(1);
            if (base.isEmpty())
                base = role;
            for (int n = 2; usedRoles.count(role); ++n)
                role = base + QString::number(n);
            usedRoles.insert(role);
            RoleUse &use = roles[base];
            use.types.insert(document.entities[size_t(target)].type);
            use.repeated = use.repeated || ++perRole[base] > 1;
            line += ' ' + role.toUtf8() + ':' + ids[size_t(target)];
        }
        out += line + '\n';
    }

    // Relations, and the `*` equivalence sets that the importer turned into chains of links.
    QHash<QString, QByteArray> relationIds;
    std::map<QString, std::vector<qsizetype>> unionFind; // per equivalence name, parent by entity index
    qsizetype rNumber = 0;
    // In text order of their ends, not by id: ids are random, and the same annotations should give the same file.
    std::vector<size_t> order(document.relations.size());
    std::iota(order.begin(), order.end(), size_t(0));
    auto position = [&](const QString &id) {
        return indexOf.value(id, -1);
    };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Relation &x = document.relations[a];
        const Relation &y = document.relations[b];
        return std::tuple(position(x.from), position(x.to), x.type, x.id)
            < std::tuple(position(y.from), position(y.to), y.type, y.id);
    });
    for (size_t r : order) {
        if (consumed[r])
            continue;
        const Relation &relation = document.relations[r];
        const auto from = indexOf.constFind(relation.from);
        const auto to = indexOf.constFind(relation.to);
        if (from == indexOf.cend() || to == indexOf.cend()) {
            problem(tr("relation %1 not exported: an entity it links was not exported").arg(relation.id));
            continue;
        }
        const QJsonValue equivalence = BratStandoff::extraValue(relation.extra, BratStandoff::equivalenceField());
        if (equivalence.isString() && isToken(equivalence.toString())) {
            std::vector<qsizetype> &parent = unionFind[equivalence.toString()];
            if (parent.empty()) {
                parent.resize(size_t(count));
                std::iota(parent.begin(), parent.end(), 0);
            }
            auto root = [&parent](qsizetype x) {
                while (parent[size_t(x)] != x)
                    x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
                return x;
            };
            const qsizetype a = root(*from), b = root(*to);
            parent[size_t(std::max(a, b))] = std::min(a, b);
            auto &types = m_equivalences[equivalence.toString()];
            types.insert(document.entities[size_t(*from)].type);
            types.insert(document.entities[size_t(*to)].type);
            continue;
        }
        if (!isToken(relation.type)) {
            problem(tr("relation %1 not exported: its type “%2” is not a single word").arg(relation.id, relation.type));
            continue;
        }
        QString role1 = QStringLiteral("Arg1"), role2 = QStringLiteral("Arg2");
        const QJsonArray roles = BratStandoff::extraValue(relation.extra, BratStandoff::rolesField()).toArray();
        if (roles.size() == 2 && isToken(roles[0].toString()) && isToken(roles[1].toString())
            && roles[0].toString() != roles[1].toString()) {
            role1 = roles[0].toString();
            role2 = roles[1].toString();
        }
        const QByteArray id = 'R' + number(++rNumber);
        relationIds.insert(relation.id, id);
        out += id + '\t' + relation.type.toUtf8() + ' ' + role1.toUtf8() + ':' + ids[size_t(*from)] + ' '
            + role2.toUtf8() + ':' + ids[size_t(*to)] + '\n';
        RelationUse &use = m_relations[relation.type];
        use.from.insert(document.entities[size_t(*from)].type);
        use.to.insert(document.entities[size_t(*to)].type);
        use.role1 = role1;
        use.role2 = role2;
    }
    for (auto &[name, parent] : unionFind) {
        std::map<qsizetype, std::vector<qsizetype>> sets;
        for (qsizetype i = 0; i < count; ++i) {
            qsizetype root = i;
            while (parent[size_t(root)] != root)
                root = parent[size_t(root)];
            sets[root].push_back(i);
        }
        for (const auto &[root, members] : sets) {
            if (members.size() < 2)
                continue;
            QByteArray line = "*\t" + name.toUtf8();
            for (qsizetype member : members)
                line += ' ' + textIds[size_t(member)];
            out += line + '\n';
        }
    }

    // Attributes, normalizations and notes of entities (on the E id for triggers) and relations.
    qsizetype aNumber = 0, nNumber = 0, noteNumber = 0;
    QByteArray references, notes;
    auto writeAttributes = [&](const Attributes &attributes, const QByteArray &target, const QString &owner,
                               const QString &type, bool beyondEntities) {
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (!isToken(it.key()) || (!isToken(it.value()) && !it.value().isEmpty())) {
                problem(tr("attribute “%1” of %2 not exported: brat needs its name and value as single words")
                            .arg(it.key(), owner));
                continue;
            }
            AttributeUse &use = m_attributes[it.key()];
            use.types.insert(type);
            use.beyondEntities = use.beyondEntities || beyondEntities;
            // brat's binary attributes: present means true, absent means false.
            if (it.value() == QStringLiteral("false"))
                continue;
            use.values.insert(it.value().isEmpty() ? QStringLiteral("true") : it.value());
            out += 'A' + number(++aNumber) + '\t' + it.key().toUtf8() + ' ' + target;
            if (it.value() != QStringLiteral("true") && !it.value().isEmpty())
                out += ' ' + it.value().toUtf8();
            out += '\n';
        }
    };
    auto writeNote = [&](const QString &note, const QByteArray &target) {
        for (const QString &line : noteLines(note))
            notes += '#' + number(++noteNumber) + "\tAnnotatorNotes " + target + '\t' + line.toUtf8() + '\n';
    };
    for (qsizetype i = 0; i < count; ++i) {
        if (ids[size_t(i)].isEmpty())
            continue;
        const Entity &entity = document.entities[size_t(i)];
        if (isEvent[size_t(i)])
            m_events[entity.type];
        else
            m_entityTypes.insert(entity.type);
        writeAttributes(entity.attributes, ids[size_t(i)], entity.id, entity.type, isEvent[size_t(i)]);
        if (!entity.reference.isEmpty()) {
            const qsizetype colon = entity.reference.indexOf(u':');
            if (colon <= 0 || colon == entity.reference.size() - 1 || !isToken(entity.reference)) {
                problem(tr("reference “%1” of %2 not exported: brat needs the form DB:ID without spaces")
                            .arg(entity.reference, entity.id));
            } else {
                const QJsonValue stored = BratStandoff::extraValue(entity.extra, BratStandoff::referenceTextField());
                QString shown = stored.isString() ? stored.toString() : entityText[size_t(i)];
                for (QChar &c : shown) {
                    if (isLineBreak(c.unicode()))
                        c = u' ';
                }
                references += 'N' + number(++nNumber) + "\tReference " + ids[size_t(i)] + ' '
                    + entity.reference.toUtf8() + '\t' + shown.toUtf8() + '\n';
            }
        }
        writeNote(entity.note, ids[size_t(i)]);
    }
    for (size_t r : order) {
        const Relation &relation = document.relations[r];
        const auto id = relationIds.constFind(relation.id);
        if (id == relationIds.cend())
            continue;
        writeAttributes(relation.attributes, *id, relation.id, relation.type, true);
        writeNote(relation.note, *id);
    }
    return out + references + notes;
}

bool BratExporter::finish(OutputSink &out, Problems *problems)
{
    return ExportSupport::write(out, QStringLiteral("annotation.conf"), annotationConf(problems), problems)
        && ExportSupport::write(out, QStringLiteral("visual.conf"), visualConf(), problems);
}

QByteArray BratExporter::annotationConf(Problems *problems) const
{
    QByteArray out = "# Written by Hashiya: the schema's types and every type the exported articles use.\n";

    out += "\n[entities]\n\n";
    std::set<QString> written;
    for (const EntityType &type : m_schema.entityTypes) {
        if (m_events.count(type.name) && !m_entityTypes.count(type.name))
            continue; // only used as an event trigger: listed under [events]
        if (isToken(type.name) && written.insert(type.name).second)
            out += type.name.toUtf8() + '\n';
    }
    for (const QString &type : m_entityTypes) {
        if (written.insert(type).second)
            out += type.toUtf8() + '\n';
    }

    out += "\n[relations]\n\n";
    std::set<QString> eventRoles;
    for (const auto &[type, roles] : m_events) {
        for (const auto &[role, use] : roles)
            eventRoles.insert(role);
    }
    written.clear();
    auto relationLine = [&](const QString &name, const RelationUse &use, const QString &from, const QString &to,
                            const char *kind) {
        if (!isToken(name) || !written.insert(name).second)
            return;
        out += name.toUtf8() + '\t' + use.role1.toUtf8() + ':' + from.toUtf8() + ", " + use.role2.toUtf8() + ':'
            + to.toUtf8();
        if (kind)
            out += ", <REL-TYPE>:" + QByteArray(kind);
        out += '\n';
    };
    for (const auto &[name, types] : m_equivalences)
        relationLine(name, RelationUse {}, joined(types), joined(types), "symmetric-transitive");
    for (const RelationType &type : m_schema.relationTypes) {
        const auto used = m_relations.find(type.name);
        if (used == m_relations.end() && eventRoles.count(type.name))
            continue; // an event role of the schema brat came from, not a relation
        relationLine(type.name, used == m_relations.end() ? RelationUse {} : used->second, bratTypes(type.from),
                     bratTypes(type.to), type.symmetric ? "symmetric" : nullptr);
    }
    for (const auto &[name, use] : m_relations)
        relationLine(name, use, joined(use.from), joined(use.to), nullptr);

    out += "\n[events]\n\n";
    for (const auto &[type, roles] : m_events) {
        QStringList arguments;
        for (const auto &[role, use] : roles)
            arguments.append(role + (use.repeated ? u'*' : u'?') + u':' + joined(use.types));
        out += type.toUtf8() + (arguments.isEmpty() ? QByteArray() : '\t' + arguments.join(u", ").toUtf8()) + '\n';
    }

    out += "\n[attributes]\n\n";
    written.clear();
    auto attributeLine = [&](const QString &name, QString types, std::set<QString> values) {
        if (!isToken(name) || !written.insert(name).second)
            return;
        QByteArray line = name.toUtf8() + "\tArg:" + types.toUtf8();
        if (!isBinary(values)) {
            QStringList listed;
            for (const QString &value : values) {
                if (isToken(value) && !value.contains(u'|') && !value.contains(u','))
                    listed.append(value);
                else
                    problems->append(
                        {Problem::Severity::Error, QStringLiteral("annotation.conf"), 0, 0,
                         tr("value “%1” of attribute %2 not listed: brat needs single words").arg(value, name)});
            }
            line += ", Value:" + listed.join(u'|').toUtf8();
        }
        out += line + '\n';
    };
    for (const AttributeDefinition &attribute : m_schema.attributes) {
        const auto used = m_attributes.find(attribute.name);
        std::set<QString> values(attribute.values.begin(), attribute.values.end());
        QString types = bratTypes(attribute.appliesTo);
        if (used != m_attributes.end()) {
            values.insert(used->second.values.begin(), used->second.values.end());
            if (used->second.beyondEntities && types == QStringLiteral("<ENTITY>"))
                types = QStringLiteral("<ANY>");
        }
        attributeLine(attribute.name, types, values);
    }
    for (const auto &[name, use] : m_attributes)
        attributeLine(name, joined(use.types), use.values);
    return out;
}

QByteArray BratExporter::visualConf() const
{
    QByteArray labels = "[labels]\n\n", drawing = "\n[drawing]\n\n";
    std::set<QString> types(m_entityTypes);
    for (const auto &[type, roles] : m_events)
        types.insert(type);
    std::set<QString> written;
    auto entityLines = [&](const QString &name) {
        if (!isToken(name) || !written.insert(name).second)
            return;
        const EntityType *type = m_schema.entityType(name);
        labels += name.toUtf8() + " | " + label(type ? type->label(exportLanguage) : name).toUtf8();
        if (type && !type->shortLabel.isEmpty())
            labels += " | " + label(type->shortLabel).toUtf8();
        labels += '\n';
        const QColor color = type && type->color.isValid() ? type->color : Schema::fallbackColor(name);
        drawing += name.toUtf8() + "\tbgColor:" + color.name().toUtf8() + '\n';
    };
    for (const EntityType &type : m_schema.entityTypes)
        entityLines(type.name);
    for (const QString &type : types)
        entityLines(type);
    for (const RelationType &type : m_schema.relationTypes) {
        if (isToken(type.name) && !type.labels.isEmpty() && written.insert(type.name).second)
            labels += type.name.toUtf8() + " | " + label(type.label(exportLanguage)).toUtf8() + '\n';
    }
    return labels + drawing;
}

} // namespace Hashiya
