#!/usr/bin/env bash
# run-fuzzer.sh FUZZER CORPUS_DIR REGRESSIONS_DIR SECONDS
# Replays the regression inputs, then fuzzes for SECONDS from a temporary copy
# of the seed corpus, so the run never writes into the repository. New crash
# inputs are kept under $TI_FUZZ_ARTIFACTS (default: a temporary directory,
# named on failure) to be turned into regression tests.
set -euo pipefail
fuzzer=$1 corpus=$2 regressions=$3 seconds=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts=${TI_FUZZ_ARTIFACTS:-$(mktemp -d)}
mkdir -p "$artifacts" "$work/corpus"
# Crash reports with file and line: Debian's llvm-14 has the symbolizer off PATH.
if ! command -v llvm-symbolizer >/dev/null && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
cp -r "$corpus"/. "$work/corpus/"
# Given files (not a directory), libFuzzer runs each once and stops.
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
  "$fuzzer" "$regressions"/* 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
fi
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -artifact_prefix="$artifacts/" -print_final_stats=1 "$work/corpus" 2>"$work/log"; then
  tail -n 60 "$work/log" >&2
  echo "$(basename "$fuzzer") failed; the input is in $artifacts" >&2
  exit 1
fi
grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units)' "$work/log" || true
