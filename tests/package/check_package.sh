#!/usr/bin/env bash
# check_package.sh BUILD_DIR: builds the Debian package and the .tar.gz with
# CPack, checks what they contain, unpacks the .deb into a temporary root, runs
# the unpacked binary, and validates the desktop entry and AppStream metainfo.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

app_id=io.github.tradeinspector.TradeInspector
expected=(
  ./usr/bin/trade-inspector
  ./usr/share/applications/$app_id.desktop
  ./usr/share/metainfo/$app_id.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/trade-inspector.svg
  ./usr/share/icons/hicolor/64x64/apps/trade-inspector.png
  ./usr/share/icons/hicolor/256x256/apps/trade-inspector.png
)
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for f in "${expected[@]}"; do
  grep -qx "$f" "$work/contents" || fail "$f is not in the package"
done
if grep -Eq 'Test|bench|render-icon' "$work/contents"; then fail "test or build tools in the package"; fi

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql postgresql-client libqt6widgets6 libqt6sql6 libqt6keychain1; do
  [[ "$depends" == *"$d"* ]] || fail "Depends lacks $d: $depends"
done
# qtkeychain dlopens libsecret for the Secret Service (see installer/CMakeLists.txt).
[[ "$(dpkg-deb -f "$deb" Recommends)" == *libsecret-1-0* ]] || fail "Recommends lacks libsecret-1-0"

dpkg-deb -x "$deb" "$work/root"
version=$(env -u DISPLAY "$work/root/usr/bin/trade-inspector" --version)
[[ "$version" == "trade-inspector "* ]] || fail "unexpected --version output: $version"
echo "unpacked binary says: $version"

desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" ||
  fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"

tar tzf "$tgz" | grep -q 'bin/trade-inspector$' || fail "the .tar.gz lacks the binary"
echo "package checks passed"
