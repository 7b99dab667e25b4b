#!/usr/bin/env bash
# One command from a bare Debian 12 machine to a full test run: installs what is
# missing, builds everything, starts a throwaway PostgreSQL server and runs every
# test suite against it and real SQLite files. Then the hardening runs
# (docs/HARDENING.md): a short libFuzzer run of every fuzz target (./build-fuzz)
# and the whole suite again built with AddressSanitizer and
# UndefinedBehaviorSanitizer (./build-asan). With CI=true both always run;
# locally TI_ASAN=0 skips the sanitizer run and TI_HARDENING=0 skips both.
# Exit status 0 only if all pass. Extra arguments go to the first ctest only
# (e.g. -R TestDecimal).
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

if [ "${CI:-}" != true ] && [ "${TI_HARDENING:-1}" = 0 ]; then
  exit 0
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
ctest --preset fuzz
if [ "${CI:-}" = true ] || [ "${TI_ASAN:-1}" != 0 ]; then
  # The package test checks what CPack puts in a .deb, which the default run
  # already did: a package of sanitizer binaries is never shipped, and the
  # code its --version check runs is covered by the CLI suites under asan.
  scripts/test-asan.sh -E '^PackageContents$'
fi
