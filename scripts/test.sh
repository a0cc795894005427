#!/usr/bin/env bash
# Command (2) of the README: the same set-up as scripts/demo.sh, then the whole test suite.
# Usage: scripts/test.sh [--sanitize]   (--sanitize: address and undefined-behaviour build)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
symbio_install_packages
if [ "${1:-}" = "--sanitize" ]; then
  dir=$SYMBIO_ROOT/build-sanitize
  # -O1 -g1: fast to build, line numbers in sanitizer reports.
  symbio_build "$dir" -DSYMBIO_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$SYMBIO_ROOT/tests/lsan.supp:print_suppressions=0
else
  dir=$SYMBIO_ROOT/build
  symbio_build "$dir"
  "$dir/cli/symbio" validate "$SYMBIO_ROOT/examples/kalundborg" >/dev/null
fi
ctest --test-dir "$dir" -j "$SYMBIO_JOBS" --output-on-failure
