#!/usr/bin/env bash
# Command (1) of the README: install what is missing, build, and run the main job, `symbio audit`,
# on the bundled example park. Idempotent. Usage: scripts/demo.sh [PARK [OUTPUT_DIR]]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
symbio_install_packages
symbio_build "$SYMBIO_ROOT/build"
park=${1:-$SYMBIO_ROOT/examples/kalundborg}
out=${2:-$SYMBIO_ROOT/out/$(basename "$park")}
symbio=$SYMBIO_ROOT/build/cli/symbio
"$symbio" validate "$park"
"$symbio" info "$park"
"$symbio" audit "$park" --out "$out"
echo "Open $out/report.html in a browser; every other output is beside it in $out." >&2
