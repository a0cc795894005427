#!/usr/bin/python3
"""Runs symbio and its peers (NetworkX, python-igraph, graph-tool) on the same synthetic parks,
each step in its own process under a time limit, checks symbio against NetworkX, and prints a
Markdown table of seconds, peak RSS and peer/symbio ratios.

    cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSYMBIO_BUILD_BENCH=ON
    cmake --build build-bench -j2 --target symbio_bench
    /usr/bin/python3 bench/run_bench.py --sizes 1000 10000 [100000] [--libs symbio igraph]

Records go to bench/results/timings.jsonl (one JSON object per run), the table to
bench/results/table.md. A step is not started (skipped_predicted) when its time at the previous
size, scaled by (N / N_prev)^2 for the all-pairs steps and N / N_prev otherwise, exceeds the
limit. Seconds are wall-clock; cpu_s is the process's CPU time (user + system, all threads),
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
}
PEER_STEPS = ["load", "degree", "betweenness", "distances"]
SYMBIO_STEPS = [("load", None), ("degree", None), ("distance", 1), ("distance", 2)]
ALL_PAIRS = {"betweenness", "distances", "distance"}
CHECK_N = 1000  # correctness check against NetworkX at this size


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
            if col in theirs:
                parts.append("%s %.2e" % (col, max_rel_diff(mine[col], theirs[col])))
        lines.append("symbio vs %s, max relative difference: %s" % (lib, ", ".join(parts)))
    return lines


def fmt(x, digits=3):
    if x is None:
        return "-"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.*f" % (digits, x)


def table(records, sizes):
    out = []
    for n in sizes:
        recs = [r for r in records if r["n"] == n]
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
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--libs", nargs="+", default=["symbio"] + list(PEERS))
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--symbio", default=os.path.join(ROOT, "build-bench", "bench",
                                                     "symbio_bench"))
    ap.add_argument("--results", default=os.path.join(HERE, "results"))
    a = ap.parse_args()
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
        jobs = []
        if "symbio" in a.libs:
            for step, threads in SYMBIO_STEPS:
                cmd = [a.symbio, "--data", data, "--step", step]
                if threads:
                    cmd += ["--threads", str(threads)]
                dump = None
                if n == CHECK_N and step == "distance" and threads == 2:
                    dump = os.path.join(a.results, "symbio_N%d.csv" % n)
                    cmd += ["--dump", dump]
                jobs.append(("symbio", step, threads, cmd, dump))
        for lib, (script, threads) in PEERS.items():
            if lib not in a.libs:
                continue
            for step in PEER_STEPS:
                if lib == "graphtool1" and step not in ("betweenness", "distances"):
                    continue
                cmd = [PY, os.path.join(HERE, script), "--data", data, "--step", step]
                if threads:
                    cmd += ["--threads", str(threads)]
                dump = None
                if n == CHECK_N and step in ("betweenness", "distances") and \
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
            rec["when"] = time.strftime("%Y-%m-%dT%H:%M:%S")
            history.append(rec)
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print("%-10s N=%-7d %-12s t=%-4s %-17s wall %-9s cpu %-9s rss %s MB" % (
                lib, n, step, threads or 1, rec["status"], fmt(rec.get("seconds")),
                fmt(rec.get("cpu_seconds")), fmt(rec.get("peak_rss_mb"), 0)))
            sys.stdout.flush()
        for line in check(dumps):
            print(line)
            history.append({"lib": "check", "n": n, "step": "check", "status": "ok",
                            "note": line})
    text = table([r for r in history if r["lib"] != "check"], sorted(a.sizes))
    checks = [r["note"] for r in history if r["lib"] == "check"]
    text += "\n\n" + "\n".join("- " + c for c in checks) + "\n"
    print(text)
    with open(os.path.join(a.results, "table.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
