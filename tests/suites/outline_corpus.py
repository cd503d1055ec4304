#!/usr/bin/python3
"""Outline truth on real text: gwr_sections() over the shared corpus against the outline
marked by hand in tests/truth/outline_corpus.tsv.

A section is right when its start offset, report, kind, depth, marker, the first
characters of its title and its parent (by the parent's start) all agree with a truth
row. Precision and recall are printed per level (kind) and per depth, and each must reach
98%. The hard wraps and the real breaks listed in the truth are checked through
gwr_sentences(): no sentence may start after a hard wrap, one must start after a break.

Skips without ../shared (a user's fresh clone).
"""
import collections
import hashlib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "outline_corpus"
TRUTH = os.path.join(gwrtest.ROOT, "tests", "truth", "outline_corpus.tsv")
REQUIRED = 0.98


def read_truth():
    corpus, digest, sections, wraps, breaks = None, None, [], [], []
    with open(TRUTH, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# corpus\t"):
                _, corpus, _, digest = line.split("\t")
                continue
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0] == "section":
                sid, lineno, offset, report, depth, parent = map(int, cols[1:7])
                kind, marker, title = cols[7], cols[8], cols[9]
                sections.append(dict(id=sid, line=lineno, offset=offset, report=report,
                                     depth=depth, parent=parent, kind=kind, marker=marker,
                                     title=title))
            elif cols[0] == "wrap":
                wraps.append(int(cols[1]))
            elif cols[0] == "break":
                breaks.append(int(cols[1]))
    return corpus, digest, sections, wraps, breaks


def keyed(rows):
    """Each row as the tuple that must agree, its parent given by the parent's offset."""
    offset_of = {r["id"]: r["offset"] for r in rows}
    return {(r["offset"], r["report"], r["kind"], r["depth"], r["marker"], r["title"],
             offset_of.get(r["parent"], -1)): r for r in rows}


def ratio(a, b):
    return a / b if b else 1.0


def main():
    gwrtest.need_shared(SUITE)
    corpus, digest, truth, wraps, breaks = read_truth()
    path = os.path.join(gwrtest.CORPUS, corpus)
    with open(path, "rb") as f:
        raw = f.read()
    failures = []
    if hashlib.sha256(raw).hexdigest() != digest:
        failures.append("%s changed since the truth was marked (sha256 differs)" % corpus)
    doc = raw.decode("utf-8")
    con = gwrtest.connect()
    got = [dict(id=i, offset=start, report=report, depth=depth, parent=parent or 0, kind=kind,
                marker=marker or "", title=(title or "")[:8])
           for (i, start, report, depth, parent, kind, marker, title) in con.execute(
               "SELECT id, start, report, depth, parent, kind, marker, title FROM gwr_sections(?)",
               (doc,))]

    want_keys, got_keys = keyed(truth), keyed(got)
    right = set(want_keys) & set(got_keys)
    line_of = lambda offset: doc.count("\n", 0, offset) + 1  # noqa: E731
    for k in sorted(set(want_keys) - right):
        r = want_keys[k]
        failures.append("missed: line %d %s %s%s (depth %d, report %d)" % (
            r["line"], r["kind"], r["marker"], r["title"], r["depth"], r["report"]))
    for k in sorted(set(got_keys) - right):
        r = got_keys[k]
        failures.append("wrong: line %d %s %s%s (depth %d, report %d)" % (
            line_of(r["offset"]), r["kind"], r["marker"], r["title"], r["depth"], r["report"]))

    print("%s: %d sections marked, %d found, %d right" % (SUITE, len(truth), len(got), len(right)))
    print("  %-10s %6s %6s %6s %10s %8s" % ("level", "truth", "found", "right", "precision", "recall"))
    for name, field in (("kind", "kind"), ("depth", "depth")):
        want_by = collections.Counter(str(want_keys[k][field]) for k in want_keys)
        got_by = collections.Counter(str(got_keys[k][field]) for k in got_keys)
        right_by = collections.Counter(str(want_keys[k][field]) for k in right)
        for level in sorted(set(want_by) | set(got_by)):
            p = ratio(right_by[level], got_by[level])
            r = ratio(right_by[level], want_by[level])
            label = level if name == "kind" else "depth %s" % level
            print("  %-10s %6d %6d %6d %9.1f%% %7.1f%%" % (label, want_by[level], got_by[level],
                                                       right_by[level], 100 * p, 100 * r))
            if p < REQUIRED or r < REQUIRED:
                failures.append("%s %s: precision %.1f%%, recall %.1f%% (need %d%%)"
                                % (name, level, 100 * p, 100 * r, 100 * REQUIRED))
    p, r = ratio(len(right), len(got)), ratio(len(right), len(truth))
    print("  %-10s %6d %6d %6d %9.1f%% %7.1f%%" % ("all", len(truth), len(got), len(right),
                                               100 * p, 100 * r))

    # Hard wraps and real breaks, seen through the sentences.
    starts = {start for (start,) in con.execute("SELECT start FROM gwr_sentences(?)", (doc,))}
    line_start = [0]
    for i, ch in enumerate(doc):
        if ch == "\n":
            line_start.append(i + 1)

    def text_start(lineno):
        at = line_start[lineno - 1]
        while at < len(doc) and doc[at] in " \u3000\t>":
            at += 1
        return at
    for lineno in wraps:
        if text_start(lineno) in starts:
            failures.append("line %d continues the line before, but a sentence starts there" % lineno)
    for lineno in breaks:
        if text_start(lineno) not in starts:
            failures.append("line %d starts a new paragraph, but no sentence starts there" % lineno)
    print("  wraps: %d hard wraps and %d real breaks checked" % (len(wraps), len(breaks)))
    gwrtest.report(SUITE, failures, "precision %.1f%%, recall %.1f%%" % (100 * p, 100 * r))


if __name__ == "__main__":
    main()
