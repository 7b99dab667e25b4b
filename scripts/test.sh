#!/usr/bin/env bash
# One command from a bare Debian 12 machine to a full test run: installs what is
# missing, builds everything, starts a throwaway PostgreSQL server and runs every
# test suite against it and real SQLite files. Exit status 0 only if all pass.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
BUILD_DIR=${BUILD_DIR:-build}
# Times are checked in a zone that is not UTC: naive UTC must not shift.
export TZ=${TI_TEST_TZ:-America/New_York}
scripts/with-postgres.sh bash -c "cd '$BUILD_DIR' && ctest --output-on-failure -j2 $*"
