#!/bin/sh
# cmake --install into a temporary prefix, then a consumer project (tests/install/consumer) found
# through find_package(symbio), built and run; its output is checked against counts taken
# straight from the example's CSV files by Python.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR CXX_COMPILER
set -eu
build=$1
source=$2
cxx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
[ -x "$prefix/bin/symbio" ] || fail "bin/symbio is not installed"
lib=$(find "$prefix" -name libsymbio_core.a | head -n 1)
[ -n "$lib" ] || fail "libsymbio_core.a is not installed"
for module in proto network audit io viz; do
  [ -f "$(dirname "$lib")/libsymbio_$module.a" ] || fail "libsymbio_$module.a is not installed"
done
for header in core/park.hpp network/graph.hpp io/read_park.hpp audit/rules.hpp \
  visualization/render.hpp symbio/v1/park.pb.h; do
  [ -f "$prefix/include/symbio/$header" ] || fail "include/symbio/$header is not installed"
done
if find "$prefix/include" -path '*/detail/*' | grep -q .; then
  fail "private detail/ headers are installed: $(find "$prefix/include" -path '*/detail/*')"
fi
config_dir=$(dirname "$(find "$prefix" -name symbioConfig.cmake | head -n 1)")
[ -f "$config_dir/symbioConfigVersion.cmake" ] || fail "symbioConfigVersion.cmake is missing"
[ -f "$config_dir/symbioTargets.cmake" ] || fail "symbioTargets.cmake is missing"

# The version file accepts 0.1 and refuses 1.0 and 0.2 (SameMinorVersion).
version=$(sed -n 's/^project(symbio VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")
for wanted in 0.1:TRUE 1.0:FALSE 0.2:FALSE; do
  cat >"$tmp/version.cmake" <<CMAKE
set(PACKAGE_FIND_VERSION ${wanted%%:*})
string(REPLACE "." ";" parts \${PACKAGE_FIND_VERSION})
list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
list(GET parts 1 PACKAGE_FIND_VERSION_MINOR)
set(PACKAGE_FIND_VERSION_PATCH 0)
set(CMAKE_SIZEOF_VOID_P 8)
include($config_dir/symbioConfigVersion.cmake)
message(STATUS "compatible=\${PACKAGE_VERSION_COMPATIBLE}")
CMAKE
  got=$(cmake -P "$tmp/version.cmake" | sed -n 's/.*compatible=//p')
  [ "$got" = "${wanted#*:}" ] || fail "version $version asked as ${wanted%%:*}: compatible=$got"
done

# The consumer project, built against the installed package only.
cmake -S "$source/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/configure.log" ||
  { cat "$tmp/configure.log"; fail "the consumer project does not configure"; }
cmake --build "$tmp/consumer" -j2 >"$tmp/build.log" ||
  { cat "$tmp/build.log"; fail "the consumer project does not build"; }

park=$source/examples/kalundborg
got=$("$tmp/consumer/park_degree" "$park" asnaes)
expected=$(python3 - "$park" asnaes <<'PY'
import csv, sys
park, who = sys.argv[1], sys.argv[2]
enterprises = list(csv.DictReader(open(park + "/enterprises.csv", encoding="utf-8")))
exchanges = list(csv.DictReader(open(park + "/exchanges.csv", encoding="utf-8")))
partners = set()
for x in exchanges:
    if x["status"] not in ("", "existing") or x["supplier"] == x["receiver"]:
        continue
    if x["supplier"] == who:
        partners.add(x["receiver"])
    if x["receiver"] == who:
        partners.add(x["supplier"])
print("enterprises %d\nexchanges %d\ndegree %d" % (len(enterprises), len(exchanges), len(partners)))
PY
)
[ "$got" = "$expected" ] || fail "park_degree printed '$got', expected '$expected'"
[ "$("$tmp/consumer/park_count" "$park")" = "$(echo "$expected" | sed -n 's/^exchanges //p')" ] ||
  fail "park_count (symbio::io alone) disagrees"

# The installed program runs.
"$prefix/bin/symbio" info "$park" >"$tmp/info.txt" || fail "the installed symbio does not run"
grep -q "^Enterprises: 20" "$tmp/info.txt" || fail "installed symbio info: $(cat "$tmp/info.txt")"
echo "installed into $prefix; consumer: $(echo "$got" | tr '\n' ' ')"
