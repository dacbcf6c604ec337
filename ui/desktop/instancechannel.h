// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Hashiya {

/// One window per corpus. The window that shows a corpus listens on a local socket named after it (in the
/// user's runtime folder, never in the corpus); a second start on the same corpus hands its paths to that
/// window, which opens them and comes to the front, and exits. Two windows writing one sidecar would keep
/// asking their analysts to merge each other's changes; this way there is only one.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    /// Listens for `corpus` (and no longer for the corpus before). False if another window, in this
    /// program or another, has it open: then nothing listens, and the caller says so.
    bool listen(const QString &corpus);
    /// Stops listening: the window is closing, and a start from now on (a restart) opens its own.
    void stop();
    /// The corpus listened for; empty if none.
    QString corpus() const { return m_corpus; }

    /// Hands `paths` (made absolute here) to the window that has `corpus` open. True once it has taken
    /// them; false, at once, if no window has it open. Blocks for at most `timeoutMs`.
    static bool handOver(const QString &corpus, const QStringList &paths, int timeoutMs = 5000);
    /// The socket's name for `corpus`: the same for every spelling of the folder.
    static QString socketName(const QString &corpus);

Q_SIGNALS:
    /// A second start handed over these paths (absolute; empty if it named none).
    void pathsReceived(const QStringList &paths);

private:
    void accept();

    QLocalServer *m_server = nullptr;
    QString m_corpus;
};

} // namespace Hashiya
