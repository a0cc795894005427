#include "network/cascade.hpp"
#include "network/detail/dependency_index.hpp"

namespace symbio::net {

DependencySweep dependency_sweep(const SymbiosisGraph& graph, const DependencyOptions& options,
                                 std::span<const Vertex> triggers) {
  detail::check_dependency_options(options);
  detail::check_triggers(graph, triggers);
  const detail::DependencyIndex index(graph, options);
  DependencySweep sweep;
  sweep.options = options;
  detail::sweep_triggers(
      sweep, graph.n(), triggers, options.threads, index.inbound(),
      [&] { return detail::DependencyWorkspace(index); },
      [&](detail::DependencyWorkspace& workspace, Vertex t, detail::RunTrace& trace) {
        const Vertex trigger[] = {t};
        workspace.run(index, trigger, trace);
      });
  return sweep;
}

}  // namespace symbio::net
