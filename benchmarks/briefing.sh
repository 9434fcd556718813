#!/usr/bin/env bash
# Benchmark: `seawall briefing --pdf` on the `demo --large` database, split
# into data, charts and layout, and painting; against `seawall stats` for
# the same day on the same file (the figures alone: the baseline).
#
#   benchmarks/briefing.sh [BUILD_DIR]
#
# Median of 5 runs each. Target: the briefing within 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seawall="$build/app/seawall"
[ -x "$seawall" ] || { echo "build first: cmake --workflow --preset default" >&2; exit 1; }
work=benchmarks/work
db=$work/large.sqlite
day=2022-03-15
mkdir -p "$work"
if [ ! -s "$db" ]; then
    echo "building the large demo database (once)…"
    "$seawall" --db "$db" demo --large --date "$day" >/dev/null 2>&1
fi

median() { sort -n | sed -n "$(( ($1 + 1) / 2 ))p"; }
briefing_ms=()
stats_ms=()
for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$seawall" --db "$db" briefing --date "$day" --pdf "$work/briefing.pdf" --timings 2>"$work/timings.$i" >/dev/null
    briefing_ms+=($(( ($(date +%s%N) - start) / 1000000 )))
    start=$(date +%s%N)
    "$seawall" --db "$db" stats --date "$day" --json >/dev/null
    stats_ms+=($(( ($(date +%s%N) - start) / 1000000 )))
done
b=$(printf '%s\n' "${briefing_ms[@]}" | median 5)
s=$(printf '%s\n' "${stats_ms[@]}" | median 5)
ratio=$(awk -v a="$b" -v b="$s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "briefing --pdf on demo --large: ${b} ms (target < 2000 ms); stats ${s} ms; ratio ${ratio}"
echo "split of the last run: $(tail -n 1 "$work/timings.5")"
