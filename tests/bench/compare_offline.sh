#!/usr/bin/env bash
# Times `alembic upgrade heads --sql` and `alembic-studio-cli upgrade heads --sql` on the same
# generated project (PostgreSQL URL, stock env.py), whole process, and prints the ratio.
# `heads`, not `head`: generated projects keep branches open (53 heads at 5,000), where
# `head` is only the "Multiple heads" error. Merges have two parents: through some
# three-parent merges Alembic itself fails half-way (see make_project.py). Run in the
# environment:
#     packaging/dev exec tests/bench/compare_offline.sh [REVISIONS] [BUILD_DIR]
set -euo pipefail
revisions=${1:-5000}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../../build/release}
studio=$build/app/alembic-studio-cli
[ -x "$studio" ] || { echo "no $studio: build it first (ALEMBIC_STUDIO_PRESET=release packaging/dev build)" >&2; exit 2; }

project=${TMPDIR:-/tmp}/alembic-studio-bench-offline-$revisions
[ -f "$project/env.py" ] || python3 "$here/../generator/make_project.py" "$project" --revisions "$revisions" \
    --plain --seed 5 --env --url postgresql://u:p@h/db --two-parent-merges
cd "$project"

# shellcheck source=best_of.sh
source "$here/best_of.sh"

"$studio" upgrade heads --sql >/dev/null # warm the page cache
alembic_s=$(best_of 3 alembic upgrade heads --sql)
studio_s=$(best_of 10 "$studio" upgrade heads --sql)
# The same output, normalised as the fidelity tests normalise it (merge steps, whose rows
# Alembic picks in Python set order).
same=$(python3 - "$here/../fidelity" <(alembic upgrade heads --sql 2>/dev/null) <("$studio" upgrade heads --sql 2>/dev/null) <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("compare_cli", sys.argv[1] + "/compare_cli.py")
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)
theirs, ours = (compare.normalise_offline(open(path).read(), False) for path in sys.argv[2:4])
print("identical output" if ours == theirs else "OUTPUT DIFFERS")
PY
)
lines=$("$studio" upgrade heads --sql | wc -l)
awk -v n="$revisions" -v a="$alembic_s" -v s="$studio_s" -v same="$same" -v lines="$lines" 'BEGIN {
    printf "upgrade heads --sql of %d revisions (%d lines of SQL): alembic %.3f s, alembic-studio-cli %.3f s: %.1fx faster (%s)\n", n, lines, a, s, a / s, same
}'
