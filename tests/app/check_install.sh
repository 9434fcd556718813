#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix holds the program, the desktop
# entry, the AppStream metainfo and the icons; the validators accept the
# installed files (each skipped, with a message, where its tool is missing);
# the metainfo's newest release is the project version.
#   check_install.sh CMAKE BUILD_DIR VERSION
set -euo pipefail
cmake=$1
build=$2
version=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

status=0
expect() {
    if [ -f "$prefix/$1" ]; then echo "ok       $1"; else echo "MISSING  $1"; status=1; fi
}
expect bin/seawall
expect share/applications/seawall.desktop
expect share/metainfo/io.github.seawall.Seawall.metainfo.xml
expect share/icons/hicolor/scalable/apps/seawall.svg
for size in 16 32 48 64 128 256; do
    expect "share/icons/hicolor/${size}x${size}/apps/seawall.png"
done
[ -x "$prefix/bin/seawall" ] || { echo "bin/seawall is not executable"; status=1; }
"$prefix/bin/seawall" --version | grep -qx "seawall $version" || { echo "bin/seawall --version is not $version"; status=1; }

metainfo=$prefix/share/metainfo/io.github.seawall.Seawall.metainfo.xml
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
if [ "$newest" != "$version" ]; then
    echo "the metainfo's newest release is \"$newest\", the project version $version"
    status=1
fi

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/seawall.desktop" || status=1
    echo "desktop-file-validate: done"
else
    echo "skipped: desktop-file-validate is not installed (package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" || status=1
else
    echo "skipped: appstreamcli is not installed (package appstream)"
fi
exit $status
