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
    """The sample reports of 青溪区, oldest first (other fixtures may share the folder)."""
    return sorted(glob.glob(os.path.join(SAMPLES, "[0-9][0-9][0-9][0-9]-qingxi.txt")))


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


def same_rows(got, want):
    """Rows equal, numbers compared as numbers (6 == 6.0)."""
    def norm(row):
        return tuple(round(v, 9) if isinstance(v, float) else v for v in row)
    return [norm(r) for r in got] == [norm(r) for r in want]

# target_outcomes on the samples: (indicator_id, year, unit, target_value,
# target_value_high, target_qualifier, outcome_value, gap, met), in report order.
# Region is 'qingxi' throughout. The 2026 targets have no result yet.
OUTCOMES = [
    # 2023 report's targets, judged by the 2024 report's review
    ("gdp", 2023, "%", 6.5, None, "左右", 6.1, -0.4, 0),
    ("fiscal_revenue", 2023, "%", 6, None, None, 4.2, -1.8, 0),
    ("industrial_va", 2023, "%", 8, None, "以上", 8.6, 0.6, 1),
    ("fai", 2023, "%", 8, None, "左右", -2.3, -10.3, 0),          # 下降2.3%
    ("retail_sales", 2023, "%", 7, None, "以上", 7.8, 0.8, 1),
    ("trade", 2023, "%", 4, None, "左右", 3.1, -0.9, 0),
    ("income_urban", 2023, "%", 6, None, None, 5.2, -0.8, 0),     # 城乡居民…分别增长6%和7.5%
    ("income_rural", 2023, "%", 7.5, None, None, 7.9, 0.4, 1),
    ("unemp_surveyed", 2023, "%", 5.5, None, "以内", 5.3, -0.2, 1),
    ("cpi", 2023, "%", 3, None, "左右", 0.2, -2.8, 1),              # a ceiling (indicator_bounds)
    ("pop_growth", 2023, "‰", 4, None, "以内", 2.6, -1.4, 1),
    ("grain", 2023, "万吨", 9.6, None, "以上", 9.7, 0.1, 1),
    ("jobs_new_urban", 2023, "万人", 1.1, None, "以上", 1.28, 0.18, 1),
    ("rd_intensity", 2023, "个百分点", 0.15, None, None, None, None, None),  # no result given
    # 2024 report's targets, judged by the 2025 report
    ("gdp", 2024, "%", 6, None, "左右", 5.8, -0.2, 0),
    ("fiscal_revenue", 2024, "%", 5, None, "以上", 6.1, 1.1, 1),
    ("industrial_va", 2024, "%", 7, None, "以上", 7.4, 0.4, 1),
    ("fai", 2024, "%", 6, 7, None, 4.9, -1.1, 0),                 # 6%－7%
    ("retail_sales", 2024, "%", 6, None, "左右", 5.2, -0.8, 0),
    ("trade", 2024, "%", 5, None, "左右", 8.3, 3.3, 1),
    ("income_urban", 2024, "%", 5.5, None, None, 4.9, -0.6, 0),
    ("income_rural", 2024, "%", 6.5, None, None, 6.6, 0.1, 1),
    ("unemp_surveyed", 2024, "%", 5.5, None, "以内", 5.1, -0.4, 1),
    ("cpi", 2024, "%", 3, None, "左右", 0.4, -2.6, 1),
    ("pop_growth", 2024, "‰", 3, None, "以内", 2.1, -0.9, 1),
    ("energy_intensity", 2024, "%", 3, None, None, 3.2, 0.2, 1),  # 下降3% vs 下降3.2%
    ("rd_intensity", 2024, "%", 2.6, None, None, 2.65, 0.05, 1),
    ("grain", 2024, "万吨", 9.5, None, "以上", 9.8, 0.3, 1),
    ("jobs_new_urban", 2024, "万人", 1.2, None, "以上", 1.35, 0.15, 1),
    # 2025 report's targets, judged by the 2026 report
    ("gdp", 2025, "%", 6, None, "左右", 6.2, 0.2, 1),
    ("fiscal_revenue", 2025, "%", 5.5, None, "以上", 4.8, -0.7, 0),
    ("industrial_va", 2025, "%", 7, None, "以上", 8.3, 1.3, 1),     # 力争达到8%
    ("fai", 2025, "%", 5, 6, None, 5.4, 0.4, 1),
    ("retail_sales", 2025, "%", 6, None, None, 5.1, -0.9, 0),
    ("trade", 2025, "%", None, None, None, 9.6, None, None),       # 增长×%
    ("income_urban", 2025, "%", 5, None, None, 4.6, -0.4, 0),
    ("income_rural", 2025, "%", 6.5, None, None, 6.8, 0.3, 1),
    ("unemp_surveyed", 2025, "%", 5.5, None, "以内", 5.2, -0.3, 1),
    ("cpi", 2025, "%", 3, None, "左右", -0.3, -3.3, 1),             # 下降0.3%
    ("pop_growth", 2025, "‰", 3, None, "以内", 1.4, -1.6, 1),
    ("energy_intensity", 2025, "%", 2.5, None, None, 2.1, -0.4, 0),
    ("rd_intensity", 2025, "个百分点", 0.2, None, None, 0.19, -0.01, 0),
    ("grain", 2025, "万吨", 9.5, None, "以上", 9.9, 0.4, 1),
    # ... and from the tasks part
    ("digital_va", 2025, "%", 10, None, "左右", None, None, None),
    ("air_quality_days", 2025, "%", 90, None, "以上", 92.4, 2.4, 1),  # 92.4％
    ("pm25", 2025, "微克/立方米", 30, None, "以内", None, None, None),
    ("surface_water_quality", 2025, "%", 100, None, None, None, None, None),
    ("jobs_new_urban", 2025, "万人", 1.2, None, "以上", 1.18, -0.02, 0),
    # 2026 report's targets (十五五 goals are multi-year: left out)
    ("gdp", 2026, "%", 5.5, None, "左右", None, None, None),
    ("fiscal_revenue", 2026, "%", 5, None, "左右", None, None, None),
    ("industrial_va", 2026, "%", 7, None, "左右", None, None, None),
    ("fai", 2026, "%", 5, None, "以上", None, None, None),
    ("retail_sales", 2026, "%", 5.5, None, None, None, None, None),
    ("trade", 2026, "%", 6, None, None, None, None, None),
    ("unemp_surveyed", 2026, "%", 5.5, None, "左右", None, None, None),
    ("jobs_new_urban", 2026, "万人", 1.2, None, "以上", None, None, None),
    ("cpi", 2026, "%", 2, None, "左右", None, None, None),
    ("grain", 2026, "万吨", 9.6, None, "以上", None, None, None),
    ("rd_intensity", 2026, "个百分点", 0.15, None, "左右", None, None, None),
]
