#!/usr/bin/env python3
"""Each exchange format with the peer that writes or reads it: run by ctest, one check per call.

    formats_test.py CHECK --symbio EXE --source REPO

CHECK is one of
  gexf_networkx     NetworkX read_gexf reads symbio's default GEXF (1.2draft) with weights,
                    colours and positions; the 1.3 file is read by NetworkX 3 or, on 2.x, checked
                    against the namespaces NetworkX 3 reads (its version table, copied below)
  gexf_in           a Gephi-style GEXF (Gephi's save format) and NetworkX write_gexf read by symbio
  multidigraph_in   a NetworkX MultiDiGraph written by write_graphml (keys repeat per pair, graph
                    name, weights without unit) read by symbio with parallel edges
  nodelink          node_link_graph with its default arguments, and each key convention
                    ("edges": NetworkX 3.4+, "links": earlier) read by its own reader
  pajek_igraph      python-igraph Graph.Read_Pajek reads one layer's weights, and no weights
                    when layers are mixed
  xlsx_in           a workbook written by openpyxl (Chinese headers, sheets per table, a bad
                    cell) read by symbio
  tables_xlsx       symbio audit's tables.xlsx read by openpyxl has the cells of its CSV files
  networkx3         with NetworkX 3.x: read_gexf of the 1.3 file and node_link_graph's default
Exit status 77 (ctest: skipped) when a client library is missing (or, for networkx3, is 2.x).
"""

import argparse
import csv
import inspect
import json
import math
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77
PARK = "examples/coal_chemical_park"


def run(*args, expect_status=0):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if result.returncode != expect_status:
        raise SystemExit(f"FAILED (status {result.returncode}, expected {expect_status}): "
                         f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def expect(condition, message):
    if not condition:
        raise SystemExit("FAILED: " + message)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def park_tables(args):
    """The example park as written: exchanges and enterprises, by id."""
    exchanges = read_csv(args.source / PARK / "exchanges.csv")
    header = exchanges[0]
    rows = [dict(zip(header, r)) for r in exchanges[1:]]
    enterprises = read_csv(args.source / PARK / "enterprises.csv")
    return rows, [dict(zip(enterprises[0], r)) for r in enterprises[1:]]


# NetworkX 3.x's table of GEXF versions (networkx/readwrite/gexf.py, GEXF.versions["1.3"]).
NX3_GEXF_13 = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


LAYER_COLOUR = {"material": (0x55, 0x55, 0x55), "energy": (0xE6, 0x9F, 0x00),
                "water": (0x00, 0x72, 0xB2)}


def check_edge_colours(path, rows, ns):
    """NetworkX does not read an edge's viz:color: checked in the XML."""
    layer = {r["id"]: r["layer"] for r in rows}
    count = 0
    for edge in ET.parse(path).getroot().iter("{%s}edge" % ns):
        c = edge.find("{%s/viz}color" % ns)
        expect(c is not None, f"edge {edge.get('id')} has a viz:color")
        rgb = tuple(int(c.get(k)) for k in "rgb")
        expect(rgb == LAYER_COLOUR[layer[edge.get("id")]], f"colour of edge {edge.get('id')}")
        count += 1
    expect(count == len(rows), f"{count} edges coloured")


def check_gexf_graph(g, rows, enterprises, name):
    expect(g.is_directed() and g.is_multigraph(), f"{name}: a directed multigraph")
    expect(g.number_of_nodes() == len(enterprises), f"{name}: {g.number_of_nodes()} nodes")
    expect(g.number_of_edges() == len(rows), f"{name}: {g.number_of_edges()} edges")
    for e in enterprises:
        expect(g.nodes[e["id"]]["label"] == e["name"], f"{name}: label of {e['id']}")
        viz = g.nodes[e["id"]]["viz"]
        expect({"color", "size", "position"} <= viz.keys(), f"{name}: node viz {viz}")
    by_id = {r["id"]: r for r in rows}
    weighted = 0
    for u, v, d in g.edges(data=True):
        row = by_id[d["id"]]
        expect((u, v) == (row["supplier"], row["receiver"]), f"{name}: ends of {d['id']}")
        # The weight is the amount in the layer's canonical unit: 10,000 t per 万吨, 10,000 m3
        # per 万m3; energy and gases need the catalogue's heating values and densities.
        factor = {("material", "万吨/年"): 1e4, ("material", "吨/年"): 1.0,
                  ("water", "万m3/年"): 1e4}.get((row["layer"], row["unit"]))
        if row["quantity"] and factor is not None:
            want = float(row["quantity"]) * factor
            expect(math.isclose(d["weight"], want, rel_tol=1e-12),
                   f"{name}: weight of {d['id']} is {d['weight']}, expected {want}")
            weighted += 1
    expect(weighted > 10, f"{name}: only {weighted} weights checked")
    print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"{weighted} weights, positions")


def check_gexf_networkx(args, work):
    try:
        import networkx as nx
    except ImportError:
        return SKIP
    rows, enterprises = park_tables(args)
    run(args.symbio, "convert", args.source / PARK, "-o", work / "park.gexf", "--quiet")
    run(args.symbio, "convert", args.source / PARK, "-o", work / "park13.gexf", "--gexf-version",
        "1.3", "--quiet")
    root = ET.parse(work / "park.gexf").getroot()
    expect(root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2",
           f"default GEXF is 1.2draft: {root.tag} {root.get('version')}")
    check_gexf_graph(nx.read_gexf(work / "park.gexf"), rows, enterprises,
                     f"NetworkX {nx.__version__} read_gexf (1.2draft)")
    check_edge_colours(work / "park.gexf", rows, "http://www.gexf.net/1.2draft")
    check_edge_colours(work / "park13.gexf", rows, NX3_GEXF_13["NS_GEXF"])
    # 1.3: what NetworkX 3.x reads is its version table's namespaces and version.
    root = ET.parse(work / "park13.gexf").getroot()
    expect(root.tag == "{%s}gexf" % NX3_GEXF_13["NS_GEXF"] and root.get("version") == "1.3",
           f"1.3 root {root.tag} {root.get('version')}")
    expect(root.find("{%s}graph" % NX3_GEXF_13["NS_GEXF"]) is not None, "1.3: <graph>")
    expect(root.find(".//{%s}color" % NX3_GEXF_13["NS_VIZ"]) is not None, "1.3: viz namespace")
    gexf = nx.readwrite.gexf.GEXF
    if "1.3" not in gexf.versions:  # NetworkX 2.x: taught 3.x's entry
        gexf.versions["1.3"] = dict(NX3_GEXF_13)
    check_gexf_graph(nx.read_gexf(work / "park13.gexf", version="1.3"), rows, enterprises,
                     f"NetworkX {nx.__version__} read_gexf (1.3)")
    return 0


GEPHI_GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-05-01">
    <creator>Gephi 0.10.1</creator>
    <description></description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="branche" title="Branche" type="string"/>
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="einheit" title="Einheit" type="string">
        <default>GJ/a</default>
      </attribute>
    </attributes>
    <nodes>
      <node id="n0" label="Power station">
        <attvalues>
          <attvalue for="branche" value="energy"/>
          <attvalue for="modularity_class" value="0"/>
        </attvalues>
        <viz:size value="10.0"/>
        <viz:position x="-12.5" y="40.1" z="0.0"/>
        <viz:color r="153" g="153" b="153"/>
      </node>
      <node id="n1" label="Refinery">
        <attvalues>
          <attvalue for="modularity_class" value="1"/>
        </attvalues>
      </node>
      <node id="n2" label="Cement works"/>
    </nodes>
    <edges>
      <edge id="0" source="n0" target="n1" label="steam" weight="12.5"/>
      <edge id="1" source="n0" target="n1" label="hot water" weight="3.0"/>
      <edge id="2" source="n1" target="n2" label="sulphur" weight="7.0">
        <attvalues>
          <attvalue for="einheit" value="t/a"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
"""


def read_pb(args, work, path, *options):
    """The park symbio reads from `path`, through convert to .pb and the compiled schema."""
    gen = work / "gen"
    if not gen.exists():
        gen.mkdir()
        run("protoc", f"-I{args.source / 'proto'}", f"--python_out={gen}", "symbio/v1/park.proto")
        sys.path.insert(0, str(gen))
    from symbio.v1 import park_pb2
    out = work / (pathlib.Path(path).stem + ".pb")
    run(args.symbio, "convert", path, "-o", out, "--quiet", *options)
    park = park_pb2.Park()
    park.ParseFromString(out.read_bytes())
    return park


def check_gexf_in(args, work):
    try:
        import networkx as nx
        import google.protobuf  # noqa: F401
    except ImportError:
        return SKIP
    (work / "gephi.gexf").write_text(GEPHI_GEXF, encoding="utf-8")
    park = read_pb(args, work, work / "gephi.gexf", "--map", "Branche=sector", "--map",
                   "weight=quantity", "--map", "Einheit=unit")
    expect([(e.id, e.name, e.sector) for e in park.enterprises] ==
           [("n0", "Power station", "energy"), ("n1", "Refinery", ""), ("n2", "Cement works", "")],
           f"gephi: enterprises {park.enterprises}")
    got = [(x.id, x.supplier, x.receiver, x.resource, x.quantity.value, x.quantity.unit)
           for x in park.exchanges]
    expect(got == [("0", "n0", "n1", "steam", 12.5, "GJ/a"),
                   ("1", "n0", "n1", "hot water", 3.0, "GJ/a"),
                   ("2", "n1", "n2", "sulphur", 7.0, "t/a")], f"gephi: exchanges {got}")
    print("Gephi GEXF read: names from labels, --map on titles, weights as quantities, "
          "the unit's default applied")
    # NetworkX's own GEXF writer: integer node ids, attributes by number, a MultiDiGraph.
    g = nx.MultiDiGraph()
    g.add_node("a", label="Plant A", sector="chemicals")
    g.add_node("b", label="Plant B")
    g.add_edge("a", "b", resource="CO2", weight=4.0)
    g.add_edge("a", "b", resource="steam", weight=2.0)
    nx.write_gexf(g, work / "networkx.gexf")
    park = read_pb(args, work, work / "networkx.gexf", "--map", "weight=quantity", "--unit",
                   "t/a")
    expect(sorted((e.id, e.name, e.sector) for e in park.enterprises) ==
           [("a", "Plant A", "chemicals"), ("b", "Plant B", "")], f"networkx: {park.enterprises}")
    got = sorted((x.supplier, x.receiver, x.resource, x.quantity.value, x.quantity.unit)
                 for x in park.exchanges)
    expect(got == [("a", "b", "CO2", 4.0, "t/a"), ("a", "b", "steam", 2.0, "t/a")],
           f"networkx gexf: {got}")
    print("NetworkX write_gexf read: 2 parallel exchanges with --unit t/a")
    return 0


def check_multidigraph_in(args, work):
    try:
        import networkx as nx
        import google.protobuf  # noqa: F401
    except ImportError:
        return SKIP
    g = nx.MultiDiGraph(name="Tianjin test park")
    g.add_edge("power", "cement", weight=120.0, resource="fly ash")   # key 0
    g.add_edge("power", "cement", weight=30.0, resource="gypsum")     # key 1
    g.add_edge("cement", "landfill", weight=5.0, resource="dust")     # key 0 again
    g.add_edge("power", "cement", key="slag", weight=7.0, resource="slag")
    nx.write_graphml(g, work / "multi.graphml")
    ids = [e.get("id") for e in ET.parse(work / "multi.graphml").getroot().iter(
        "{http://graphml.graphdrawing.org/xmlns}edge")]
    expect(len(ids) != len(set(ids)), f"NetworkX repeats keys across pairs: {ids}")
    # Without --unit the bare weights are an error, as before.
    out = run(args.symbio, "validate", work / "multi.graphml", "--map", "weight=quantity",
              expect_status=3)
    expect("quantity-without-unit" in out, out)
    park = read_pb(args, work, work / "multi.graphml", "--map", "weight=quantity", "--unit", "t/a")
    expect(park.name == "Tianjin test park", f"the graph's name, got {park.name!r}")
    got = sorted((x.id, x.supplier, x.receiver, x.resource, x.quantity.value, x.quantity.unit)
                 for x in park.exchanges)
    want = sorted((f"{u}->{v}#{k}", u, v, d["resource"], d["weight"], "t/a")
                  for u, v, k, d in g.edges(keys=True, data=True))
    expect(got == want, f"exchanges {got}\nexpected {want}")
    print(f"MultiDiGraph GraphML: {len(got)} exchanges, parallel edges kept, ids {[x[0] for x in got]}")
    # And symbio's own GraphML keeps the name through NetworkX.
    run(args.symbio, "convert", args.source / PARK, "-o", work / "park.graphml", "--quiet")
    name = json.loads((args.source / PARK / "park.json").read_text(encoding="utf-8"))["name"]
    expect(nx.read_graphml(work / "park.graphml").graph.get("name") == name, "name to NetworkX")
    expect(read_pb(args, work, work / "park.graphml").name == name, "name read back")
    print(f"park name kept through GraphML: {name}")
    return 0


def check_nodelink(args, work):
    try:
        import networkx as nx
    except ImportError:
        return SKIP
    rows, enterprises = park_tables(args)
    path = work / "park.nodelink.json"
    run(args.symbio, "convert", args.source / PARK, "-o", path, "--quiet")
    data = json.loads(path.read_text(encoding="utf-8"))
    want = sorted((r["supplier"], r["receiver"], r["id"]) for r in rows)

    def edges_of(g):
        return sorted((u, v, k) for u, v, k in g.edges(keys=True))

    g = nx.node_link_graph(data)  # the README's one-liner: default arguments
    expect(g.is_directed() and g.is_multigraph(), "directed multigraph")
    expect(g.number_of_nodes() == len(enterprises) and edges_of(g) == want,
           f"NetworkX {nx.__version__} defaults: {g}")
    expect(g.graph.get("name"), "graph name")
    # Each convention alone, read by the reader that expects it.
    only_edges = {k: v for k, v in data.items() if k != "links"}
    only_links = {k: v for k, v in data.items() if k != "edges"}
    parameters = inspect.signature(nx.node_link_graph).parameters
    if "edges" in parameters:  # NetworkX 3.4+
        by_edges = nx.node_link_graph(only_edges, edges="edges")
        by_links = nx.node_link_graph(only_links, edges="links")
    else:  # NetworkX 2.x and 3.0-3.3: attrs={"link": ...}
        attrs = dict(source="source", target="target", name="id", key="key")
        by_edges = nx.node_link_graph(only_edges, attrs=dict(attrs, link="edges"))
        by_links = nx.node_link_graph(only_links, attrs=dict(attrs, link="links"))
    expect(edges_of(by_edges) == want and edges_of(by_links) == want, "each key convention")
    print(f"node-link: NetworkX {nx.__version__} default reads {g.number_of_edges()} edges; "
          "'edges' and 'links' each read the same")
    return 0


def check_pajek_igraph(args, work):
    try:
        import igraph
    except ImportError:
        return SKIP
    rows, enterprises = park_tables(args)
    out = run(args.symbio, "convert", args.source / PARK, "-o", work / "all.net")
    expect("without weights" in out, f"a note on the mixed layers: {out}")
    g = igraph.Graph.Read_Pajek(str(work / "all.net"))
    expect(g.ecount() == len(rows) and "weight" not in g.es.attributes(),
           f"mixed layers: unweighted, {g.summary()}")
    run(args.symbio, "convert", args.source / PARK, "-o", work / "material.net", "--layer",
        "material", "--quiet")
    material = [r for r in rows if r["layer"] == "material"]
    g = igraph.Graph.Read_Pajek(str(work / "material.net"))
    expect(g.vcount() == len(enterprises) and g.ecount() == len(material), g.summary())
    arcs = [(g.vs[e.source]["id"], g.vs[e.target]["id"], e["weight"]) for e in g.es]
    # The weight is the amount in t/a: 10,000 t per 万吨. Gases given in Nm3 convert through
    # the catalogue's densities and are not checked here.
    checked = 0
    for r in material:
        factor = {"万吨/年": 1e4, "吨/年": 1.0}.get(r["unit"])
        if factor is None:
            continue
        want = float(r["quantity"]) * factor
        match = [a for a in arcs if a[:2] == (r["supplier"], r["receiver"])
                 and math.isclose(a[2], want, rel_tol=1e-12)]
        expect(match, f"no arc {r['supplier']} -> {r['receiver']} of weight {want}: {arcs}")
        arcs.remove(match[0])
        checked += 1
    expect(checked >= 40, f"only {checked} weights checked")
    expect((work / "material.net").read_text().startswith("% weight: amount in t/a"),
           "the unit is named")
    print(f"Pajek: mixed layers unweighted; material {g.ecount()} arcs weighted in t/a, "
          f"{checked} checked (igraph)")
    return 0


def check_xlsx_in(args, work):
    try:
        import openpyxl
        import google.protobuf  # noqa: F401
    except ImportError:
        return SKIP
    wb = openpyxl.Workbook()
    ex = wb.active
    ex.title = "Exchanges"
    ex.append(["供应方", "接收方", "物料", "数量", "单位", "year"])
    ex.append(["热电厂", "水泥厂", "粉煤灰", 12.5, "万吨/年", 2005])
    ex.append(["热电厂", "化工厂", "蒸汽", 30, "万GJ/年", None])
    ex.append([])
    ex.append(["化工厂", "水泥厂", "硫磺", 0.75, "万吨/年", 2010])
    en = wb.create_sheet("enterprises")
    en.append(["id", "name", "sector", "external"])
    en.append(["热电厂", "热电厂", "power", False])
    en.append(["水泥厂", "水泥厂", "cement", False])
    en.append(["化工厂", "化工厂", "chemicals", True])
    wb.create_sheet("说明").append(["this sheet is not a table"])
    wb.save(work / "park.xlsx")
    park = read_pb(args, work, work / "park.xlsx")
    expect(park.name == "park", f"name {park.name}")
    expect([(e.id, e.sector, e.external) for e in park.enterprises] ==
           [("热电厂", "power", False), ("水泥厂", "cement", False), ("化工厂", "chemicals", True)],
           f"enterprises {park.enterprises}")
    got = [(x.supplier, x.receiver, x.resource, x.quantity.value, x.quantity.unit, x.year)
           for x in park.exchanges]
    expect(got == [("热电厂", "水泥厂", "粉煤灰", 12.5, "万吨/年", 2005),
                   ("热电厂", "化工厂", "蒸汽", 30.0, "万GJ/年", 0),
                   ("化工厂", "水泥厂", "硫磺", 0.75, "万吨/年", 2010)], f"exchanges {got}")
    print("openpyxl workbook read: Chinese headers, enterprises sheet, an empty row skipped")
    # The first sheet is the exchanges table when none is named so; a bad cell is named by cell.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["supplier", "receiver", "resource", "quantity", "unit"])
    ws.append(["a", "b", "steam", 3, "GJ/a"])
    ws.append(["b", "c", "ash", "three", "t/a"])
    wb.save(work / "bad.xlsx")
    out = run(args.symbio, "validate", work / "bad.xlsx", expect_status=3)
    expect(f"bad.xlsx:Sheet1:D3: error[bad-quantity]" in out, f"the bad cell D3: {out}")
    print("bad cell reported as bad.xlsx:Sheet1:D3")
    return 0


def check_tables_xlsx(args, work):
    try:
        import openpyxl
    except ImportError:
        return SKIP
    for lang in ("en", "zh"):
        out = work / lang
        run(args.symbio, "audit", args.source / PARK, "--out", out, "--lang", lang, "--quiet")
        wb = openpyxl.load_workbook(out / "tables.xlsx", read_only=True)
        csvs = sorted(p.stem for p in out.glob("*.csv"))
        expect(sorted(wb.sheetnames) == csvs, f"sheets {wb.sheetnames}, CSV files {csvs}")
        cells = 0
        for name in wb.sheetnames:
            rows = read_csv(out / f"{name}.csv")
            sheet = [list(r) for r in wb[name].iter_rows(values_only=True)]
            expect(len(sheet) == len(rows), f"{name}: {len(sheet)} rows, CSV {len(rows)}")
            for r, (want_row, got_row) in enumerate(zip(rows, sheet)):
                got_row = got_row + [None] * (len(want_row) - len(got_row))
                for c, (want, got) in enumerate(zip(want_row, got_row)):
                    if r == 0:
                        if lang == "en":
                            expect(got == want, f"{name}: header {got!r} != {want!r}")
                        continue
                    if want == "":
                        expect(got is None, f"{name}!{r},{c}: {got!r} for an empty cell")
                    elif isinstance(got, (int, float)) and not isinstance(got, bool):
                        # libxlsxwriter writes 16 significant digits (Excel shows 15).
                        expect(math.isclose(float(want), got, rel_tol=1e-15, abs_tol=1e-300),
                               f"{name}!{r},{c}: {got!r} != {want!r}")
                    else:
                        expect(got == want, f"{name}!{r},{c}: {got!r} != {want!r}")
                    cells += 1
        # The indicators are number cells, not text that looks like numbers.
        enterprises = read_csv(out / "enterprises.csv")
        column = enterprises[0].index("betweenness")
        values = [r[column] for r in wb["enterprises"].iter_rows(min_row=2, values_only=True)]
        expect(values and all(isinstance(v, (int, float)) for v in values if v is not None),
               f"betweenness cells are numbers: {values[:5]}")
        if lang == "zh":
            header = [c for c in next(wb["enterprises"].iter_rows(values_only=True))]
            expect("中介中心性" in header and "betweenness" not in header, f"zh header {header}")
        print(f"tables.xlsx ({lang}): {len(wb.sheetnames)} sheets, {cells} cells equal to the CSVs")
    return 0


def check_networkx3(args, work):
    try:
        import networkx as nx
    except ImportError:
        return SKIP
    if int(nx.__version__.split(".")[0]) < 3:
        print(f"NetworkX {nx.__version__}: not 3.x")
        return SKIP
    rows, enterprises = park_tables(args)
    run(args.symbio, "convert", args.source / PARK, "-o", work / "park13.gexf", "--gexf-version",
        "1.3", "--quiet")
    check_gexf_graph(nx.read_gexf(work / "park13.gexf"), rows, enterprises,
                     f"NetworkX {nx.__version__} read_gexf (1.3, no version given)")
    return check_nodelink(args, work)


def main():
    checks = [name[len("check_"):] for name in globals() if name.startswith("check_")]
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=checks)
    parser.add_argument("--symbio", type=pathlib.Path, required=True)
    parser.add_argument("--source", type=pathlib.Path, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        return globals()["check_" + args.check](args, pathlib.Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
