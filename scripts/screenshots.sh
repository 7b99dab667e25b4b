#!/usr/bin/env bash
# screenshots.sh BINARY [DATABASE_URL] [OUTDIR]
# Starts an already built trade-inspector under Xvfb (1280x800) on a database
# (default: the demo database, created on first start) and drives it by its
# keyboard shortcuts as an operator would: every page, the trades filtered by
# symbol (with the "N of M trades" count), an order with its fills, a session's
# review with its charts, the backups page after a backup, the Connect dialog
# (SQLite and PostgreSQL), Preferences and the error panel on a missing file.
# One PNG per view in OUTDIR (default: artifacts/; docs/screenshots/ for the
# README). Builds nothing. Settings and data dirs are private temporaries, so
# the user's own settings are never touched. SCREENSHOT_STYLE=dark shoots with
# a dark palette (Fusion), to check the window in a dark desktop theme.
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
# No keyring here: the Connect dialog shows what an operator without one sees.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/no-bus"
if [ "${SCREENSHOT_STYLE:-}" = dark ]; then
  export QT_STYLE_OVERRIDE=fusion TI_COLOR_SCHEME=dark
fi

# One app run. Each step is NAME=ACTIONS; the actions run in order, then the
# screen is saved as OUTDIR/NAME.png. An action is a key chord for xdotool
# (ctrl+2, Escape), type:TEXT, sleep:SECONDS, focus:WINDOW-TITLE (a dialog), main, click:X,Y (in the main window), or
# "-" (nothing: just shoot). The main window has the focus when a step starts.
cat >"$WORK/session.sh" <<'INNER'
set -euo pipefail
bin=$1; db=$2; out=$3; log=$4; settings=$5; shift 5
args=(--settings "$settings")
[ -n "$db" ] && args+=(--database "$db")
"$bin" "${args[@]}" >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap cleanup EXIT
wid=$(timeout 60 xdotool search --sync --onlyvisible --name "Trade Inspector" | head -1 || true)
[ -n "$wid" ] || { echo "screenshots.sh: no window appeared:" >&2; cat "$log" >&2; exit 1; }
xdotool windowsize "$wid" 1280 800 windowmove "$wid" 0 0
# The open and probe run on a worker; give them (and a demo generation) time.
for _ in $(seq 1 120); do
  xdotool search --name "demo|Demo" >/dev/null 2>&1 || break
  sleep 0.5
done
sleep 2
focus() { xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1" 2>/dev/null || true; }
for step in "$@"; do
  name=${step%%=*}; actions=${step#*=}
  focus "$wid"
  for action in $actions; do
    case $action in
      -) ;;
      main) focus "$wid" ;;
      click:*)
        xy=${action#click:}
        xdotool mousemove --window "$wid" "${xy%,*}" "${xy#*,}" click 1
        sleep 0.4 ;;
      focus:*)
        # A dialog is a window of its own; there is no window manager to focus it.
        dialog=$(timeout 10 xdotool search --sync --onlyvisible --name "${action#focus:}" | head -1 || true)
        [ -n "$dialog" ] && focus "$dialog" ;;
      sleep:*) sleep "${action#sleep:}" ;;
      type:*)
        xdotool type --delay 40 "${action#type:}"
        sleep 0.3 ;;
      *)
        xdotool key --clearmodifiers "$action"
        sleep 0.4 ;;
    esac
  done
  sleep 1.2
  import -window root "$out/$name.png"
  echo "saved $out/$name.png"
done
INNER

run() { # run LOGNAME DATABASE STEPS...
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$WORK/session.sh" "$BIN" "$2" "$OUT" "$WORK/$1.log" "$WORK/$1.ini" "${@:3}"
}

# Orders: the first row clicked, so its fills show below it (the window sits at
# 0,0 at 1280x800: the first row is under the header at y=177).
run pages "$DB" \
  "orders=ctrl+1 click:300,177 sleep:1" \
  "trades=ctrl+2" \
  "trades-filtered=ctrl+f Tab type:AAPL Return sleep:1.5" \
  "positions=ctrl+3" \
  "session-review=ctrl+4 sleep:3" \
  "backups=ctrl+5 ctrl+b sleep:4" \
  "audit=ctrl+6 alt+r sleep:10" \
  "preferences=ctrl+comma" \
  "connect-sqlite=focus:Preferences Escape main ctrl+o" \
  "connect-postgres=focus:Connect alt+g"
run error "$WORK/no-such-dir/missing.db" "error-missing-file=-"
echo "screenshots in $OUT"
