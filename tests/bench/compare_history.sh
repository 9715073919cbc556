#!/usr/bin/env bash
# Times `alembic history` and `alembic-studio-cli history` on the same generated project,
# whole process, in one run, and prints the ratio. Run in the environment:
#     packaging/dev exec tests/bench/compare_history.sh [REVISIONS] [BUILD_DIR]
set -euo pipefail
revisions=${1:-5000}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../../build/release}
studio=$build/app/alembic-studio-cli
[ -x "$studio" ] || { echo "no $studio: build it first (ALEMBIC_STUDIO_PRESET=release packaging/dev build)" >&2; exit 2; }

project=${TMPDIR:-/tmp}/alembic-studio-bench-$revisions
[ -d "$project/versions" ] || python3 "$here/../generator/make_project.py" "$project" --revisions "$revisions" --plain --seed 5
cd "$project"

# shellcheck source=best_of.sh
source "$here/best_of.sh"

"$studio" history >/dev/null # warm the page cache
alembic_s=$(best_of 3 alembic history)
studio_s=$(best_of 10 "$studio" history)
# The same output, once Python's set order (label lists) is normalised as the fidelity
# tests normalise it.
same=$(python3 - "$here/../fidelity" <(alembic history 2>/dev/null) <("$studio" history 2>/dev/null) <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("compare_cli", sys.argv[1] + "/compare_cli.py")
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)
ours, theirs = (compare.normalise(open(path).read()) for path in sys.argv[2:4])
print("identical output" if ours == theirs else "OUTPUT DIFFERS")
PY
)
# Peak resident memory of one run, in MB: `heads` is loading the project and little else;
# `history` also holds its whole output, which it prints at once.
peak_mb() {
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print("%.0f" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))' "$@"
}
heads_mb=$(peak_mb "$studio" heads)
history_mb=$(peak_mb "$studio" history)
awk -v n="$revisions" -v a="$alembic_s" -v s="$studio_s" -v same="$same" 'BEGIN {
    printf "history of %d revisions: alembic %.3f s, alembic-studio-cli %.3f s: %.1fx faster (%s)\n", n, a, s, a / s, same
}'
echo "alembic-studio-cli peak memory: heads $heads_mb MB, history $history_mb MB"
