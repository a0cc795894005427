#!/usr/bin/env python3
"""Supply dominators of symbio (dominators.csv of `symbio cascade`) against NetworkX: run by ctest.

    dominators_test.py --symbio EXE --source REPO

For every park of tests/reference/data/ (seeded random parks with all four kinds and mixed
substitutability, and the example parks) and every direction, the script writes the park as
a CSV folder, runs `symbio cascade --strategies none`, and rebuilds the dependency graph of each
layer from the definition in docs/methods.md ("Supply dominators"): an arc provider -> dependent
per dependency (products, byproducts, utilities: supplier -> receiver; waste: receiver ->
supplier; substitutable exchanges carry none unless --substitutes ignore), parallel arcs
collapsed, self-exchanges dropped, a virtual root with an arc to every enterprise of every
source strongly connected component (networkx.condensation). networkx.immediate_dominators
from the root then gives the immediate dominator of every enterprise; the script compares
immediate_dominator, the whole list of dominators (nearest first) and `dominated` row by row.
Exit status 77 (ctest: skipped) when NetworkX is not installed.
"""

import argparse
import csv
import pathlib
import subprocess
import sys
import tempfile

SKIP = 77
ROOT = "__root__"
LAYERS = ["material", "energy", "water"]


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def expected(nx, ids, exchanges, layer, direction, honour_substitutable):
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    for x in exchanges:
        if x["supplier"] == x["receiver"]:
            continue
        if layer != "all" and x["layer"] != layer:
            continue
        if honour_substitutable and x.get("substitutable") == "true":
            continue
        kind = "outlet" if x["kind"] == "waste" else "supply"
        if direction != "both" and kind != direction:
            continue
        if kind == "outlet":
            g.add_edge(x["receiver"], x["supplier"])
        else:
            g.add_edge(x["supplier"], x["receiver"])
    c = nx.condensation(g)
    members = c.graph["mapping"]  # node -> component
    sources = {k for k in c.nodes if c.in_degree(k) == 0}
    for v in ids:
        if members[v] in sources:
            g.add_edge(ROOT, v)
    idom = nx.immediate_dominators(g, ROOT)
    rows = {}
    dominated = {v: 0 for v in ids}
    for v in ids:
        chain = []
        x = idom[v]
        while x != ROOT:
            chain.append(x)
            dominated[x] += 1
            x = idom[x]
        rows[v] = [idom[v] if idom[v] != ROOT else "", chain]
    return {v: (rows[v][0], "|".join(rows[v][1]), str(dominated[v])) for v in ids}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--symbio", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    try:
        import networkx as nx
    except ImportError:
        print("networkx is not installed: skipped")
        return SKIP
    cases = sorted((pathlib.Path(args.source) / "tests" / "reference" / "data").iterdir())
    if len(cases) < 5:
        raise SystemExit(f"FAILED: too few reference cases ({len(cases)})")
    compared = 0
    dominating = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            enterprises = read_rows(case / "enterprises.csv")
            exchanges = read_rows(case / "exchanges.csv")
            ids = [e["id"] for e in enterprises]
            park = pathlib.Path(tmp) / case.name
            park.mkdir()
            with open(park / "enterprises.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["id", "name", "sector", "external"])
                for e in enterprises:
                    w.writerow([e["id"], e["id"], e["sector"], e.get("external", "")])
            with open(park / "exchanges.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["supplier", "receiver", "resource", "layer", "kind", "substitutable"])
                for x in exchanges:
                    w.writerow([x["supplier"], x["receiver"], "r", x["layer"], x["kind"],
                                x.get("substitutable", "")])
            layers = ["all"] + [l for l in LAYERS if any(
                x["layer"] == l and x["supplier"] != x["receiver"] for x in exchanges)]
            for direction in ["both", "supply", "outlet"]:
                for substitutes in ["catalogue", "ignore"]:
                    out = pathlib.Path(tmp) / f"{case.name}_{direction}_{substitutes}"
                    result = subprocess.run(
                        [args.symbio, "cascade", str(park), "--out", str(out), "--quiet",
                         "--strategies", "none", "--threads", "1", "--direction", direction,
                         "--substitutes", substitutes], capture_output=True, text=True)
                    if result.returncode != 0:
                        raise SystemExit(f"FAILED: symbio cascade {case.name}: "
                                         f"{result.returncode}\n{result.stderr}")
                    got = {}
                    for row in read_rows(out / "dominators.csv"):
                        got[(row["layer"], row["id"])] = (row["immediate_dominator"],
                                                          row["dominators"], row["dominated"])
                    for layer in layers:
                        want = expected(nx, ids, exchanges, layer, direction,
                                        substitutes == "catalogue")
                        for v in ids:
                            key = (layer, v)
                            if got.get(key) != want[v]:
                                raise SystemExit(
                                    f"FAILED: {case.name} {direction} {substitutes} {layer} "
                                    f"{v}: symbio {got.get(key)}, networkx {want[v]}")
                            compared += 1
                            dominating += want[v][2] != "0"
                    if len(got) != len(layers) * len(ids):
                        raise SystemExit(f"FAILED: {case.name}: {len(got)} rows, expected "
                                         f"{len(layers) * len(ids)}")
    if dominating < 50:
        raise SystemExit(f"FAILED: only {dominating} dominating rows: the cases say too little")
    print(f"{compared} rows compared, {dominating} enterprises dominate others")
    return 0


if __name__ == "__main__":
    sys.exit(main())
