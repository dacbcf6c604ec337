// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace Hashiya {
namespace {

const QByteArray taken = QByteArrayLiteral("taken\n");
constexpr qint64 maxMessage = 1 << 20; // a few thousand paths; anything longer is not a second start

/// Whether a window answers on `name` now.
bool answers(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool connected = probe.waitForConnected(1000);
    probe.abort();
    return connected;
}

} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{
}

InstanceChannel::~InstanceChannel() = default; // the server closes (and removes its socket) with its parent

QString InstanceChannel::socketName(const QString &corpus)
{
    const QFileInfo info(corpus);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    // The runtime folder is the user's own (mode 0700), so another user's window is never reached.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime + u"/hashiya-corpus-" + QString::fromLatin1(hash);
}

bool InstanceChannel::listen(const QString &corpus)
{
    if (m_server && m_corpus == corpus)
        return true;
    stop(); // for the corpus left
    const QString name = socketName(corpus);
    // Two starts at the same moment must not both find the name free and take it from each other.
    QLockFile lock(name + u".lock");
    lock.setStaleLockTime(10000);
    const bool locked = lock.tryLock(3000);
    if (answers(name) || (!locked && lock.error() == QLockFile::LockFailedError))
        return false;
    // Without a lock file (a runtime folder that cannot be written) the window still tries to listen.
    QLocalServer::removeServer(name); // left by a window that crashed
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        qWarning("Cannot listen for a second start on %s: %s", qPrintable(name), qPrintable(server->errorString()));
        delete server;
        return true; // not held elsewhere: the window works on, it only cannot be handed paths
    }
    connect(server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    m_server = server;
    m_corpus = corpus;
    return true;
}

void InstanceChannel::stop()
{
    delete m_server; // closes, and removes the socket
    m_server = nullptr;
    m_corpus.clear();
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxMessage)
                    socket->abort();
                return;
            }
            const QJsonArray array = QJsonDocument::fromJson(socket->readLine()).object().value(u"paths").toArray();
            QStringList paths;
            for (const QJsonValue &value : array)
                paths.append(value.toString());
            socket->write(taken);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT pathsReceived(paths);
        });
    }
}

bool InstanceChannel::handOver(const QString &corpus, const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(corpus));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray array;
    for (const QString &path : paths)
        array.append(QFileInfo(path).absoluteFilePath());
    socket.write(QJsonDocument(QJsonObject {{QStringLiteral("paths"), array}}).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == taken;
}

} // namespace Hashiya
