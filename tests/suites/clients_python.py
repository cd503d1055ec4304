#!/usr/bin/python3
"""A real Python client: Debian's /usr/bin/python3 and its sqlite3 module load gwr.so,
create the tables and views of sql/, fill reports from the sample reports and run the
README's targets query; its rows must be the ones the reports state."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402
import samples  # noqa: E402


def main():
    failures = []
    con = gwrtest.connect()
    con.executescript(samples.read_sql("schema.sql"))
    con.executescript(samples.read_sql("views.sql"))
    samples.load_samples(con)

    version = con.execute("SELECT gwr_version()").fetchone()[0]
    count = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    if count != len(samples.sample_files()) or count < 4:
        failures.append("reports holds %d rows, want one per sample report" % count)

    rows = con.execute(samples.README_QUERY).fetchall()
    if not samples.same_rows(rows, samples.README_ROWS):
        failures.append("README query rows:\n  got  %s\n  want %s" % (rows, samples.README_ROWS))
    gwrtest.report("clients_python", failures,
                   "gwr %s, README query: %d rows" % (version, len(rows)))


if __name__ == "__main__":
    main()
