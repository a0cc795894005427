#!/usr/bin/python3
"""numpy peer of symbio's flows step (bench/symbio_bench.cpp --step flows): the ecological
network analysis of every layer of the synthetic park with dense matrices and an explicit
inverse, the textbook way (docs/methods.md, the quantified park; enaR 2.x conventions).

    peer_numpy.py --data DIR --step flows [--threads K]

Per layer (material = material, byproduct and waste exchanges; energy; water), over the
enterprises taking part in it (none of the synthetic park is external, so there are no imports
or exports): f_ij = sum of the quantities i -> j (i != j, units as written, like symbio_bench),
boundary flows z_j = max(0, out_j - in_j), y_j = max(0, in_j - out_j), T_j = max(in_j, out_j),
G = f / T_i, N = inv(I - G) (dense, O(n^3) time and 16 n^2 bytes), cycling_j = (N_jj - 1) / N_jj,
FCI = sum cycling_j T_j / TST, and AMI, ascendency, overhead, capacity over the extended matrix.
Prints peer_common's JSON line with the summary {"fci": [per layer], "tst": [per layer],
"ascendency": [per layer]}. --threads K sets the BLAS threads (set before numpy loads).
"""
import os
import sys

if "--threads" in sys.argv:
    _k = sys.argv[sys.argv.index("--threads") + 1]
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = _k

import numpy as np  # noqa: E402

import peer_common  # noqa: E402


def load(data, _args):
    return data


def ena(src, tgt, qty):
    nodes = sorted(set(src) | set(tgt))
    index = {v: k for k, v in enumerate(nodes)}
    n = len(nodes)
    f = np.zeros((n, n))
    for s, t, q in zip(src, tgt, qty):
        if s != t:
            f[index[s], index[t]] += q
    inflow, outflow = f.sum(axis=0), f.sum(axis=1)
    z = np.maximum(0.0, outflow - inflow)
    y = np.maximum(0.0, inflow - outflow)
    T = inflow + z
    G = f / T[:, None]
    N = np.linalg.inv(np.eye(n) - G)
    d = np.diag(N)
    cycling = (d - 1.0) / d
    tst = T.sum()
    t = np.zeros((n + 3, n + 3))
    t[:n, :n] = f
    t[:n, n] = y
    t[n + 2, :n] = z
    tstp = t.sum()
    rows, cols = t.sum(axis=1), t.sum(axis=0)
    ii, jj = np.nonzero(t)
    tv = t[ii, jj]
    ami = np.sum(tv / tstp * np.log2(tv * tstp / (rows[ii] * cols[jj])))
    return float(np.sum(cycling * T) / tst), float(tst), float(tstp * ami)


def flows(data, _n):
    layer_of = [0, 1, 2, 0]  # peer_common codes waste (an outlet) as 3: a material exchange
    out = {"fci": [], "tst": [], "ascendency": []}
    for layer in range(3):
        pick = [k for k, l in enumerate(data["layer"]) if layer_of[l] == layer]
        if not pick:
            continue
        fci, tst, asc = ena([data["src"][k] for k in pick], [data["tgt"][k] for k in pick],
                            [data["qty"][k] for k in pick])
        out["fci"].append(fci)
        out["tst"].append(tst)
        out["ascendency"].append(asc)
    return None, out


if __name__ == "__main__":
    peer_common.main("numpy", np.__version__, load, {"flows": flows})
