#!/usr/bin/env python3
"""Real clients read symbio's files (issue 7): run by ctest, one check per invocation.

    clients_test.py CHECK --symbio EXE --source REPO --work DIR

CHECK is one of
  python_example  symbio audit writes park.pb; examples/python/read_park_pb.py checks it
  networkx        NetworkX read_graphml, read_gexf, node_link_graph on symbio convert's output
  igraph          python-igraph Graph.Read_GraphML and Read_Pajek on symbio convert's output
  graphml_in      GraphML written by NetworkX and igraph read back by symbio (convert to .pb)
Exit status 77 (ctest: skipped) when a client library is not installed.
"""

import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
PARK = "examples/coal_chemical_park"


def run(*args, cwd=None):
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"FAILED ({result.returncode}): {' '.join(map(str, args))}\n"
                         f"{result.stdout}\n{result.stderr}")
    return result.stdout


def expect(condition, message):
    if not condition:
        raise SystemExit("FAILED: " + message)


def compile_schema(source, out):
    out.mkdir(parents=True, exist_ok=True)
    run("protoc", f"-I{source / 'proto'}", f"--python_out={out}", "symbio/v1/park.proto",
        "symbio/v1/analysis.proto")
    sys.path.insert(0, str(out))
    from symbio.v1 import analysis_pb2  # noqa: E402
    return analysis_pb2


def reference(args, work):
    """The park as symbio sees it, from its own AnalysisReport."""
    analysis_pb2 = compile_schema(args.source, work / "gen")
    pb = work / "park.pb"
    run(args.symbio, "convert", args.source / PARK, "-o", pb, "--with-analysis", "--quiet")
    report = analysis_pb2.AnalysisReport()
    report.ParseFromString(pb.read_bytes())
    return report, analysis_pb2


def check_python_example(args, work):
    try:
        import networkx  # noqa: F401
        import google.protobuf  # noqa: F401
    except ImportError:
        return SKIP
    out = work / "audit"
    run(args.symbio, "audit", args.source / PARK, "--out", out, "--quiet")
    print(run(sys.executable, args.source / "examples/python/read_park_pb.py", out / "park.pb"))
    return 0


def all_view(report, analysis_pb2):
    return next(l for l in report.layers if l.layer == analysis_pb2.VIEW_LAYER_ALL)


def column(layer, name):
    return next(c for c in layer.enterprise_columns if c.name == name)


def check_networkx(args, work):
    try:
        import networkx as nx
    except ImportError:
        return SKIP
    report, analysis_pb2 = reference(args, work)
    n, m = len(report.park.enterprises), len(report.park.exchanges)
    layer = all_view(report, analysis_pb2)
    betweenness = dict(zip(report.enterprise_ids,
                           (v.value for v in column(layer, "betweenness").values)))
    for ext in ("graphml", "gexf", "nodelink.json"):
        path = work / f"park.{ext}"
        run(args.symbio, "convert", args.source / PARK, "-o", path, "--with-analysis", "--quiet")
    graphs = {"graphml": nx.read_graphml(work / "park.graphml")}
    # GEXF 1.2draft, symbio's default, which every NetworkX reads (formats_test.py: 1.3).
    graphs["gexf"] = nx.read_gexf(work / "park.gexf")
    graphs["nodelink"] = nx.node_link_graph(
        json.loads((work / "park.nodelink.json").read_text(encoding="utf-8")))
    for name, g in graphs.items():
        expect(g.is_directed(), f"{name}: directed")
        expect(g.number_of_nodes() == n, f"{name}: {g.number_of_nodes()} nodes, expected {n}")
        expect(g.number_of_edges() == m, f"{name}: {g.number_of_edges()} edges, expected {m}")
        for e in report.park.enterprises:
            attrs = g.nodes[e.id]
            label = attrs.get("name", attrs.get("label"))
            expect(label == e.name, f"{name}: name of {e.id} is {label!r}, expected {e.name!r}")
            if e.id in betweenness:
                b = attrs["betweenness"]
                expect(isinstance(b, float) and abs(b - betweenness[e.id]) < 1e-9,
                       f"{name}: betweenness of {e.id} is {b!r}, expected {betweenness[e.id]}")
            expect(isinstance(attrs["external"], bool), f"{name}: external is typed boolean")
        amounts = [d.get("amount") for _, _, d in g.edges(data=True)]
        expect(any(isinstance(a, float) for a in amounts), f"{name}: edge amounts are numbers")
        print(f"{name}: {n} nodes, {m} edges, attributes typed")
    viz = graphs["gexf"].nodes[report.park.enterprises[0].id].get("viz", {})
    expect("color" in viz and "size" in viz, f"gexf: viz colour and size, got {viz}")
    return 0


def check_igraph(args, work):
    try:
        import igraph
    except ImportError:
        return SKIP
    report, analysis_pb2 = reference(args, work)
    n, m = len(report.park.enterprises), len(report.park.exchanges)
    layer = all_view(report, analysis_pb2)
    degree = dict(zip(report.enterprise_ids, (v.value for v in column(layer, "degree").values)))
    for ext in ("graphml", "net"):
        run(args.symbio, "convert", args.source / PARK, "-o", work / f"park.{ext}",
            "--with-analysis", "--quiet")
    g = igraph.Graph.Read_GraphML(str(work / "park.graphml"))
    expect(g.is_directed() and g.vcount() == n and g.ecount() == m,
           f"graphml: {g.vcount()} vertices, {g.ecount()} edges, expected {n}, {m}")
    for v in g.vs:
        expect(v["degree"] == degree[v["id"]], f"graphml: degree of {v['id']}")
    expect("resource" in g.es.attributes(), "graphml: edge attribute resource")
    print(f"igraph graphml: {n} vertices, {m} edges, degree matches")
    p = igraph.Graph.Read_Pajek(str(work / "park.net"))
    expect(p.is_directed() and p.vcount() == n and p.ecount() == m,
           f"pajek: {p.vcount()} vertices, {p.ecount()} edges, expected {n}, {m}")
    labels = p.vs["id"] if "id" in p.vs.attributes() else p.vs["name"]
    expect(sorted(labels) == sorted(e.id for e in report.park.enterprises), "pajek: labels")
    print(f"igraph pajek: {n} vertices, {m} edges, labels match")
    return 0


def check_graphml_in(args, work):
    try:
        import networkx as nx
        import igraph
    except ImportError:
        return SKIP
    report, analysis_pb2 = reference(args, work)
    n, m = len(report.park.enterprises), len(report.park.exchanges)
    run(args.symbio, "convert", args.source / PARK, "-o", work / "park.graphml", "--quiet")
    # What NetworkX and igraph write after reading ours: their own key ids and layouts.
    nx.write_graphml(nx.read_graphml(work / "park.graphml"), work / "networkx.graphml")
    igraph.Graph.Read_GraphML(str(work / "park.graphml")).write_graphml(
        str(work / "igraph.graphml"))
    # A Gephi-style file: label for names and resources, weight for the amount, a --map.
    (work / "gephi.graphml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Branche" attr.type="string" for="node" id="branche"/>
  <key attr.name="label" attr.type="string" for="edge" id="edgelabel"/>
  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
  <key attr.name="Einheit" attr.type="string" for="edge" id="unit"/>
  <graph defaultedgetype="directed" edgedefault="directed">
    <node id="0"><data key="label">Power station</data><data key="branche">energy</data></node>
    <node id="1"><data key="label">Refinery</data></node>
    <edge id="0" source="0" target="1"><data key="edgelabel">steam</data>
      <data key="weight">12.5</data><data key="unit">GJ/a</data></edge>
  </graph>
</graphml>
""", encoding="utf-8")
    for name in ("networkx", "igraph"):
        out = work / f"{name}.pb"
        run(args.symbio, "convert", work / f"{name}.graphml", "-o", out, "--quiet")
        from symbio.v1 import park_pb2
        park = park_pb2.Park()
        park.ParseFromString(out.read_bytes())
        expect(len(park.enterprises) == n and len(park.exchanges) == m,
               f"{name}: {len(park.enterprises)} enterprises, {len(park.exchanges)} exchanges")
        want = {e.id: e.name for e in report.park.enterprises}
        got = {e.id: e.name for e in park.enterprises}
        expect(got == want, f"{name}: enterprise ids and names")
        want_x = sorted((x.supplier, x.receiver, x.resource) for x in report.park.exchanges)
        got_x = sorted((x.supplier, x.receiver, x.resource) for x in park.exchanges)
        expect(got_x == want_x, f"{name}: exchanges")
        print(f"{name} graphml read back: {n} enterprises, {m} exchanges")
    out = work / "gephi.pb"
    run(args.symbio, "convert", work / "gephi.graphml", "-o", out, "--map", "Branche=sector",
        "--map", "weight=quantity", "--map", "Einheit=unit", "--quiet")
    from symbio.v1 import park_pb2
    park = park_pb2.Park()
    park.ParseFromString(out.read_bytes())
    expect([e.name for e in park.enterprises] == ["Power station", "Refinery"], "gephi: names")
    expect(park.enterprises[0].sector == "energy", "gephi: --map Branche=sector")
    x = park.exchanges[0]
    expect(x.resource == "steam" and x.quantity.value == 12.5 and x.quantity.unit == "GJ/a",
           f"gephi: exchange {x}")
    print("gephi-style graphml with --map read")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["python_example", "networkx", "igraph", "graphml_in"])
    parser.add_argument("--symbio", type=pathlib.Path, required=True)
    parser.add_argument("--source", type=pathlib.Path, required=True)
    args = parser.parse_args()
    if shutil.which("protoc") is None:
        print("protoc not installed")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        return globals()["check_" + args.check](args, pathlib.Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
