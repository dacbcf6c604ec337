// SPDX-License-Identifier: GPL-3.0-or-later
#include "restartstate.h"

#include "model/articledocument.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDateTime>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>

namespace Hashiya {
namespace {

const QString groupKey = QStringLiteral("restart");
const QString lastPlaceKey = QStringLiteral("lastPlace");
// A state older than this was left by a restart that never came (the new process failed to start): a
// later, ordinary start should not jump to it.
constexpr qint64 maxAgeSeconds = 120;

} // namespace

RestartState RestartState::of(MainWindow &window)
{
    RestartState state;
    state.corpusFolder = window.corpusFolder();
    ArticleDocument *document = window.document();
    if (!document)
        return state;
    state.articlePath = document->article().path;
    const CodePointIndex &codePoints = document->codePoints();
    ReaderView *reader = window.reader();
    state.caret = codePoints.toCodePoint(reader->cursorPosition());
    // The line at the top of the reader, a little below its edge so that a line half scrolled away counts.
    const QPoint topLeft(reader->viewport()->width() / 2, reader->fontMetrics().height());
    state.top = codePoints.toCodePoint(reader->positionAt(topLeft));
    return state;
}

QStringList RestartState::arguments() const
{
    if (!corpusFolder.isEmpty())
        return {corpusFolder};
    if (!articlePath.isEmpty())
        return {articlePath};
    return {};
}

void RestartState::writeTo(const QString &group) const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("corpus"), corpusFolder);
    settings.setValue(QStringLiteral("article"), articlePath);
    settings.setValue(QStringLiteral("caret"), qint64(caret));
    settings.setValue(QStringLiteral("top"), qint64(top));
    settings.setValue(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc());
}

std::optional<RestartState> RestartState::readFrom(const QString &group, QDateTime *savedAt)
{
    QSettings settings;
    if (!settings.childGroups().contains(group))
        return std::nullopt;
    settings.beginGroup(group);
    RestartState state;
    state.corpusFolder = settings.value(QStringLiteral("corpus")).toString();
    state.articlePath = settings.value(QStringLiteral("article")).toString();
    state.caret = settings.value(QStringLiteral("caret")).toLongLong();
    state.top = settings.value(QStringLiteral("top")).toLongLong();
    if (savedAt)
        *savedAt = settings.value(QStringLiteral("savedAt")).toDateTime();
    return state;
}

void RestartState::save() const
{
    writeTo(groupKey);
}

void RestartState::saveAsLastPlace() const
{
    writeTo(lastPlaceKey);
}

std::optional<RestartState> RestartState::lastPlace()
{
    return readFrom(lastPlaceKey, nullptr);
}

std::optional<RestartState> RestartState::placeToResume(const QStringList &arguments, const QString &openCorpus,
                                                        const std::optional<RestartState> &restarted)
{
    if (restarted && restarted->arguments() == arguments)
        return restarted;
    const std::optional<RestartState> last = lastPlace();
    if (arguments.isEmpty() && last && !last->corpusFolder.isEmpty() && last->corpusFolder == openCorpus)
        return last;
    return std::nullopt;
}

std::optional<RestartState> RestartState::take()
{
    QDateTime savedAt;
    const std::optional<RestartState> state = readFrom(groupKey, &savedAt);
    QSettings().remove(groupKey);
    if (!state)
        return std::nullopt;
    const qint64 age = savedAt.isValid() ? savedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    if (age < 0 || age > maxAgeSeconds)
        return std::nullopt;
    return state;
}

void RestartState::restore(MainWindow &window) const
{
    if (articlePath.isEmpty() || !QFileInfo::exists(articlePath))
        return;
    window.openArticle(articlePath);
    ArticleDocument *document = window.document();
    if (!document || document->article().path != articlePath)
        return;
    const CodePointIndex &codePoints = document->codePoints();
    const auto toUtf16 = [&](qsizetype codePoint) {
        return codePoints.toUtf16(std::clamp<qsizetype>(codePoint, 0, codePoints.codePointCount()));
    };
    ReaderView *reader = window.reader();
    const qsizetype caret = toUtf16(this->caret);
    reader->setSelection(caret, caret);
    // Scrolled to the end first, the top line is then brought into view from below: it lands at the top.
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
    reader->ensureVisible(toUtf16(top));
}

} // namespace Hashiya
