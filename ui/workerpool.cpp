#include "workerpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace Studio {

QThreadPool *workerPool()
{
    // Each task mostly waits (on a server, on the core's own tasks): a few may run at once
    // whatever the number of cores, so a slow server never holds up a review.
    static QThreadPool *const pool = [] {
        auto *made = new QThreadPool;
        made->setMaxThreadCount(6);
        // As the application ends it waits for the tasks still queued or running (few: the
        // objects that start them wait for them already). Otherwise a task could run on
        // into the program's static destruction and use what is destroyed there: the
        // core's static regular expressions, Qt's global pool (seen under UBSan).
        // Not waitForDone(): that also ends the idle threads, and a thread that ends loses
        // what libpq and OpenSSL keep per thread (LeakSanitizer reports it). A thread
        // counts as active from the moment a task is handed to it until the queue is empty.
        qAddPostRoutine([] {
            while (workerPool()->activeThreadCount() > 0)
                QThread::msleep(5);
        });
        return made;
    }();
    return pool;
}

} // namespace Studio
