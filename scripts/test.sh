#!/usr/bin/env bash
# Command (2) of the README: the same set-up as scripts/demo.sh, then the whole test suite.
# Usage: scripts/test.sh [--sanitize | --thread]
#   --sanitize  address and undefined-behaviour build, whole suite
#   --thread    thread-sanitizer build (clang, LLVM OpenMP with its Archer tool) of the network
#               module, whose parallel kernels (betweenness sweep, cascade sweeps, robustness)
#               its tests run with two threads
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
symbio_install_packages
case "${1:-}" in
  --sanitize)
    dir=$SYMBIO_ROOT/build-sanitize
    # -Og -g1: line numbers in sanitizer reports, and fast to build: the undefined-behaviour
    # checks make -O1 compile 1.7x slower than -Og (CLI11's inline code in every command file),
    # while the suite runs about as fast. This keeps CI within its 20 minutes.
    symbio_build "$dir" -DSYMBIO_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-Og -g1"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$SYMBIO_ROOT/tests/lsan.supp:print_suppressions=0
    ;;
  --thread)
    symbio_install_packages "${SYMBIO_CLANG_PACKAGES[@]}"
    dir=$SYMBIO_ROOT/build-tsan
    CC=clang CXX=clang++ cmake -S "$SYMBIO_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DSYMBIO_SANITIZE_THREAD=ON >&2
    cmake --build "$dir" -j "$SYMBIO_JOBS" --target symbio_network_tests >&2
    archer=$(find /usr/lib/llvm-*/lib -name libarcher.so 2>/dev/null | sort | tail -n 1)
    if [ -z "$archer" ]; then
      echo "libarcher.so (LLVM OpenMP) not found; install libomp-dev" >&2
      exit 1
    fi
    export OMP_TOOL_LIBRARIES=$archer OMP_NUM_THREADS=2
    export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$SYMBIO_ROOT/tests/tsan.supp"
    exec "$dir/tests/symbio_network_tests" --gtest_brief=1
    ;;
  *)
    dir=$SYMBIO_ROOT/build
    symbio_build "$dir"
    symbio_install_browser_modules "$dir"
    "$dir/cli/symbio" validate "$SYMBIO_ROOT/examples/kalundborg" >/dev/null
    ;;
esac
ctest --test-dir "$dir" -j "$SYMBIO_JOBS" --output-on-failure
