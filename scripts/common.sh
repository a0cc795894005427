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
  libcli11-dev nlohmann-json3-dev libpugixml-dev libtomlplusplus-dev libssl-dev
  libzip-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev
  python3 python3-networkx python3-igraph python3-protobuf python3-openpyxl python3-numpy
  chromium pandoc
  dpkg-dev
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

# symbio_install_browser_modules BUILD_DIR: puppeteer-core (tests/browser/package.json) into
# BUILD_DIR/browser/node_modules with npm, for the browser tests of report.html; it drives
# Debian's chromium and downloads no browser. Without node and npm, or when the registry cannot
# be reached, it says so and the browser test is skipped with that reason.
symbio_install_browser_modules() {
  local dir=$1/browser
  [ -d "$dir/node_modules/puppeteer-core" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm not found: the browser tests of report.html will be skipped" >&2
    return 0
  fi
  mkdir -p "$dir"
  cp "$SYMBIO_ROOT/tests/browser/package.json" "$dir/package.json"
  if ! (cd "$dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --ignore-scripts \
        --loglevel=error >&2); then
    echo "npm install of puppeteer-core failed: the browser tests will be skipped" >&2
  fi
}
