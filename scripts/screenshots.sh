#!/usr/bin/env bash
# screenshots.sh BINARY [DATABASE_URL] [OUTDIR]
# Starts an already built trade-inspector under Xvfb (1280x800) on a database
# (default: the demo database, created on first start), shows each page by its
# keyboard shortcut (Ctrl+1..5) and saves one PNG per page into OUTDIR
# (default: artifacts/). Also shoots the Connect dialog and, on a missing file,
# the error panel. Builds nothing. Settings and data dirs are private
# temporaries, so the user's own settings are never touched.
set -euo pipefail
BIN=${1:?usage: screenshots.sh BINARY [DATABASE_URL] [OUTDIR]}
DB=${2:-}
OUT=${3:-artifacts}
BIN=$(readlink -f "$BIN")
mkdir -p "$OUT"
OUT=$(readlink -f "$OUT")
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/ti-shots.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export XDG_RUNTIME_DIR="$WORK/runtime" XDG_DATA_HOME="${XDG_DATA_HOME:-$WORK/data}" \
       XDG_CONFIG_HOME="$WORK/config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# shoot NAME DATABASE KEYS...: one app run; after the window appears, each key
# chord is sent and the screen saved as NAME-<n>.png (a key "-" just shoots).
cat >"$WORK/session.sh" <<'INNER'
set -euo pipefail
bin=$1; db=$2; out=$3; settings=$4; shift 4
args=(--settings "$settings")
[ -n "$db" ] && args+=(--database "$db")
"$bin" "${args[@]}" >"$out.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap cleanup EXIT
wid=$(timeout 60 xdotool search --sync --onlyvisible --name "Trade Inspector" | head -1 || true)
[ -n "$wid" ] || { echo "screenshots.sh: no window appeared (see $out.log)" >&2; exit 1; }
xdotool windowsize "$wid" 1280 800 windowmove "$wid" 0 0
# The open and probe run on a worker; give them (and a demo generation) time.
for _ in $(seq 1 120); do
  xdotool search --name "demo|Demo" >/dev/null 2>&1 || break
  sleep 0.5
done
sleep 2
for step in "$@"; do
  name=${step%%=*}; keys=${step#*=}
  if [ "$keys" != "-" ]; then
    xdotool windowactivate --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
    xdotool key --clearmodifiers "$keys"
    sleep 1.2
  fi
  import -window root "$out-$name.png"
  echo "saved $out-$name.png"
done
INNER

run() { # run NAME DATABASE STEPS...
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$WORK/session.sh" "$BIN" "$2" "$OUT/$1" "$WORK/$1.ini" "${@:3}"
}

run pages "$DB" 1-orders=ctrl+1 2-trades=ctrl+2 3-positions=ctrl+3 4-sessions=ctrl+4 \
  5-backups=ctrl+5 6-audit=ctrl+6 7-connect-dialog=ctrl+o
run error "$WORK/no-such-dir/missing.db" 1-missing-file=-
echo "screenshots in $OUT"
