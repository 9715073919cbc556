// The window's worker tasks end before the program's static destruction begins: an
// application that ends while a task runs waits for it. (Run by ctest; exits 0 or says
// what went wrong.) It has its own main(): what is checked happens after the application
// object is gone, where QtTest no longer looks.
#include <ui/workerpool.h>

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace {

std::atomic<bool> staticsDestroyed = false;
std::atomic<bool> taskFinished = false;

// Made before main() and destroyed after it, as the core's static objects are.
struct StaticObject
{
    ~StaticObject() { staticsDestroyed = true; }
} staticObject;

} // namespace

int main(int argc, char *argv[])
{
    {
        QCoreApplication application(argc, argv);
        Studio::workerPool()->start([] {
            QThread::msleep(300);
            if (staticsDestroyed) {
                std::fputs("a worker task ran on after static destruction\n", stderr);
                std::_Exit(1);
            }
            taskFinished = true;
        });
    }
    if (!taskFinished) {
        std::fputs("the application ended without waiting for its worker task\n", stderr);
        return 1;
    }
    return 0;
}
