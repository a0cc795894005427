#!/usr/bin/env python3
"""Fails when a source, schema, script or document of the repository cites a Markdown file that
the repository does not have, or a section (#anchor) that the cited file does not have.

A cited path is looked up relative to the citing file's folder and to the repository root; an
anchor must be the GitHub slug of one of the file's headings (lower case, punctuation removed,
spaces as hyphens). Usage: check_doc_links.py [REPOSITORY]
"""
import os
import re
import sys

ROOTS = ["README.md", "CMakeLists.txt", "core", "network", "audit", "io", "visualization", "cli",
         "proto", "scripts", "docs", "tests", "bench", "examples", "cmake", ".ci"]
EXTENSIONS = (".cpp", ".hpp", ".h", ".proto", ".sh", ".py", ".md", ".txt", ".cmake", ".toml",
              ".yml", ".yaml", ".json")
SKIP = ("tests/reference/data/",)
# Markdown files that symbio and the benchmark write (outputs, not citations).
OUTPUTS = {"report.md", "table.md"}
CITATION = re.compile(r"(?<![\w/.\-])([\w./\-]*[\w\-]\.md)(#[\w\-]+)?")


def slug(heading):
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, seen, fence = set(), {}, False
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.lstrip().startswith("```"):
                    fence = not fence
                    continue
                m = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
                if m and not fence:
                    s = slug(m.group(1))
                    n = seen.get(s, 0)
                    seen[s] = n + 1
                    found.add(s if n == 0 else f"{s}-{n}")
        cache[path] = found
    return cache[path]


def sources(root):
    for top in ROOTS:
        start = os.path.join(root, top)
        if os.path.isfile(start):
            yield start
            continue
        for folder, dirs, files in os.walk(start):
            dirs[:] = sorted(d for d in dirs if d not in ("corpus", "regressions"))
            for name in sorted(files):
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                if rel.startswith(SKIP):
                    continue
                # Scripts without an extension (.ci/run) are read too.
                if name.endswith(EXTENSIONS) or ("." not in name and rel.startswith(".ci")):
                    yield path


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems = []
    checked = 0
    for path in sources(root):
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(lines, 1):
            for m in CITATION.finditer(line):
                cited, anchor = m.group(1), m.group(2)
                if os.path.basename(cited) in OUTPUTS:
                    continue
                checked += 1
                where = f"{os.path.relpath(path, root)}:{number}"
                candidates = [os.path.normpath(os.path.join(os.path.dirname(path), cited)),
                              os.path.normpath(os.path.join(root, cited))]
                target = next((c for c in candidates if os.path.isfile(c)), None)
                if target is None:
                    problems.append(f"{where}: cites {cited}, which the repository does not have")
                elif anchor and anchor[1:] not in anchors(target):
                    problems.append(f"{where}: cites {cited}{anchor}, a section {cited} does not have")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{checked} citations of Markdown files, all in the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
