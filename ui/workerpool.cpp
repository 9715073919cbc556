#include "workerpool.h"

#include <QThreadPool>

namespace Studio {

QThreadPool *workerPool()
{
    // Each task mostly waits (on a server, on the core's own tasks): a few may run at once
    // whatever the number of cores, so a slow server never holds up a review.
    static QThreadPool *const pool = [] {
        auto *made = new QThreadPool;
        made->setMaxThreadCount(6);
        return made;
    }();
    return pool;
}

} // namespace Studio
