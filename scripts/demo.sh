#!/usr/bin/env bash
# Command (1) of the README: install what is missing, build, and run the main job on the bundled
# example park. Idempotent. Usage: scripts/demo.sh [OUTPUT_DIR]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
symbio_install_packages
symbio_build "$SYMBIO_ROOT/build"
out=${1:-$SYMBIO_ROOT/out/kalundborg}
park=$SYMBIO_ROOT/examples/kalundborg
"$SYMBIO_ROOT/build/cli/symbio" validate "$park"
"$SYMBIO_ROOT/build/cli/symbio" info "$park"
