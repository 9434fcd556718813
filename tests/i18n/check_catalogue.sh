#!/usr/bin/env bash
# Fails when a user-visible string of the sources is missing from the zh_CN
# catalogue or unfinished there (or a plural message from the English one): lupdate runs over the sources into a copy
# of the catalogue, and the copy must have nothing unfinished.
#   check_catalogue.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/seawall_zh_CN.ts" "$work/copy.ts"
"$lupdate" -silent -no-obsolete -locations none -I "$src" "$src/core" "$src/ui" "$src/app" -ts "$work/copy.ts"
unfinished=$(grep -c 'type="unfinished"' "$work/copy.ts" || true)
vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$src/translations/seawall_zh_CN.ts" || true)
messages=$(grep -c '<message' "$work/copy.ts" || true)
echo "$messages messages, $unfinished unfinished or missing, $vanished vanished"
if [ "$unfinished" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$work/copy.ts" | grep '<source>' | head -20
    exit 1
fi
[ "$vanished" -eq 0 ] && [ "$messages" -gt 100 ]

# English needs only its plural forms, all of them given.
cp "$src/translations/seawall_en.ts" "$work/en.ts"
"$lupdate" -silent -pluralonly -no-obsolete -locations none -I "$src" "$src/core" "$src/ui" "$src/app" -ts "$work/en.ts"
plurals=$(grep -c 'numerus="yes"' "$work/en.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/en.ts" || true)
echo "English: $plurals plural messages, $unfinished unfinished or missing"
[ "$unfinished" -eq 0 ] && [ "$plurals" -gt 0 ]
