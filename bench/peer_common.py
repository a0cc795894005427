"""Shared by the peer scripts of symbio's benchmark: CSV reading, the command line, timing.

Every peer computes the distance set of symbio (network/distance.hpp) on the simple digraph of
the park (every exchange of edges.csv is one tie):
  betweenness    Brandes, unweighted, raw over ordered pairs (NetworkX normalized=False)
  closeness_out  Wasserman-Faust over the r enterprises reachable from i: (r/(n-1)) (r/sum d),
                 0 when r = 0; closeness_in the same over the enterprises that reach i
  harmonic_out   sum of 1/d(i, j) over j != i, divided by n-1; harmonic_in with d(j, i)
  average path length and diameter over ordered pairs with a path; global efficiency = sum of
  1/d over ordered pairs / (n(n-1)) (Latora and Marchiori 2001)
Steps (one per process): load, degree, betweenness, distances (everything but betweenness).
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
    src, tgt, qty = [], [], []
    with open(os.path.join(data_dir, "edges.csv"), newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            src.append(int(row[0]))
            tgt.append(int(row[1]))
            qty.append(float(row[3]))
    return {"n": n, "names": [r[1] for r in rows], "sectors": [r[2] for r in rows],
            "src": src, "tgt": tgt, "qty": qty}


def wf_closeness(r, total, n):
    return 0.0 if r == 0 else (r / (n - 1)) * (r / total)


def write_dump(path, columns):
    names = list(columns)
    n = len(columns[names[0]])
    with open(path, "w") as f:
        f.write("id," + ",".join(names) + "\n")
        for v in range(n):
            f.write("%d,%s\n" % (v, ",".join(repr(float(columns[c][v])) for c in names)))


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
