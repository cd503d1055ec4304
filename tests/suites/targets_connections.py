#!/usr/bin/python3
"""gwr_indicator_add() changes the lexicon of its own connection only, and each
connection's lexicon lives exactly as long as the connection."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402


def main():
    failures = []
    a, b = gwrtest.connect(), gwrtest.connect()
    count = "SELECT count(*) FROM gwr_indicators WHERE id = 'tea_output'"
    if a.execute("SELECT gwr_indicator_add('tea_output', '茶叶产量')").fetchone()[0] != 1:
        failures.append("the first add did not answer 1")
    if a.execute(count).fetchone()[0] != 1:
        failures.append("the adding connection does not list its form")
    if b.execute(count).fetchone()[0] != 0:
        failures.append("another connection sees the form")
    catalogue = b.execute("SELECT count(*) FROM gwr_indicators").fetchone()[0]
    a.close()
    c = gwrtest.connect()
    if c.execute("SELECT count(*) FROM gwr_indicators").fetchone()[0] != catalogue:
        failures.append("a new connection does not start from the catalogue")
    # Many connections, each with forms of its own, opened and closed (leaks show under ASan).
    for k in range(50):
        d = gwrtest.connect()
        d.execute("SELECT gwr_indicator_add('x%d', '形式%d')" % (k, k))
        d.close()
    b.close()
    c.close()
    gwrtest.report("targets_connections", failures)


if __name__ == "__main__":
    main()
