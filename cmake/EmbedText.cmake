# Writes OUTPUT, a C++ file defining symbio::<NAME> (default kBuiltinResourcesCsv) with the text
# of INPUT.
if(NOT DEFINED NAME)
  set(NAME kBuiltinResourcesCsv)
endif()
file(READ ${INPUT} content)
set(delimiter "symbio_csv")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE ${OUTPUT}.tmp
  "// Generated from ${INPUT}; do not edit.\n"
  "namespace symbio {\n"
  "extern const char* const ${NAME};\n"
  "const char* const ${NAME} = R\"${delimiter}(${content})${delimiter}\";\n"
  "}  // namespace symbio\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
