#!/usr/bin/env bash
# Installs the Debian 12 packages Trade Inspector needs to build, run and test.
# Quick when everything is there already (only dpkg is asked).
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 libsqlite3-dev libpq-dev libssl-dev
  qtkeychain-qt6-dev libqt6keychain1
  qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql
  sqlite3 postgresql-15 postgresql-client-15
  xvfb xauth xdotool imagemagick fonts-dejavu-core
  dpkg-dev file desktop-file-utils appstream
  dbus gnome-keyring
  clang-format
  clang libclang-rt-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
[ "$(id -u)" = 0 ] || SUDO=(sudo)
echo "Installing: ${missing[*]}" >&2
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
