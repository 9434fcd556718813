#!/usr/bin/env bash
# Benchmark: the same `seawall` on a PostgreSQL server and in a SQLite file,
# on the `demo --large` database (200,000 persons, 1,000,000 tests over 60
# days): `import` of a tests file made as units send them, and `stats
# --json` for the demo's last day. Prints each time and the ratios
# PostgreSQL / SQLite.
#
#   benchmarks/postgresql.sh [BUILD_DIR] [ROWS] [RUNS]
#
# Starts its own throwaway server (tests/pg/pgserver.sh: PostgreSQL 15 on
# 127.0.0.1, fsync off as in the tests) and stops it on exit. The file is
# stats.sh's (benchmarks/work/large.sqlite, made once); the server's
# database is that file copied with `seawall copy-to` (timed once). The
# tests file (benchmarks/work/postgresql/, made once) has ROWS rows
# (default 200,000: a day of the whole roster) for the days after the
# demo's last, as import.sh makes its own: rows in date order, each day's
# persons of the demo's roster in random order, 0.6 % of the rows repeating
# the key of an earlier row of the day. Each timed import starts from a
# fresh copy of the large database (a file copied; on the server a database
# made from it as a template). Imports take turns RUNS times (default 3),
# stats 7 times; medians count.
#
# The timed part holds /tmp/seawall-build.lock, so that a build started
# meanwhile by someone else waits rather than skewing the times.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rows=${2:-200000}
runs=${3:-3}
seawall="$build/app/seawall"
[ -x "$seawall" ] || { echo "build first: cmake --workflow --preset default" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 1; }
pgbin=${SEAWALL_PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$pgbin/createdb" ] || { echo "needs postgresql-15 (bash .ci/deps)" >&2; exit 1; }

work=benchmarks/work
mine=$work/postgresql
mkdir -p "$mine"
db=$work/large.sqlite
day=2022-03-15
if [ ! -s "$db" ]; then
    echo "building the large demo database (once)…"
    "$seawall" --db "$db" demo --large --date "$day" >/dev/null
fi
"$seawall" --db "$db" init >/dev/null # brought to this build's schema once
rm -f "${db%.sqlite}".v*.sqlite

tests=$mine/tests-$rows.csv
if [ ! -s "$tests" ]; then
    echo "generating $rows test rows for the demo's roster (once)…"
    sqlite3 -csv "$db" "SELECT c.name, p.name, p.id_number FROM person p JOIN company c ON c.id = p.company_id
                        WHERE p.id_number <> '' ORDER BY p.id" > "$mine/roster.csv"
    python3 benchmarks/common/testsasent.py "$mine/roster.csv" "$rows" 2022-03-16 "$tests" 20220316
fi
echo "tests file: $rows rows, $(du -h "$tests" | cut -f1)"

state=$mine/server
bash tests/pg/pgserver.sh start "$state" >/dev/null
trap 'bash tests/pg/pgserver.sh stop "$state"' EXIT
url=$(cat "$state/url")           # postgresql://seawall@127.0.0.1:PORT/postgres
server=${url%/*}                   # postgresql://seawall@127.0.0.1:PORT
port=${server##*:}
pg() { "$pgbin/$1" -h 127.0.0.1 -p "$port" -U seawall "${@:2}"; }

start=$(date +%s%N)
pg createdb large
"$seawall" --db "$db" copy-to "$server/large" >/dev/null 2>"$mine/copy.txt" || { cat "$mine/copy.txt" >&2; exit 1; }
copy_ms=$(( ($(date +%s%N) - start) / 1000000 ))
pg psql -q -d large -c "VACUUM ANALYZE" >/dev/null

ms_of() { # command… → wall time in ms (its output to $mine/run.txt)
    local start=$(date +%s%N)
    "$@" >"$mine/run.txt" 2>&1 || { echo "failed: $*" >&2; tail -20 "$mine/run.txt" >&2; exit 1; }
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
import_sqlite() {
    rm -f "$mine/run.sqlite" "$mine/run.sqlite-wal" "$mine/run.sqlite-shm"
    cp "$db" "$mine/run.sqlite"
    cat "$tests" >/dev/null
    ms_of "$seawall" --db "$mine/run.sqlite" import "$tests"
}
import_server() {
    pg dropdb --if-exists run 2>/dev/null
    pg createdb -T large run
    cat "$tests" >/dev/null
    ms_of "$seawall" --db "$server/run" import "$tests"
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

exec 9>/tmp/seawall-build.lock
if ! flock -w 1200 9; then
    echo "the build lock /tmp/seawall-build.lock stayed held for 20 minutes; run this script outside flock" >&2
    exit 1
fi
sqlite_all="" server_all=""
for _ in $(seq "$runs"); do
    sqlite_all="$sqlite_all $(import_sqlite)"
    server_all="$server_all $(import_server)"
done
"$seawall" --db "$db" stats --date "$day" --json >/dev/null # warm both
"$seawall" --db "$server/large" stats --date "$day" --json >/dev/null
stats_file_all="" stats_server_all=""
for _ in 1 2 3 4 5 6 7; do
    stats_file_all="$stats_file_all $(ms_of "$seawall" --db "$db" stats --date "$day" --json)"
    stats_server_all="$stats_server_all $(ms_of "$seawall" --db "$server/large" stats --date "$day" --json)"
done
flock -u 9
"$seawall" --db "$db" stats --date "$day" --json > "$mine/stats-sqlite.json"
"$seawall" --db "$server/large" stats --date "$day" --json > "$mine/stats-postgresql.json"
same=$(cmp -s "$mine/stats-sqlite.json" "$mine/stats-postgresql.json" && echo "the same" || echo "DIFFERENT")
rm -f "$mine/run.sqlite" "$mine/run.sqlite-wal" "$mine/run.sqlite-shm"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
import_file=$(echo "$sqlite_all" | median)
import_server=$(echo "$server_all" | median)
stats_file=$(echo "$stats_file_all" | median)
stats_server=$(echo "$stats_server_all" | median)
echo "runs (ms): import SQLite$sqlite_all; import PostgreSQL$server_all; stats SQLite$stats_file_all; stats PostgreSQL$stats_server_all"
echo "copy-to of demo --large onto the server: ${copy_ms} ms"
echo "import of $rows test rows into demo --large, median of $runs: SQLite ${import_file} ms, PostgreSQL ${import_server} ms: ratio $(ratio "$import_server" "$import_file")"
echo "stats --date $day --json on demo --large, median of 7: SQLite ${stats_file} ms, PostgreSQL ${stats_server} ms: ratio $(ratio "$stats_server" "$stats_file") (figures $same)"
