// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Hashiya {

/// A new annotation id: 12 random base32 characters (60 bits from the system's secure generator), so
/// two analysts tagging copies of one corpus on different machines never mint the same id.
QString newAnnotationId();

/// `count` new annotation ids, as newAnnotationId() makes them, with the random bits fetched from the
/// system generator in one request: an import of a million entities would otherwise spend most of its
/// time asking the kernel for eight bytes at a time.
QStringList newAnnotationIds(qsizetype count);

/// Like newAnnotationIds(), in ascending order: sorted as numbers before they become text, which is much
/// cheaper than sorting the strings when the ids of many new relations must follow their creation order.
QStringList newSortedAnnotationIds(qsizetype count);

/// True if `id` can name an annotation: 1–64 characters from [A-Za-z0-9_.:-].
bool isValidAnnotationId(QStringView id);

} // namespace Hashiya
