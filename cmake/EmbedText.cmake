# Writes OUTPUT, a C++ file defining symbio::kBuiltinResourcesCsv with the text of INPUT.
file(READ ${INPUT} content)
set(delimiter "symbio_csv")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE ${OUTPUT}.tmp
  "// Generated from ${INPUT}; do not edit.\n"
  "namespace symbio {\n"
  "extern const char* const kBuiltinResourcesCsv;\n"
  "const char* const kBuiltinResourcesCsv = R\"${delimiter}(${content})${delimiter}\";\n"
  "}  // namespace symbio\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
