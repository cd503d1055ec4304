#!/usr/bin/python3
"""Docs test: every example in README.md and docs/*.md is executed, so the docs cannot drift.

An example is a ```sql block. It runs through the sqlite3 shell with gwr loaded, from
the repository root, in a database shared by all examples of the same page (so a page
can create a table and query it later). When the block is followed by a ```text block,
the shell's output must equal it exactly; otherwise it must run without printing an
error. Lines starting with ".load" are skipped (the extension is already loaded).
A block opened with ```sql norun is shown but not run (commands that need your files).
"""
import glob
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

FENCE = re.compile(r"^```(.*)$")


def blocks(path):
    """Yields (line, info, body) for each fenced block of a Markdown file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, info, body = i + 1, m.group(1).strip(), []
        i += 1
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        yield start, info, "\n".join(body) + "\n"


def examples(path):
    """(line, sql, expected or None) for each runnable example of a page."""
    seq = list(blocks(path))
    for k, (line, info, body) in enumerate(seq):
        words = info.split()
        if not words or words[0] != "sql" or "norun" in words[1:]:
            continue
        expected = None
        if k + 1 < len(seq) and seq[k + 1][1] == "text":
            expected = seq[k + 1][2]
        sql = "".join(l + "\n" for l in body.split("\n")[:-1] if not l.startswith(".load"))
        yield line, sql, expected


def main():
    failures, count = [], 0
    pages = [os.path.join(gwrtest.ROOT, "README.md")]
    pages += sorted(glob.glob(os.path.join(gwrtest.ROOT, "docs", "*.md")))
    for page in pages:
        name = os.path.relpath(page, gwrtest.ROOT)
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "docs.db")
            for line, sql, expected in examples(page):
                count += 1
                got = gwrtest.shell(sql, db=db)
                if expected is not None and got != expected:
                    failures.append("%s:%d: example output differs\n--- docs\n%s--- got\n%s"
                                    % (name, line, expected, got))
                elif expected is None and re.search(r"^(Parse|Runtime) error|^Error", got, re.M):
                    failures.append("%s:%d: example fails:\n%s" % (name, line, got))
    gwrtest.report("docs", failures, "%d examples in %d pages" % (count, len(pages)))


if __name__ == "__main__":
    main()
