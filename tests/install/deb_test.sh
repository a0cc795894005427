#!/bin/sh
# Builds the .deb with cpack and checks what it holds (dpkg-deb -c) and declares (dpkg-deb -f).
# Usage: deb_test.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
cpack --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$(find "$tmp" -maxdepth 1 -name 'symbio_*.deb' | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; fail "no symbio_*.deb"; }
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"
for path in ./usr/bin/symbio ./usr/include/symbio/core/park.hpp \
  ./usr/include/symbio/io/read_park.hpp ./usr/share/symbio/proto/symbio/v1/park.proto; do
  grep -qx "$path" "$tmp/contents" || fail "$path is not in the package"
done
grep -q '^\./usr/lib/.*libsymbio_core\.a$' "$tmp/contents" || fail "libsymbio_core.a is missing"
grep -q '^\./usr/lib/.*cmake/symbio/symbioConfig\.cmake$' "$tmp/contents" ||
  fail "the CMake config is missing"
grep -q '^\./usr/lib/.*cmake/symbio/symbioConfigVersion\.cmake$' "$tmp/contents" ||
  fail "the CMake version file is missing"
if grep -q '/detail/' "$tmp/contents"; then fail "private detail/ headers are packed"; fi

[ "$(dpkg-deb -f "$deb" Package)" = symbio ] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps found the shared libraries the program links.
for package in libc6 libstdc++6 libprotobuf libigraph libgvc libgomp1; do
  echo "$depends" | grep -q "$package" || fail "Depends lacks $package: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "$recommends" | grep -q libigraph-dev || fail "Recommends lacks libigraph-dev: $recommends"
echo "$(basename "$deb"): $(wc -l <"$tmp/contents") entries; Depends: $depends"
