// SPDX-License-Identifier: GPL-3.0-or-later
// One of two programs annotating the same article at once, as two Hashiya windows on one corpus would:
// tags `count` words of the article through a DocumentSession, saving after each, and merging whenever the
// other program's version is found on disk (what the analyst would choose). Prints the ids of its
// entities, then "done"; on stderr, how often it saved and merged.
//
//   session_writer ARTICLE WRITER WRITERS COUNT START
//
// Writer number WRITER of WRITERS tags every WRITERS-th word, starting at word WRITER, so the writers'
// entities never share a span with another writer's (a writer may tag one of its words twice). START (milliseconds
// since the epoch) is when to begin, so that the writers run side by side however long each took to start.

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/mixedcorpus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Hashiya;

namespace {

void processFor(int ms)
{
    QDeadlineTimer deadline(ms);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    } while (!deadline.hasExpired());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() != 5) {
        std::fputs("usage: session_writer ARTICLE WRITER WRITERS COUNT START\n", stderr);
        return 2;
    }
    const QString article = arguments[0];
    const int writer = arguments[1].toInt();
    const int writers = arguments[2].toInt();
    const int count = arguments[3].toInt();
    const qint64 start = arguments[4].toLongLong();

    DocumentSession session;
    session.setAnnotator(QStringLiteral("writer%1").arg(writer));
    Problems problems;
    ArticleDocument *document = session.open(article, nullptr, &problems);
    if (!document) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(article));
        return 1;
    }
    session.setShown(document);
    int merges = 0;
    QObject::connect(&session, &DocumentSession::outsideConflict, &session, [&](ArticleDocument *changed) {
        ++merges;
        // After the save that found it, as the window asks.
        QMetaObject::invokeMethod(
            &session,
            [&session, changed] {
                if (session.hasPendingOutsideChange(changed))
                    session.settleOutsideChange(changed, DocumentSession::OutsideChoice::Merge);
            },
            Qt::QueuedConnection);
    });
    int failures = 0;
    QObject::connect(&session, &DocumentSession::saveFailed, &session, [&](ArticleDocument *, const QString &message) {
        ++failures;
        if (!message.contains(u"another program changed it"))
            std::fprintf(stderr, "writer %d: save failed: %s\n", writer, qPrintable(message));
    });

    const auto words = Test::wordsOf(document->text());
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::usleep(500);
    QTextStream out(stdout);
    QElapsedTimer clock;
    clock.start();
    int saves = 0;
    int tagged = 0;
    // Round the article again when its words run out, on the same words: this writer's and no other's.
    const qsizetype usable = words.size() - words.size() % writers;
    for (qsizetype word = writer; tagged < count; word = (word + writers) % usable) {
        Entity entity;
        entity.id = newAnnotationId();
        entity.type = writer % 2 == 0 ? QStringLiteral("PERSON") : QStringLiteral("ORG");
        entity.spans.append(Span {words[word].first, words[word].second, {}});
        if (!document->execute(new AddEntityCommand(document->annotations(), entity))) {
            std::fprintf(stderr, "writer %d: cannot tag\n", writer);
            return 1;
        }
        out << entity.id << '\n';
        ++tagged;
        if (session.saveNow(document)) // refused while the other's version waits to be merged
            ++saves;
        processFor(1); // the watcher and the merge run meanwhile
    }
    // Settle: the other's last version merged, and everything of ours written.
    QDeadlineTimer deadline(30000);
    while (session.hasPendingOutsideChange(document) || document->isModified()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "writer %d: never settled (pending %d, modified %d)\n", writer,
                         int(session.hasPendingOutsideChange(document)), int(document->isModified()));
            return 1;
        }
        if (!session.hasPendingOutsideChange(document) && session.saveNow(document))
            ++saves;
        processFor(10);
    }
    out << "done\n";
    out.flush();
    std::fprintf(stderr,
                 "writer %d: tagged %d, saved %d times, merged %d times, %d writes refused or failed, %lld ms\n",
                 writer, tagged, saves, merges, failures, static_cast<long long>(clock.elapsed()));
    return tagged == count ? 0 : 1;
}
