#pragma once

class QThreadPool;

namespace Studio {

// The threads the window's background work runs on: loading a project, reading the
// database's heads, previews, reviews, checks. Not Qt's global pool: the core spreads its
// own work over the global pool (reading scripts, compiling steps) and waits for it, and
// window tasks holding every global thread while they wait for the core's tasks would wait
// forever — on a two-core machine, two are enough.
QThreadPool *workerPool();

} // namespace Studio
