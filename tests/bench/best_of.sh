# Sourced by the compare_*.sh scripts: whole-process timing without `time` (the build
# environment has none).
# Best of N wall-clock runs, in seconds, with output thrown away.
best_of() {
    local runs=$1 best="" start end elapsed
    shift
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        elapsed=$(awk -v a="$end" -v b="$start" 'BEGIN { printf "%.6f", a - b }')
        if [ -z "$best" ] || awk -v e="$elapsed" -v b="$best" 'BEGIN { exit !(e < b) }'; then best=$elapsed; fi
    done
    echo "$best"
}
