#!/usr/bin/env bash
# fuzz.sh [SECONDS] [WHAT...]: builds the libFuzzer targets (the `fuzz` preset,
# ./build-fuzz, clang) and fuzzes each fuzz_<WHAT> for SECONDS (default 60)
# from a temporary copy of its seed corpus (tests/fuzz/corpus/<WHAT>/), after
# replaying its regression inputs. The repository stays clean: inputs that
# make a target fail are kept in build-fuzz/artifacts/<WHAT>/; turn each into a
# regression test and a file in tests/fuzz/regressions/<WHAT>/.
# With no WHAT, every target runs. The test command's short run is
# `ctest --preset fuzz` (TI_FUZZ_SECONDS each).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(connection_url filter_expression value_decoder backup_sidecar)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
status=0
for what in "${targets[@]}"; do
  echo "== fuzz_$what for ${seconds}s" >&2
  TI_FUZZ_ARTIFACTS=build-fuzz/artifacts/$what \
    tests/fuzz/run-fuzzer.sh "build-fuzz/fuzz/fuzz_$what" "tests/fuzz/corpus/$what" \
    "tests/fuzz/regressions/$what" "$seconds" || status=1
done
exit $status
