// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted tagging session in the real window, for the kill harness (kill_harness.py): it opens an
// article, then tags words by key, deletes entities, undoes and redoes at a steady pace, the way an
// analyst works, and prints a digest of the annotations after every change. The harness kills it with
// SIGKILL at a random moment and checks the sidecar on disk against the digests it saw.
//   crash_session ARTICLE SEED
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "ui/mainwindow.h"
#include "ui/reader/entityremoval.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;

namespace {

/// The annotations as the harness digests the sidecar: entities and relations ordered by id, with
/// their types, code point spans and ends.
QByteArray digest(const AnnotationSet &annotations)
{
    QStringList entities;
    for (const Entity &entity : annotations.entities()) {
        QStringList spans;
        for (const Span &span : entity.spans)
            spans.append(QString::number(span.start) + u'-' + QString::number(span.end));
        entities.append(u"E " + entity.id + u' ' + entity.type + u' ' + spans.join(u','));
    }
    QStringList relations;
    for (const Relation &relation : annotations.relations())
        relations.append(u"R " + relation.id + u' ' + relation.type + u' ' + relation.from + u' ' + relation.to);
    entities.sort();
    relations.sort();
    const QString canonical = (entities + relations).join(u'\n');
    return QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
}

class Script final
{
public:
    Script(MainWindow *window, quint32 seed)
        : m_window(window)
        , m_random(seed)
    {
    }

    void step()
    {
        ArticleDocument *document = m_window->document();
        ReaderView *reader = m_window->reader();
        const int roll = m_random.bounded(100);
        if (roll < 60) {
            tagRandomWord(document->text(), reader);
        } else if (roll < 80) {
            const auto &entities = document->annotations()->entities();
            if (!entities.empty()) {
                reader->setSelectedEntity(entities[m_random.bounded(qsizetype(entities.size()))].id);
                QTest::keyClick(reader, Qt::Key_Delete);
            }
        } else if (roll < 90) {
            QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        } else {
            QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        }
        report(*document);
    }

    /// An analyst's pace, quickened: a change every 20 to 60 ms.
    int nextPauseMs() { return 20 + m_random.bounded(40); }

    void report(const ArticleDocument &document)
    {
        const QByteArray now = digest(*document.annotations());
        if (now == m_last)
            return;
        m_last = now;
        std::printf("state %s\n", now.constData());
        std::fflush(stdout);
    }

private:
    void tagRandomWord(const QString &text, ReaderView *reader)
    {
        qsizetype start = m_random.bounded(text.size());
        if (!text.at(start).isLetterOrNumber())
            return;
        while (start > 0 && text.at(start - 1).isLetterOrNumber())
            --start;
        qsizetype end = start;
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        static const Qt::Key typeKeys[] = {Qt::Key_P, Qt::Key_O, Qt::Key_G, Qt::Key_L,
                                           Qt::Key_D, Qt::Key_E, Qt::Key_V, Qt::Key_T};
        reader->setSelection(start, end);
        QTest::keyClick(reader, typeKeys[m_random.bounded(int(std::size(typeKeys)))]);
    }

    MainWindow *m_window;
    QRandomGenerator m_random;
    QByteArray m_last;
};

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: crash_session ARTICLE SEED\n", stderr);
        return 2;
    }
    const QString article = QString::fromLocal8Bit(argv[1]);
    // Deleting an entity whose relation has a note asks first; the script deletes as one who said
    // "don't ask again".
    EntityRemoval::setAsks(false);
    MainWindow window;
    window.show();
    window.openFolder(QFileInfo(article).absolutePath());
    window.openArticle(article);
    if (!window.document() || window.document()->isReadOnly()) {
        std::fprintf(stderr, "crash_session: %s did not open for editing\n", argv[1]);
        return 1;
    }
    Script script(&window, quint32(QByteArray(argv[2]).toUInt()));
    script.report(*window.document());
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        script.step();
        pace.start(script.nextPauseMs());
    });
    pace.start(script.nextPauseMs());
    return QApplication::exec();
}
