#!/usr/bin/env bash
# Takes a screenshot of SocRehab as a caseworker would see it, under a private Xvfb.
#
#   build-aux/screenshot.sh OUT.png [LANGUAGE] [WIDTHxHEIGHT] [-- APP OPTIONS]
#
# e.g. build-aux/screenshot.sh /tmp/fi-narrow.png fi 360x700 -- --demo
# SOCREHAB_SHOT_KEYS="ctrl+comma" presses keys before the shot (then the whole screen is taken).
# Needs a built _build (build-aux/socrehab.sh run or test first), xdotool and imagemagick.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCREHAB_BUILDDIR:-$top/_build}"
out="${1:?usage: screenshot.sh OUT.png [LANGUAGE] [WIDTHxHEIGHT] [-- APP OPTIONS]}"
lang="${2:-en}"
size="${3:-1100x740}"
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
width="${size%x*}"
height="${size#*x}"

for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing" >&2; exit 1; }
done

# Dates, weekdays and numbers follow the locale, not LANGUAGE: use fi_FI / sv_FI when the
# machine has them (Debian: the locales package and locale-gen), else C.UTF-8.
case "$lang" in
  fi*) locale=fi_FI.UTF-8 ;;
  sv*) locale=sv_FI.UTF-8 ;;
  *)   locale=C.UTF-8 ;;
esac
locale -a 2>/dev/null | grep -qix "${locale/UTF-8/utf8}" || locale=C.UTF-8

display=":$(( 90 + RANDOM % 100 ))"
tmp="$(mktemp -d)"
# meson devenv does not pass signals on: stop the app itself (by its window's pid) so it quits
# cleanly and removes a --demo database, then the rest.
cleanup () {
  local pid=""
  [ -n "${win:-}" ] && pid="$(DISPLAY="$display" xdotool getwindowpid "$win" 2>/dev/null || true)"
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && sleep 1
  kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

mkdir -p "$tmp/config/gtk-4.0"
printf '[Settings]\ngtk-font-name=Cantarell 11\n' > "$tmp/config/gtk-4.0/settings.ini"

DISPLAY="$display" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="${XDG_DATA_HOME:-$tmp/data}" \
  TZ="${TZ:-Europe/Helsinki}" LANG="$locale" LANGUAGE="$lang" GTK_A11Y=none GSK_RENDERER=cairo GDK_DEBUG=gl-disable \
  DBUS_SESSION_BUS_ADDRESS=disabled: GSETTINGS_BACKEND=memory \
  meson devenv -C "$build" socrehab "$@" >/dev/null 2>&1 &
app_pid=$!

for _ in $(seq 50); do
  win="$(DISPLAY="$display" xdotool search --onlyvisible --name '^SocRehab$' 2>/dev/null | head -n1 || true)"
  [ -n "$win" ] && break
  sleep 0.2
done
[ -n "${win:-}" ] || { echo "screenshot.sh: the window did not appear" >&2; exit 1; }

DISPLAY="$display" xdotool windowsize "$win" "$width" "$height"
sleep "${SOCREHAB_SHOT_DELAY:-1.5}"
# SOCREHAB_SHOT_KEYS="ctrl+comma" presses keys first, e.g. to open a dialog.
if [ -n "${SOCREHAB_SHOT_KEYS:-}" ]; then
  DISPLAY="$display" xdotool key --window "$win" $SOCREHAB_SHOT_KEYS
  sleep 1
  DISPLAY="$display" import -window root "$out"
else
  DISPLAY="$display" import -window "$win" "$out"
fi
echo "$out"
