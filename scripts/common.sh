# Shared set-up of scripts/demo.sh and scripts/test.sh: install what is missing, configure, build.
# Sourced, not run.
set -euo pipefail

SYMBIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SYMBIO_JOBS=${SYMBIO_JOBS:-2}

# Debian 12 packages the build, the tests and the pictures need.
SYMBIO_PACKAGES=(
  cmake g++ make pkg-config
  libigraph-dev libboost-graph-dev libeigen3-dev
  libprotobuf-dev protobuf-compiler
  libgraphviz-dev graphviz fonts-noto-cjk
  libcli11-dev nlohmann-json3-dev libpugixml-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-networkx python3-igraph python3-protobuf python3-numpy
)
# What scripts/fuzz.sh and scripts/test.sh --thread need on top: clang (libFuzzer; ThreadSanitizer
# with OpenMP) and LLVM's OpenMP, which clang links where g++ links libgomp, with its Archer tool.
SYMBIO_CLANG_PACKAGES=(clang libomp-dev)

# symbio_install_packages [PACKAGE...]   (default: SYMBIO_PACKAGES)
symbio_install_packages() {
  local wanted=("$@") missing=()
  [ ${#wanted[@]} -gt 0 ] || wanted=("${SYMBIO_PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "symbio needs these Debian packages; install them as root and run this again:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# symbio_build DIR [cmake options...]
symbio_build() {
  local dir=$1
  shift
  cmake -S "$SYMBIO_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >&2
  cmake --build "$dir" -j "$SYMBIO_JOBS" >&2
}
