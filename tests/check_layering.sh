#!/usr/bin/env bash
# Fails when an include points up the module table of README.md
# (cli > io, visualization > audit > network > core; io and visualization never include each
# other), when igraph or Boost.Graph is included outside network/detail/, or when a generated
# .pb.h is included from a header. Eigen, like the graph libraries, stays in network/detail/.
set -u
root=${1:-.}
cd "$root" || exit 2
rank() { case $1 in core) echo 1;; network) echo 2;; audit) echo 3;; io|visualization) echo 4;; cli) echo 5;; *) echo 0;; esac; }
status=0
for dir in core network audit io visualization; do
  [ -d "$dir" ] || continue
  r=$(rank "$dir")
  while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    target=$(sed -E 's/.*#include[[:space:]]*"([a-z_]+)\/.*/\1/' <<<"${hit#*:}")
    t=$(rank "$target")
    if [ "$t" -gt "$r" ] || { [ "$t" = 4 ] && [ "$r" = 4 ] && [ "$target" != "$dir" ]; }; then
      echo "upward include: ${hit%%:*} includes $target/"
      status=1
    fi
  done < <(grep -rnE '#include[[:space:]]*"(core|network|audit|io|visualization|cli)/' "$dir" | cut -d: -f1,3-)
done
leaks=$(grep -rlE '#include[[:space:]]*[<"](igraph|boost/graph|Eigen/)' core network audit io visualization cli 2>/dev/null | grep -v '^network/detail/')
if [ -n "$leaks" ]; then echo "graph library included outside network/detail/: $leaks"; status=1; fi
pb=$(grep -rlE '#include[[:space:]]*".*\.pb\.h"' --include='*.hpp' --include='*.h' core network audit io visualization cli 2>/dev/null)
if [ -n "$pb" ]; then echo "generated Protobuf header included from a header: $pb"; status=1; fi
stdonly=$(grep -rnE '#include[[:space:]]*<(igraph|boost|google|nlohmann|CLI|pugixml|gvc|graphviz|fmt)' core 2>/dev/null)
if [ -n "$stdonly" ]; then echo "core must use the standard library only: $stdonly"; status=1; fi
[ $status = 0 ] && echo "layering ok"
exit $status
