#!/usr/bin/python3
"""gwr_targets on the shared corpus, scored against tests/truth/targets_corpus.tsv.

The corpus is run without a year argument, so years are inferred per report. A produced
row matches a truth row of the same report when its clause [start, end) holds the truth
figure's offset and indicator (id, or the text for indicators outside the catalogue),
value, unit and kind agree. Optional truth rows (status O) are figures whose reading is
debatable: a row stating one (its clause holds the offset, same value and unit) is neither
credited nor counted against precision, whatever its indicator.

  precision = matched rows / (matched rows + rows matching no truth row)
  recall    = required truth rows matched with the qualifier right / required rows

Both must be at least 95%. The share of matched rows whose year and annual flag are
right is printed as well. `--show` prints every produced row (to read them all).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

TRUTH = os.path.join(gwrtest.ROOT, "tests", "truth", "targets_corpus.tsv")
CORPUS_FILE = "000_872a5794e24126f6.txt"
FLOOR = 0.95


def read_truth():
    rows = []
    with open(TRUTH, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            (report, offset, text, indicator, ind_id, value, high, unit, qual, kind, year,
             annual, status) = line.rstrip("\n").split("\t")
            rows.append({"report": int(report), "offset": int(offset), "text": text,
                         "indicator": indicator, "id": ind_id or None,
                         "value": float(value) if value else None,
                         "high": float(high) if high else None, "unit": unit,
                         "qualifier": qual or None, "kind": kind,
                         "year": int(year) if year else None, "annual": int(annual),
                         "required": status == "R"})
    return rows


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-9


def matches(row, t):
    if row["report"] != t["report"] or not row["start"] <= t["offset"] < row["end"]:
        return False
    if row["kind"] != t["kind"] or row["unit"] != t["unit"]:
        return False
    if not same_value(row["value"], t["value"]):
        return False
    if t["id"] is not None:
        return row["id"] == t["id"]
    return row["id"] is None and row["indicator"] == t["indicator"]


def main():
    gwrtest.need_shared("targets_corpus")
    con = gwrtest.connect()
    if not con.execute("SELECT 1 FROM pragma_module_list WHERE name = 'gwr_targets'").fetchone():
        print("targets_corpus: skipped: gwr_targets is not in this build")
        return
    with open(os.path.join(gwrtest.CORPUS, CORPUS_FILE), encoding="utf-8", newline="") as f:
        doc = f.read()
    produced = []
    for r in con.execute("SELECT report, indicator, indicator_id, value, unit, qualifier, kind, "
                         "year, annual, start, end, text, direction FROM gwr_targets(?1)", (doc,)):
        produced.append({"report": r[0], "indicator": r[1], "id": r[2],
                         "value": None if r[3] is None else float(r[3]), "unit": r[4],
                         "qualifier": r[5], "kind": r[6], "year": r[7], "annual": r[8],
                         "start": r[9], "end": r[10], "text": r[11], "direction": r[12]})
    if "--show" in sys.argv:
        for p in produced:
            print("%d %-10s %-24s %-22s %8s %-8s %-4s %4s %s | %s" % (
                p["report"], p["kind"], p["indicator"], p["id"], p["value"], p["unit"],
                p["qualifier"] or "", p["year"], p["direction"], p["text"]))
    truth = read_truth()
    used = set()
    matched, matched_q, failures = 0, 0, []
    year_ok = annual_ok = 0
    pairs = []
    for i, t in enumerate(truth):
        for j, p in enumerate(produced):
            if j not in used and matches(p, t):
                used.add(j)
                pairs.append((t, p))
                break
        else:
            if t["required"]:
                failures.append("missing: report %d @%d %s %s %s%s %s (%s)" % (
                    t["report"], t["offset"], t["kind"], t["indicator"], t["text"], t["unit"],
                    t["qualifier"] or "", t["id"]))
    required = sum(1 for t in truth if t["required"])
    for t, p in pairs:
        if not t["required"]:
            continue
        matched += 1
        if (p["qualifier"] or None) == t["qualifier"]:
            matched_q += 1
        else:
            failures.append("qualifier: report %d @%d %s %s: %r, want %r" % (
                t["report"], t["offset"], t["indicator"], t["text"], p["qualifier"], t["qualifier"]))
        year_ok += p["year"] == t["year"]
        annual_ok += (p["annual"] or 0) == t["annual"]
    optional = [t for t in truth if not t["required"]]

    def states(p, t):
        return (p["report"] == t["report"] and p["start"] <= t["offset"] < p["end"] and
                p["unit"] == t["unit"] and same_value(p["value"], t["value"]))

    unmatched = [p for j, p in enumerate(produced) if j not in used]
    wrong = [p for p in unmatched if not any(states(p, t) for t in optional)]
    optional_hits = len(unmatched) - len(wrong) + sum(1 for t, p in pairs if not t["required"])
    for p in wrong:
        failures.append("unexpected: report %d %s %s (%s) %s%s %s | %s" % (
            p["report"], p["kind"], p["indicator"], p["id"], p["value"], p["unit"],
            p["qualifier"] or "", p["text"]))
    precision = matched / max(matched + len(wrong), 1)
    recall = matched_q / max(required, 1)
    summary = ("precision %.1f%% (%d of %d rows, %d optional), recall %.1f%% with the qualifier "
               "(%.1f%% without; %d required), year %.1f%%, annual %.1f%%" % (
                   precision * 100, matched, matched + len(wrong), optional_hits, recall * 100,
                   matched / max(required, 1) * 100, required, year_ok / max(matched, 1) * 100,
                   annual_ok / max(matched, 1) * 100))
    print("targets_corpus:", summary)
    gate = []
    if precision < FLOOR:
        gate.append("precision %.1f%% is below %.0f%%" % (precision * 100, FLOOR * 100))
    if recall < FLOOR:
        gate.append("recall %.1f%% is below %.0f%%" % (recall * 100, FLOOR * 100))
    for f in failures:
        print("  " + f)
    gwrtest.report("targets_corpus", gate, summary)


if __name__ == "__main__":
    main()
