#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# withkeyring.sh COMMAND ARGS…: runs COMMAND in a D-Bus session bus of its
# own, with a GNOME keyring daemon in it whose login keyring lives in a
# temporary home and is unlocked: the Secret Service QtKeychain talks to,
# as on a desktop, without touching the keyring of whoever runs the tests.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "withkeyring: $tool not found: install gnome-keyring and dbus (bash .ci/deps)" >&2
        exit 1
    fi
done
# shellcheck disable=SC2016 # expanded by the inner shell
exec dbus-run-session -- bash -c '
    set -euo pipefail
    home=$(mktemp -d)
    # The daemon forks away from this shell and may outlive the bus; with
    # it would live whatever it inherited (a build lock held by flock kept
    # the next build waiting). It is known by the home it was given.
    stop() {
        for proc in /proc/[0-9]*; do
            [ "$(cat "$proc/comm" 2>/dev/null)" = gnome-keyring-d ] || continue
            if grep -qzxF "HOME=$home" "$proc/environ" 2>/dev/null; then
                kill "${proc#/proc/}" 2>/dev/null || true
            fi
        done
        rm -rf "$home"
    }
    trap stop EXIT
    printf "seawall-tests" | HOME="$home" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"
' withkeyring "$@"
