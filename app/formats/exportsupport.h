// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/problem.h"
#include "model/relation.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Hashiya {

/// Small pieces the JSON exporters share: the text of a span and the warnings about what a format drops.
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
    /// "entity e12 (EQUIPMENT, “Bayraktar … TB2”)", for messages.
    static QString describe(const Entity &entity, QStringView text, const CodePointIndex &codePoints);
    /// The warning that a discontinuous entity was written as separate pieces.
    static Problem splitWarning(const QString &documentName, const Entity &entity, QStringView text,
                                const CodePointIndex &codePoints, const QString &format);
    /// One warning for the whole export, or nothing if nothing was left out.
    static void reportLosses(Problems *problems, const QString &file, const QString &format, qsizetype attributes,
                             qsizetype notes, qsizetype references);
};

} // namespace Hashiya
