#!/usr/bin/python3
"""Checks symbio's flows and ecological network analysis against a second implementation in
numpy, on seeded random parks (two with components large enough for selected inversion, one of
them with several components and enterprises on no cycle).

    ena_numpy_test.py --symbio PATH/TO/symbio

For each park: enterprises.csv (some external) and exchanges.csv (material, every exchange with a
quantity in t/a) are written, `symbio analyze` is run, and flows.csv / balance.csv are compared
with the definitions computed here from the same exchanges: boundary flows that balance every
node, TST, TSTp, APL, Finn cycling (explicit inverse of I - G), AMI, ascendency, overhead,
capacity, A/C and robustness over the extended matrix (enaR 2.x conventions), to a relative
1e-9. Exit 77 (skipped) without numpy.
"""
import argparse
import csv
import math
import os
import random
import subprocess
import sys
import tempfile

try:
    import numpy as np
except ImportError:
    print("numpy is missing: skipped")
    sys.exit(77)

KINDS = ["product", "byproduct", "waste"]


def make_park(folder, seed, n_internal, n_external, m, rings=1):
    """With rings = k > 1 nine tenths of the internal enterprises form k rings (strongly connected
    components) and the rest a tail; exchanges between internal enterprises go only from a ring
    to itself or to a later group (each tail enterprise is a group of its own), so the
    components stay apart and the tail is on no cycle."""
    rng = random.Random(seed)
    ids = ["p%d" % i for i in range(n_internal)] + ["x%d" % i for i in range(n_external)]
    external = {i: i.startswith("x") for i in ids}
    in_rings = n_internal if rings == 1 else n_internal - n_internal // 10
    ring_of = {ids[i]: i * rings // in_rings if i < in_rings else rings + i
               for i in range(n_internal)}
    exchanges = []
    # A ring through the internal enterprises of each group makes a large strongly connected
    # component of each.
    for g in range(rings):
        members = [i for i in ids[:n_internal] if ring_of[i] == g]
        for k, i in enumerate(members):
            exchanges.append((i, members[(k + 1) % len(members)], rng.choice(KINDS),
                              round(rng.uniform(1, 1000), 3)))
    while len(exchanges) < m:
        s, r = rng.sample(ids, 2)
        if external[s] and external[r]:
            continue
        if not external[s] and not external[r] and ring_of[s] > ring_of[r]:
            continue
        exchanges.append((s, r, rng.choice(KINDS), round(rng.lognormvariate(4, 1.5), 3)))
    os.makedirs(folder)
    with open(os.path.join(folder, "enterprises.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "external"])
        for i in ids:
            w.writerow([i, i, "true" if external[i] else "false"])
    with open(os.path.join(folder, "exchanges.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["supplier", "receiver", "resource", "layer", "kind", "quantity", "unit"])
        for s, r, k, q in exchanges:
            w.writerow([s, r, "stuff", "material", k, "%.3f" % q, "t/a"])
    return ids, external, exchanges


def expected(ids, external, exchanges):
    internal = [i for i in ids if not external[i]]
    used = set()
    for s, r, _, _ in exchanges:
        for v in (s, r):
            if not external[v]:
                used.add(v)
    nodes = [i for i in internal if i in used]
    index = {v: k for k, v in enumerate(nodes)}
    n = len(nodes)
    f = np.zeros((n, n))
    imp = np.zeros(n)
    exp = np.zeros(n)
    totals = dict(internal_flow=0.0, import_=0.0, export=0.0, byproduct=0.0, waste=0.0,
                  internal_byproduct=0.0)
    for s, r, k, q in exchanges:
        si, ri = index.get(s), index.get(r)
        if si is not None and ri is not None:
            f[si, ri] += q
            totals["internal_flow"] += q
        elif ri is not None:
            imp[ri] += q
            totals["import_"] += q
        elif si is not None:
            exp[si] += q
            totals["export"] += q
        if not external[s] and k == "byproduct":
            totals["byproduct"] += q
            if not external[r]:
                totals["internal_byproduct"] += q
        if not external[s] and k == "waste":
            totals["waste"] += q
    inflow = f.sum(axis=0) + imp
    outflow = f.sum(axis=1) + exp
    z = imp + np.maximum(0.0, outflow - inflow)
    y = exp + np.maximum(0.0, inflow - outflow)
    T = f.sum(axis=0) + z
    G = f / T[:, None]
    N = np.linalg.inv(np.eye(n) - G)
    cycling = (np.diag(N) - 1.0) / np.diag(N)
    tst = T.sum()
    # Extended matrix, n + 3 square (enaR as.extended): exports, respiration (0), imports.
    t = np.zeros((n + 3, n + 3))
    t[:n, :n] = f
    t[:n, n] = y
    t[n + 2, :n] = z
    tstp = t.sum()
    rows = t.sum(axis=1)
    cols = t.sum(axis=0)
    ii, jj = np.nonzero(t)
    tv = t[ii, jj]
    ami = np.sum(tv / tstp * np.log2(tv * tstp / (rows[ii] * cols[jj])))
    overhead = -np.sum(tv * np.log2(tv * tv / (rows[ii] * cols[jj])))
    capacity = -np.sum(tv * np.log2(tv / tstp))
    asc = tstp * ami
    ac = asc / capacity
    denominator = totals["byproduct"] + totals["waste"]
    flows = {
        "internal_flow": totals["internal_flow"], "import": totals["import_"],
        "export": totals["export"], "byproduct_flow": totals["byproduct"],
        "waste_flow": totals["waste"],
        "byproduct_utilisation_rate": totals["byproduct"] / denominator,
        "internal_byproduct_share": totals["internal_byproduct"] / denominator,
        "ena_nodes": n, "ena_boundary": z.sum(), "ena_tst": tst, "ena_tstp": tstp,
        "ena_apl": tst / z.sum(), "ena_fci": float(np.sum(cycling * T) / tst), "ena_ami": ami,
        "ena_ascendency": asc, "ena_overhead": overhead, "ena_capacity": capacity,
        "ena_asc_cap": ac, "ena_robustness": -ac * math.log(ac),
    }
    per_node = {v: (T[index[v]], cycling[index[v]]) for v in nodes}
    return flows, per_node


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbio", required=True)
    args = ap.parse_args()
    failures = 0
    # Seeds 5 and 6 have components above 300 enterprises (solved by selected inversion), 6 has
    # three of them and enterprises on no cycle between them.
    cases = [(1, 6, 2, 20, 1), (2, 12, 3, 60, 1), (3, 30, 2, 150, 1), (4, 25, 1, 80, 1),
             (5, 450, 4, 1800, 1), (6, 1100, 5, 4000, 3)]
    with tempfile.TemporaryDirectory() as tmp:
        for seed, n_internal, n_external, m, rings in cases:
            folder = os.path.join(tmp, "park%d" % seed)
            ids, external, exchanges = make_park(folder, seed, n_internal, n_external, m, rings)
            out = os.path.join(tmp, "out%d" % seed)
            subprocess.run([args.symbio, "analyze", folder, "--out", out, "--layer", "material",
                            "--only", "degree"], check=True, stdout=subprocess.DEVNULL)
            want, per_node = expected(ids, external, exchanges)
            with open(os.path.join(out, "flows.csv"), newline="") as f:
                row = next(r for r in csv.DictReader(f) if r["layer"] == "material")
            for key, value in want.items():
                got = float(row[key])
                if not close(got, value):
                    print("seed %d: %s is %r, numpy gives %r" % (seed, key, got, value))
                    failures += 1
            with open(os.path.join(out, "balance.csv"), newline="") as f:
                for r in csv.DictReader(f):
                    if r["layer"] != "material" or r["id"] not in per_node:
                        continue
                    T, c = per_node[r["id"]]
                    if not close(float(r["ena_throughflow"]), T) or not close(
                            float(r["ena_cycling"]), c):
                        print("seed %d: %s throughflow %s cycling %s, numpy %r %r"
                              % (seed, r["id"], r["ena_throughflow"], r["ena_cycling"], T, c))
                        failures += 1
            print("seed %d: %d enterprises, %d exchanges checked" % (seed, len(ids), len(exchanges)))
    if failures:
        print("%d values differ" % failures)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
