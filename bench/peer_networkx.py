#!/usr/bin/python3
"""NetworkX peer of symbio's benchmark (see peer_common.py for the indicator definitions).

    /usr/bin/python3 bench/peer_networkx.py --data DIR --step load|degree|betweenness|distances|cascade_sweep

betweenness: betweenness_centrality(normalized=False) on the DiGraph. distances: one
single_source_shortest_path_length per source, every sum accumulated from it (NetworkX has no
directed global efficiency, and one pass is cheaper than closeness_centrality on G and on
G.reverse() plus harmonic_centrality twice).
"""
import networkx as nx

import peer_common


def load(data, _args):
    g = nx.DiGraph()
    g.add_nodes_from(range(data["n"]))
    g.add_edges_from((s, t, {"weight": q, "layer": r})
                     for s, t, q, r in zip(data["src"], data["tgt"], data["qty"], data["layer"]))
    return g


def degree(g, n):
    ind, outd = dict(g.in_degree()), dict(g.out_degree())
    ins, outs = dict(g.in_degree(weight="weight")), dict(g.out_degree(weight="weight"))
    return None, {"max_in_degree": max(ind.values()), "max_out_degree": max(outd.values()),
                  "in_strength_sum": sum(ins.values()), "out_strength_sum": sum(outs.values())}


def betweenness(g, n):
    b = nx.betweenness_centrality(g, normalized=False)
    col = [b[v] for v in range(n)]
    return {"betweenness": col}, {"max": max(col), "sum": sum(col)}


def distances(g, n):
    r_in, s_in, h_in = [0] * n, [0] * n, [0.0] * n
    c_out, h_out = [0.0] * n, [0.0] * n
    pairs = total = diameter = 0
    efficiency = 0.0
    for s in range(n):
        r = tot = 0
        h = 0.0
        for t, d in nx.single_source_shortest_path_length(g, s).items():
            if d == 0:
                continue
            r += 1
            tot += d
            h += 1.0 / d
            r_in[t] += 1
            s_in[t] += d
            h_in[t] += 1.0 / d
            if d > diameter:
                diameter = d
        c_out[s] = peer_common.wf_closeness(r, tot, n)
        h_out[s] = h / (n - 1)
        pairs += r
        total += tot
        efficiency += h
    c_in = [peer_common.wf_closeness(r_in[v], s_in[v], n) for v in range(n)]
    h_in = [x / (n - 1) for x in h_in]
    return ({"closeness_out": c_out, "closeness_in": c_in, "harmonic_out": h_out,
             "harmonic_in": h_in},
            {"connected_pairs": pairs, "apl": total / pairs if pairs else None,
             "diameter": diameter, "efficiency": efficiency / (n * (n - 1))})


def cascade_sweep(g, n):
    """docs/methods.md#cascades sweep (peer_common.cascade_sweep) over NetworkX's adjacency: the
    synthetic park is a simple digraph, so g.succ / g.pred hold every exchange once."""
    succ, pred = g.succ, g.pred

    def out_edges(v):
        return [(j, d["layer"], d["weight"]) for j, d in succ[v].items()]

    def in_edges(v):
        return [(s, d["layer"], d["weight"]) for s, d in pred[v].items()]

    return peer_common.cascade_result(*peer_common.cascade_sweep(n, out_edges, in_edges))


if __name__ == "__main__":
    peer_common.main("networkx", nx.__version__, load,
                     {"degree": degree, "betweenness": betweenness, "distances": distances,
                      "cascade_sweep": cascade_sweep})
