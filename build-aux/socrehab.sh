#!/usr/bin/env bash
# SocRehab developer entry point: the two commands README.md shows.
#
#   build-aux/socrehab.sh run [APP OPTIONS]   install what is missing, build, start the app
#   build-aux/socrehab.sh test [MESON TEST OPTIONS]   install, build, run the whole test suite
#
# Works on a fresh Debian 12 machine: missing packages are installed with apt-get
# (through sudo when not root). The build lives in _build and is reconfigured when it exists.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCREHAB_BUILDDIR:-$top/_build}"

# The one list of Debian packages the project needs to build, test and run.
packages=(
  gcc libc6-dev pkgconf meson ninja-build python3
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libical-dev libicu-dev
  gettext itstool yelp-tools libxml2-utils
  appstream desktop-file-utils flatpak-builder
  xvfb xauth
  fonts-dejavu-core fonts-cantarell adwaita-icon-theme librsvg2-common
)

log () { printf 'socrehab: %s\n' "$*" >&2; }

install_missing () {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  log "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "run as root or install sudo"; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build () {
  if [ -f "$build/build.ninja" ]; then
    meson setup --reconfigure "$build" "$top" >/dev/null
  else
    meson setup "$build" "$top"
  fi
  meson compile -C "$build"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift

case "$cmd" in
  run)
    install_missing
    configure_and_build
    exec meson devenv -C "$build" socrehab "$@"
    ;;
  test)
    install_missing
    configure_and_build
    # GUI tests need a display: a private virtual one, 1280x800.
    exec xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' \
      meson test -C "$build" --print-errorlogs "$@"
    ;;
  *)
    echo "usage: build-aux/socrehab.sh run [APP OPTIONS] | test [MESON TEST OPTIONS]" >&2
    exit 2
    ;;
esac
