// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

namespace Hashiya {

QThreadPool *WorkerPool::instance()
{
    // Never destroyed before the jobs it runs: a walk's state outlives the walk, not the process.
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        created->setExpiryTimeout(30000);
        return created;
    }();
    return pool;
}

int WorkerPool::threadCount()
{
    return instance()->maxThreadCount();
}

void WorkerPool::start(std::function<void()> job)
{
    instance()->start(std::move(job));
}

} // namespace Hashiya
