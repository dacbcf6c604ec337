// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of kate-syntax-highlighter's coloured lines: whatever another program writes, each line reads
// as text without escapes and runs inside it, in order, never overlapping, each naming a known style.
#include "text/ansistyles.h"

#include <QList>
#include <QString>

#include "fuzzinput.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    AnsiLineReader reader;
    QString text;
    for (const QByteArray &line : bytes.split('\n')) {
        std::vector<AnsiRun> runs;
        reader.read(QString::fromUtf8(line), &text, &runs);
        Fuzz::require(!text.contains(QChar(0x1b)));
        qsizetype end = 0;
        for (const AnsiRun &run : runs) {
            Fuzz::require(run.start >= end && run.length > 0 && run.start + run.length <= text.size());
            Fuzz::require(run.style >= 0 && size_t(run.style) < reader.styles().size());
            Fuzz::require(!reader.styles()[size_t(run.style)].isPlain());
            end = run.start + run.length;
        }
    }
    return 0;
}
