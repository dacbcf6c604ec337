// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsupport.h"

namespace Hashiya {

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

} // namespace Hashiya
