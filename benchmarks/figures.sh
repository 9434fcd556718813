#!/usr/bin/env bash
# Benchmark: the figures of a late day at scale. `seawall stats` and
# `seawall briefing --pdf` on a database whose tests were grown to 20
# million (200,000 persons), against the bare day's queries: the sqlite3
# shell running the queries `seawall stats --sql` prints for that day on
# the same file, with the page cache every Seawall connection has
# (db/database.cpp: 32 MiB).
#
#   benchmarks/figures.sh [BUILD_DIR] [COPIES]
#
# Builds once (benchmarks/work/figures/, reused while it exists) the large
# demo (1,000,000 tests over 60 days ending 2022-03-15), then grows its tests
# by SQL: COPIES (default 19) copies of them, each moved 60 days further
# back, so that the last day has a year and more of daily tests before it
# (20,000,000 rows with the default). Median of 7 runs each. Also prints the
# shell counting every test on or before the day, as the figures did before
# the counts per day were kept. Targets: stats under 200 ms, the briefing
# under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
copies=${2:-19}
seawall="$build/app/seawall"
[ -x "$seawall" ] || { echo "build first: cmake --workflow --preset default" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }

work=benchmarks/work/figures
day=2022-03-15
first=2022-01-15 # the large demo's first day: 60 days to $day
mkdir -p "$work"
db=$work/tests-x$((copies + 1)).sqlite
if [ ! -s "$db" ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    echo "building the large demo and growing its tests $((copies + 1))-fold (once)…"
    start=$(date +%s%N)
    "$seawall" --db "$work/grow.sqlite" demo --large --date "$day" >/dev/null
    for k in $(seq "$copies"); do
        sqlite3 "$work/grow.sqlite" <<SQL
PRAGMA cache_size = -524288;
PRAGMA synchronous = OFF;
INSERT INTO nucleic_test (person_id, company_id, sampled_on, site, result, lab, batch_id)
    SELECT person_id, company_id, date(sampled_on, '-$((60 * k)) days'), site, result, lab, batch_id
    FROM nucleic_test WHERE sampled_on >= '$first';
SQL
    done
    sqlite3 "$work/grow.sqlite" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null
    mv "$work/grow.sqlite" "$db"
    rm -f "$work/grow.sqlite-wal" "$work/grow.sqlite-shm"
    echo "  $(( ($(date +%s%N) - start) / 1000 / 1000000 )) s, $(du -h "$db" | cut -f1)"
fi
# A file made by an older build is brought to the current schema first.
"$seawall" --db "$db" init >/dev/null
tests=$(sqlite3 "$db" "SELECT count(*) FROM nucleic_test;")
"$seawall" --db "$db" stats --date "$day" --sql > "$work/stats.sql"

median_ms() { # command… → median wall time of 7 runs in ms
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

"$seawall" --db "$db" stats --date "$day" --json >/dev/null # warm the page cache
stats_ms=$(median_ms "$seawall" --db "$db" stats --date "$day" --json)
day_ms=$(median_ms sqlite3 -cmd "PRAGMA cache_size = -32768" "$db" ".read $work/stats.sql")
briefing_ms=$(median_ms "$seawall" --db "$db" briefing --date "$day" --pdf "$work/briefing.pdf")
counting_ms=$(median_ms sqlite3 "$db" "SELECT count(*) FROM nucleic_test WHERE sampled_on <= '$day';")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "figures of $day with $tests tests, median of 7:"
echo "  stats ${stats_ms} ms (target < 200), the bare day's queries in sqlite3 ${day_ms} ms: ratio $(ratio "$stats_ms" "$day_ms")"
echo "  briefing --pdf ${briefing_ms} ms (target < 1000): ratio $(ratio "$briefing_ms" "$day_ms")"
echo "  counting every test to date, as before, alone: ${counting_ms} ms"
