#!/usr/bin/env bash
# Times `alembic upgrade heads --sql` and `alembic-studio-cli upgrade heads --sql` on the same
# generated project (stock env.py), whole process, and prints the ratio for each URL.
# `heads`, not `head`: generated projects keep branches open (53 heads at 5,000), where
# `head` is only the "Multiple heads" error. Merges have two parents: through some
# three-parent merges Alembic itself fails half-way (see make_project.py). Run in the
# environment:
#     packaging/dev exec tests/bench/compare_offline.sh [--operations [MODE]] [--url URL]... \
#         [REVISIONS] [BUILD_DIR]
# Without --url, PostgreSQL's. Without --operations every body is `pass`, and what is timed
# is reading the project and writing the version table's statements; with it the bodies
# hold operations (make_project.py --operations MODE), rendered per dialect. MODE defaults
# to "portable", which every URL renders whole: in mode "all" Alembic stops at the first
# ALTER of a constraint on SQLite. For example, the issue's measurement:
#     packaging/dev exec tests/bench/compare_offline.sh --operations \
#         --url postgresql://u:p@h/db --url sqlite:///bench.db 5000
set -euo pipefail
mode=""
urls=()
while [ $# -gt 0 ]; do
    case "$1" in
        --operations)
            mode=portable
            if [ $# -gt 1 ] && { [ "$2" = all ] || [ "$2" = portable ]; }; then mode=$2; shift; fi ;;
        --url) urls+=("$2"); shift ;;
        *) break ;;
    esac
    shift
done
[ ${#urls[@]} -gt 0 ] || urls=(postgresql://u:p@h/db)
revisions=${1:-5000}
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath -m "${2:-$here/../../build/release}") # absolute: the runs are in the project
studio=$build/app/alembic-studio-cli
[ -x "$studio" ] || { echo "no $studio: build it first (ALEMBIC_STUDIO_PRESET=release packaging/dev build)" >&2; exit 2; }

project=${TMPDIR:-/tmp}/alembic-studio-bench-offline-$revisions${mode:+-$mode}
[ -f "$project/env.py" ] || python3 "$here/../generator/make_project.py" "$project" --revisions "$revisions" \
    --plain --seed 5 --env --url "${urls[0]}" --two-parent-merges ${mode:+--operations "$mode"}
cd "$project"

# shellcheck source=best_of.sh
source "$here/best_of.sh"

theirs=$(mktemp)
ours=$(mktemp)
trap 'rm -f "$theirs" "$ours"' EXIT
for url in "${urls[@]}"; do
    python3 - "$url" <<'PY'
import re, sys
text = open("alembic.ini").read()
open("alembic.ini", "w").write(re.sub(r"(?m)^sqlalchemy\.url = .*$", lambda m: "sqlalchemy.url = " + sys.argv[1], text))
PY
    # Both outputs once: they must be the same, and a run that fails times nothing.
    alembic_code=0 studio_code=0
    alembic upgrade heads --sql >"$theirs" 2>/dev/null || alembic_code=$?
    "$studio" upgrade heads --sql >"$ours" 2>/dev/null || studio_code=$? # also warms the page cache
    if [ "$alembic_code" != 0 ] || [ "$studio_code" != 0 ]; then
        echo "$url: upgrade heads --sql failed (alembic exit $alembic_code, alembic-studio-cli exit $studio_code)" >&2
        exit 1
    fi
    # The same output, normalised as the fidelity tests normalise it (merge steps, whose
    # rows Alembic picks in Python set order).
    same=$(python3 - "$here/../fidelity" "$theirs" "$ours" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("compare_cli", sys.argv[1] + "/compare_cli.py")
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)
theirs, ours = (compare.normalise_offline(open(path).read(), False) for path in sys.argv[2:4])
print("identical output" if ours == theirs else "OUTPUT DIFFERS")
PY
)
    alembic_s=$(best_of 3 alembic upgrade heads --sql)
    studio_s=$(best_of 10 "$studio" upgrade heads --sql)
    lines=$(wc -l <"$ours")
    awk -v n="$revisions" -v a="$alembic_s" -v s="$studio_s" -v same="$same" -v lines="$lines" -v url="$url" \
        -v bodies="${mode:+with operations ($mode)}" 'BEGIN {
        printf "upgrade heads --sql of %d revisions %s on %s (%d lines of SQL): alembic %.3f s, alembic-studio-cli %.3f s: %.1fx faster (%s)\n", n, (bodies == "" ? "with pass bodies" : bodies), url, lines, a, s, a / s, same
    }'
done
