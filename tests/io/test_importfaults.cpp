// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya import` on a device that fails: at a write part-way, at close, or only when the batch is
// synced. Every document whose bytes may not be on the device is reported, none is claimed written, the
// folder holds only whole article/sidecar pairs, and the same import run again on a sound device resumes.
#include "support/bratinput.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"
#include "support/skip.h"
#include "support/writefaults.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// The number of documents an import's output says it wrote, or -1.
int importedCount(const QString &out)
{
    const QRegularExpressionMatch match = QRegularExpression(u"^(\\d+) document"_s).match(out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

TEST_CASE("hashiya import on a failing device reports every document not written and resumes after",
          "[faults][cli][import]")
{
    using At = WriteFaults::At;
    const At at = GENERATE(At::Sync, At::Close, At::Write);
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    constexpr int documents = 40;
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString root = QFileInfo(work.path()).canonicalFilePath(); // as the failing device names files
    const QString input = root + u"/brat"_s;
    writeBratInput(input, documents);
    const QString target = root + u"/corpus"_s;
    INFO("failing at " << (at == At::Sync ? "sync" : at == At::Close ? "close" : "write"));

    // Syncs and closes fail after every write; writes fail part-way through the documents.
    const int error = at == At::Write ? ENOSPC : EIO;
    const qint64 allowed = at == At::Write ? 20000 : 0;
    const ProcessRun failed = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--batch"_s, u"10"_s, u"--out"_s,
                                          target, input},
                                         WriteFaults::environment(target, allowed, error, at));
    INFO("stdout: " << failed.out.toStdString());
    INFO("stderr: " << failed.err.left(3000).toStdString());
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(QString::fromLocal8Bit(std::strerror(error))));
    const int written = importedCount(failed.out);
    const ImportedFolder left = checkImported(target, input);
    INFO(left.problems.join(u'\n').toStdString());
    CHECK(left.problems.isEmpty());
    CHECK(left.articlesAlone == 0);
    CHECK(left.temporaryFiles == 0);
    CHECK(left.pairs == written); // what it claims written is there, whole, and nothing more
    if (at == At::Write) {
        CHECK(written > 0);
        CHECK(written < documents);
    } else {
        CHECK(written == 0);
    }
    // Every document not written is named.
    for (int n = written; n < documents; ++n)
        CHECK(failed.err.contains(target + QStringLiteral("/doc%1.txt").arg(n, 5, 10, QLatin1Char('0'))));

    const ProcessRun resumed = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, target, input});
    INFO("resumed: " << resumed.out.toStdString() << resumed.err.left(2000).toStdString());
    CHECK(resumed.exitCode == 0);
    CHECK(importedCount(resumed.out) == documents - written);
    const ImportedFolder complete = checkImported(target, input);
    CHECK(complete.problems.isEmpty());
    CHECK(complete.pairs == documents);
    CHECK(complete.temporaryFiles == 0);
}
