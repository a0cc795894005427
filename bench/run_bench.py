#!/usr/bin/python3
"""Runs symbio and its peers (NetworkX, python-igraph, graph-tool; numpy for the flows and
ecological network analysis) on the same synthetic parks, each step in its own process under a
time limit, checks symbio against NetworkX (and numpy for the flows), and prints a Markdown table
of seconds, peak RSS and peer/symbio ratios.

    cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSYMBIO_BUILD_BENCH=ON
    cmake --build build-bench -j2 --target symbio_bench
    /usr/bin/python3 bench/run_bench.py --sizes 1000 10000 [100000] [--libs symbio igraph]
    /usr/bin/python3 bench/run_bench.py --sizes 1000 10000 100000 --steps cascade_sweep \
        --libs symbio networkx igraph
    /usr/bin/python3 bench/run_bench.py --sizes 1000 10000 --steps flows --libs symbio numpy

Records go to bench/results/timings.jsonl (one JSON object per run), the table to
bench/results/table.md. A step is not started (skipped_predicted) when its time at the previous
size, scaled by (N / N_prev)^2 for the all-pairs steps and N / N_prev otherwise, exceeds the
limit (the cascade sweep scales like N^2 on these parks, measured: the anchors' cascades grow
with the park). --steps restricts the run to some steps. Seconds are wall-clock; cpu_s is the process's CPU time (user + system, all threads),
which stays meaningful when other work shares the machine.
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PY = "/usr/bin/python3"

# (label, command builder, steps); the symbio binary is passed in.
PEERS = {
    "networkx": ("peer_networkx.py", None),
    "igraph": ("peer_igraph.py", None),
    "graphtool": ("peer_graphtool.py", 2),
    "graphtool1": ("peer_graphtool.py", 1),
    "numpy": ("peer_numpy.py", 2),
}
# Which peers run which steps: the graph libraries have no ecological network analysis; numpy
# has only that (its dense inverse needs 16 n^2 bytes, so it runs up to NUMPY_FLOWS_MAX_N).
STEPS_OF_PEER = {"numpy": ["flows"]}
GRAPH_PEER_STEPS = ["load", "degree", "betweenness", "distances", "cascade_sweep"]
NUMPY_FLOWS_MAX_N = 1000
SYMBIO_STEPS = [("load", None), ("degree", None), ("distance", 1), ("distance", 2),
                ("undirected_betweenness", 2), ("cascade_sweep", 1), ("cascade_sweep", 2),
                ("robustness_adaptive_betweenness", 2), ("analyze", 2), ("flows", 2)]
# The adaptive-betweenness robustness curve is timed up to this size (the figure is for
# 10,000 enterprises; it has no peer).
ROBUSTNESS_MAX_N = 10000
ALL_PAIRS = {"betweenness", "distances", "distance", "undirected_betweenness", "cascade_sweep",
             "analyze"}
CHECK_N = 1000  # correctness check against NetworkX at this size
CASCADE_COLUMNS = ("cascade_failed", "cascade_rounds")


def job_key(lib, step, threads):
    return "%s/%s%s" % (lib, step, "" if threads is None else "/t%d" % threads)


def predict(history, lib, step, threads, n):
    prev = [r for r in history if r["lib"] == lib and r["step"] == step
            and r.get("threads") == threads and r["n"] < n]
    if not prev:
        return None, None
    p = max(prev, key=lambda r: r["n"])
    if p["status"] in ("timeout", "skipped_predicted"):
        return p["status"], math.inf
    if p["status"] != "ok":
        return None, None
    expo = 2.0 if step in ALL_PAIRS else 1.0
    return "ok", p["seconds"] * (n / p["n"]) ** expo


def run_job(cmd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=HERE)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "wall_s": time.perf_counter() - t0}
    if p.returncode != 0:
        return {"status": "error", "note": p.stderr.strip()[-300:]}
    rec = json.loads(p.stdout.strip().splitlines()[-1])
    rec["status"] = "ok"
    return rec


def cpu_seconds_of(rec):
    return rec.get("cpu_seconds")


def read_dump(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    return {k: [float(r[k]) if r[k] != "" else math.nan for r in rows]
            for k in rows[0] if k != "id"}


def max_rel_diff(a, b):
    worst = 0.0
    for x, y in zip(a, b):
        scale = max(abs(x), abs(y))
        if scale > 0:
            worst = max(worst, abs(x - y) / scale)
    return worst


def check(dumps):
    """symbio's per-enterprise values against each peer's."""
    lines = []
    if "symbio" not in dumps:
        return lines
    mine = dumps["symbio"]
    for lib in ("networkx", "igraph", "graphtool"):
        if lib not in dumps:
            continue
        theirs = dumps[lib]
        parts = []
        for col in ("betweenness", "closeness_out", "closeness_in", "harmonic_out",
                    "harmonic_in"):
            if col in theirs and col in mine:
                parts.append("%s %.2e" % (col, max_rel_diff(mine[col], theirs[col])))
        if parts:
            lines.append("symbio vs %s, max relative difference: %s" % (lib, ", ".join(parts)))
        if all(c in theirs and c in mine for c in CASCADE_COLUMNS):
            parts = []
            for col in CASCADE_COLUMNS:
                a, b = mine[col], theirs[col]
                equal = sum(1 for x, y in zip(a, b) if x == y) if len(a) == len(b) else 0
                parts.append("%s equal for %d of %d triggers" % (col, equal, len(a)))
                if equal != len(a):
                    CASCADE_MISMATCH.append(lib)
            lines.append("symbio vs %s, cascade sweep (exact): %s" % (lib, ", ".join(parts)))
    return lines


CASCADE_MISMATCH = []


def check_flows(summaries):
    """symbio's Finn cycling index, TST and ascendency per layer against numpy's."""
    if "symbio" not in summaries or "numpy" not in summaries:
        return []
    mine, theirs = summaries["symbio"], summaries["numpy"]
    parts = ["%s %.2e" % (key, max_rel_diff(mine[key], theirs[key]))
             for key in ("fci", "tst", "ascendency") if len(mine[key]) == len(theirs[key])]
    return ["symbio vs numpy, flows per layer, max relative difference: " + ", ".join(parts)]


def flows_table(records, sizes):
    """Flows and ecological network analysis: symbio (2 threads) and the numpy peer."""
    out = ["\n### Flows and ecological network analysis (every layer)\n",
           "| N | m | library | threads | wall s | CPU s | peak RSS MB | wall ratio peer / symbio |"
           " CPU ratio peer / symbio | status |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for n in sizes:
        recs = [r for r in records if r["n"] == n and r["step"] == "flows"]
        sym = next((r for r in recs if r["lib"] == "symbio" and r["status"] == "ok"), None)
        for r in recs:
            ok = r["status"] == "ok" and r["lib"] != "symbio" and sym
            out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, r.get("m", "?"), r["lib"], r.get("threads") or 1, fmt(r.get("seconds")),
                fmt(r.get("cpu_seconds")), fmt(r.get("peak_rss_mb"), 0),
                fmt(r["seconds"] / sym["seconds"]) if ok else "-",
                fmt(r["cpu_seconds"] / sym["cpu_seconds"]) if ok else "-",
                r["status"] + (" (%s)" % r["note"] if r.get("note") else "")))
    return out


def fmt(x, digits=3):
    if x is None:
        return "-"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.*f" % (digits, x)


def cascade_table(records, sizes):
    """Cascade sweep: every library at every size, CPU ratios against symbio."""
    out = ["\n### Cascade sweep (every enterprise as a single trigger)\n",
           "| N | m | library | threads | wall s | CPU s | peak RSS MB | CPU ratio peer / symbio 1 "
           "thread | CPU ratio peer / symbio 2 threads | wall ratio peer / symbio 2 threads |"
           " status |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for n in sizes:
        recs = [r for r in records if r["n"] == n and r["step"] == "cascade_sweep"]
        if not recs:
            continue
        s1 = next((r for r in recs if r["lib"] == "symbio" and r.get("threads") == 1
                   and r["status"] == "ok"), None)
        s2 = next((r for r in recs if r["lib"] == "symbio" and r.get("threads") == 2
                   and r["status"] == "ok"), None)
        m = next((r.get("m") for r in recs if r.get("m")), "?")
        for r in recs:
            ok = r["status"] == "ok"
            peer = r["lib"] != "symbio"
            out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, m, r["lib"], r.get("threads") or 1, fmt(r.get("seconds")),
                fmt(r.get("cpu_seconds")), fmt(r.get("peak_rss_mb"), 0),
                fmt(r["cpu_seconds"] / s1["cpu_seconds"]) if ok and peer and s1 else "-",
                fmt(r["cpu_seconds"] / s2["cpu_seconds"]) if ok and peer and s2 else "-",
                fmt(r["seconds"] / s2["seconds"]) if ok and peer and s2 else "-",
                r["status"] + (" (%s)" % r["note"] if r.get("note") else "")))
    return out


def table(records, sizes):
    out = []
    for n in sizes:
        recs = [r for r in records if r["n"] == n and r["step"] not in ("cascade_sweep", "flows")]
        if not recs:
            continue
        sym = {job_key(r["lib"], r["step"], r.get("threads")): r for r in recs
               if r["lib"] == "symbio" and r["status"] == "ok"}
        out.append("\n### N = %d (m = %s)\n" % (n, next((r.get("m") for r in recs if r.get("m")),
                                                       "?")))
        out.append("| library | step | threads | wall s | CPU s | peak RSS MB | status |")
        out.append("|---|---|---|---|---|---|---|")
        for r in recs:
            out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                r["lib"], r["step"], r.get("threads") or 1, fmt(r.get("seconds")),
                fmt(r.get("cpu_seconds")), fmt(r.get("peak_rss_mb"), 0),
                r["status"] + (" (%s)" % r["note"] if r.get("note") else "")))
        # The whole distance set: symbio's one sweep against each peer's betweenness plus its
        # distances step.
        out.append("\nWhole distance set (betweenness + closeness in/out + harmonic in/out + APL,"
                   " diameter, efficiency):\n")
        out.append("| library | threads | wall s | CPU s | wall ratio vs symbio (same threads) |"
                   " wall ratio vs symbio 2 threads | CPU ratio vs symbio 1 thread |")
        out.append("|---|---|---|---|---|---|---|")
        s1 = sym.get("symbio/distance/t1")
        s2 = sym.get("symbio/distance/t2")
        for t, s in ((1, s1), (2, s2)):
            if s:
                out.append("| symbio | %d | %s | %s | 1 | %s | %s |" % (
                    t, fmt(s["seconds"]), fmt(s.get("cpu_seconds")),
                    fmt(s["seconds"] / s2["seconds"]) if s2 else "-",
                    fmt(s["cpu_seconds"] / s1["cpu_seconds"]) if s1 else "-"))
        for lib, (_script, threads) in PEERS.items():
            parts = [next((r for r in recs if r["lib"] == lib and r["step"] == st), None)
                     for st in ("betweenness", "distances")]
            if not any(parts):
                continue
            if not all(p and p["status"] == "ok" for p in parts):
                status = "/".join(p["status"] if p else "missing" for p in parts)
                out.append("| %s | %s | %s | - | - | - | - |" % (lib, threads or 1, status))
                continue
            wall = sum(p["seconds"] for p in parts)
            cpu = sum(p["cpu_seconds"] for p in parts)
            same = s2 if threads == 2 else s1
            out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                lib, threads or 1, fmt(wall), fmt(cpu),
                fmt(wall / same["seconds"]) if same else "-",
                fmt(wall / s2["seconds"]) if s2 else "-",
                fmt(cpu / s1["cpu_seconds"]) if s1 else "-"))
    if any(r["step"] == "cascade_sweep" for r in records):
        out += cascade_table(records, sizes)
    if any(r["step"] == "flows" for r in records):
        out += flows_table(records, sizes)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--libs", nargs="+", default=["symbio"] + list(PEERS))
    ap.add_argument("--steps", nargs="+", default=None,
                    help="only these steps (symbio and peer names: load degree distance "
                         "betweenness distances cascade_sweep ...)")
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--symbio", default=os.path.join(ROOT, "build-bench", "bench",
                                                     "symbio_bench"))
    ap.add_argument("--results", default=os.path.join(HERE, "results"))
    a = ap.parse_args()
    a.results = os.path.abspath(a.results)  # the jobs run in bench/
    a.symbio = os.path.abspath(a.symbio)
    os.makedirs(a.results, exist_ok=True)
    history = []
    log = open(os.path.join(a.results, "timings.jsonl"), "a")
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    print("machine: %d cores, load average %s" % (os.cpu_count(), load))
    for n in sorted(a.sizes):
        data = os.path.join(HERE, "data", "park_N%d" % n)
        if not os.path.exists(os.path.join(data, "edges.csv")):
            subprocess.run([PY, os.path.join(HERE, "gen_park.py"), "--n", str(n)], check=True)
        dumps = {}
        flow_summaries = {}
        jobs = []
        if "symbio" in a.libs:
            for step, threads in SYMBIO_STEPS:
                cmd = [a.symbio, "--data", data, "--step", step]
                if threads:
                    cmd += ["--threads", str(threads)]
                dump = None
                if a.steps and step not in a.steps:
                    continue
                if step == "robustness_adaptive_betweenness" and n > ROBUSTNESS_MAX_N:
                    continue
                if n == CHECK_N and step == "distance" and threads == 2:
                    dump = os.path.join(a.results, "symbio_N%d.csv" % n)
                    cmd += ["--dump", dump]
                if n == CHECK_N and step == "cascade_sweep" and threads == 2:
                    dump = os.path.join(a.results, "symbio_cascade_N%d.csv" % n)
                    cmd += ["--dump", dump]
                jobs.append(("symbio", step, threads, cmd, dump))
        for lib, (script, threads) in PEERS.items():
            if lib not in a.libs:
                continue
            for step in STEPS_OF_PEER.get(lib, GRAPH_PEER_STEPS):
                if lib == "graphtool1" and step not in ("betweenness", "distances"):
                    continue
                if lib == "numpy" and n > NUMPY_FLOWS_MAX_N:
                    continue
                if a.steps and step not in a.steps:
                    continue
                if lib.startswith("graphtool") and step == "cascade_sweep":
                    continue  # no graph-tool peer of the cascade sweep
                cmd = [PY, os.path.join(HERE, script), "--data", data, "--step", step]
                if threads:
                    cmd += ["--threads", str(threads)]
                dump = None
                if n == CHECK_N and step in ("betweenness", "distances", "cascade_sweep") and \
                        lib != "graphtool1":
                    dump = os.path.join(a.results, "%s_%s_N%d.csv" % (lib, step, n))
                    cmd += ["--dump", dump]
                jobs.append((lib, step, threads, cmd, dump))
        for lib, step, threads, cmd, dump in jobs:
            status, est = predict(history, lib, step, threads, n)
            base = {"lib": lib, "n": n, "step": step, "threads": threads}
            if status in ("timeout", "skipped_predicted") or (est and est > a.timeout):
                rec = dict(base, status="skipped_predicted",
                           note="predicted %s s > %d s" % (
                               "inf" if est == math.inf else "%.0f" % est, a.timeout))
            else:
                rec = run_job(cmd, a.timeout)
                rec.update(base)
                if rec["status"] == "ok" and dump:
                    cols = read_dump(dump)
                    dumps.setdefault(lib, {}).update(cols)
                if rec["status"] == "ok" and step == "flows" and rec.get("summary"):
                    flow_summaries[lib] = rec["summary"]
            rec["when"] = time.strftime("%Y-%m-%dT%H:%M:%S")
            history.append(rec)
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print("%-10s N=%-7d %-12s t=%-4s %-17s wall %-9s cpu %-9s rss %s MB" % (
                lib, n, step, threads or 1, rec["status"], fmt(rec.get("seconds")),
                fmt(rec.get("cpu_seconds")), fmt(rec.get("peak_rss_mb"), 0)))
            sys.stdout.flush()
        for line in check(dumps) + check_flows(flow_summaries):
            print(line)
            history.append({"lib": "check", "n": n, "step": "check", "status": "ok",
                            "note": line})
    text = table([r for r in history if r["lib"] != "check"], sorted(a.sizes))
    checks = [r["note"] for r in history if r["lib"] == "check"]
    text += "\n\n" + "\n".join("- " + c for c in checks) + "\n"
    print(text)
    with open(os.path.join(a.results, "table.md"), "w") as f:
        f.write(text)
    if CASCADE_MISMATCH:
        print("cascade sweep: symbio differs from %s" % ", ".join(sorted(set(CASCADE_MISMATCH))))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
