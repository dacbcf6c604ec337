// SPDX-License-Identifier: GPL-3.0-or-later
// Listing a corpus folder: the walk that replaced QDirIterator finds the same articles, in the same order,
// and tells the sidecars whose article it did not find.
#include "io/corpus.h"
#include "io/corpusfiles.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// The articles as QDirIterator finds them, as Corpus::findArticles did.
QStringList articlesByQDirIterator(const QString &folder)
{
    QStringList articles;
    QDirIterator it(folder, {u"*.txt"_s}, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    const QString root = QDir(folder).absolutePath();
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (!path.mid(root.size()).contains(u"/."_s))
            articles.append(path);
    }
    articles.sort();
    return articles;
}

} // namespace

TEST_CASE("Listing a corpus finds the articles QDirIterator finds, sorted, and the sidecars without one",
          "[corpus]")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString root = temporary.path();
    for (const QString &file :
         {u"a.txt"_s, u"b.TXT"_s, u"c.md"_s, u"a.txt.ann.json"_s, u"lost.txt.ann.json"_s, u"c.md.ann.json"_s,
          u".hidden.txt"_s, u"2026/05/haber-ü.txt"_s, u"2026/05/haber-ü.txt.ann.json"_s, u"2026-05/x.txt"_s,
          u".git/ignored.txt"_s, u"sub/.cache/ignored.txt"_s, u"sub/deep/er/y.txt"_s, u"sub/deep/er/z.ann.json"_s,
          u"elsewhere/linked.txt"_s, u"folder.txt/inside.txt"_s,
          // UTF-16 puts U+1F600 before U+E000, UTF-8 after: the byte order of a folder is not the paths' order
          u"names/\U0001F600.txt"_s, u"names/\uE000.txt"_s, u"names/\uE000.txt.ann.json"_s, u"names/z.txt"_s})
        writeBytes(root + u'/' + file, "text\n");
    REQUIRE(QFile::link(root + u"/elsewhere/linked.txt"_s, root + u"/sub/link.txt"_s)); // a link to an article
    REQUIRE(QFile::link(root + u"/sub/deep"_s, root + u"/linked-folder"_s)); // never followed
    REQUIRE(QFile::link(root + u"/missing.txt"_s, root + u"/broken.txt"_s)); // leads nowhere
    REQUIRE(QDir().mkpath(root + u"/empty"_s));

    const QStringList expected = articlesByQDirIterator(root);
    REQUIRE(expected.size() == 11);
    CHECK(Corpus::findArticles(root) == expected);
    CHECK(Corpus::findArticles(root + u"/"_s) == expected);
    CHECK(Corpus::findArticles(root + u"/sub/../"_s) == expected);

    const Corpus::Listing listing = Corpus::list(root);
    CHECK(listing.articles == expected);
    CHECK(listing.otherSidecars
          == QStringList {root + u"/c.md.ann.json"_s, root + u"/lost.txt.ann.json"_s,
                          root + u"/sub/deep/er/z.ann.json"_s});

    SECTION("names only: the same articles and sidecars, without their facts")
    {
        const std::vector<ArticleFiles> withFacts = CorpusFiles::list(root);
        const std::vector<ArticleFiles> namesOnly = CorpusFiles::list(root, CorpusFiles::Facts::Skip);
        REQUIRE(namesOnly.size() == withFacts.size());
        for (size_t i = 0; i < withFacts.size(); ++i) {
            INFO(withFacts[i].path.toStdString());
            CHECK(namesOnly[i].path == withFacts[i].path);
            CHECK(namesOnly[i].text.exists);
            CHECK(namesOnly[i].sidecar.exists == withFacts[i].sidecar.exists);
            CHECK(withFacts[i].text.size == 5);
        }
        CHECK(std::count_if(withFacts.begin(), withFacts.end(), [](const ArticleFiles &f) { return f.sidecar.exists; })
              == 3);
    }
    SECTION("a folder that does not exist holds nothing")
    {
        CHECK(Corpus::list(root + u"/nothing-here"_s).articles.isEmpty());
    }
}
