# Compile options shared by every target of our own: warnings are errors, sanitizers on request.
function(symbio_target_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Werror
                                           # GCC 12 false positives on std::string (PR 105329, 105651)
                                           -Wno-restrict
                                           # option structs are set with designated initializers
                                           -Wno-missing-field-initializers)
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  if(SYMBIO_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()

# A module library: every .cpp under the folder (detail/ included) is part of it.
function(symbio_module name folder)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${folder}/*.cpp)
  add_library(${name} STATIC ${sources})
  symbio_target_options(${name})
endfunction()
