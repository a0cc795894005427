#!/usr/bin/python3
"""Times `symbio analyze` and `symbio audit` (the whole program, files written) on the synthetic
parks, one run at a time, and prints a Markdown table: wall and CPU seconds, peak RSS and the
sizes of the audit's largest files.

    cmake --build build -j2 --target symbio
    /usr/bin/python3 bench/run_audit_curve.py --sizes 1000 2000 5000 10000 20000 [--threads 2]
        [--symbio build/cli/symbio] [--commands analyze audit] [--limit-s 3600]

Each run goes through /usr/bin/time -v (peak RSS is the maximum resident set size of the
process). The parks are bench/data/park_N<n>/ of gen_park.py --symbio (written on first use);
outputs go to bench/results/audit_N<n>/ and the records to bench/results/audit_curve.jsonl.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = ("findings.json", "report.html", "report.md", "park.pb", "analysis.json", "cascade.csv")


def park_dir(n):
    data = os.path.join(HERE, "data", "park_N%d" % n)
    if not os.path.exists(os.path.join(data, "exchanges.csv")):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_park.py"), "--n", str(n),
                        "--out", data, "--symbio"], check=True, stdout=subprocess.DEVNULL)
    return data


def time_v(cmd, limit):
    """Runs cmd under /usr/bin/time -v; returns (status, wall s, cpu s, peak RSS MB)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True,
                       timeout=limit)
    wall = time.perf_counter() - t0
    fields = {}
    for line in p.stderr.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    cpu = float(fields.get("User time (seconds)", "nan")) + float(
        fields.get("System time (seconds)", "nan"))
    rss = int(fields.get("Maximum resident set size (kbytes)", "0")) / 1024.0
    return p.returncode, wall, cpu, rss, p.stderr.strip().splitlines()[:3]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000, 20000])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--symbio", default=os.path.join(ROOT, "build", "cli", "symbio"))
    ap.add_argument("--commands", nargs="+", default=["analyze", "audit"])
    ap.add_argument("--limit-s", type=float, default=3600)
    a = ap.parse_args()
    results = os.path.join(HERE, "results")
    os.makedirs(results, exist_ok=True)
    rows = []
    for n in a.sizes:
        park = park_dir(n)
        for command in a.commands:
            out = os.path.join(results, "%s_N%d" % (command, n))
            shutil.rmtree(out, ignore_errors=True)
            status, wall, cpu, rss, note = time_v(
                [a.symbio, "-q", command, park, "--out", out, "--threads", str(a.threads)],
                a.limit_s)
            rec = {"command": command, "n": n, "threads": a.threads, "status": status,
                   "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": round(rss, 1),
                   "files_mb": {f: round(os.path.getsize(os.path.join(out, f)) / 2**20, 2)
                                for f in FILES if os.path.exists(os.path.join(out, f))}}
            if status != 0:
                rec["note"] = note
            with open(os.path.join(results, "audit_curve.jsonl"), "a") as f:
                f.write(json.dumps(rec) + "\n")
            rows.append(rec)
            print(json.dumps(rec), flush=True)
    print("\n| command | N | status | wall s | CPU s | peak RSS MB | findings.json MB | "
          "report.html MB | report.md MB | park.pb MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        f = r["files_mb"]
        print("| %s | %d | %d | %.1f | %.1f | %.0f | %s | %s | %s | %s |" % (
            r["command"], r["n"], r["status"], r["wall_s"], r["cpu_s"], r["peak_rss_mb"],
            f.get("findings.json", "—"), f.get("report.html", "—"), f.get("report.md", "—"),
            f.get("park.pb", "—")))


if __name__ == "__main__":
    main()
