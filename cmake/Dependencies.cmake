# Every dependency comes from Debian 12's packages (scripts/common.sh lists them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph) # dominators, biconnected components, bridges
find_package(Protobuf REQUIRED)                    # the symbio.v1 model (proto/)
find_package(nlohmann_json 3.10 REQUIRED)          # JSON outputs
find_package(CLI11 CONFIG REQUIRED)                # command-line parsing (cli/)
find_package(pugixml REQUIRED)                     # GraphML, GEXF and .xlsx XML (io/)
find_package(tomlplusplus 3 REQUIRED)              # the audit configuration (audit/thresholds.cpp)
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto) # SHA-256 of inputs (io/sha256.cpp)
find_package(OpenMP REQUIRED)                      # parallel sweeps in network/
find_package(Eigen3 3.3 REQUIRED NO_MODULE)         # linear algebra of the flow analysis (network/detail/)
# igraph through pkg-config: Debian's CMake config names static dependencies (ARPACK, GLPK,
# PLFIT) that the shared library does not need and libigraph-dev does not install.
pkg_check_modules(IGRAPH REQUIRED IMPORTED_TARGET igraph>=0.10) # algorithms behind network/detail/
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc libcgraph) # rendering (visualization/)
# cpack's DEB generator reads the program's shared-library dependencies with dpkg-shlibdeps
# (dpkg-dev); only packaging needs it (tests/install).
find_program(SYMBIO_DPKG_SHLIBDEPS dpkg-shlibdeps)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7) # unzipping .xlsx workbooks (io/)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter) # tables.xlsx (io/)
if(SYMBIO_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
