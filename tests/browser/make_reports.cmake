# Runs `symbio audit` on each example park into OUT/<park>/ (the browser test's pages).
foreach(park ${PARKS})
  execute_process(COMMAND ${SYMBIO} audit ${SOURCE}/examples/${park} --out ${OUT}/${park} --quiet
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "symbio audit examples/${park} exited ${status}")
  endif()
endforeach()
