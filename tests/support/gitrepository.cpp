// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/gitrepository.h"

#include "model/article.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Hashiya::Test {

GitRepository::GitRepository()
{
    REQUIRE(m_dir.isValid());
    git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
    git({u"config"_s, u"user.name"_s, u"Hashiya Test"_s});
    git({u"config"_s, u"user.email"_s, u"test@hashiya.invalid"_s});
}

QByteArray GitRepository::git(const QStringList &arguments, int expectedExit) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(u"git"_s, arguments);
    INFO("git " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(10000)); // git from Debian: apt install git
    REQUIRE(process.waitForFinished(30000));
    const QByteArray out = process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == expectedExit);
    return out;
}

void GitRepository::write(const QString &relative, const QByteArray &bytes) const
{
    const QString path = filePath(relative);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeBytes(path, bytes);
}

void GitRepository::commitAll(const QString &message) const
{
    git({u"add"_s, u"--all"_s});
    git({u"commit"_s, u"-q"_s, u"-m"_s, message});
}

UnmergedSidecarRepository::UnmergedSidecarRepository(const QString &relativeArticle)
{
    const QString text = u"Ankara ve Bakü savunma sanayiinde iş birliğini genişletiyor.\n"_s;
    const Article tagged = articleFromText(text, filePath(relativeArticle));
    auto sidecarTagging = [&](const QString &type) {
        EntityList entities;
        entities.push_back(entity(u"e1"_s, type, 0, 6));
        entities.push_back(entity(u"e2"_s, u"GPE"_s, 10, 14));
        return writeSidecar(tagged, entities);
    };
    article = tagged.path;
    sidecar = tagged.sidecarPath();
    const QString relativeSidecar = Article::sidecarPathFor(relativeArticle);
    write(relativeArticle, text.toUtf8());
    write(relativeSidecar, sidecarTagging(u"LOC"_s));
    write(u".gitattributes"_s, "*.ann.json merge=hashiya\n");
    commitAll(u"An article and its sidecar"_s);

    git({u"checkout"_s, u"-q"_s, u"-b"_s, u"theirs"_s});
    write(relativeSidecar, sidecarTagging(u"ORG"_s));
    commitAll(u"Ankara is an organisation"_s);
    git({u"checkout"_s, u"-q"_s, u"main"_s});
    ours = sidecarTagging(u"GPE"_s);
    write(relativeSidecar, ours);
    commitAll(u"Ankara is a place"_s);

    // The driver of a program moved or removed since `hashiya setup-git` ran: git cannot run it.
    git({u"config"_s, u"merge.hashiya.driver"_s, u"/nonexistent/hashiya merge-driver %O %A %B %L %P"_s});
    git({u"config"_s, u"merge.hashiya.recursive"_s, u"binary"_s});
    git({u"merge"_s, u"-q"_s, u"--no-edit"_s, u"theirs"_s}, 1);
    REQUIRE(readBytes(sidecar) == ours);
    REQUIRE_FALSE(git({u"ls-files"_s, u"--unmerged"_s}).isEmpty());
}

} // namespace Hashiya::Test
