#!/bin/sh
# Every source of a module (its .cpp files, detail/ included, and the .proto schemas) is listed in
# the module's CMakeLists.txt: the build names its sources, so a file listed nowhere would silently
# stay out of it. Usage: check_sources.sh REPOSITORY_ROOT
root=${1:-.}
status=0
for module in core network audit io visualization cli proto; do
  list="$root/$module/CMakeLists.txt"
  for file in $(cd "$root/$module" && find . -name '*.cpp' -o -name '*.proto' | sed 's|^\./||' | sort); do
    if ! grep -Eq "(^|[[:space:](])$file([[:space:])]|$)" "$list"; then
      echo "$module/$file is not listed in $module/CMakeLists.txt"
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo "sources ok"
exit $status
