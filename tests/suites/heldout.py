#!/usr/bin/python3
"""Held-out check: gwr_sections and gwr_targets on reports the lead wrote in the styles of
other levels and years (tests/fixtures/heldout/), scored against tests/truth/heldout_*.tsv.
The shared corpus is one compilation of district reports; these check that the rules
generalise. Prints precision and recall; fails below the floors in
tests/truth/heldout_floors.tsv (a ratchet: raise them as the parsers improve, never lower).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

FIXTURES = os.path.join(gwrtest.ROOT, "tests", "fixtures", "heldout")
TRUTH = os.path.join(gwrtest.ROOT, "tests", "truth")
OUTLINE_KINDS = {"report", "part", "chapter", "item", "subitem", "enum", "appendix"}


def read_tsv(name):
    rows = []
    with open(os.path.join(TRUTH, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def documents():
    docs = {}
    for name in sorted(os.listdir(FIXTURES)):
        with open(os.path.join(FIXTURES, name), encoding="utf-8", newline="") as f:
            docs[os.path.splitext(name)[0]] = f.read()
    return docs


def num(s):
    return None if s in ("", None) else float(s)


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


def score_outline(con, docs, failures):
    truth = read_tsv("heldout_outline.tsv")
    found = matched = parent_ok = role_ok = produced = 0
    used = set()
    sections = {}
    for name, text in docs.items():
        sections[name] = con.execute(
            "SELECT id, parent, kind, marker, title, role FROM gwr_sections(?1)", (text,)).fetchall()
    for name, kind, marker, prefix, parent, role in truth:
        rows = sections.get(name, [])
        byid = {r[0]: r for r in rows}
        hit = None
        for r in rows:
            if (name, r[0]) in used or r[2] != kind or (r[3] or "") != marker:
                continue
            title = r[4] or ""
            if (kind == "report" and prefix in title) or title.startswith(prefix):
                hit = r
                break
        if hit is None:
            failures.append("outline: %s: missing %s %s%s" % (name, kind, marker, prefix))
            continue
        used.add((name, hit[0]))
        matched += 1
        p = byid.get(hit[1])
        got_parent = "-" if p is None else (p[3] or (p[4] or "")[:len(parent)])
        if got_parent == parent or (p is not None and not p[3] and (p[4] or "").find(parent) >= 0):
            parent_ok += 1
        else:
            failures.append("outline: %s: %s%s has parent %r, want %r" % (name, marker, prefix, got_parent, parent))
        if hit[5] in role.split("|"):
            role_ok += 1
        else:
            failures.append("outline: %s: %s%s has role %r, want %r" % (name, marker, prefix, hit[5], role))
    for name, rows in sections.items():
        for r in rows:
            if r[2] in OUTLINE_KINDS:
                produced += 1
                if (name, r[0]) not in used:
                    failures.append("outline: %s: unexpected %s %s%s" % (name, r[2], r[3] or "", (r[4] or "")[:12]))
    found = len(truth)
    recall = matched / found if found else 1.0
    precision = matched / produced if produced else 1.0
    return {"outline_recall": recall, "outline_precision": precision,
            "outline_parent": parent_ok / max(matched, 1), "outline_role": role_ok / max(matched, 1)}


def score_targets(con, docs, failures):
    truth = read_tsv("heldout_targets.tsv")
    rows = {}
    for name, text in docs.items():
        year = int(name[:4])
        rows[name] = con.execute(
            "SELECT id, kind, indicator_id, value, value_high, unit, qualifier, year, "
            "period_start, period_end, annual FROM gwr_targets(?1, ?2)", (text, year)).fetchall()
    used = set()
    matched = details_ok = 0
    for t in truth:
        name, kind, ind, value, high, unit, qual = t[:7]
        year, pstart, pend, annual = t[7:11]
        hit = None
        for r in rows.get(name, []):
            if (name, r[0]) in used:
                continue
            if (r[1], r[2], r[5], r[6] or "") == (kind, ind, unit, qual) and \
                    same_number(r[3], num(value)) and same_number(r[4], num(high)):
                hit = r
                break
        if hit is None:
            failures.append("targets: %s: missing %s %s %s%s%s %s" % (name, kind, ind, value,
                            "-" + high if high else "", unit, qual))
            continue
        used.add((name, hit[0]))
        matched += 1
        ok = True
        for want, got, label in ((year, hit[7], "year"), (pstart, hit[8], "period_start"),
                                 (pend, hit[9], "period_end")):
            if want and str(got) != want:
                failures.append("targets: %s: %s %s %s: %s %r, want %s" % (name, kind, ind, value, label, got, want))
                ok = False
        if str(hit[10] or 0) != annual:
            failures.append("targets: %s: %s %s %s: annual %r, want %s" % (name, kind, ind, value, hit[10], annual))
            ok = False
        details_ok += ok
    produced = 0
    for name, rs in rows.items():
        for r in rs:
            if r[2] is None or r[3] is None:
                continue
            produced += 1
            if (name, r[0]) not in used:
                failures.append("targets: %s: unexpected %s %s %s%s %s" % (name, r[1], r[2], r[3], r[5], r[6] or ""))
    return {"targets_recall": matched / len(truth), "targets_precision": matched / max(produced, 1),
            "targets_year": details_ok / max(matched, 1)}


def main():
    con = gwrtest.connect()
    names = {r[0] for r in con.execute("SELECT name FROM pragma_module_list")}
    docs = documents()
    detail, scores = [], {}
    if "gwr_sections" in names:
        scores.update(score_outline(con, docs, detail))
    else:
        print("heldout: outline skipped (gwr_sections is not in this build)")
    if "gwr_targets" in names:
        scores.update(score_targets(con, docs, detail))
    else:
        print("heldout: targets skipped (gwr_targets is not in this build)")
    floors = {}
    for row in read_tsv("heldout_floors.tsv"):
        floors[row[0]] = float(row[1])
    failures = []
    for key, value in sorted(scores.items()):
        floor = floors.get(key, 0.0)
        print("heldout: %-18s %6.1f%%  (floor %.1f%%)" % (key, value * 100, floor * 100))
        if value + 1e-9 < floor:
            failures.append("%s %.1f%% is below its floor %.1f%%" % (key, value * 100, floor * 100))
    for d in detail:
        print("  " + d)
    gwrtest.report("heldout", failures, ", ".join("%s %.1f%%" % (k, v * 100) for k, v in sorted(scores.items())))


if __name__ == "__main__":
    main()
