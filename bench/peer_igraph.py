#!/usr/bin/python3
"""python-igraph peer of symbio's benchmark (see peer_common.py for the indicator definitions).

    /usr/bin/python3 bench/peer_igraph.py --data DIR --step load|degree|betweenness|distances|cascade_sweep

betweenness: Graph.betweenness(directed=True) (raw). distances: igraph 0.10's closeness counts
only reachable vertices (r / sum d), so the Wasserman-Faust factor r/(n-1) takes r from
neighborhood_size(order=n, mindist=1); harmonic_centrality(normalized=True) divides by n-1;
average_path_length and diameter with unconn=True run over pairs with a path; global efficiency
is the mean of the normalised out-harmonic values (the same sum of 1/d over n(n-1)). Single
threaded (the C core has no parallel shortest paths).
"""
import igraph as ig

import peer_common


def load(data, _args):
    return ig.Graph(n=data["n"], edges=list(zip(data["src"], data["tgt"])), directed=True,
                    edge_attrs={"weight": data["qty"], "layer": data["layer"]})


def degree(g, n):
    ind, outd = g.indegree(), g.outdegree()
    ins = g.strength(mode="in", weights="weight")
    outs = g.strength(mode="out", weights="weight")
    return None, {"max_in_degree": max(ind), "max_out_degree": max(outd),
                  "in_strength_sum": sum(ins), "out_strength_sum": sum(outs)}


def betweenness(g, n):
    b = g.betweenness(directed=True)
    return {"betweenness": b}, {"max": max(b), "sum": sum(b)}


def distances(g, n):
    cols = {}
    for mode in ("out", "in"):
        c = g.closeness(mode=mode, normalized=True)
        r = g.neighborhood_size(order=n, mode=mode, mindist=1)
        cols["closeness_" + mode] = [0.0 if r[v] == 0 else (r[v] / (n - 1)) * c[v]
                                     for v in range(n)]
    cols["harmonic_out"] = g.harmonic_centrality(mode="out", normalized=True)
    cols["harmonic_in"] = g.harmonic_centrality(mode="in", normalized=True)
    apl = g.average_path_length(directed=True, unconn=True)
    diameter = g.diameter(directed=True, unconn=True)
    efficiency = sum(cols["harmonic_out"]) / n
    return cols, {"apl": peer_common.finite(apl), "diameter": diameter,
                  "efficiency": efficiency}


def cascade_sweep(g, n):
    """docs/methods.md#cascades sweep (peer_common.cascade_sweep) over igraph's incidence lists
    (edge ids per vertex, so parallel exchanges would each appear) and its edge attributes."""
    out_inc, in_inc = g.get_inclist(mode="out"), g.get_inclist(mode="in")
    ends = g.get_edgelist()
    layer, weight = g.es["layer"], g.es["weight"]

    def out_edges(v):
        return [(ends[e][1], layer[e], weight[e]) for e in out_inc[v]]

    def in_edges(v):
        return [(ends[e][0], layer[e], weight[e]) for e in in_inc[v]]

    return peer_common.cascade_result(*peer_common.cascade_sweep(n, out_edges, in_edges))


if __name__ == "__main__":
    peer_common.main("python-igraph", ig.__version__, load,
                     {"degree": degree, "betweenness": betweenness, "distances": distances,
                      "cascade_sweep": cascade_sweep})
