#!/usr/bin/env bash
# Benchmark: `seawall stats` on the `demo --large` database against the same
# aggregate queries run by the bare sqlite3 shell on the same file, with the
# page cache every Seawall connection has (db/database.cpp: 32 MiB).
#
#   benchmarks/stats.sh [BUILD_DIR]
#
# Builds the large database once (benchmarks/work/large.sqlite, reused while
# it exists), then takes the median of 7 runs of each. Prints both times and
# the ratio seawall / sqlite3. Targets: stats under 0.5 s, ratio under 2.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seawall="$build/app/seawall"
[ -x "$seawall" ] || { echo "build first: cmake --workflow --preset default" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }

work=benchmarks/work
db=$work/large.sqlite
day=2022-03-15
mkdir -p "$work"
if [ ! -s "$db" ]; then
    echo "building the large demo database (once)…"
    start=$(date +%s%N)
    "$seawall" --db "$db" demo --large --date "$day" >/dev/null
    echo "  demo --large: $(( ($(date +%s%N) - start) / 1000000 )) ms, $(du -h "$db" | cut -f1)"
fi

"$seawall" --db "$db" stats --date "$day" --sql > "$work/stats.sql"

median_ms() { # command… → median wall time of 7 runs in ms
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local start=$(date +%s%N)
        "$@" >/dev/null
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

"$seawall" --db "$db" stats --date "$day" --json >/dev/null # warm the page cache
seawall_ms=$(median_ms "$seawall" --db "$db" stats --date "$day" --json)
sqlite_ms=$(median_ms sqlite3 -cmd "PRAGMA cache_size = -32768" "$db" ".read $work/stats.sql")
ratio=$(awk -v a="$seawall_ms" -v b="$sqlite_ms" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "stats --date $day on demo --large: seawall ${seawall_ms} ms, sqlite3 ${sqlite_ms} ms, ratio ${ratio} (target < 2, and < 500 ms)"
