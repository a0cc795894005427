#!/usr/bin/env bash
# Fuzzes every input reader with libFuzzer (tests/fuzz/): builds build-fuzz with clang and
# -DSYMBIO_FUZZ=ON, then runs the targets one after the other, each for SECONDS (default 30) on
# a copy of its seed corpus kept in build-fuzz (tests/fuzz/corpus/ is never written), and prints
# one summary line per target. Exits non-zero when a target crashed, leaked, hung or hit
# undefined behaviour; the input is then in build-fuzz/fuzz/artifacts/<target>/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]   (targets: tests/fuzz/CMakeLists.txt)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds=${1:-30}
shift || true
symbio_install_packages "${SYMBIO_PACKAGES[@]}" "${SYMBIO_CLANG_PACKAGES[@]}"

dir=$SYMBIO_ROOT/build-fuzz
# -O1 -g1: libFuzzer's usual speed, with line numbers in the sanitizer reports.
CC=clang CXX=clang++ symbio_build "$dir" -DSYMBIO_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1"

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(sed -n '/^set(symbio_fuzz_targets/,/)/p' \
    "$SYMBIO_ROOT/tests/fuzz/CMakeLists.txt" | sed 's/set(symbio_fuzz_targets//; s/)//' |
    tr -s ' \n' '\n' | sed '/^$/d')
fi

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
for name in "${targets[@]}"; do
  exe=$dir/tests/fuzz/symbio_fuzz_$name
  [ -x "$exe" ] || { echo "no fuzz target '$name' ($exe)" >&2; exit 2; }
  corpus=$dir/fuzz/corpus/$name
  artifacts=$dir/fuzz/artifacts/$name
  log=$dir/fuzz/$name.log
  mkdir -p "$corpus" "$artifacts"
  # The working corpus keeps what earlier runs found; the seeds are added to it.
  cp -n "$SYMBIO_ROOT/tests/fuzz/corpus/$name"/* "$corpus"/
  stamp=$dir/fuzz/$name.started
  touch "$stamp"
  status=0
  "$exe" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  # The last status line: "#N  DONE  cov: C ft: F corp: ..." (or the last before a crash).
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  execs=$(grep -oE '^stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' ||
    sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')
  if [ "$status" -eq 0 ]; then
    printf '%-12s ok       %10s executions  cov %s  ft %s\n' "$name" "$execs" "$cov" "$ft"
  else
    printf '%-12s FAILED   %10s executions  cov %s  ft %s  (log: %s)\n' "$name" "$execs" "$cov" \
      "$ft" "$log"
    grep -hE '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" |
      sed 's/^/    /' || true
    find "$artifacts" -type f -newer "$stamp" | while read -r artifact; do
      echo "    input: $artifact"
      echo "    once fixed, keep it: cp '$artifact' '$SYMBIO_ROOT/tests/fuzz/regressions/$name/'"
    done
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
