// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsupport.h"

#include <QSet>

#include "formats/outputsink.h"

namespace Hashiya {

bool ExportSupport::hasValidSpans(const Entity &entity, qsizetype codePoints)
{
    if (entity.spans.isEmpty())
        return false;
    qsizetype previousEnd = 0;
    for (const Span &span : entity.spans) {
        if (span.start < previousEnd || span.end <= span.start || span.end > codePoints)
            return false;
        previousEnd = span.end;
    }
    return true;
}

const ExchangeDocument &ExportSupport::withValidSpans(const ExchangeDocument &document, ExchangeDocument &kept,
                                                      Problems *problems)
{
    const qsizetype codePoints = CodePointIndex(document.text).codePointCount();
    QSet<QString> dropped;
    for (const Entity &entity : document.entities) {
        if (!hasValidSpans(entity, codePoints))
            dropped.insert(entity.id);
    }
    if (dropped.isEmpty())
        return document;
    auto report = [&](const QString &message) {
        if (problems)
            problems->append({Problem::Severity::Error, document.name, 0, 0, message});
    };
    kept.name = document.name;
    kept.text = document.text;
    kept.status = document.status;
    kept.entities = {};
    for (const Entity &entity : document.entities) {
        if (dropped.contains(entity.id))
            report(tr("Entity %1 (%2) has spans outside the text or out of order and is left out.")
                       .arg(entity.id, entity.type));
        else
            kept.entities.push_back(entity);
    }
    kept.relations.clear();
    for (const Relation &relation : document.relations) {
        if (dropped.contains(relation.from) || dropped.contains(relation.to))
            report(tr("Relation %1 (%2) is left out with the entity it links.").arg(relation.id, relation.type));
        else
            kept.relations.push_back(relation);
    }
    return kept;
}

QString ExportSupport::describe(const Entity &entity, QStringView text, const CodePointIndex &codePoints)
{
    QStringList pieces;
    for (const Span &span : entity.spans)
        pieces.append(spanText(text, codePoints, span).left(40).toString());
    return tr("entity %1 (%2, “%3”)").arg(entity.id, entity.type, pieces.join(QStringLiteral(" … ")));
}

Problem ExportSupport::splitWarning(const QString &documentName, const Entity &entity, QStringView text,
                                    const CodePointIndex &codePoints, const QString &format)
{
    return {Problem::Severity::Warning, documentName, 0, 0,
            tr("%1 has %2 fragments; %3 has no discontinuous entities, so each fragment is written as an entity "
               "of its own and relations use the first")
                .arg(describe(entity, text, codePoints))
                .arg(entity.spans.size())
                .arg(format)};
}

void ExportSupport::reportLosses(Problems *problems, const QString &file, const QString &format, qsizetype attributes,
                                 qsizetype notes, qsizetype references)
{
    QStringList lost;
    if (attributes > 0)
        lost.append(tr("%n attribute value(s)", nullptr, int(attributes)));
    if (notes > 0)
        lost.append(tr("%n note(s)", nullptr, int(notes)));
    if (references > 0)
        lost.append(tr("%n reference(s)", nullptr, int(references)));
    if (lost.isEmpty())
        return;
    problems->append({Problem::Severity::Warning, file, 0, 0,
                      tr("not exported, %1 has no place for them: %2").arg(format, lost.join(QStringLiteral(", ")))});
}

bool ExportSupport::write(OutputSink &out, const QString &name, const QByteArray &bytes, Problems *problems)
{
    QString message;
    if (out.write(name, bytes, &message))
        return true;
    if (problems)
        problems->append({Problem::Severity::Error, name, 0, 0, message});
    return false;
}

} // namespace Hashiya
