#!/usr/bin/python3
"""gwr_numbers() against the truth on real text: tests/truth/numbers_corpus.tsv lists every
quantity of whole paragraphs of the shared corpus. The whole document is read, and the
mentions that start in those paragraphs are compared with the truth: a mention counts as
right only when its span, value, upper end, unit, kind, qualifier and redaction all agree.
Prints precision and recall (and each miss); fails below 98% of either.

  numbers_corpus.py           score
  numbers_corpus.py --verbose also list the mentions that agree
"""
import bisect
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "numbers_corpus"
REQUIRED = 0.98
CORPUS_FILE = "000_872a5794e24126f6.txt"
FIELDS = ("text", "value", "value_high", "unit", "kind", "qualifier", "redacted")


def number(text):
    return None if text == "" else float(text)


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def read_truth():
    rows = []
    for c in gwrtest.read_tsv(os.path.join(gwrtest.ROOT, "tests", "truth", "numbers_corpus.tsv")):
        rows.append({"line": int(c[0]), "start": int(c[1]), "end": int(c[2]),
                     "text": c[3].replace("\\n", "\n"), "value": number(c[4]),
                     "value_high": number(c[5]), "unit": c[6], "kind": c[7],
                     "qualifier": c[8] or None, "redacted": int(c[9])})
    return rows


def agree(t, p):
    """The fields on which a truth row and a predicted row differ."""
    diff = []
    for k in FIELDS:
        a, b = t[k], p[k]
        ok = same_number(a, b) if k in ("value", "value_high") else a == b
        if not ok:
            diff.append("%s %r, want %r" % (k, b, a))
    return diff


def main():
    gwrtest.need_shared(SUITE)
    verbose = "--verbose" in sys.argv
    with open(os.path.join(gwrtest.CORPUS, CORPUS_FILE), encoding="utf-8") as f:
        doc = f.read()
    starts = [0] + [i + 1 for i, ch in enumerate(doc) if ch == "\n"]
    truth = read_truth()
    lines = {t["line"] for t in truth}
    con = gwrtest.connect()
    predicted = []
    for r in con.execute('SELECT text, value, value_high, unit, kind, qualifier, redacted, start,'
                         ' "end" FROM gwr_numbers(?)', (doc,)):
        line = bisect.bisect_right(starts, r[7])
        if line in lines:
            predicted.append(dict(zip(FIELDS + ("start", "end"), r)))
    by_span = {(p["start"], p["end"]): p for p in predicted}
    right, problems = 0, []
    for t in truth:
        p = by_span.pop((t["start"], t["end"]), None)
        if p is None:
            problems.append("missed  line %d %d..%d %r" % (t["line"], t["start"], t["end"],
                                                          t["text"]))
            continue
        diff = agree(t, p)
        if diff:
            problems.append("wrong   line %d %r: %s" % (t["line"], t["text"], "; ".join(diff)))
        else:
            right += 1
            if verbose:
                print("ok      %r" % t["text"])
    for p in by_span.values():
        problems.append("extra   %d..%d %r (%s)" % (p["start"], p["end"], p["text"], p["kind"]))
    precision = right / len(predicted) if predicted else 0.0
    recall = right / len(truth) if truth else 0.0
    for line in problems:
        print(line)
    print("%s: %d paragraphs, %d quantities in the truth, %d found, %d right: "
          "precision %.1f%%, recall %.1f%%" % (SUITE, len(lines), len(truth), len(predicted),
                                               right, 100 * precision, 100 * recall))
    failures = []
    if precision < REQUIRED:
        failures.append("precision %.1f%% is below %.0f%%" % (100 * precision, 100 * REQUIRED))
    if recall < REQUIRED:
        failures.append("recall %.1f%% is below %.0f%%" % (100 * recall, 100 * REQUIRED))
    gwrtest.report(SUITE, failures, "precision %.1f%%, recall %.1f%%" % (100 * precision,
                                                                         100 * recall))


if __name__ == "__main__":
    main()
