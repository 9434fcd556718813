#!/usr/bin/env bash
# Benchmark: the main window on the `demo --large` database (200,000 persons,
# 1,000,000 tests) under the offscreen platform: start; the Personnel, Tests
# and Vaccinations tables, keystrokes in their search boxes and the count
# once typing pauses. Each against its target and a baseline measured in the
# same run (see benchmarks/window/windowbench.cpp). Then the search of every
# list in core (benchmarks/lists/listbench.cpp).
#
#   benchmarks/window.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bench="$build/benchmarks/seawall_windowbench"
[ -x "$bench" ] && [ -x "$build/benchmarks/seawall_listbench" ] || { echo "build first: cmake --workflow --preset default" >&2; exit 1; }
work=benchmarks/work
db=$work/large.sqlite
mkdir -p "$work"
if [ ! -s "$db" ]; then
    echo "building the large demo database (once)…"
    "$build/app/seawall" --db "$db" demo --large --date 2022-03-15 >/dev/null
fi
# A private settings folder, so that the window opens as on a first start.
export XDG_CONFIG_HOME=$work/config
rm -rf "$XDG_CONFIG_HOME"
QT_QPA_PLATFORM=offscreen "$bench" "$db" >/dev/null 2>&1 # warm the page cache
QT_QPA_PLATFORM=offscreen "$bench" "$db" 2>/dev/null
# Every list's search in core, without the window (Personnel, Tests,
# Vaccinations, Volunteer shifts, Inspections, Daily reports, Companies).
echo
"$build/benchmarks/seawall_listbench" "$db"
