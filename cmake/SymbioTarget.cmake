# ThreadSanitizer for the parallel kernels (scripts/test.sh --thread): with clang and LLVM's
# OpenMP, whose Archer tool tells TSan about OpenMP's own synchronisation (GCC's libgomp is not
# instrumented and would give false reports).
option(SYMBIO_SANITIZE_THREAD "Build with ThreadSanitizer (clang and libomp)" OFF)

# Compile options shared by every target of our own: warnings are errors, sanitizers on request.
function(symbio_target_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Werror
                                           # GCC 12 false positives on std::string (PR 105329, 105651)
                                           $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
                                           # option structs are set with designated initializers
                                           -Wno-missing-field-initializers)
  # Headers are included from the repository root ("core/park.hpp"); installed, from
  # include/symbio (cmake/SymbioInstall.cmake).
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>
                                              $<INSTALL_INTERFACE:include/symbio>)
  if(SYMBIO_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(SYMBIO_SANITIZE_THREAD)
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=thread)
  endif()
endfunction()

# A module library of the sources listed after its name (paths in the module's folder, detail/
# included): a new file joins the build when it is listed, and tests/check_sources.sh fails when
# a source of a module is listed nowhere. Known inside the build and to users of the installed
# package as symbio::<short> (symbio_core: symbio::core).
function(symbio_module name)
  add_library(${name} STATIC ${ARGN})
  symbio_target_options(${name})
  symbio_alias(${name})
endfunction()

# symbio::<short> for a library symbio_<short>, inside the build (ALIAS) and in the installed
# package (EXPORT_NAME).
function(symbio_alias name)
  string(REGEX REPLACE "^symbio_" "" short ${name})
  add_library(symbio::${short} ALIAS ${name})
  set_target_properties(${name} PROPERTIES EXPORT_NAME ${short})
endfunction()
