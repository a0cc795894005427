#!/usr/bin/env python3
"""The allocation of declared outputs to declared needs against NetworkX: run by ctest.

    allocation_test.py --probe EXE --source REPO

For seeded random parks (declarations of outputs and needs in the material and energy layers,
integral quantities, resources of the catalogue whose substitutes link them, and a name the
catalogue does not know), the script writes the park as a CSV folder, runs allocation_probe (the
allocation of symbio, audit::allocate_declared) and builds the same network from the definition
in docs/methods.md ("Audit focus and options"): per layer a source with an arc to every output
(capacity its quantity), an arc from every output to every need of another enterprise of the
same resource (cost 1) or of a substitute the catalogue (core/data/resources.csv) lists for the
output (cost 2), and an arc from every need to the sink (capacity its quantity).
networkx.max_flow_min_cost gives the optimum; the script compares, per park and layer, the total
moved and the total cost (1 per unit of same-resource, 2 per unit of substitute) and checks that
symbio moves no more than an output declares or a need asks for, with the right match label.
Exit status 77 (ctest: skipped) when NetworkX is not installed.
"""

import argparse
import csv
import pathlib
import random
import subprocess
import sys
import tempfile

SKIP = 77
SEEDS = 40
# Resources whose catalogue entries are linked by substitutes, per layer, and one unknown name.
POOL = {
    "material": ["fly_ash", "slag", "coal_gangue", "gypsum", "cement_raw_material",
                 "building_materials", "aggregate", "coal", "qqzz"],
    "energy": ["steam", "waste_heat", "heat", "process_heat"],
}
UNITS = {"material": "t/a", "energy": "GJ/a"}


def read_catalogue(source):
    substitutes = {}
    with open(source / "core" / "data" / "resources.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            substitutes[row["key"]] = set(filter(None, row["substitutes"].split("|")))
    return substitutes


def match(substitutes, output, need):
    """1 same resource, 2 substitute, None no match (unknown names: the same text only)."""
    if output not in substitutes or need not in substitutes:
        return 1 if output == need else None
    if output == need:
        return 1
    return 2 if need in substitutes[output] else None


def random_park(rng):
    enterprises = [f"e{i}" for i in range(rng.randint(4, 9))]
    declarations = []  # (enterprise, direction, resource, layer, quantity)
    for layer, pool in POOL.items():
        for direction, count in (("output", rng.randint(1, 6)), ("need", rng.randint(1, 7))):
            seen = set()
            for _ in range(count):
                e = rng.choice(enterprises)
                r = rng.choice(pool)
                if (e, r) in seen:  # one declaration per (enterprise, resource, direction)
                    continue
                seen.add((e, r))
                declarations.append((e, direction, r, layer, rng.randint(1, 100)))
    return enterprises, declarations


def write_park(folder, enterprises, declarations):
    folder.mkdir()
    with open(folder / "enterprises.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name"])
        for e in enterprises:
            w.writerow([e, e])
    with open(folder / "exchanges.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["supplier", "receiver", "resource", "layer", "kind"])
        w.writerow([enterprises[0], enterprises[1], "water", "water", "product"])
    with open(folder / "resources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["enterprise", "direction", "resource", "layer", "quantity", "unit"])
        for e, direction, r, layer, q in declarations:
            w.writerow([e, direction, r, layer, q, UNITS[layer]])


def expected(nx, substitutes, declarations, layer):
    g = nx.DiGraph()
    outputs = [d for d in declarations if d[1] == "output" and d[3] == layer]
    needs = [d for d in declarations if d[1] == "need" and d[3] == layer]
    g.add_node("S")
    g.add_node("T")
    for o in outputs:
        g.add_edge("S", ("o",) + o[:3], capacity=o[4], weight=0)
    for n in needs:
        g.add_edge(("n",) + n[:3], "T", capacity=n[4], weight=0)
    for o in outputs:
        for n in needs:
            cost = match(substitutes, o[2], n[2])
            if cost is not None and o[0] != n[0]:
                g.add_edge(("o",) + o[:3], ("n",) + n[:3], capacity=o[4], weight=cost)
    flow = nx.max_flow_min_cost(g, "S", "T")
    moved = sum(flow["S"].values())
    return moved, nx.cost_of_flow(g, flow)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--probe", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    try:
        import networkx as nx
    except ImportError:
        print("networkx is not installed: skipped")
        return SKIP
    substitutes = read_catalogue(pathlib.Path(args.source))
    compared = 0
    substituted = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(SEEDS):
            rng = random.Random(seed)
            enterprises, declarations = random_park(rng)
            folder = pathlib.Path(tmp) / f"park{seed}"
            write_park(folder, enterprises, declarations)
            result = subprocess.run([args.probe, str(folder)], capture_output=True, text=True)
            if result.returncode != 0:
                raise SystemExit(f"FAILED: seed {seed}: probe {result.returncode}\n"
                                 f"{result.stderr}")
            rows = list(csv.DictReader(result.stdout.splitlines()))
            declared = {(d[0], d[1], d[2], d[3]): d[4] for d in declarations}
            given, taken = {}, {}
            for row in rows:
                q = float(row["quantity"])
                cost = match(substitutes, row["resource"], row["need"])
                label = {1: "same-resource", 2: "substitute"}.get(cost)
                if label != row["match"] or row["supplier"] == row["receiver"] or q <= 0:
                    raise SystemExit(f"FAILED: seed {seed}: {row}, expected match {label}")
                out_key = (row["supplier"], "output", row["resource"], row["layer"])
                need_key = (row["receiver"], "need", row["need"], row["layer"])
                given[out_key] = given.get(out_key, 0) + q
                taken[need_key] = taken.get(need_key, 0) + q
            for key, q in list(given.items()) + list(taken.items()):
                if key not in declared or q > declared[key] + 1e-9:
                    raise SystemExit(f"FAILED: seed {seed}: {key} moves {q}, declared "
                                     f"{declared.get(key)}")
            for layer in POOL:
                want_moved, want_cost = expected(nx, substitutes, declarations, layer)
                mine = [r for r in rows if r["layer"] == layer]
                moved = sum(float(r["quantity"]) for r in mine)
                cost = sum(float(r["quantity"]) * (1 if r["match"] == "same-resource" else 2)
                           for r in mine)
                if abs(moved - want_moved) > 1e-9 or abs(cost - want_cost) > 1e-9:
                    raise SystemExit(f"FAILED: seed {seed} {layer}: symbio moves {moved} at "
                                     f"cost {cost}, networkx {want_moved} at {want_cost}")
                compared += 1
                substituted += any(r["match"] == "substitute" for r in mine)
    if substituted < 5:
        raise SystemExit(f"FAILED: only {substituted} allocations use a substitute: the cases "
                         "say too little")
    print(f"{compared} layers of {SEEDS} parks compared ({substituted} with substitutes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
