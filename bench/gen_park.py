#!/usr/bin/python3
"""Deterministic generator of synthetic industrial-symbiosis parks for symbio's benchmark.

    /usr/bin/python3 bench/gen_park.py --n 10000 [--seed S] [--out DIR] [--symbio]

Writes DIR/nodes.csv (id,name,sector), DIR/edges.csv (source,target,flow_type,quantity,unit) and
DIR/meta.json; with --symbio also DIR/enterprises.csv and DIR/exchanges.csv, the same park as
`symbio` reads a folder (flow type -> layer and kind as in SYMBIO_KIND below). Standard library only: random.Random (Mersenne Twister) with an integer seed is
stable across CPython 3 versions, so one (n, seed) always gives byte-identical files.

The model is the synthetic model of the peer benchmark, ported unchanged so that the same
(n, seed) gives the same park:
1. P = max(1, n // 80) parks; each enterprise joins a uniformly random one (each park >= 2).
2. Ordinary enterprises draw one of 12 sectors with fixed weights.
3. Out- and in-fitness are independent Pareto(1.8) draws (heavy tail, infinite variance).
4. Each park has ceil(size / 40) anchors (power plant, refinery, chemical complex, steel works,
   waste utility, water utility) whose fitness is multiplied (e.g. power plant x40 out, x8 in).
5. About 4 exchanges per enterprise: pass 1 gives everyone one exchange, pass 2 draws supplier
   by out-fitness and receiver by in-fitness, in the supplier's park with probability 0.85.
6. Flow type by supplier sector; quantity lognormal (sigma 1.3) with a median per flow type,
   scaled by out-fitness^0.3, written with three decimals.
Default seed: 20240601 + n.
"""
import argparse
import bisect
import hashlib
import itertools
import json
import math
import os
import random

SECTORS = ["power_generation", "petroleum_refining", "chemicals", "steel_metals",
           "cement_minerals", "pulp_paper", "food_beverage", "agriculture", "waste_management",
           "water_utilities", "plastics_rubber", "manufacturing_electronics"]
SECTOR_WEIGHTS = [2, 1, 10, 6, 5, 5, 12, 8, 6, 3, 9, 13]
# anchor sector -> (out-fitness, in-fitness) multipliers
ANCHORS = {0: (40.0, 8.0), 1: (30.0, 10.0), 2: (15.0, 15.0), 3: (20.0, 10.0),
           8: (10.0, 40.0), 9: (25.0, 25.0)}
ANCHOR_SECTORS = sorted(ANCHORS)
ANCHOR_WEIGHTS = [4, 2, 2, 2, 4, 3]
FLOW_TYPES = ["material", "energy", "water", "waste", "byproduct"]
UNITS = {"material": "t/yr", "byproduct": "t/yr", "waste": "t/yr", "energy": "MWh/yr",
         "water": "m3/yr"}
MEDIAN = {"material": 2000.0, "byproduct": 1000.0, "waste": 500.0, "energy": 5000.0,
          "water": 20000.0}
SIGMA = 1.3
# flow-type probabilities (order of FLOW_TYPES) by supplier sector
FLOW_BY_SECTOR = [
    [0.00, 0.60, 0.10, 0.10, 0.20], [0.30, 0.30, 0.00, 0.10, 0.30],
    [0.40, 0.10, 0.00, 0.20, 0.30], [0.20, 0.20, 0.00, 0.20, 0.40],
    [0.50, 0.00, 0.00, 0.30, 0.20], [0.00, 0.20, 0.10, 0.30, 0.40],
    [0.00, 0.00, 0.20, 0.40, 0.40], [0.50, 0.00, 0.00, 0.20, 0.30],
    [0.40, 0.30, 0.00, 0.00, 0.30], [0.00, 0.00, 0.80, 0.00, 0.20],
    [0.40, 0.00, 0.00, 0.40, 0.20], [0.30, 0.00, 0.00, 0.50, 0.20]]
PARK_SIZE, ANCHORS_PER, P_LOCAL, MEAN_OUT, ALPHA = 80, 40, 0.85, 4.0, 1.8


class Sampler:
    """Draws an item with probability proportional to its weight."""

    def __init__(self, items, weights):
        self.items = items
        self.cum = list(itertools.accumulate(weights))

    def draw(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.cum[-1])
        return self.items[min(i, len(self.items) - 1)]


def choose(rng, probs):
    x, acc = rng.random(), 0.0
    for i, p in enumerate(probs):
        acc += p
        if x < acc:
            return i
    return len(probs) - 1


def generate(n, seed):
    if n < 2:
        raise ValueError("need at least 2 enterprises")
    rng = random.Random(seed)
    parks = max(1, n // PARK_SIZE)
    park = [rng.randrange(parks) for _ in range(n)]
    members = [[] for _ in range(parks)]
    for v in range(n):
        members[park[v]].append(v)
    for p in range(parks):
        while len(members[p]) < 2:  # take from the largest park
            big = max(range(parks), key=lambda q: (len(members[q]), -q))
            v = members[big].pop()
            members[p].append(v)
            park[v] = p
    for m in members:
        m.sort()

    sectors = Sampler(list(range(len(SECTORS))), SECTOR_WEIGHTS)
    sector = [sectors.draw(rng) for _ in range(n)]
    fit_out = [rng.paretovariate(ALPHA) for _ in range(n)]
    fit_in = [rng.paretovariate(ALPHA) for _ in range(n)]
    anchor = [False] * n
    anchor_sectors = Sampler(ANCHOR_SECTORS, ANCHOR_WEIGHTS)
    for p in range(parks):
        for v in rng.sample(members[p], max(1, math.ceil(len(members[p]) / ANCHORS_PER))):
            s = anchor_sectors.draw(rng)
            sector[v] = s
            fit_out[v] *= ANCHORS[s][0]
            fit_in[v] *= ANCHORS[s][1]
            anchor[v] = True

    everyone = list(range(n))
    global_out, global_in = Sampler(everyone, fit_out), Sampler(everyone, fit_in)
    park_out = [Sampler(m, [fit_out[v] for v in m]) for m in members]
    park_in = [Sampler(m, [fit_in[v] for v in m]) for m in members]
    target = min(int(round(MEAN_OUT * n)), n * (n - 1))
    edges = {}

    def flow(s):
        ft = FLOW_TYPES[choose(rng, FLOW_BY_SECTOR[sector[s]])]
        q = rng.lognormvariate(math.log(MEDIAN[ft]) + 0.3 * math.log(fit_out[s]), SIGMA)
        return ft, max(round(q, 3), 0.001)

    def partner(v, v_supplies):
        if parks > 1 and rng.random() >= P_LOCAL:
            return (global_in if v_supplies else global_out).draw(rng)
        return (park_in if v_supplies else park_out)[park[v]].draw(rng)

    for v in range(n):  # pass 1: everyone takes part in one exchange
        for _ in range(100):
            supplies = rng.random() < 0.5
            u = partner(v, supplies)
            e = (v, u) if supplies else (u, v)
            if u != v and e not in edges:
                edges[e] = flow(e[0])
                break
    attempts = 0
    while len(edges) < target and attempts <= 50 * target:  # pass 2: by fitness
        attempts += 1
        if parks > 1 and rng.random() >= P_LOCAL:
            s, t = global_out.draw(rng), global_in.draw(rng)
        else:
            s = global_out.draw(rng)
            t = park_in[park[s]].draw(rng)
        if s != t and (s, t) not in edges:
            edges[(s, t)] = flow(s)

    width = len(str(n - 1))
    nodes = [(v, "P%d-%s%0*d-%s" % (park[v], "A" if anchor[v] else "E", width, v,
                                   SECTORS[sector[v]]), SECTORS[sector[v]]) for v in range(n)]
    return nodes, sorted(edges.items()), {"parks": parks, "anchors": sum(anchor)}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# flow type -> (layer, kind) of symbio's exchanges.csv
SYMBIO_KIND = {"material": ("material", "product"), "byproduct": ("material", "byproduct"),
               "waste": ("material", "waste"), "energy": ("energy", "utility"),
               "water": ("water", "utility")}


def write_symbio(nodes, edges, out):
    with open(os.path.join(out, "enterprises.csv"), "w", newline="\n") as f:
        f.write("id,name,sector\n")
        f.writelines("%d,%s,%s\n" % node for node in nodes)
    with open(os.path.join(out, "exchanges.csv"), "w", newline="\n") as f:
        f.write("supplier,receiver,layer,kind,quantity,unit\n")
        f.writelines("%d,%d,%s,%s,%.3f,%s\n" % ((s, t) + SYMBIO_KIND[ft] + (q, UNITS[ft]))
                     for (s, t), (ft, q) in edges)


def write(n, seed, out, symbio=False):
    nodes, edges, info = generate(n, seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "nodes.csv"), "w", newline="\n") as f:
        f.write("id,name,sector\n")
        f.writelines("%d,%s,%s\n" % node for node in nodes)
    with open(os.path.join(out, "edges.csv"), "w", newline="\n") as f:
        f.write("source,target,flow_type,quantity,unit\n")
        f.writelines("%d,%d,%s,%.3f,%s\n" % (s, t, ft, q, UNITS[ft])
                     for (s, t), (ft, q) in edges)
    meta = {"generator": "bench/gen_park.py", "n": n, "seed": seed, "m": len(edges),
            "parks": info["parks"], "anchors": info["anchors"],
            "sha256": {f: sha256(os.path.join(out, f)) for f in ("nodes.csv", "edges.csv")}}
    if symbio:
        write_symbio(nodes, edges, out)
    with open(os.path.join(out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1, sort_keys=True)
        f.write("\n")
    return meta


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--out", default=None, help="default: bench/data/park_N<n>")
    ap.add_argument("--symbio", action="store_true",
                    help="also write enterprises.csv and exchanges.csv for `symbio`")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else 20240601 + a.n
    out = a.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                                "park_N%d" % a.n)
    meta = write(a.n, seed, out, a.symbio)
    print("N=%d seed=%d m=%d parks=%d anchors=%d -> %s" % (
        a.n, seed, meta["m"], meta["parks"], meta["anchors"], out))


if __name__ == "__main__":
    main()
