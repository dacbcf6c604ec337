// SPDX-License-Identifier: GPL-3.0-or-later
// A long scripted session over a corpus, without a window: open, tag, retype, relate, remove, undo,
// redo and switch at random, while another program edits sidecars and articles. Every step is also
// written into a record kept apart from Hashiya's model (support/recordedarticle.h); at the end every
// sidecar must be valid and hold exactly what the record says, read with a plain JSON parser.
//
//   session_soak [--actions 10000] [--articles 50] [--seed N]
//
// Exits 0 when everything matches; prints what differs otherwise.

#include "io/documentfile.h"
#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "session/sidecarbackups.h"
#include "support/mixedcorpus.h"
#include "support/plainsidecar.h"
#include "support/recordedarticle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <map>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

struct Options
{
    int actions = 10000;
    int articles = 50;
    quint32 seed = QRandomGenerator::global()->generate();
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == u"--actions")
            options.actions = arguments[i + 1].toInt();
        else if (arguments[i] == u"--articles")
            options.articles = arguments[i + 1].toInt();
        else if (arguments[i] == u"--seed")
            options.seed = arguments[i + 1].toUInt();
    }
    return options;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "session_soak: FAILED: %s\n", qPrintable(message));
    std::exit(1);
}

/// The other program, a Python process that edits files on request and says when it is done.
class OutsideEditor
{
public:
    OutsideEditor()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("python3"), {QStringLiteral(HASHIYA_SESSION_TESTS "/outside_editor.py")});
        if (!m_process.waitForStarted())
            fail(QStringLiteral("cannot start python3"));
    }
    ~OutsideEditor()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished();
    }
    QString run(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                fail(QStringLiteral("the outside editor did not answer: ") + command);
        }
        const QString answer = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!answer.startsWith(u"ok"))
            fail(QStringLiteral("the outside editor answered: ") + answer);
        return answer;
    }

private:
    QProcess m_process;
};

class Soak
{
public:
    explicit Soak(const Options &options)
        : m_options(options)
        , m_random(options.seed)
    {
        if (!m_folder.isValid())
            fail(QStringLiteral("no temporary folder"));
        m_articles = writeMixedCorpus(m_folder.path(), options.articles, options.seed);
        m_record.resize(size_t(options.articles));
        m_session.setAnnotator(QStringLiteral("soak"));
        // The analyst, asked about an outside change, merges; after the save that asked has returned.
        QObject::connect(&m_session, &DocumentSession::outsideConflict, &m_session, [this](ArticleDocument *document) {
            ++m_counts["outside conflict answered by merging"];
            QMetaObject::invokeMethod(
                &m_session,
                [this, document] {
                    if (m_session.documents().contains(document))
                        m_session.settleOutsideChange(document, DocumentSession::OutsideChoice::Merge);
                },
                Qt::QueuedConnection);
        });
        QObject::connect(&m_session, &DocumentSession::reloadedFromOutside, &m_session,
                         [this] { ++m_counts["outside change taken quietly"]; });
        QObject::connect(&m_session, &DocumentSession::articleReloaded, &m_session,
                         [this](ArticleDocument *replaced, ArticleDocument *document) {
                             m_reloaded[document->article().path] = document;
                             if (m_document == replaced)
                                 m_document = document;
                         });
        QObject::connect(&m_session, &DocumentSession::saveFailed, &m_session,
                         [this](ArticleDocument *document, const QString &message) {
                             if (!m_session.hasPendingOutsideChange(document))
                                 fail(QStringLiteral("save failed: ") + message);
                             ++m_counts["save waiting for the analyst's choice"]; // the merge is queued
                         });
    }

    ~Soak()
    {
        for (int article = 0; article < m_options.articles; ++article)
            QDir(SidecarBackups::folderFor(sidecarOf(article))).removeRecursively();
    }

    int run()
    {
        QElapsedTimer clock;
        clock.start();
        switchTo(0);
        for (int step = 0; step < m_options.actions; ++step) {
            act();
            if ((step + 1) % 1000 == 0)
                std::printf("%d actions, %.1f s\n", step + 1, clock.elapsed() / 1000.0);
        }
        // Articles edited while closed still have sidecars with the old offsets: opened, they move on.
        for (const int article : QList<int>(m_stale.cbegin(), m_stale.cend()))
            switchTo(article);
        if (!m_session.saveAll())
            fail(QStringLiteral("saveAll failed at the end"));
        const int mismatches = compare();
        std::printf("\n%d actions over %d articles, seed %u, %.1f s\n", m_options.actions, m_options.articles,
                    m_options.seed, clock.elapsed() / 1000.0);
        for (const auto &[what, count] : m_counts)
            std::printf("  %6d  %s\n", count, what.c_str());
        std::printf("%s: %d of %d sidecars differ from the record\n", mismatches ? "FAILED" : "passed", mismatches,
                    m_options.articles);
        return mismatches ? 1 : 0;
    }

private:
    RecordedArticle &record(int article) { return m_record[size_t(article)]; }
    QString sidecarOf(int article) const { return m_articles[article].path + QStringLiteral(".ann.json"); }
    bool isOpen(int article) const { return std::find(m_open.begin(), m_open.end(), article) != m_open.end(); }

    void switchTo(int article)
    {
        const bool wasOpen = isOpen(article);
        Problems problems;
        m_document = m_session.open(m_articles[article].path, nullptr, &problems);
        if (!m_document)
            fail(QStringLiteral("cannot open ") + m_articles[article].path);
        if (m_document->isReadOnly())
            fail(m_articles[article].path + QStringLiteral(" opened read-only: ") + problems.front().toString());
        m_session.setShown(m_document);
        m_current = article;
        if (!wasOpen)
            record(article).forgetHistory();
        if (m_stale.remove(article)) {
            // Edited while closed: the annotations moved onto the new text, and the sidecar is rewritten.
            if (!QTest::qWaitFor([&] { return !m_document->isModified(); }, 10000))
                fail(QStringLiteral("%1 was not rewritten after it moved onto the edited text")
                         .arg(m_articles[article].path));
            checkpoint(article, m_document, "opened after its article was edited while closed");
        }
        std::erase(m_open, article);
        m_open.push_back(article);
        while (m_open.size() > size_t(DocumentSession::keptOpen))
            m_open.erase(m_open.begin());
        if (m_session.documents().size() != qsizetype(m_open.size()))
            fail(QStringLiteral("the session keeps %1 articles open, the record %2")
                     .arg(m_session.documents().size())
                     .arg(m_open.size()));
        ++m_counts["switch"];
    }

    QString pickEntity(const RecordedArticle::State &state)
    {
        const QStringList ids = state.entities.keys();
        return ids.at(int(m_random.bounded(qsizetype(ids.size()))));
    }

    std::pair<qsizetype, qsizetype> pickWord(int article)
    {
        const auto &words = m_articles[article].words;
        return words.at(int(m_random.bounded(qsizetype(words.size()))));
    }

    void act()
    {
        static const QStringList types {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                                        QStringLiteral("DATE")};
        RecordedArticle &article = record(m_current);
        RecordedArticle::State next = article.now();
        next.lastRetyped.clear();
        const QString type = types.at(int(m_random.bounded(qsizetype(types.size()))));
        QUndoStack *stack = m_document->undoStack();
        const int action = int(m_random.bounded(100));
        if (action < 10) {
            switchTo(int(m_random.bounded(m_options.articles)));
        } else if (action < 35) {
            const auto word = pickWord(m_current);
            const QString key = entityKey(type, word.first, word.second);
            if (std::find(next.entities.cbegin(), next.entities.cend(), key) != next.entities.cend())
                return;
            Entity entity;
            entity.id = newAnnotationId();
            entity.type = type;
            entity.spans.append(Span {word.first, word.second, {}});
            execute(new AddEntityCommand(m_document->annotations(), entity));
            next.entities[entity.id] = key;
            article.push(next);
            ++m_counts["tag"];
        } else if (action < 43 && !next.entities.isEmpty()) {
            const QString id = pickEntity(next);
            execute(new RemoveEntityCommand(m_document->annotations(), id));
            article.push(RecordedArticle::without(next, id));
            ++m_counts["remove"];
        } else if (action < 51 && !next.entities.isEmpty()) {
            const QString id = pickEntity(next);
            // Consecutive retypes of one entity merge into one undo step; the record keeps them apart.
            if (id == article.now().lastRetyped || RecordedArticle::typeOf(next.entities[id]) == type)
                return;
            execute(ChangeEntityCommand::retype(m_document->annotations(), id, type));
            next.entities[id] = type + next.entities[id].mid(next.entities[id].indexOf(u' '));
            next.lastRetyped = id;
            article.push(next);
            ++m_counts["retype"];
        } else if (action < 59 && next.entities.size() >= 2) {
            const QString from = pickEntity(next), to = pickEntity(next);
            if (from == to)
                return;
            Relation relation {newAnnotationId(), QStringLiteral("MEETS"), from, to, {}, {}, {}};
            execute(new AddRelationCommand(m_document->annotations(), relation));
            next.relations[relation.id] = relationKey(relation.type, from, to);
            article.push(next);
            ++m_counts["relate"];
        } else if (action < 71) {
            if (stack->canUndo() != article.canUndo())
                fail(QStringLiteral("undo: the stack says %1, the record %2").arg(stack->canUndo()).arg(article.canUndo()));
            if (article.canUndo()) {
                stack->undo();
                --article.index;
                ++m_counts["undo"];
            }
        } else if (action < 79) {
            if (stack->canRedo() != article.canRedo())
                fail(QStringLiteral("redo: the stack says %1, the record %2").arg(stack->canRedo()).arg(article.canRedo()));
            if (article.canRedo()) {
                stack->redo();
                ++article.index;
                ++m_counts["redo"];
            }
        } else if (action < 85) {
            QTest::qWait(int(m_random.bounded(DocumentSession::saveDelayMs * 3 / 2))); // autosave runs meanwhile
            ++m_counts["pause"];
        } else if (action < 96) {
            editSidecarOutside(int(m_random.bounded(m_options.articles)));
        } else {
            editArticleOutside(int(m_random.bounded(m_options.articles)));
        }
    }

    void execute(QUndoCommand *command)
    {
        if (!m_document->execute(command))
            fail(QStringLiteral("a command was refused"));
    }

    void editSidecarOutside(int article)
    {
        // Another program writes offsets of the text its sidecar was saved against: none is edited here
        // while its article's new text is not yet recorded in it.
        if (!QFileInfo::exists(sidecarOf(article)) || m_stale.contains(article))
            return;
        const auto word = pickWord(article);
        const QString id = QStringLiteral("outside-%1").arg(++m_outsideIds);
        m_editor.run(QStringLiteral("sidecar %1 %2 %3 %4 %5")
                         .arg(sidecarOf(article), m_articles[article].path, id)
                         .arg(word.first)
                         .arg(word.second));
        RecordedArticle::State next = record(article).now();
        next.lastRetyped.clear();
        next.entities[id] = entityKey(QStringLiteral("ORG"), word.first, word.second);
        if (!isOpen(article)) {
            record(article).history = {next}; // read when opened next
            record(article).index = 0;
            ++m_counts["outside sidecar edit, article closed"];
            return;
        }
        // Open: the watcher reports it, and the session takes it or merges it as one undoable step.
        ArticleDocument *document = documentOf(article);
        if (!QTest::qWaitFor([&] { return document->annotations()->entity(id) != nullptr; }, 10000))
            fail(QStringLiteral("the outside entity %1 never reached %2 (waiting for a choice: %3, unsaved: %4, "
                                "read-only: %5, on disk: %6)")
                     .arg(id, m_articles[article].path)
                     .arg(m_session.hasPendingOutsideChange(document))
                     .arg(document->isModified())
                     .arg(document->isReadOnly())
                     .arg(readPlainSidecar(sidecarOf(article)).entities.contains(id)));
        record(article).push(next);
        ++m_counts["outside sidecar edit, article open"];
    }

    void editArticleOutside(int article)
    {
        // Each starts with a word no other edit uses: when two edits put the same words before an article,
        // which copy its first annotations belong to is a matter of taste, and the record cannot know it.
        static const QStringList sentences {QStringLiteral("%1 son dakika: İzmir'de ılık bir sabah."),
                                            QStringLiteral("%1 update: the talks resumed on Monday."),
                                            QStringLiteral("%1 عاجل: استؤنفت المحادثات.")};
        QString unique = QStringLiteral("Ek");
        for (int n = ++m_articleEdits; n > 0; n /= 26)
            unique += QChar(u'a' + n % 26);
        const QString sentence = sentences.at(int(m_random.bounded(qsizetype(sentences.size())))).arg(unique);
        const QString answer = m_editor.run(QStringLiteral("article %1 %2").arg(m_articles[article].path, sentence));
        const qsizetype shift = answer.section(u' ', 1).toLongLong();
        MixedArticle &changed = m_articles[article];
        changed.text = sentence + QStringLiteral("\n\n") + changed.text;
        changed.words = wordsOf(changed.text);
        record(article).shiftAll(shift);
        if (!isOpen(article)) {
            if (QFileInfo::exists(sidecarOf(article)))
                m_stale.insert(article);
            ++m_counts["outside article edit, article closed"];
            return;
        }
        // Open: read again on the new text, the annotations moved with it, a fresh undo history, and the
        // sidecar rewritten for the new text.
        m_reloaded.remove(changed.path);
        if (!QTest::qWaitFor([&] { return m_reloaded.contains(changed.path); }, 10000))
            fail(QStringLiteral("%1 was not read again after it was edited").arg(changed.path));
        ArticleDocument *document = m_reloaded.value(changed.path);
        if (!QTest::qWaitFor([&] { return !document->isModified(); }, 10000))
            fail(QStringLiteral("%1 was not rewritten after it moved onto the edited text").arg(changed.path));
        checkpoint(article, document, "read again after its article was edited while open");
        ++m_counts["outside article edit, article open"];
    }

    /// Stops at the first moment the document and the record part, rather than at the end.
    void checkpoint(int article, const ArticleDocument *document, const char *when)
    {
        const RecordedArticle::State &expected = record(article).now();
        QMap<QString, QString> entities;
        for (const Entity &entity : document->annotations()->entities()) {
            QString key = entity.type;
            for (const Span &span : entity.spans)
                key += u' ' + QString::number(span.start) + u' ' + QString::number(span.end);
            entities.insert(entity.id, key);
        }
        if (entities == expected.entities)
            return;
        QString differences;
        for (auto it = expected.entities.cbegin(); it != expected.entities.cend(); ++it) {
            if (entities.value(it.key()) != it.value())
                differences += QStringLiteral("\n  %1: recorded \"%2\", in the document \"%3\"")
                                   .arg(it.key(), it.value(), entities.value(it.key()));
        }
        for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
            if (!expected.entities.contains(it.key()))
                differences += QStringLiteral("\n  %1: not recorded, in the document \"%2\"").arg(it.key(), it.value());
        }
        for (const Problem &problem : document->loadProblems())
            differences += u"\n  problem: " + problem.toString();
        fail(QStringLiteral("%1, %2, differs from the record:%3")
                 .arg(m_articles[article].path, QString::fromLatin1(when), differences));
    }

    ArticleDocument *documentOf(int article) const
    {
        for (ArticleDocument *document : m_session.documents()) {
            if (document->article().path == m_articles[article].path)
                return document;
        }
        fail(QStringLiteral("%1 should be open").arg(m_articles[article].path));
    }

    int compare()
    {
        int mismatches = 0;
        for (int article = 0; article < m_options.articles; ++article) {
            const RecordedArticle::State &expected = record(article).now();
            const QString path = sidecarOf(article);
            if (!QFileInfo::exists(path)) {
                if (!expected.entities.isEmpty()) {
                    std::printf("%s: no sidecar, %lld entities recorded\n", qPrintable(path),
                                qlonglong(expected.entities.size()));
                    ++mismatches;
                }
                continue;
            }
            const DocumentFile::Opened opened =
                DocumentFile::open(m_articles[article].path, nullptr, {}, std::nullopt, DocumentFile::Intent::Read);
            if (!opened.document || hasErrors(opened.problems)) {
                std::printf("%s is not valid: %s\n", qPrintable(path),
                            opened.problems.isEmpty() ? "" : qPrintable(opened.problems.front().toString()));
                ++mismatches;
                continue;
            }
            const PlainSidecar onDisk = readPlainSidecar(path);
            if (onDisk.entities != expected.entities || onDisk.relations != expected.relations) {
                std::printf("%s differs: %lld entities and %lld relations on disk, %lld and %lld recorded\n",
                            qPrintable(path), qlonglong(onDisk.entities.size()), qlonglong(onDisk.relations.size()),
                            qlonglong(expected.entities.size()), qlonglong(expected.relations.size()));
                for (auto it = expected.entities.cbegin(); it != expected.entities.cend(); ++it) {
                    if (onDisk.entities.value(it.key()) != it.value())
                        std::printf("  %s: recorded \"%s\", on disk \"%s\"\n", qPrintable(it.key()),
                                    qPrintable(it.value()), qPrintable(onDisk.entities.value(it.key())));
                }
                ++mismatches;
            }
        }
        return mismatches;
    }

    Options m_options;
    QRandomGenerator m_random;
    QTemporaryDir m_folder;
    QList<MixedArticle> m_articles;
    std::vector<RecordedArticle> m_record;
    std::vector<int> m_open; ///< the session's rule, recorded independently: the last keptOpen visited
    DocumentSession m_session;
    OutsideEditor m_editor;
    ArticleDocument *m_document = nullptr;
    int m_current = 0;
    int m_outsideIds = 0;
    int m_articleEdits = 0;
    QHash<QString, ArticleDocument *> m_reloaded;
    QSet<int> m_stale; ///< articles edited outside while closed, whose sidecars still hold the old offsets
    std::map<std::string, int> m_counts;
};

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and copies go to test folders
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    std::printf("session_soak: %d actions over %d articles, seed %u\n", options.actions, options.articles,
                options.seed);
    return Soak(options).run();
}
