// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private copy of the sample corpus for tests that open it in the window: the window saves what
// changes, and the repository's samples must stay as they are.

#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Hashiya::Test {

struct SampleCopy
{
    QTemporaryDir dir;
    SampleCopy()
    {
        REQUIRE(dir.isValid());
        const QString samples = QStringLiteral(HASHIYA_SAMPLES);
        for (const QString &name : QDir(samples).entryList(QDir::Files))
            REQUIRE(QFile::copy(samples + u'/' + name, dir.filePath(name)));
    }
    QString path() const { return dir.path(); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace Hashiya::Test
