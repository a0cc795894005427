"""Shared by the peer scripts of symbio's benchmark: CSV reading, the command line, timing.

Every peer computes the distance set of symbio (network/distance.hpp) on the simple digraph of
the park (every exchange of edges.csv is one tie):
  betweenness    Brandes, unweighted, raw over ordered pairs (NetworkX normalized=False)
  closeness_out  Wasserman-Faust over the r enterprises reachable from i: (r/(n-1)) (r/sum d),
                 0 when r = 0; closeness_in the same over the enterprises that reach i
  harmonic_out   sum of 1/d(i, j) over j != i, divided by n-1; harmonic_in with d(j, i)
  average path length and diameter over ordered pairs with a path; global efficiency = sum of
  1/d over ordered pairs / (n(n-1)) (Latora and Marchiori 2001)
Steps (one per process): load, degree, betweenness, distances (everything but betweenness),
cascade_sweep (cascade_sweep() below: docs/methods.md#cascades, supply-shortage cascade, every
enterprise as a single trigger).
Prints one JSON line: {"lib", "n", "m", "step", "threads", "seconds", "cpu_seconds",
"peak_rss_mb", ...}; --dump FILE writes the per-enterprise values as CSV.
"""
import argparse
import csv
import json
import math
import os
import resource
import sys
import time


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kB


def read_park(data_dir):
    with open(os.path.join(data_dir, "nodes.csv"), newline="") as f:
        rows = list(csv.reader(f))[1:]
    n = len(rows)
    src, tgt, qty, layer = [], [], [], []
    with open(os.path.join(data_dir, "edges.csv"), newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            src.append(int(row[0]))
            tgt.append(int(row[1]))
            qty.append(float(row[3]))
            layer.append(LAYER_OF_FLOW[row[2]])
    return {"n": n, "names": [r[1] for r in rows], "sectors": [r[2] for r in rows],
            "src": src, "tgt": tgt, "qty": qty, "layer": layer}


# The synthetic park's flow types as symbio's layers (bench/symbio_bench.cpp: set_flow).
LAYER_NAMES = ["material", "energy", "water"]
LAYER_OF_FLOW = {"material": 0, "byproduct": 0, "waste": 0, "energy": 1, "water": 2}


def cascade_sweep(n, out_edges, in_edges, external=None, tau=0.5):
    """Single-trigger sweep of the supply-shortage cascade of docs/methods.md#cascades (downstream).

    out_edges(v) / in_edges(v) give the exchanges leaving / entering v as (partner, layer index,
    quantity or None); parallel exchanges appear once each, self-exchanges must not appear. The
    trigger fails; a live enterprise j that is not external fails when, for some layer r, the
    share of its inbound supply of r coming from failed suppliers is strictly greater than tau.
    Shares are by quantity where every inbound exchange of j in r has one and they sum to more
    than 0, else by counting exchanges. Synchronous rounds: the failures of round k are decided
    against the failed set after round k-1; only the receivers of the enterprises that failed in
    round k-1 can change state, so each round walks their outbound exchanges (a worklist).
    Returns (cascade_failed, cascade_rounds) per trigger, as two lists in enterprise order."""
    external = external or [False] * n
    total = [0.0] * (3 * n)
    by_quantity = [True] * (3 * n)
    count = [0] * (3 * n)
    for j in range(n):
        for _s, r, q in in_edges(j):
            k = 3 * j + r
            count[k] += 1
            if q is None:
                by_quantity[k] = False
            else:
                total[k] += q
    for k in range(3 * n):
        if not (by_quantity[k] and total[k] > 0):
            by_quantity[k] = False
            total[k] = float(count[k])
    failed_count, rounds_count = [0] * n, [0] * n
    for t in range(n):
        failed = {t}
        lost = {}
        frontier = [t]
        rounds = 0
        while True:
            touched = []
            for s in frontier:
                for j, r, q in out_edges(s):
                    if j in failed or external[j]:
                        continue
                    k = 3 * j + r
                    lost[k] = lost.get(k, 0.0) + (q if by_quantity[k] else 1.0)
                    touched.append(k)
            frontier = []
            for k in touched:
                j = k // 3
                if j not in failed and lost[k] / total[k] > tau:
                    failed.add(j)
                    frontier.append(j)
            if not frontier:
                break
            rounds += 1
        failed_count[t] = len(failed)
        rounds_count[t] = rounds
    return failed_count, rounds_count


def cascade_result(failed, rounds):
    """The (columns, summary) of a cascade_sweep step."""
    return ({"cascade_failed": failed, "cascade_rounds": rounds},
            {"failed_sum": sum(failed), "failed_max": max(failed),
             "spreading": sum(1 for f in failed if f > 1), "rounds_max": max(rounds)})


def wf_closeness(r, total, n):
    return 0.0 if r == 0 else (r / (n - 1)) * (r / total)


def write_dump(path, columns):
    names = list(columns)
    n = len(columns[names[0]])
    with open(path, "w") as f:
        f.write("id," + ",".join(names) + "\n")
        for v in range(n):
            f.write("%d,%s\n" % (v, ",".join(
                str(columns[c][v]) if isinstance(columns[c][v], int)
                else repr(float(columns[c][v])) for c in names)))


def main(lib, version, load, steps):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--step", required=True, choices=["load"] + list(steps))
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--dump", default=None)
    a = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    data = read_park(a.data)
    graph = load(data, a)
    t1, c1 = time.perf_counter(), time.process_time()
    rec = {"lib": lib, "version": version, "n": data["n"], "m": len(data["src"]),
           "step": a.step, "threads": a.threads}
    if a.step == "load":
        rec.update(seconds=t1 - t0, cpu_seconds=c1 - c0)
    else:
        t2, c2 = time.perf_counter(), time.process_time()
        columns, summary = steps[a.step](graph, data["n"])
        t3, c3 = time.perf_counter(), time.process_time()
        rec.update(seconds=t3 - t2, cpu_seconds=c3 - c2, summary=summary)
        if a.dump and columns:
            write_dump(a.dump, columns)
    rec["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(rec))
    sys.stdout.flush()


def finite(x):
    return x if isinstance(x, (int, float)) and math.isfinite(x) else None
