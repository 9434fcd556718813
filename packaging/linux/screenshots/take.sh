#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the AppStream and README screenshots of the real program: the demo
# database of 15 March 2022 in Chinese, on the Today, Personnel,
# Reconciliation and Briefing views, in a 1200×760 X server (the main
# window's first-start size).
#   take.sh BUILD_DIR   (needs xvfb, imagemagick and faketime)
set -euo pipefail
seawall=$(realpath "$1")/app/seawall
out=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
# The status bar shows the database file: a home folder named like a
# user's makes that line look as it does on a coordinator's desk.
home=${SEAWALL_SHOT_HOME:-/home/coordinator}
made_home=0
[ -e "$home" ] || made_home=1
trap 'rm -rf "$work"; [ "$made_home" -eq 0 ] || rm -rf "$home"' EXIT
mkdir -p "$home/.local/share/seawall" "$work/config/seawall"
"$seawall" --db "$home/.local/share/seawall/seawall.sqlite" demo --if-empty --date 2022-03-15 >/dev/null 2>&1

cat > "$work/shoot.sh" <<SHOOT
#!/usr/bin/env bash
# The last view shown is remembered in the settings file (its place in the
# navigation list: 0 Today, 2 Personnel, 8 Reconciliation, 9 Briefing).
printf '[window]\nview=%s\n' "\$1" > "$work/config/seawall/seawall.ini"
HOME="$home" XDG_CONFIG_HOME="$work/config" LANG=zh_CN.UTF-8 \
    faketime '2022-03-15 18:00:00' "$seawall" &
pid=\$!
sleep 6
import -window root "\$2"
kill \$pid
SHOOT
chmod +x "$work/shoot.sh"
shoot() { xvfb-run -a -s "-screen 0 1200x760x24" "$work/shoot.sh" "$1" "$out/$2.png"; }
shoot 0 today
shoot 2 personnel
shoot 8 reconciliation
shoot 9 briefing
echo "wrote today, personnel, reconciliation and briefing.png in $out"
