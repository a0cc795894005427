#!/usr/bin/python3
"""graph-tool peer of symbio's benchmark (see peer_common.py for the indicator definitions).

    /usr/bin/python3 bench/peer_graphtool.py --data DIR --step ... [--threads K]

--threads sets graph-tool's OpenMP threads (its betweenness, closeness and distance histogram
run in parallel). betweenness: betweenness(norm=False) (raw over ordered pairs). distances:
closeness(norm=True) is r / sum d and closeness(norm=False) is 1 / sum d, so r is their ratio
and the Wasserman-Faust value r/(n-1) * r/sum d follows; in-values on the reversed view;
closeness(harmonic=True, norm=True) divides by n-1; distance_histogram counts the ordered pairs
at each distance, giving APL, diameter and global efficiency.
"""
import graph_tool.all as gt
import numpy as np

import peer_common


def load(data, args):
    if args.threads:
        gt.openmp_set_num_threads(args.threads)
    g = gt.Graph(directed=True)
    g.add_vertex(data["n"])
    w = g.new_edge_property("double")
    g.add_edge_list(zip(data["src"], data["tgt"], data["qty"]), eprops=[w])
    g.ep["weight"] = w
    return g


def degree(g, n):
    vs = g.get_vertices()
    ind, outd = g.get_in_degrees(vs), g.get_out_degrees(vs)
    ins = g.get_in_degrees(vs, eweight=g.ep["weight"])
    outs = g.get_out_degrees(vs, eweight=g.ep["weight"])
    return None, {"max_in_degree": int(ind.max()), "max_out_degree": int(outd.max()),
                  "in_strength_sum": float(ins.sum()), "out_strength_sum": float(outs.sum())}


def betweenness(g, n):
    b = gt.betweenness(g, norm=False)[0].a.copy()
    return {"betweenness": b.tolist()}, {"max": float(b.max()), "sum": float(b.sum())}


def wf(view, n):
    with np.errstate(divide="ignore", invalid="ignore"):
        c = gt.closeness(view, norm=True).a.copy()    # r / sum d, NaN when r = 0
        inv = gt.closeness(view, norm=False).a.copy()  # 1 / sum d
        r = np.rint(c / inv)
        out = (r / (n - 1)) * c
    return np.where(np.isfinite(out), out, 0.0)


def distances(g, n):
    rev = gt.GraphView(g, reversed=True)
    cols = {"closeness_out": wf(g, n).tolist(), "closeness_in": wf(rev, n).tolist(),
            "harmonic_out": gt.closeness(g, harmonic=True, norm=True).a.tolist(),
            "harmonic_in": gt.closeness(rev, harmonic=True, norm=True).a.tolist()}
    counts, bins = gt.distance_histogram(g)
    d = bins[:len(counts)].astype(float)
    pairs = counts[1:].sum()
    return cols, {"connected_pairs": int(pairs),
                  "apl": float((counts[1:] * d[1:]).sum() / pairs) if pairs else None,
                  "diameter": int(d[np.nonzero(counts)[0][-1]]),
                  "efficiency": float((counts[1:] / d[1:]).sum() / (n * (n - 1)))}


if __name__ == "__main__":
    peer_common.main("graph-tool", gt.__version__.split()[0], load,
                     {"degree": degree, "betweenness": betweenness, "distances": distances})
