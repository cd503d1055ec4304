"""The sample reports of 青溪区 (tests/fixtures/reports/YYYY-qingxi.txt) and what is true of
them: shared by the client suites (Python, Node) and the SQL-reports suite.

The reports were written for this project, one per year 2023-2026, each with a review of
the year before and targets for its own year, so that the targets of one report meet
their results in the next. The truth below is read off the text by hand.
"""
import glob
import os

import gwrtest

SAMPLES = os.path.join(gwrtest.ROOT, "tests", "fixtures", "reports")

# The README's query: every GDP target of every report.
README_QUERY = """SELECT r.region, r.year, t.indicator_id, t.value, t.unit, t.qualifier
FROM reports r, gwr_targets(r.body, r.year) t
WHERE t.kind = 'target' AND t.indicator_id = 'gdp';"""

# Its rows on the samples, in order (reports by year, targets in document order).
README_ROWS = [
    ("qingxi", 2023, "gdp", 6.5, "%", "左右"),
    ("qingxi", 2024, "gdp", 6, "%", "左右"),
    ("qingxi", 2025, "gdp", 6, "%", "左右"),
    ("qingxi", 2026, "gdp", 5, "%", "以上"),      # 十五五: 年均增长5%以上
    ("qingxi", 2026, "gdp", 650, "亿元", None),   # 十五五: 到2030年…突破650亿元
    ("qingxi", 2026, "gdp", 5.5, "%", "左右"),
]


def sample_files():
    """The sample reports, oldest first."""
    return sorted(glob.glob(os.path.join(SAMPLES, "[0-9][0-9][0-9][0-9]-*.txt")))


def load_samples(con):
    """Fills reports (sql/schema.sql) from the samples the way a client program would:
    region and year from the file name (<year>-<region>.txt), the text as it is."""
    for path in sample_files():
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            body = f.read()
        con.execute("INSERT INTO reports(region, year, body, source) VALUES (?, ?, ?, ?)",
                    (name[5:-4], int(name[:4]), body, name))


def read_sql(name):
    with open(os.path.join(gwrtest.ROOT, "sql", name), encoding="utf-8") as f:
        return f.read()


def registered(con, name):
    """True when the extension registers `name` as a function or a module."""
    return con.execute("SELECT 1 FROM pragma_function_list WHERE name = ?1 "
                       "UNION ALL SELECT 1 FROM pragma_module_list WHERE name = ?1",
                       (name,)).fetchone() is not None


def same_rows(got, want):
    """Rows equal, numbers compared as numbers (6 == 6.0)."""
    def norm(row):
        return tuple(round(v, 9) if isinstance(v, float) else v for v in row)
    return [norm(r) for r in got] == [norm(r) for r in want]
