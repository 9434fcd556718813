#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The suite's guard over what belongs to the person running it: their
# settings (~/.config), data (~/.local/share) and cache (~/.cache), and the
# temporary folder, where every test process would write if its private
# home (common/testmain.cpp) were lost.
#   home_guard.sh snapshot FILE   before the first test
#   home_guard.sh compare FILE    after the last: fails on any difference
set -euo pipefail
mode=$1
file=$2
tmp=${TMPDIR:-/tmp}

state() {
    for dir in "$HOME/.config" "$HOME/.local/share" "$HOME/.cache"; do
        [ -d "$dir" ] && find "$dir" -not -path "$HOME/.cache/ccache/*" -printf '%p %s %T@\n' 2>/dev/null
    done
    # Only what the suite would leave in the temporary folder: its test
    # executables' and Qt's temporary files, and anything named seawall.
    find "$tmp" -maxdepth 1 \( -name 'test_*' -o -name 'qt_temp*' -o -iname '*seawall*' \) -printf '%p\n' 2>/dev/null
}

case $mode in
snapshot)
    state | sort > "$file"
    echo "$(wc -l < "$file") entries noted under $HOME and $tmp"
    ;;
compare)
    [ -f "$file" ] || { echo "no snapshot at $file"; exit 1; }
    if ! diff <(cat "$file") <(state | sort) > "$file.diff"; then
        echo "The suite wrote outside the build folder:"
        cat "$file.diff"
        exit 1
    fi
    echo "nothing written under $HOME/.config, .local/share, .cache or in $tmp"
    ;;
*)
    echo "usage: $0 snapshot|compare FILE" >&2
    exit 1
    ;;
esac
