# Every dependency comes from Debian 12's packages (scripts/setup.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph) # biconnected components, bridges
find_package(Protobuf REQUIRED)                    # the symbio.v1 model (proto/)
find_package(nlohmann_json 3.10 REQUIRED)          # JSON outputs and configuration files
find_package(CLI11 CONFIG REQUIRED)                # command-line parsing (cli/)
find_package(pugixml REQUIRED)                     # GraphML reading (io/)
find_package(OpenMP REQUIRED)                      # parallel sweeps in network/
find_package(Eigen3 3.3 REQUIRED NO_MODULE)         # linear algebra of the flow analysis (network/detail/)
# igraph through pkg-config: Debian's CMake config names static dependencies (ARPACK, GLPK,
# PLFIT) that the shared library does not need and libigraph-dev does not install.
pkg_check_modules(IGRAPH REQUIRED IMPORTED_TARGET igraph>=0.10) # algorithms behind network/detail/
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc libcgraph) # rendering (visualization/)
if(SYMBIO_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
