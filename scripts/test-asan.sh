#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (the
# `asan` preset, ./build-asan) and runs the test suite against a throwaway
# PostgreSQL server. Extra arguments go to ctest (e.g. -R TestDecimal).
# Sanitizer options and the LeakSanitizer suppressions come from the build
# (cmake/Sanitizers.cmake), so a plain `ctest --preset asan` behaves the same.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export TZ=${TI_TEST_TZ:-America/New_York}
scripts/with-postgres.sh ctest --preset asan "$@"
