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


# The synthetic park's flow types as symbio's layers (bench/symbio_bench.cpp: set_flow), and
# which way the dependency points (docs/methods.md, "Who depends on whom"): material, byproduct,
# energy and water are supplies (the receiver depends on the supplier); waste, a material
# exchange, is an outlet (the supplier depends on the receiver). An outlet is coded as its
# layer index + 3, so a slot index below 3 is a supply of that layer and 3..5 an outlet.
LAYER_NAMES = ["material", "energy", "water"]
LAYER_OF_FLOW = {"material": 0, "byproduct": 0, "waste": 3, "energy": 1, "water": 2}


def cascade_sweep(n, out_edges, in_edges, external=None, tau=0.5):
    """Single-trigger sweep of the supply-shortage cascade of docs/methods.md (both directions,
    no substitutable exchange: the synthetic parks have none).

    out_edges(v) / in_edges(v) give the exchanges leaving / entering v as (partner, slot code,
    quantity or None), the slot code as in LAYER_OF_FLOW; parallel exchanges appear once each,
    self-exchanges must not appear. Each exchange is one dependency: a supply s -> j makes j
    depend on s in slot (j, layer), an outlet s -> j makes s depend on j in slot (s, layer + 3).
    The trigger fails; a live enterprise d that is not external fails when, for some slot, the
    share of its dependencies held by failed providers is strictly greater than tau. Shares are
    by quantity where every dependency of the slot has one and they sum to more than 0, else by
    counting. Synchronous rounds: only the dependents of the enterprises that failed in round
    k-1 can change state (a worklist). Returns (cascade_failed, cascade_rounds) per trigger, as
    two lists in enterprise order."""
    external = external or [False] * n
    total = [0.0] * (6 * n)
    by_quantity = [True] * (6 * n)
    count = [0] * (6 * n)
    # dependents[p]: (dependent, slot index, quantity) of every dependency that p provides.
    dependents = [[] for _ in range(n)]
    for s in range(n):
        for j, code, q in out_edges(s):
            p, d = (j, s) if code >= 3 else (s, j)
            k = 6 * d + code
            dependents[p].append((d, k, q))
            count[k] += 1
            if q is None:
                by_quantity[k] = False
            else:
                total[k] += q
    for k in range(6 * n):
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
            for p in frontier:
                for d, k, q in dependents[p]:
                    if d in failed or external[d]:
                        continue
                    lost[k] = lost.get(k, 0.0) + (q if by_quantity[k] else 1.0)
                    touched.append(k)
            frontier = []
            for k in touched:
                d = k // 6
                if d not in failed and lost[k] / total[k] > tau:
                    failed.add(d)
                    frontier.append(d)
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
