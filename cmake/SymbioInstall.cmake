# What `cmake --install` puts in place and what CPack packs (README "Installation"):
#   bin/symbio                              the program
#   lib/libsymbio_*.a                       the module libraries
#   include/symbio/<module>/*.hpp           their public headers (detail/ headers stay private)
#   include/symbio/symbio/v1/*.pb.h         the generated Protobuf classes (symbio::proto)
#   share/symbio/proto/symbio/v1/*.proto    the schema, for other languages
#   lib/cmake/symbio/                       the CMake package: find_package(symbio) gives
#                                           symbio::symbio (every module) and symbio::core,
#                                           symbio::network, symbio::audit, symbio::io,
#                                           symbio::viz, symbio::proto
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(symbio_install_libraries symbio_proto symbio_core symbio_network symbio_audit symbio_io
                             symbio_viz)
# symbio::symbio: the whole library, as one target to link.
add_library(symbio_library INTERFACE)
target_link_libraries(symbio_library INTERFACE symbio_io symbio_viz symbio_audit symbio_network
                                               symbio_core)
set_target_properties(symbio_library PROPERTIES EXPORT_NAME symbio)
add_library(symbio::symbio ALIAS symbio_library)

set(symbio_include_dir ${CMAKE_INSTALL_INCLUDEDIR}/symbio)
set(symbio_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/symbio)

install(TARGETS symbio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS ${symbio_install_libraries} symbio_library
        EXPORT symbioTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${symbio_include_dir})
# Every header of a module folder but detail/ and *_internal.hpp, so headers added later are
# installed without a list to keep.
foreach(folder core network audit io visualization)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${folder}/ DESTINATION ${symbio_include_dir}/${folder}
          FILES_MATCHING PATTERN "*.hpp"
          PATTERN "detail" EXCLUDE
          PATTERN "data" EXCLUDE
          PATTERN "*_internal.hpp" EXCLUDE)
endforeach()
install(DIRECTORY ${PROJECT_BINARY_DIR}/proto/symbio DESTINATION ${symbio_include_dir}
        FILES_MATCHING PATTERN "*.pb.h")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/proto/symbio
        DESTINATION ${CMAKE_INSTALL_DATADIR}/symbio/proto FILES_MATCHING PATTERN "*.proto")

install(EXPORT symbioTargets NAMESPACE symbio:: DESTINATION ${symbio_cmake_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/symbioConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/symbioConfig.cmake
                              INSTALL_DESTINATION ${symbio_cmake_dir})
# 0.x: a minor version may change the interface.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/symbioConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/symbioConfig.cmake
              ${PROJECT_BINARY_DIR}/symbioConfigVersion.cmake
        DESTINATION ${symbio_cmake_dir})

# `cpack` in the build folder: symbio_<version>_<arch>.deb. Depends: the shared libraries the
# program links (found by dpkg-shlibdeps). Recommends: what find_package(symbio) needs to link
# the static libraries (the -dev packages of their dependencies), and the CJK fonts diagrams use;
# apt installs recommended packages unless told --no-install-recommends.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME symbio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "industrial symbiosis network analyzer: program, C++ libraries and CMake package")
set(CPACK_PACKAGE_CONTACT "symbio maintainers <symbio@users.noreply.github.com>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, cmake, g++, pkg-config, libprotobuf-dev, libigraph-dev, libboost-graph-dev, nlohmann-json3-dev, libpugixml-dev, libgraphviz-dev")
include(CPack)
