#!/usr/bin/python3
"""The analyst's workflow of docs/guide.md on the sample reports of 青溪区, in the sqlite3
shell: sql/schema.sql, sql/views.sql and sql/load_folder.sql on tests/fixtures/reports,
then target_outcomes checked row by row against the truth read off the reports
(tests/tools/samples.py), then every file of sql/reports/ run in .mode box, and the HTML
that chart.sql writes parsed and checked year by year. docs/chart-gdp.svg, the picture in
docs/guide.md, must be the SVG that chart.sql draws for gdp:

  tests/suites/sql_reports.py --update-docs    rewrites it (look at the result!)"""
import glob
import html.parser
import os
import shutil
import sqlite3
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402
import samples  # noqa: E402

SUITE = "sql_reports"


def fmt(row):
    return "(" + ", ".join("%g" % v if isinstance(v, float) else repr(v) for v in row) + ")"


def check_outcomes(db, failures):
    con = gwrtest.connect(db)
    rows = con.execute(
        "SELECT indicator_id, year, unit, target_value, target_value_high, target_qualifier,"
        "       outcome_value, gap, met FROM target_outcomes"
        " WHERE region = 'qingxi' ORDER BY target_report, target_id").fetchall()
    norm = lambda r: tuple(round(v, 9) if isinstance(v, float) else v for v in r)  # noqa: E731
    got, want = [norm(r) for r in rows], [norm(r) for r in samples.OUTCOMES]
    for r in want:
        if r not in got:
            failures.append("target_outcomes: missing %s" % fmt(r))
    for r in got:
        if r not in want:
            failures.append("target_outcomes: unexpected %s" % fmt(r))
    if sorted(got, key=repr) == sorted(want, key=repr) and got != want:
        failures.append("target_outcomes: the right rows in the wrong order")
    return len(rows)


class Chart(html.parser.HTMLParser):
    """Collects, per <g class="year" data-year=...>, the classes of its marks."""

    def __init__(self):
        super().__init__()
        self.years, self.current, self.depth, self.svg = {}, None, 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "svg":
            self.svg += 1
        if tag == "g" and "year" in classes:
            self.current, self.depth = int(a["data-year"]), 0
            self.years[self.current] = []
        elif self.current is not None:
            if tag == "g":
                self.depth += 1
            self.years[self.current].append((tag, tuple(classes)))

    def handle_endtag(self, tag):
        if tag == "g" and self.current is not None:
            if self.depth == 0:
                self.current = None
            else:
                self.depth -= 1


DOCS_CHART = os.path.join(gwrtest.ROOT, "docs", "chart-gdp.svg")


def check_docs_chart(page, failures):
    """The guide's picture is the <svg> of chart.sql's page for gdp."""
    svg = page[page.index("<svg"):page.rindex("</svg>") + len("</svg>")] + "\n"
    if "--update-docs" in sys.argv:
        with open(DOCS_CHART, "w", encoding="utf-8") as f:
            f.write(svg)
    with open(DOCS_CHART, encoding="utf-8") as f:
        if f.read() != svg:
            failures.append("docs/chart-gdp.svg is not what chart.sql draws for gdp; rewrite it "
                            "with tests/suites/sql_reports.py --update-docs")


def check_chart(db, tmp, indicator, want, failures):
    """want: {year: (target mark or None, verdict class of the result point or None)}."""
    path = os.path.join(tmp, indicator + ".html")
    out = gwrtest.shell(".parameter set @indicator %s\n.parameter set @chart '%s'\n"
                        ".read sql/reports/chart.sql\n" % (indicator, path), db=db)
    if not out.startswith("wrote %s" % path):
        failures.append("chart.sql %s: %s" % (indicator, out))
        return
    with open(path, encoding="utf-8") as f:
        page = f.read()
    if indicator == "gdp":
        check_docs_chart(page, failures)
    chart = Chart()
    chart.feed(page)
    chart.close()
    if chart.svg != 1 or not page.startswith("<!DOCTYPE html>") or "<script" in page:
        failures.append("chart.sql %s: want one inline <svg> in a page without scripts" % indicator)
    if sorted(chart.years) != sorted(want):
        failures.append("chart.sql %s: years %s, want %s" % (indicator, sorted(chart.years), sorted(want)))
    for year, (target, verdict) in want.items():
        marks = chart.years.get(year, [])
        targets = [c for t, c in marks if "target" in c]
        points = [c for t, c in marks if t == "circle" and "outcome" in c]
        if [c[1] for c in targets] != ([target] if target else []):
            failures.append("chart.sql %s %d: target marks %s, want %s" % (indicator, year, targets, target))
        if [c[1] for c in points] != ([verdict] if verdict else []):
            failures.append("chart.sql %s %d: result points %s, want %s" % (indicator, year, points, verdict))


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        # A folder of the samples alone (other fixtures may share tests/fixtures/reports).
        folder = os.path.join(tmp, "reports")
        os.mkdir(folder)
        for path in samples.sample_files():
            shutil.copy(path, folder)
        db = os.path.join(tmp, "reports.db")
        out = gwrtest.shell(".read sql/schema.sql\n.read sql/views.sql\n"
                            ".parameter set @folder '%s'\n.read sql/load_folder.sql\n" % folder,
                            db=db, extra_args=("-bail",))
        loaded = sqlite3.connect(db).execute(
            "SELECT group_concat(year || ':' || region || ':' || delivered, ' ') FROM "
            "(SELECT * FROM reports ORDER BY year)").fetchone()[0]
        if loaded != ("2023:qingxi:2023-01-06 2024:qingxi:2024-01-10 "
                      "2025:qingxi:2025-01-09 2026:qingxi:2026-01-08"):
            failures.append("loading the samples: %s\n%s" % (loaded, out))
        n = check_outcomes(db, failures)

        # Every ready-made report runs, readable in .mode box, without an error.
        outputs = {}
        for path in sorted(glob.glob(os.path.join(gwrtest.ROOT, "sql", "reports", "*.sql"))):
            name = os.path.basename(path)
            chart = os.path.join(tmp, "default.html")
            out = gwrtest.shell(".parameter set @chart '%s'\n.mode box\n.read sql/reports/%s\n"
                                % (chart, name), db=db)
            outputs[name] = out
            if "error" in out.lower() or not out.startswith("┌"):
                failures.append("sql/reports/%s:\n%s" % (name, out))
        expect = {
            "outline.sql": ["一、2022年工作回顾", "  （一）全力稳住经济大盘", "    1.着力扩大有效投资"],
            "targets.sql": ["增长6.5%左右", "增长6–7%", "控制在5.5%以内", "力争8%", "×%"],
            "target_outcomes.sql": ["met", "missed", "redacted", "no result", "-10.3"],
            "qualifiers.sql": ["2023", "2026", "左右"],
            "words.sql": ["qingxi"],
            "chart.sql": ["wrote %s" % os.path.join(tmp, "default.html")],
        }
        for name, needles in expect.items():
            for needle in needles:
                if needle not in outputs.get(name, ""):
                    failures.append("sql/reports/%s: no %r in\n%s" % (name, needle, outputs[name]))
        if outputs.get("words.sql", "").count("qingxi") != 4:
            failures.append("sql/reports/words.sql: want one row per report")

        # The chart: one column per year, each with its target mark and its result point.
        check_chart(db, tmp, "gdp", {
            2022: (None, "plain"), 2023: ("bar", "missed"), 2024: ("bar", "missed"),
            2025: ("bar", "met"), 2026: ("bar", None)}, failures)
        check_chart(db, tmp, "fai", {
            2022: (None, "plain"), 2023: ("bar", "missed"), 2024: ("range", "missed"),
            2025: ("range", "met"), 2026: ("bar", None)}, failures)
        check_chart(db, tmp, "trade", {
            2022: (None, "plain"), 2023: ("bar", "missed"), 2024: ("bar", "met"),
            2025: (None, "redacted"), 2026: ("bar", None)}, failures)
    gwrtest.report(SUITE, failures, "%d target_outcomes rows, %d files of sql/reports run"
                   % (n, len(outputs)))

if __name__ == "__main__":
    main()
