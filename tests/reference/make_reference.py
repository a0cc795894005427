#!/usr/bin/python3
"""Independent reference values for symbio's network indicators (docs/methods.md) and
for the single-trigger supply-shortage cascade sweep (docs/methods.md#cascades).

Run from the repository root:

    /usr/bin/python3 tests/reference/make_reference.py

Needs only Debian's python3 with networkx (2.8), python-igraph (0.10) and numpy. Deterministic:
the random parks come from random.Random(seed), the example parks from examples/*/. Everything
under tests/reference/data/ is rewritten. See tests/reference/README.md for what each column is
computed with.
"""

import csv
import math
import random
import shutil
import sys
from pathlib import Path

import warnings

import igraph as ig
import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "reference" / "data"
EXAMPLES = ROOT / "examples"

LAYERS = ["material", "energy", "water"]
KINDS = ["product", "byproduct", "waste", "utility"]
CANONICAL_UNIT = {"material": "t/a", "energy": "GJ/a", "water": "m3/a"}

ENTERPRISE_COLUMNS = [
    "in_degree", "out_degree", "degree",
    "in_degree_norm", "out_degree_norm", "degree_norm",
    "in_strength", "out_strength",
    "betweenness", "betweenness_norm",
    "closeness_out", "closeness_in", "harmonic_out", "harmonic_in",
    "pagerank", "pagerank_w", "hub", "authority",
    "core_number", "clustering",
    "constraint", "effective_size", "efficiency", "hierarchy",
    "articulation",
    "brokerage_coordinator", "brokerage_itinerant", "brokerage_representative",
    "brokerage_gatekeeper", "brokerage_liaison",
]

PARK_FIELDS = [
    "enterprises", "exchanges", "ties", "density", "density_undirected", "reciprocity",
    "transitivity", "average_clustering", "weak_components", "strong_components",
    "largest_component_share", "average_path_length", "diameter", "global_efficiency",
    "degree_centralization", "out_degree_centralization", "in_degree_centralization",
    "betweenness_centralization", "connectance", "linkage_density", "cyclicity",
]

# Tolerance of the internal cross-checks (two libraries, or a library and a direct formula).
CROSS_TOL = 1e-10


class ReferenceError(Exception):
    pass


def close(a, b, tol=CROSS_TOL):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def check(condition, message):
    if not condition:
        raise ReferenceError(message)


# ------------------------------------------------------------------------------------------
# Cases
# ------------------------------------------------------------------------------------------

class Case:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.enterprises = []  # (id, sector) in park order
        self.external = set()  # ids of external enterprises (never fail by propagation)
        self.exchanges = []  # dicts: supplier, receiver, layer, kind, quantity (float or None)
        self.notes = []


SECTORS = ["chemical", "power", "cement", "steel", "agriculture", "treatment"]


def random_case(name, seed, n, components, isolates, layer_weights, quantity_mode,
                waste_layer=None, chinese_ids=0, extra_edge_p=0.15):
    """A random park: `components` weak components of active enterprises plus `isolates`.

    quantity_mode maps a layer to "all" (every exchange has a canonical quantity), "partial"
    (about 70 %) or "none". waste_layer, when set, forces every byproduct and waste exchange
    into that layer, so that the `waste` view can carry W.
    """
    rng = random.Random(seed)
    case = Case(name, f"random park, seed {seed}: {n} enterprises, {components} weak components "
                      f"of active enterprises, {isolates} isolates; quantities {quantity_mode}"
                      + (f"; byproduct and waste only in {waste_layer}" if waste_layer else ""))
    ids = []
    for k in range(n):
        if k < chinese_ids:
            ids.append(["热电厂", "水泥厂", "污水处理厂", "化肥厂", "糖厂"][k % 5] + str(k))
        else:
            ids.append(f"{rng.choice('ABCDEFGHKMPRST')}{k:02d}")
    order = list(range(n))
    rng.shuffle(order)  # park order differs from the id order
    for k in order:
        case.enterprises.append((ids[k], rng.choice(SECTORS)))
    active = [ids[k] for k in range(n - isolates)]
    rng.shuffle(active)
    # Split the active enterprises into components of at least 2; the first one is the largest.
    cuts = sorted(rng.sample(range(2, len(active) - 1), components - 1)) if components > 1 else []
    groups, start = [], 0
    for cut in cuts + [len(active)]:
        groups.append(active[start:cut])
        start = cut
    groups = [g for g in groups if g]
    merged = []
    for g in groups:  # singletons would be isolates: merge them into the previous group
        if len(g) < 2 and merged:
            merged[-1].extend(g)
        else:
            merged.append(g)
    groups = merged

    layers = list(layer_weights)
    weights = [layer_weights[layer] for layer in layers]

    def add(s, r):
        kind = rng.choice(KINDS)
        layer = rng.choices(layers, weights)[0]
        if waste_layer is not None and kind in ("byproduct", "waste"):
            layer = waste_layer
        mode = quantity_mode.get(layer, "none")
        has_quantity = mode == "all" or (mode == "partial" and rng.random() < 0.7)
        quantity = None
        if has_quantity:
            quantity = round(rng.uniform(0.5, 10.0) * 10 ** rng.randint(0, 5), 3)
        case.exchanges.append(dict(supplier=s, receiver=r, layer=layer, kind=kind,
                                   quantity=quantity))

    for g in groups:
        # A random tree with random directions keeps the group one weak component.
        for idx in range(1, len(g)):
            other = g[rng.randrange(idx)]
            if rng.random() < 0.5:
                add(g[idx], other)
            else:
                add(other, g[idx])
        for a in g:
            for b in g:
                if a != b and rng.random() < extra_edge_p * (3.0 if g is groups[0] else 1.0) \
                        / max(1.0, len(g) / 8.0):
                    add(a, b)
    base = list(case.exchanges)
    for x in base:
        if rng.random() < 0.2:  # reciprocal tie
            add(x["receiver"], x["supplier"])
        if rng.random() < 0.15:  # parallel exchange of the same pair (maybe another layer)
            add(x["supplier"], x["receiver"])
    for _ in range(max(1, n // 15)):  # self-exchanges: symbio drops them
        v = rng.choice(active)
        add(v, v)
        if rng.random() < 0.5:
            case.exchanges[-1]["quantity"] = None  # must not make the layer unweighted
    rng.shuffle(case.exchanges)
    # External enterprises from a separate generator, so that the park above (and every expected
    # value of sections 1-3) stays what it was before the cascade sweep was added. Mostly
    # enterprises with inbound exchanges, where immunity can matter.
    ext_rng = random.Random(1000003 * seed + 17)
    receivers = sorted({x["receiver"] for x in case.exchanges if x["supplier"] != x["receiver"]})
    count = max(1, n // 10)
    chosen = ext_rng.sample(receivers, min(count, len(receivers)))
    if isolates:
        chosen.append(ids[n - 1])  # an external isolate
    case.external = set(chosen)
    # Substitutability from a third generator, for the same reason: about a quarter of the
    # exchanges are substitutable, the rest are not, a few leave it to the catalogue (empty,
    # which the fixture reads as not substitutable: the reference park has no resource names).
    sub_rng = random.Random(7919 * seed + 3)
    for x in case.exchanges:
        u = sub_rng.random()
        x["substitutable"] = True if u < 0.25 else (None if u > 0.9 else False)
    return case


def random_cases():
    return [
        random_case("random_s1_n8", 1, 8, 2, 1,
                    {"material": 3, "energy": 1, "water": 1},
                    {"material": "all", "energy": "none", "water": "all"}),
        random_case("random_s2_n20", 2, 20, 3, 2,
                    {"material": 2, "energy": 2, "water": 1},
                    {"material": "all", "energy": "partial", "water": "all"},
                    waste_layer="material"),
        random_case("random_s3_n33", 3, 33, 4, 3,
                    {"material": 3, "energy": 1, "water": 1},
                    {"material": "partial", "energy": "all", "water": "none"},
                    chinese_ids=5),
        random_case("random_s4_n47", 4, 47, 3, 4,
                    {"material": 2, "energy": 1, "water": 2},
                    {"material": "all", "energy": "all", "water": "all"},
                    waste_layer="water"),
        random_case("random_s5_n60", 5, 60, 5, 5,
                    {"material": 3, "energy": 2, "water": 1},
                    {"material": "all", "energy": "all", "water": "partial"},
                    extra_edge_p=0.08),
        # Dense and small: many reciprocal ties, nested cycles, few isolates.
        random_case("random_s6_n12_dense", 6, 12, 1, 1,
                    {"material": 1, "energy": 1},
                    {"material": "all", "energy": "all"},
                    extra_edge_p=0.25),
    ]


# Example parks -----------------------------------------------------------------------------

LAYER_WORDS = {
    "material": "material", "materials": "material", "物质": "material", "物料": "material",
    "energy": "energy", "能量": "energy", "能源": "energy",
    "water": "water", "水": "water",
}
KIND_WORDS = {
    "product": "product", "产品": "product",
    "byproduct": "byproduct", "by-product": "byproduct", "by product": "byproduct",
    "副产品": "byproduct", "副产物": "byproduct",
    "waste": "waste", "废物": "waste", "废弃物": "waste",
    "utility": "utility", "utility sharing": "utility", "utilities": "utility",
    "公用工程": "utility",
}
# Unit -> (dimension, factor to the canonical unit of the dimension: t, GJ, m3).
UNIT_BASE = {
    "t": ("mass", 1.0), "kg": ("mass", 1e-3), "kt": ("mass", 1e3), "Mt": ("mass", 1e6),
    "万t": ("mass", 1e4), "吨": ("mass", 1.0), "万吨": ("mass", 1e4),
    "GJ": ("energy", 1.0), "MJ": ("energy", 1e-3), "TJ": ("energy", 1e3), "PJ": ("energy", 1e6),
    "MW.h": ("energy", 3.6), "MWh": ("energy", 3.6), "kW.h": ("energy", 3.6e-3),
    "kWh": ("energy", 3.6e-3), "GW.h": ("energy", 3600.0), "GWh": ("energy", 3600.0),
    "tce": ("energy", 29.3076), "吨标煤": ("energy", 29.3076), "标煤": ("energy", 29.3076),
    "m3": ("volume", 1.0), "m³": ("volume", 1.0), "立方米": ("volume", 1.0),
}
# Prefixes of Chinese statistics in front of any unit above: 万 (1e4), 亿 (1e8).
UNIT_PREFIX = {"万": 1e4, "亿": 1e8}
RATE = {"a": 1.0, "yr": 1.0, "y": 1.0, "年": 1.0, "d": 365.0, "天": 365.0, "日": 365.0,
        "h": 8760.0, "小时": 8760.0}
LAYER_DIMENSION = {"material": "mass", "energy": "energy", "water": "volume"}


def canonical_quantity(text, unit, layer):
    """The quantity in the canonical unit of the layer, or (None, why)."""
    text = (text or "").strip().replace(",", "")
    if not text:
        return None, None
    try:
        value = float(text)
    except ValueError:
        return None, f"quantity {text!r} is not a number"
    unit = (unit or "").strip()
    if "/" not in unit:
        return None, f"unit {unit!r} is not a rate"
    base, rate = (part.strip() for part in unit.rsplit("/", 1))
    prefix = 1.0
    if base not in UNIT_BASE and base[:1] in UNIT_PREFIX:
        prefix, base = UNIT_PREFIX[base[:1]], base[1:]
    if base not in UNIT_BASE or rate not in RATE:
        return None, f"unit {unit!r} not known to the reference script"
    dimension, factor = UNIT_BASE[base]
    factor *= prefix
    if dimension != LAYER_DIMENSION[layer]:
        return None, f"unit {unit!r} does not fit layer {layer}"
    return value * factor * RATE[rate], None


def read_csv_dicts(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(f)]


# The spellings symbio's parse_bool accepts for the `external` column; empty = false.
BOOL_WORDS = {"": False, "true": True, "false": False, "yes": True, "no": False, "1": True,
              "0": False, "y": True, "n": False, "是": True, "否": False}


def parse_bool(text):
    return BOOL_WORDS.get((text or "").strip().lower())


_CATALOGUE = None


def catalogue_substitutable(resource):
    """The `substitutable` column of core/data/resources.csv for a resource named exactly by a
    key, name or alias (case-insensitive), else None. Only to give the example fixtures a mix of
    substitutable and non-substitutable exchanges: the fixture stores the value, and symbio's
    sweep is compared on the fixture, not on the example."""
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = {}
        for row in read_csv_dicts(ROOT / "core" / "data" / "resources.csv"):
            value = parse_bool(row["substitutable"]) if row.get("substitutable") else None
            names = [row["key"], row["name_en"], row["name_zh"]] + row["aliases"].split("|")
            for name in names:
                if name.strip():
                    _CATALOGUE.setdefault(name.strip().lower(), value)
    return _CATALOGUE.get(resource.strip().lower())


def example_case(folder):
    """A park of examples/<folder>/, or None (with the reason printed) when it cannot be used."""
    name = "example_" + folder.name
    exchanges_path = folder / "exchanges.csv"
    if not exchanges_path.is_file():
        print(f"skip {folder.name}: no exchanges.csv")
        return None
    rows = read_csv_dicts(exchanges_path)
    case = Case(name, f"examples/{folder.name}/ (existing exchanges only), layers as given, "
                      f"quantities converted to canonical units by this script")
    kept = []
    for line, row in enumerate(rows, start=2):
        status = row.get("status", "").lower() or "existing"
        if status != "existing":
            continue
        layer_text = row.get("layer", "")
        if not layer_text:
            print(f"skip {folder.name}: exchanges.csv line {line} has no layer (symbio would "
                  f"infer it from the resource catalogue, which this script does not reproduce)")
            return None
        layer = LAYER_WORDS.get(layer_text.lower())
        if layer is None:
            print(f"skip {folder.name}: exchanges.csv line {line}: unknown layer {layer_text!r}")
            return None
        kind_text = row.get("kind", "")
        kind = KIND_WORDS.get(kind_text.lower())
        if kind is None:
            print(f"skip {folder.name}: exchanges.csv line {line}: kind {kind_text!r} not one of "
                  f"product/byproduct/waste/utility")
            return None
        quantity, why = canonical_quantity(row.get("quantity"), row.get("unit"), layer)
        if why:
            case.notes.append(f"exchanges.csv line {line}: {why}; quantity left out")
        substitutable = parse_bool(row.get("substitutable", "")) if row.get("substitutable") \
            else None
        if substitutable is None:
            substitutable = catalogue_substitutable(row.get("resource", ""))
        kept.append(dict(supplier=row.get("supplier", ""), receiver=row.get("receiver", ""),
                         layer=layer, kind=kind, quantity=quantity, substitutable=substitutable))
    if not kept:
        print(f"skip {folder.name}: no existing exchange")
        return None
    seen = set()
    enterprises_path = folder / "enterprises.csv"
    if enterprises_path.is_file():
        for row in read_csv_dicts(enterprises_path):
            eid = row.get("id", "")
            if eid and eid not in seen:
                seen.add(eid)
                case.enterprises.append((eid, row.get("sector", "")))
                external = parse_bool(row.get("external", ""))
                if external is None:
                    raise ReferenceError(f"{folder.name}: enterprise {eid!r}: external "
                                         f"{row.get('external')!r} is not a boolean")
                if external:
                    case.external.add(eid)
    for x in kept:
        for eid in (x["supplier"], x["receiver"]):
            if eid not in seen:
                seen.add(eid)
                case.enterprises.append((eid, ""))
                case.notes.append(f"enterprise {eid!r} appears only in exchanges.csv; "
                                  f"added with an empty sector")
    case.exchanges = kept
    return case


def example_cases():
    cases = []
    if not EXAMPLES.is_dir():
        print("no examples/ folder: no example parks")
        return cases
    folders = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
    if not folders:
        print("examples/ is empty: no example parks")
    for folder in folders:
        case = example_case(folder)
        if case is not None:
            cases.append(case)
    return cases


# ------------------------------------------------------------------------------------------
# Views (docs/methods.md#park-model)
# ------------------------------------------------------------------------------------------

def views_of(case):
    """[(layer name, exchanges of the view, weighted?)] in the order all, layers, waste."""
    entering = [x for x in case.exchanges if x["supplier"] != x["receiver"]]
    views = [("all", entering, False)]
    for layer in LAYERS:
        chosen = [x for x in entering if x["layer"] == layer]
        if chosen:
            views.append((layer, chosen, all(x["quantity"] is not None for x in chosen)))
    waste = [x for x in entering if x["kind"] in ("byproduct", "waste")]
    if waste:
        weighted = all(x["quantity"] is not None for x in waste) and \
            len({x["layer"] for x in waste}) == 1
        views.append(("waste", waste, weighted))
    return views


# ------------------------------------------------------------------------------------------
# Indicators of one view
# ------------------------------------------------------------------------------------------

def structural_holes(ids, D):
    """Burt's measures straight from the docs/methods.md formulas (binary a_ij of D)."""
    def a(i, j):
        return 1.0 if D.has_edge(i, j) else 0.0

    def mutual(i, j):
        return a(i, j) + a(j, i)

    partners = {i: sorted(set(D.predecessors(i)) | set(D.successors(i))) for i in ids}
    total = {i: sum(mutual(i, q) for q in partners[i]) for i in ids}
    largest = {i: max((mutual(i, k) for k in partners[i]), default=0.0) for i in ids}

    def p(i, j):
        return mutual(i, j) / total[i] if total[i] > 0 else 0.0

    def m(j, q):
        return mutual(j, q) / largest[j] if largest[j] > 0 else 0.0

    constraint, effective, efficiency, hierarchy = {}, {}, {}, {}
    for i in ids:
        N = len(partners[i])
        if N == 0:
            constraint[i] = effective[i] = efficiency[i] = hierarchy[i] = None
            continue
        dyadic = {}
        for j in partners[i]:
            indirect = sum(p(i, q) * p(q, j) for q in partners[i] if q != j)
            dyadic[j] = (p(i, j) + indirect) ** 2
        C = sum(dyadic.values())
        constraint[i] = C
        effective[i] = sum(1.0 - sum(p(i, q) * m(j, q) for q in partners[i] if q != j)
                           for j in partners[i])
        efficiency[i] = effective[i] / N
        if N < 2:
            hierarchy[i] = None
        else:
            mean = C / N
            hierarchy[i] = sum((c / mean) * math.log(c / mean) for c in dyadic.values()) / \
                (N * math.log(N))
    return constraint, effective, efficiency, hierarchy


def brokerage(ids, D, group):
    counts = {role: {i: 0 for i in ids} for role in
              ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")}
    for i in ids:
        for a in D.predecessors(i):
            for b in D.successors(i):
                if a == b or D.has_edge(a, b):
                    continue
                ga, gi, gb = group[a], group[i], group[b]
                if ga == gi == gb:
                    role = "coordinator"
                elif ga == gb:
                    role = "itinerant"
                elif ga == gi:
                    role = "representative"
                elif gb == gi:
                    role = "gatekeeper"
                else:
                    role = "liaison"
                counts[role][i] += 1
    return counts


def hits_reference(ids, D):
    """(hub, authority, note): scaled to max 1, or None with the reason when not comparable."""
    if D.number_of_edges() == 0:
        return None, None, None  # undefined: empty cells that symbio must also leave empty
    n = len(ids)
    A = np.zeros((n, n))
    index = {v: k for k, v in enumerate(ids)}
    for s, r in D.edges():
        A[index[s], index[r]] = 1.0
    vals_a, vecs_a = np.linalg.eigh(A.T @ A)
    vals_h, vecs_h = np.linalg.eigh(A @ A.T)
    lam1, lam2 = vals_a[-1], vals_a[-2] if n > 1 else 0.0
    if lam1 - lam2 <= 1e-6 * max(1.0, lam1):
        return None, None, (f"dominant eigenvalue of A^T A not simple ({lam1!r}, {lam2!r}): "
                            f"HITS depends on the start vector")
    auth = np.abs(vecs_a[:, -1])
    hub = np.abs(vecs_h[:, -1])
    auth /= auth.max()
    hub /= hub.max()
    # Cross-check with NetworkX (SVD) and igraph (ARPACK).
    nh, na = nx.hits(D, max_iter=10000, tol=1e-13)
    nh_max, na_max = max(nh.values()), max(na.values())
    g = ig.Graph(n=n, edges=[(index[s], index[r]) for s, r in D.edges()], directed=True)
    ih = g.hub_score(scale=True)
    ia = g.authority_score(scale=True)
    for k, v in enumerate(ids):
        check(close(hub[k], nh[v] / nh_max, 1e-8), f"hub of {v}: numpy {hub[k]} nx {nh[v]}")
        check(close(auth[k], na[v] / na_max, 1e-8), f"authority of {v}")
        check(close(hub[k], ih[k], 1e-7), f"hub of {v}: numpy {hub[k]} igraph {ih[k]}")
        check(close(auth[k], ia[k], 1e-7), f"authority of {v}: numpy {auth[k]} igraph {ia[k]}")
    # Exact zeros stay exact zeros (outside the dominant component).
    hub[np.abs(hub) < 1e-14] = 0.0
    auth[np.abs(auth) < 1e-14] = 0.0
    return ({v: float(hub[k]) for k, v in enumerate(ids)},
            {v: float(auth[k]) for k, v in enumerate(ids)}, None)


def pagerank_direct(ids, weights):
    """Solve the PageRank linear system densely: weights[(s, r)] are the tie strengths."""
    n = len(ids)
    index = {v: k for k, v in enumerate(ids)}
    M = np.zeros((n, n))
    for (s, r), w in weights.items():
        M[index[s], index[r]] += w
    out = M.sum(axis=1)
    P = np.zeros((n, n))
    for k in range(n):
        P[k] = M[k] / out[k] if out[k] > 0 else np.full(n, 1.0 / n)
    G = 0.85 * P + 0.15 / n
    # x = G^T x with sum x = 1: replace one equation by the normalisation.
    Mx = np.eye(n) - G.T
    Mx[-1, :] = 1.0
    b = np.zeros(n)
    b[-1] = 1.0
    x = np.linalg.solve(Mx, b)
    return {v: float(x[k]) for k, v in enumerate(ids)}


def spectral_radius(ids, D):
    """Largest |eigenvalue| of D's adjacency: per strongly connected component (exact 0 for a
    component without a cycle), checked against numpy on the whole matrix."""
    best = 0.0
    for comp in nx.strongly_connected_components(D):
        if len(comp) < 2:
            continue
        nodes = sorted(comp)
        index = {v: k for k, v in enumerate(nodes)}
        A = np.zeros((len(nodes), len(nodes)))
        for s, r in D.subgraph(nodes).edges():
            A[index[s], index[r]] = 1.0
        best = max(best, float(np.max(np.abs(np.linalg.eigvals(A)))))
    n = len(ids)
    index = {v: k for k, v in enumerate(ids)}
    A = np.zeros((n, n))
    for s, r in D.edges():
        A[index[s], index[r]] = 1.0
    whole = float(np.max(np.abs(np.linalg.eigvals(A)))) if n else 0.0
    if whole < 1e-9:
        whole = 0.0
    # Eigenvalues of a nilpotent part are ill-conditioned: a loose check only.
    check(abs(whole - best) <= 1e-6 * max(1.0, best), f"cyclicity {whole} vs per-SCC {best}")
    return best


def analyze_view(ids, sector, records, weighted):
    n = len(ids)
    D = nx.DiGraph()
    D.add_nodes_from(ids)
    W = {}
    for x in records:
        D.add_edge(x["supplier"], x["receiver"])
        if weighted:
            key = (x["supplier"], x["receiver"])
            W[key] = W.get(key, 0.0) + x["quantity"]
    U = D.to_undirected(as_view=False)
    U = nx.Graph(U)
    check(U.number_of_edges() == len({frozenset(e) for e in D.edges()}), "U edge count")
    ent = {c: {} for c in ENTERPRISE_COLUMNS}
    skipped = []  # (column, reason): cells the reference cannot pin down

    # Degrees ---------------------------------------------------------------------------------
    for v in ids:
        ent["in_degree"][v] = D.in_degree(v)
        ent["out_degree"][v] = D.out_degree(v)
        ent["degree"][v] = U.degree(v)
        for col, base in (("in_degree_norm", "in_degree"), ("out_degree_norm", "out_degree"),
                          ("degree_norm", "degree")):
            ent[col][v] = ent[base][v] / (n - 1) if n >= 2 else None
        if weighted:
            ent["in_strength"][v] = sum(w for (s, r), w in W.items() if r == v)
            ent["out_strength"][v] = sum(w for (s, r), w in W.items() if s == v)
        else:
            ent["in_strength"][v] = ent["out_strength"][v] = None
        check(ent["degree"][v] == len(set(D.predecessors(v)) | set(D.successors(v))), "degree")

    # Betweenness -----------------------------------------------------------------------------
    bet = nx.betweenness_centrality(D, normalized=False)
    index = {v: k for k, v in enumerate(ids)}
    g = ig.Graph(n=n, edges=[(index[s], index[r]) for s, r in D.edges()], directed=True)
    ibet = g.betweenness(directed=True)
    for v in ids:
        check(close(bet[v], ibet[index[v]]), f"betweenness of {v}: nx {bet[v]} igraph")
        ent["betweenness"][v] = bet[v]
        ent["betweenness_norm"][v] = bet[v] / ((n - 1) * (n - 2)) if n >= 3 else None

    # Distances -------------------------------------------------------------------------------
    dist = {v: dict(nx.single_source_shortest_path_length(D, v)) for v in ids}
    c_in = nx.closeness_centrality(D, wf_improved=True)
    c_out = nx.closeness_centrality(D.reverse(copy=True), wf_improved=True)
    h_in = nx.harmonic_centrality(D)
    h_out = nx.harmonic_centrality(D.reverse(copy=True))
    for v in ids:
        out_d = [d for u, d in dist[v].items() if u != v]
        in_d = [dist[u][v] for u in ids if u != v and v in dist[u]]
        for col, ds, lib in (("closeness_out", out_d, c_out[v]), ("closeness_in", in_d, c_in[v])):
            r = len(ds)
            direct = (r / (n - 1)) * (r / sum(ds)) if r > 0 else 0.0
            check(close(direct, lib, 1e-12), f"{col} of {v}: direct {direct} nx {lib}")
            ent[col][v] = lib if n >= 2 else None
        for col, ds, lib in (("harmonic_out", out_d, h_out[v]), ("harmonic_in", in_d, h_in[v])):
            direct = sum(1.0 / d for d in ds)
            check(close(direct, lib, 1e-12), f"{col} of {v}: direct {direct} nx {lib}")
            ent[col][v] = lib / (n - 1) if n >= 2 else None

    # PageRank --------------------------------------------------------------------------------
    pr = nx.pagerank(D, alpha=0.85, tol=1e-13, max_iter=10000, weight=None)
    pr_direct = pagerank_direct(ids, {e: 1.0 for e in D.edges()})
    ipr = g.pagerank(damping=0.85, directed=True)
    for v in ids:
        check(close(pr[v], pr_direct[v], 1e-11), f"pagerank of {v}: nx {pr[v]} direct")
        check(close(pr[v], ipr[index[v]], 1e-9), f"pagerank of {v}: nx {pr[v]} igraph")
        ent["pagerank"][v] = pr[v]
    if weighted:
        DW = nx.DiGraph()
        DW.add_nodes_from(ids)
        for (s, r), w in W.items():
            DW.add_edge(s, r, weight=w)
        prw = nx.pagerank(DW, alpha=0.85, tol=1e-13, max_iter=10000, weight="weight")
        prw_direct = pagerank_direct(ids, W)
        for v in ids:
            check(close(prw[v], prw_direct[v], 1e-11), f"pagerank_w of {v}")
            ent["pagerank_w"][v] = prw[v]
    else:
        for v in ids:
            ent["pagerank_w"][v] = None

    # HITS ------------------------------------------------------------------------------------
    hub, auth, why = hits_reference(ids, D)
    if why:
        skipped += [("hub", why), ("authority", why)]
    for v in ids:
        ent["hub"][v] = hub[v] if hub else None
        ent["authority"][v] = auth[v] if auth else None

    # Cohesion --------------------------------------------------------------------------------
    core = nx.core_number(U)
    icore = ig.Graph(n=n, edges=[(index[a], index[b]) for a, b in U.edges()]).coreness()
    clustering = nx.clustering(U)
    articulation = set(nx.articulation_points(U))
    for v in ids:
        check(core[v] == icore[index[v]], f"core number of {v}")
        ent["core_number"][v] = core[v]
        ent["clustering"][v] = clustering[v]
        ent["articulation"][v] = 1 if v in articulation else 0

    # Structural holes ------------------------------------------------------------------------
    constraint, effective, efficiency, hierarchy = structural_holes(ids, D)
    nx_constraint = nx.constraint(D)
    nx_effective = nx.effective_size(D)
    for v in ids:
        if D.out_degree(v) > 0:  # NetworkX is defined there (it gives NaN to sinks)
            check(close(constraint[v], nx_constraint[v], 1e-12),
                  f"constraint of {v}: formula {constraint[v]} nx {nx_constraint[v]}")
            check(close(effective[v], nx_effective[v], 1e-12),
                  f"effective size of {v}: formula {effective[v]} nx {nx_effective[v]}")
        else:
            check(math.isnan(nx_constraint[v]), "NetworkX quirk changed: constraint of a sink")
        ent["constraint"][v] = constraint[v]
        ent["effective_size"][v] = effective[v]
        ent["efficiency"][v] = efficiency[v]
        ent["hierarchy"][v] = hierarchy[v]

    # Brokerage -------------------------------------------------------------------------------
    counts = brokerage(ids, D, sector)
    for role, per in counts.items():
        for v in ids:
            ent["brokerage_" + role][v] = per[v]

    # Park ------------------------------------------------------------------------------------
    m = D.number_of_edges()
    park = {}
    park["enterprises"] = n
    park["exchanges"] = len(records)
    park["ties"] = m
    park["density"] = m / (n * (n - 1)) if n >= 2 else None
    park["density_undirected"] = U.number_of_edges() / (n * (n - 1) / 2) if n >= 2 else None
    if m > 0:
        rec = nx.overall_reciprocity(D)
        direct = sum(1 for s, r in D.edges() if D.has_edge(r, s)) / m
        check(close(rec, direct, 1e-12), "reciprocity")
        park["reciprocity"] = rec
    else:
        park["reciprocity"] = None
    park["transitivity"] = nx.transitivity(U)
    iu = ig.Graph(n=n, edges=[(index[a], index[b]) for a, b in U.edges()])
    check(close(park["transitivity"], iu.transitivity_undirected(mode="zero"), 1e-12),
          "transitivity nx vs igraph")
    park["average_clustering"] = nx.average_clustering(U) if n else None
    weak = list(nx.weakly_connected_components(D))
    park["weak_components"] = len(weak)
    park["strong_components"] = nx.number_strongly_connected_components(D)
    check(park["strong_components"] == len(g.connected_components(mode="strong")), "SCCs")
    park["largest_component_share"] = max(len(c) for c in weak) / n if n else None
    pair_d = [d for v in ids for u, d in dist[v].items() if u != v]
    park["average_path_length"] = sum(pair_d) / len(pair_d) if pair_d else None
    park["diameter"] = max(pair_d) if pair_d else None
    park["global_efficiency"] = sum(1.0 / d for d in pair_d) / (n * (n - 1)) if n >= 2 else None
    k = [U.degree(v) for v in ids]
    park["degree_centralization"] = \
        sum(max(k) - x for x in k) / ((n - 1) * (n - 2)) if n >= 3 else None
    for field, degs in (("out_degree_centralization", [D.out_degree(v) for v in ids]),
                        ("in_degree_centralization", [D.in_degree(v) for v in ids])):
        park[field] = sum(max(degs) - x for x in degs) / (n - 1) ** 2 if n >= 2 else None
    if n >= 3:
        bu = nx.betweenness_centrality(U, normalized=True)
        ibu = iu.betweenness(directed=False)
        for v in ids:
            check(close(bu[v], 2 * ibu[index[v]] / ((n - 1) * (n - 2)), 1e-12), "undirected b'")
        bmax = max(bu.values())
        park["betweenness_centralization"] = sum(bmax - b for b in bu.values()) / (n - 1)
    else:
        park["betweenness_centralization"] = None
    park["connectance"] = m / n ** 2 if n else None
    park["linkage_density"] = m / n if n else None
    park["cyclicity"] = spectral_radius(ids, D)

    # Ties and bridges ------------------------------------------------------------------------
    bridges = {frozenset(e) for e in nx.bridges(U)}
    ties = [(s, r, 1 if frozenset((s, r)) in bridges else 0) for s, r in sorted(D.edges())]
    return ent, park, ties, skipped


# ------------------------------------------------------------------------------------------
# Supply-shortage cascade sweep (docs/methods.md "Who depends on whom": model `dependency`,
# tau 0.5), and the supply dominators of the dependency graph
# ------------------------------------------------------------------------------------------

CASCADE_THRESHOLD = 0.5

# The models the fixtures pin down: (file suffix, honour substitutable, direction).
CASCADE_MODELS = [
    ("", True, "both"),                       # the default: catalogue, both
    ("_ignore_supply", False, "supply"),      # --substitutes ignore --direction supply
    ("_catalogue_outlet", True, "outlet"),    # outlet dependencies alone
]


def dependencies(case, honour_substitutable):
    """(provider, dependent, layer, quantity, type) for every exchange that carries one.

    Written from the definition: products, byproducts and utilities make the receiver depend on
    the supplier (supply); waste makes the supplier depend on the receiver (outlet). A
    substitutable exchange carries none unless substitutes are ignored. Self-exchanges never
    enter; parallel exchanges each count."""
    out = []
    for x in case.exchanges:
        if x["supplier"] == x["receiver"]:
            continue
        if honour_substitutable and x.get("substitutable"):
            continue
        if x["kind"] == "waste":
            out.append((x["receiver"], x["supplier"], x["layer"], x["quantity"], "outlet"))
        else:
            out.append((x["supplier"], x["receiver"], x["layer"], x["quantity"], "supply"))
    return out


def cascade_inputs(case, honour_substitutable, direction):
    """Per enterprise j: [(weighted providers, total)] for each (type, layer) slot it has.

    Weights are the canonical quantities when every dependency of that type of j in that layer
    has one and they sum to more than 0, else 1 per dependency (counting)."""
    slots = {}
    for p, d, layer, q, kind in dependencies(case, honour_substitutable):
        if direction != "both" and kind != direction:
            continue
        slots.setdefault(d, {}).setdefault((kind, layer), []).append((p, q))
    shares = {}
    for j, by_slot in slots.items():
        for _, lst in sorted(by_slot.items()):
            by_quantity = all(q is not None for _, q in lst) and sum(q for _, q in lst) > 0
            weighted = [(s, q if by_quantity else 1.0) for s, q in lst]
            shares.setdefault(j, []).append((weighted, sum(w for _, w in weighted)))
    return shares


def fails(j, failed, shares):
    """Does live enterprise j meet the failure condition against the failed set?"""
    for weighted, total in shares.get(j, ()):
        lost = sum(w for s, w in weighted if s in failed)
        if lost / total > CASCADE_THRESHOLD:
            return True
    return False


def cascade_sweep(case, honour_substitutable=True, direction="both"):
    """[(trigger, cascade_failed, cascade_rounds)] in park order, by synchronous rounds, plus a
    cross-check: the condition is monotone, so an asynchronous (one at a time) fixed point must
    reach the same failed set."""
    ids = [eid for eid, _ in case.enterprises]
    shares = cascade_inputs(case, honour_substitutable, direction)
    candidates = [j for j in ids if j not in case.external and j in shares]
    rows = []
    for trigger in ids:
        failed = {trigger}
        rounds = 0
        while True:
            new = [j for j in candidates if j not in failed and fails(j, failed, shares)]
            if not new:
                break
            failed.update(new)  # all at once: the round's failures only count from next round
            rounds += 1
        # Cross-check by an asynchronous sweep in reverse park order.
        other = {trigger}
        changed = True
        while changed:
            changed = False
            for j in reversed(candidates):
                if j not in other and fails(j, other, shares):
                    other.add(j)
                    changed = True
        check(other == failed, f"{case.name}: cascade of {trigger}: synchronous and "
                               f"asynchronous fixed points differ")
        check(all(not fails(j, failed, shares) for j in candidates if j not in failed),
              f"{case.name}: cascade of {trigger} not stable")
        rows.append((trigger, len(failed), rounds))
    return rows


# ------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------

def fmt(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    value = float(value)
    check(math.isfinite(value), "non-finite value")
    if value == 0.0:
        return "0"  # no "-0.0"
    return repr(value)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_case(case):
    folder = OUT / case.name
    folder.mkdir(parents=True)
    ids = [eid for eid, _ in case.enterprises]
    check(len(set(ids)) == len(ids), f"{case.name}: duplicate enterprise id")
    sector = dict(case.enterprises)
    write_csv(folder / "enterprises.csv", ["id", "sector", "external"],
              [[eid, sec, "true" if eid in case.external else "false"]
               for eid, sec in case.enterprises])
    write_csv(folder / "exchanges.csv",
              ["supplier", "receiver", "layer", "kind", "quantity", "substitutable"],
              [[x["supplier"], x["receiver"], x["layer"], x["kind"], fmt(x["quantity"]),
                {True: "true", False: "false", None: ""}[x.get("substitutable")]]
               for x in case.exchanges])
    ent_rows, park_rows, tie_rows, skip_rows = [], [], [], []
    summary = []
    for layer, records, weighted in views_of(case):
        ent, park, ties, skipped = analyze_view(ids, sector, records, weighted)
        for v in ids:
            ent_rows.append([layer, v] + [fmt(ent[c][v]) for c in ENTERPRISE_COLUMNS])
        park_rows.append([layer] + [fmt(park[f]) for f in PARK_FIELDS])
        tie_rows += [[layer, s, r, b] for s, r, b in ties]
        skip_rows += [[layer, col, why] for col, why in skipped]
        summary.append(f"{layer}: {park['exchanges']} exchanges, {park['ties']} ties, "
                       f"{'weighted (W)' if weighted else 'no W'}"
                       + f", {sum(b for _, _, b in ties)} bridge ties")
    write_csv(folder / "expected_enterprises.csv", ["layer", "id"] + ENTERPRISE_COLUMNS, ent_rows)
    write_csv(folder / "expected_park.csv", ["layer"] + PARK_FIELDS, park_rows)
    write_csv(folder / "expected_ties.csv", ["layer", "supplier", "receiver", "bridge"], tie_rows)
    write_csv(folder / "not_comparable.csv", ["layer", "column", "reason"], skip_rows)
    for suffix, honour, direction in CASCADE_MODELS:
        rows = cascade_sweep(case, honour, direction)
        write_csv(folder / f"expected_cascade{suffix}.csv",
                  ["trigger", "cascade_failed", "cascade_rounds"], [[t, f, r] for t, f, r in rows])
        if suffix == "":
            cascade = rows
    spread = sum(1 for _, f, _ in cascade if f > 1)
    summary_cascade = (f"cascade sweep (dependency, both directions, substitutable exchanges "
                       f"left out, tau {CASCADE_THRESHOLD}): "
                       f"{len(case.external)} external enterprises; {spread} of {len(cascade)} "
                       f"triggers spread, largest {max((f for _, f, _ in cascade), default=0)} "
                       f"failed, longest {max((r for _, _, r in cascade), default=0)} rounds")
    with open(folder / "README.md", "w", encoding="utf-8") as f:
        f.write(f"# {case.name}\n\nGenerated by tests/reference/make_reference.py; do not edit.\n\n")
        f.write(f"{case.description}.\n\n{len(ids)} enterprises, {len(case.exchanges)} exchange "
                f"records ({sum(1 for x in case.exchanges if x['supplier'] == x['receiver'])} "
                f"self-exchanges, which symbio drops).\n\nViews:\n\n")
        for line in summary:
            f.write(f"- {line}\n")
        f.write(f"\n{summary_cascade[:1].upper()}{summary_cascade[1:]}.\n")
        if skip_rows:
            f.write("\nCells left empty because the reference cannot pin them down (listed in "
                    "not_comparable.csv; the test skips them):\n\n")
            for layer, col, why in skip_rows:
                f.write(f"- {layer} / {col}: {why}\n")
        if case.notes:
            f.write("\nNotes:\n\n")
            for note in case.notes:
                f.write(f"- {note}\n")
    print(f"{case.name}: {len(ids)} enterprises, {len(case.exchanges)} exchanges; "
          + "; ".join(summary) + "; " + summary_cascade
          + (f"; not comparable: {', '.join(l + '/' + c for l, c, _ in skip_rows)}"
             if skip_rows else ""))


def main():
    warnings.simplefilter("ignore", FutureWarning)  # scipy.sparse matrix vs array in nx.hits
    print(f"networkx {nx.__version__}, igraph {ig.__version__}, numpy {np.__version__}")
    cases = random_cases() + example_cases()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for case in cases:
        write_case(case)
    print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
