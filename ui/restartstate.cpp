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

void RestartState::save() const
{
    QSettings settings;
    settings.beginGroup(groupKey);
    settings.setValue(QStringLiteral("corpus"), corpusFolder);
    settings.setValue(QStringLiteral("article"), articlePath);
    settings.setValue(QStringLiteral("caret"), qint64(caret));
    settings.setValue(QStringLiteral("top"), qint64(top));
    settings.setValue(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc());
}

std::optional<RestartState> RestartState::take()
{
    QSettings settings;
    if (!settings.childGroups().contains(groupKey))
        return std::nullopt;
    settings.beginGroup(groupKey);
    RestartState state;
    state.corpusFolder = settings.value(QStringLiteral("corpus")).toString();
    state.articlePath = settings.value(QStringLiteral("article")).toString();
    state.caret = settings.value(QStringLiteral("caret")).toLongLong();
    state.top = settings.value(QStringLiteral("top")).toLongLong();
    const QDateTime savedAt = settings.value(QStringLiteral("savedAt")).toDateTime();
    settings.endGroup();
    settings.remove(groupKey);
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
