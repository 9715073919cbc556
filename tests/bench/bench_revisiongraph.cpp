// Opening and scrolling the revision graph view on projects of 1,000 and 10,000 revisions
// written by tests/generator/make_project.py (--plain; branches, merges of two and three,
// depends_on). The goals (issue 6): a 10,000-revision project shows its graph in under
// 300 ms, and scrolling it stays under 16 ms a frame. Offscreen: the painting is real,
// only the flush to a screen is missing.

#include <ui/colorscheme.h>
#include <ui/revisiongraphmodel.h>
#include <ui/revisiongraphview.h>

#include <migrations/scriptdirectory.h>

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QWindow>
#include <QProcess>
#include <QScrollBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// One generated project per size, made once and kept between runs (and shared with
// bench_scriptdirectory, which generates the same projects).
QString versionsOf(int revisions)
{
    const QString folder = QDir::temp().filePath(u"alembic-studio-bench-%1"_s.arg(revisions));
    if (!QFileInfo::exists(folder + u"/versions"_s)) {
        QProcess generator;
        generator.start(u"python3"_s, {QStringLiteral(GENERATOR), folder, u"--revisions"_s,
                                       QString::number(revisions), u"--plain"_s, u"--seed"_s, u"5"_s});
        if (!generator.waitForFinished(600000) || generator.exitCode() != 0)
            qFatal("generating %d revisions failed: %s", revisions, generator.readAllStandardError().constData());
    }
    return folder + u"/versions"_s;
}

std::shared_ptr<const Migrations::ScriptDirectory> load(int revisions)
{
    return std::make_shared<const Migrations::ScriptDirectory>(
        Migrations::ScriptDirectory::load({versionsOf(revisions)}, false, false));
}

// What a user waits for when opening a project: reading it, the graph's rows and lanes, the
// view laid out at a window's size, and its first paint.
void openGraph(benchmark::State &state)
{
    const int revisions = int(state.range(0));
    versionsOf(revisions);
    for (auto _ : state) {
        Studio::RevisionGraphView view;
        view.resize(1280, 800);
        view.setDirectory(load(revisions));
        view.setDatabaseHeads(QStringList());
        view.show();
        const QPixmap frame = view.grab();
        benchmark::DoNotOptimize(frame.cacheKey());
        if (view.model()->rowCount() < revisions)
            state.SkipWithError("not every revision has a row");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The share of that the graph takes: rows and lanes from a loaded directory.
void buildModel(benchmark::State &state)
{
    const auto directory = load(int(state.range(0)));
    for (auto _ : state) {
        Studio::RevisionGraphModel model;
        model.setDirectory(directory);
        benchmark::DoNotOptimize(model.rowCount());
        state.counters["lanes"] = model.index(0, 0).data(Studio::RevisionGraphModel::MaxLaneCountRole).toInt();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Counts the paint events a widget gets: the proof that a frame was painted.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Shows the view and waits until its window is exposed, so that updates get painted.
bool showExposed(QWidget *widget)
{
    widget->show();
    QDeadlineTimer deadline(5000);
    while (!(widget->windowHandle() && widget->windowHandle()->isExposed()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return widget->windowHandle() && widget->windowHandle()->isExposed();
}

// One frame of scrolling: a page down (back to the top at the end), then the event loop
// paints what the scroll invalidated, as it does on screen (offscreen, into the backing
// store).
void scrollPage(benchmark::State &state)
{
    Studio::RevisionGraphView view;
    view.resize(1280, 800);
    view.setDirectory(load(int(state.range(0))));
    view.setDatabaseHeads(QStringList());
    if (!showExposed(&view)) {
        state.SkipWithError("the window was never exposed");
        return;
    }
    QCoreApplication::processEvents();
    PaintCounter counter;
    view.treeView()->viewport()->installEventFilter(&counter);
    QScrollBar *bar = view.treeView()->verticalScrollBar();
    for (auto _ : state) {
        if (bar->value() >= bar->maximum())
            bar->setValue(0);
        else
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QCoreApplication::processEvents();
    }
    state.counters["paints/frame"] = double(counter.paints) / double(state.iterations());
    if (counter.paints < state.iterations())
        state.SkipWithError("frames were not painted");
}

} // namespace

BENCHMARK(openGraph)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(buildModel)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(scrollPage)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Studio::applyColorScheme(Studio::ColorScheme::Light);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
