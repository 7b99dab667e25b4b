#!/usr/bin/env bash
# with-keyring.sh COMMAND...: runs COMMAND with a real, unlocked Secret Service
# keyring of its own: a private D-Bus session bus (dbus-run-session) and
# gnome-keyring-daemon (secrets component only) whose "login" keyring lives in a
# temporary data directory and is unlocked with a fixed password on stdin. The
# user's own keyring and session bus are never touched. Both are stopped on exit,
# also on failure. Exit 1 (before COMMAND runs) when the keyring cannot start.
# COMMAND sees TI_TEST_KEYRING=1. gnome-keyring (GPL) is a tool the tests run,
# never linked: Debian packages dbus, gnome-keyring (scripts/install-deps.sh).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${TI_KEYRING_BUS:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null || {
      echo "with-keyring.sh: $tool is missing (run scripts/install-deps.sh)" >&2
      exit 1
    }
  done
  # A fresh session bus that lives exactly as long as this script's second half.
  TI_KEYRING_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
unset TI_KEYRING_BUS

keyring_home=$(mktemp -d /tmp/ti-keyring.XXXXXX)
daemon=
stop_keyring() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  rm -rf "$keyring_home"
}
trap stop_keyring EXIT

# The keyring files go under XDG_DATA_HOME, its control socket under
# XDG_RUNTIME_DIR (which must be 0700): both private to this run.
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/runtime"
mkdir -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
# No display: a keyring that wanted to prompt would fail instead of hanging.
unset DISPLAY WAYLAND_DISPLAY

# --unlock reads the password on stdin and creates the "login" keyring (the
# default collection) with it; an empty password would leave it uncreated and
# make the daemon ask a prompter.
printf '%s' 'ti-test-keyring' |
  gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$keyring_home/daemon.log" 2>&1 &
daemon=$!

for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q 'boolean true'; then
    ready=1
    break
  fi
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if [ -z "${ready:-}" ]; then
  echo "with-keyring.sh: gnome-keyring-daemon did not provide the Secret Service:" >&2
  cat "$keyring_home/daemon.log" >&2
  exit 1
fi
echo "Secret Service: gnome-keyring-daemon $(gnome-keyring-daemon --version | head -1 | awk '{print $2}') on a private session bus" >&2

export TI_TEST_KEYRING=1
status=0
"$@" || status=$?
exit "$status"
