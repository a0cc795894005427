#!/usr/bin/env python3
"""Read symbio's park.pb (a symbio.v1.AnalysisReport) from Python and check it with NetworkX.

    symbio audit examples/kalundborg --out out/kalundborg
    python3 examples/python/read_park_pb.py out/kalundborg/park.pb

The schema is compiled on the fly with `protoc --python_out` (Debian: protobuf-compiler,
python3-protobuf, python3-networkx), so nothing generated is kept in the repository. The script
builds the simple digraph D of the `all` view from the report's ties and checks that NetworkX's
own betweenness (Brandes on D, unweighted, normalized=False), degree (distinct partners in U,
the undirected graph) and in/out degree equal the columns in the file. Exit status 0 when they
agree, 1 otherwise.
"""

import argparse
import math
import pathlib
import subprocess
import sys
import tempfile

import networkx as nx

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_PROTO_DIR = HERE.parent.parent / "proto"


def compile_schema(proto_dir: pathlib.Path, out_dir: pathlib.Path) -> None:
    """Generates symbio/v1/*_pb2.py into out_dir."""
    protos = ["symbio/v1/park.proto", "symbio/v1/analysis.proto"]
    subprocess.run(["protoc", f"-I{proto_dir}", f"--python_out={out_dir}", *protos], check=True)


def load_report(path: pathlib.Path, analysis_pb2):
    report = analysis_pb2.AnalysisReport()
    report.ParseFromString(path.read_bytes())
    if report.meta.format != "symbio.v1.AnalysisReport":
        raise SystemExit(f"{path}: not a symbio.v1.AnalysisReport (meta.format is "
                         f"'{report.meta.format}')")
    return report


def column_values(layer, name):
    """The column as a list parallel to enterprise_ids; None where undefined."""
    for column in layer.enterprise_columns:
        if column.name == name:
            return [v.value if v.HasField("value") else None for v in column.values]
    raise KeyError(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("park_pb", type=pathlib.Path, help="park.pb written by symbio audit")
    parser.add_argument("--proto-dir", type=pathlib.Path, default=DEFAULT_PROTO_DIR,
                        help="folder holding symbio/v1/*.proto (default: the repository's)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        compile_schema(args.proto_dir, pathlib.Path(tmp))
        sys.path.insert(0, tmp)
        from symbio.v1 import analysis_pb2  # noqa: E402  (generated just now)

        report = load_report(args.park_pb, analysis_pb2)

    park = report.park
    print(f"park {park.name!r}: {len(park.enterprises)} enterprises, "
          f"{len(park.exchanges)} exchanges; symbio {report.meta.symbio_version}")
    all_view = next(layer for layer in report.layers
                    if layer.layer == analysis_pb2.VIEW_LAYER_ALL)

    ids = list(report.enterprise_ids)
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((tie.supplier, tie.receiver) for tie in all_view.ties)

    expected = {
        "betweenness": nx.betweenness_centrality(graph, normalized=False),
        "degree": dict(graph.to_undirected().degree()),
        "in_degree": dict(graph.in_degree()),
        "out_degree": dict(graph.out_degree()),
    }
    failures = 0
    for name, values in expected.items():
        stored = column_values(all_view, name)
        wrong = 0
        for enterprise, value in zip(ids, stored):
            want = values[enterprise]
            if value is None or not math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-9):
                print(f"MISMATCH {name}[{enterprise}]: file {value}, NetworkX {want}")
                wrong += 1
        print(f"{name}: {len(stored)} values, {wrong} differ from NetworkX")
        failures += wrong

    bridges = sum(tie.bridge for tie in all_view.ties)
    print(f"{len(all_view.ties)} ties, {bridges} bridges; {len(report.findings)} findings")
    if report.cascade.rows:
        worst = max(report.cascade.rows,
                    key=lambda r: r.impact if r.HasField("impact") else -1.0)
        print(f"largest cascade: {worst.trigger} fails {worst.failed} enterprises")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
