// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/problem.h"
#include "model/relation.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "formats/exchangedocument.h"

namespace Hashiya {

class OutputSink;

/// Small pieces the exporters share: the text of a span, the check of an entity's spans, the warnings
/// about what a format drops, and writing a file of the export.
class ExportSupport final
{
    Q_DECLARE_TR_FUNCTIONS(ExportSupport)

public:
    /// The text of code point span [start, end) of `text`.
    static QStringView spanText(QStringView text, const CodePointIndex &codePoints, const Span &span)
    {
        const qsizetype from = codePoints.toUtf16(span.start);
        return text.mid(from, codePoints.toUtf16(span.end) - from);
    }
    /// True if the entity has spans, each non-empty, in order and inside a text of `codePoints` code points:
    /// what every format can write. A sidecar never holds anything else, but a document from memory might.
    static bool hasValidSpans(const Entity &entity, qsizetype codePoints);
    /// `document` itself if every entity passes hasValidSpans(); otherwise a copy in `kept` without the
    /// entities that fail it and the relations that touch them, each reported as an error. Every exporter
    /// starts here, so none has to guard its offset arithmetic against impossible spans.
    static const ExchangeDocument &withValidSpans(const ExchangeDocument &document, ExchangeDocument &kept,
                                                  Problems *problems);
    /// "entity e12 (EQUIPMENT, “Bayraktar … TB2”)", for messages.
    static QString describe(const Entity &entity, QStringView text, const CodePointIndex &codePoints);
    /// The warning that a discontinuous entity was written as separate pieces.
    static Problem splitWarning(const QString &documentName, const Entity &entity, QStringView text,
                                const CodePointIndex &codePoints, const QString &format);
    /// One warning for the whole export, or nothing if nothing was left out.
    static void reportLosses(Problems *problems, const QString &file, const QString &format, qsizetype attributes,
                             qsizetype notes, qsizetype references);
    /// Writes one file of the export to `out`; if it cannot, reports why as an error on that file (when
    /// `problems` is given) and returns false.
    static bool write(OutputSink &out, const QString &name, const QByteArray &bytes, Problems *problems);
};

} // namespace Hashiya
