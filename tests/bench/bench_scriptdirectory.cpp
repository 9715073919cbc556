// Loading a project and building its graph, and walking it as `history` does, on projects
// of 1,000 to 50,000 revisions written by tests/generator/make_project.py (--plain, as
// `alembic revision` writes scripts). The files are in the page cache after the first run,
// which is what is measured: the goal is 10,000 revisions loaded in under 100 ms.

#include <migrations/scriptdirectory.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

// One generated project per size, made once and kept between runs of the benchmark.
QString projectOf(int revisions)
{
    const QString folder = QDir::temp().filePath(u"alembic-studio-bench-%1"_s.arg(revisions));
    if (QFileInfo::exists(folder + u"/versions"_s))
        return folder;
    QProcess generator;
    generator.start(u"python3"_s, {QStringLiteral(GENERATOR), folder, u"--revisions"_s,
                                   QString::number(revisions), u"--plain"_s, u"--seed"_s, u"5"_s});
    if (!generator.waitForFinished(600000) || generator.exitCode() != 0)
        qFatal("generating %d revisions failed: %s", revisions, generator.readAllStandardError().constData());
    return folder;
}

void loadProject(benchmark::State &state)
{
    const QString versions = projectOf(int(state.range(0))) + u"/versions"_s;
    for (auto _ : state) {
        const auto directory = Migrations::ScriptDirectory::load({versions}, false, false);
        if (!directory.diagnostics().isEmpty() || directory.graph().error())
            state.SkipWithError("the generated project did not load cleanly");
        benchmark::DoNotOptimize(directory.graph().heads());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void walkHistory(benchmark::State &state)
{
    const auto directory = Migrations::ScriptDirectory::load({projectOf(int(state.range(0))) + u"/versions"_s},
                                                             false, false);
    for (auto _ : state) {
        const auto range = directory.graph().iterateUpgradeRevisions(u"heads"_s, u"base"_s, true, false, false);
        if (range.error)
            state.SkipWithError("history failed");
        benchmark::DoNotOptimize(range.revisions.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(loadProject)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(walkHistory)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
