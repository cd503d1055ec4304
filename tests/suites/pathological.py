#!/usr/bin/python3
"""Pathological documents, in the style of cmark's pathological tests: inputs built to blow
up a naive parser (one marker repeated, deep alternating nesting, endless digits, scale
words, 百分之, unclosed brackets, one very long line). Every function must finish them in
linear time. Linearity is checked by comparing the work at two sizes (100 KB and 1 MB):
the larger input may take at most RATIO times as long (linear is ~10, quadratic ~100).
No wall-clock threshold: only the ratio of two runs in the same process.

Functions that are not registered in this build are skipped with a notice.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

RATIO = 30.0
SMALL, LARGE = 100_000, 1_000_000

# (name, SQL with ?1 as the document); each result is consumed completely.
STATEMENTS = [
    ("gwr_number", "SELECT gwr_number(?1)"),
    ("gwr_numbers", "SELECT count(*) FROM gwr_numbers(?1)"),
    ("gwr_sections", "SELECT count(*), max(depth) FROM gwr_sections(?1)"),
    ("gwr_sentences", "SELECT count(*) FROM gwr_sentences(?1)"),
    ("gwr_targets", "SELECT count(*) FROM gwr_targets(?1, 2025)"),
    ("gwr_normalize", "SELECT length(gwr_normalize(?1))"),
    ("gwr_repair", "SELECT length(gwr_repair(?1))"),
    ("gwr_repairs", "SELECT count(*) FROM gwr_repairs(?1)"),
    ("gwr_words", "SELECT count(*) FROM gwr_words(?1)"),
    ("gwr_matches", "SELECT count(*) FROM gwr_matches(?1, '\\d+(?:\\.\\d+)?%?')"),
    ("gwr_regexp_replace", "SELECT length(gwr_regexp_replace(?1, '(\\d+)', '<$1>'))"),
]


def repeat(unit, size):
    """unit repeated to about size UTF-8 bytes."""
    n = max(1, size // len(unit.encode("utf-8")))
    return unit * n


def nested(size):
    """Deep alternating nesting: every level opened, then the levels in reverse."""
    down = "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n"
    up = "①戊\n（1）丁\n1.丙\n（一）乙\n一、甲\n"
    return repeat(down + up, size)


INPUTS = [
    ("part markers 一、", lambda n: repeat("一、", n)),
    ("chapter markers （一）", lambda n: repeat("（一）", n)),
    ("item markers 1.", lambda n: repeat("1.", n)),
    ("marker lines 一、 at line starts", lambda n: repeat("一、\n", n)),
    ("enumerations 一是", lambda n: repeat("一是", n)),
    ("dash leads ——", lambda n: repeat("——", n)),
    ("deep alternating nesting", nested),
    ("digits", lambda n: repeat("1234567890", n)),
    ("digits with points", lambda n: repeat("1.2.3.4.5.", n)),
    ("scale words 万万万", lambda n: repeat("万", n)),
    ("Chinese numerals 一二三", lambda n: repeat("一二三四五六七八九十百千", n)),
    ("百分之", lambda n: repeat("百分之", n)),
    ("percent ranges 5%－", lambda n: repeat("5%－", n)),
    ("unclosed brackets （", lambda n: repeat("（", n)),
    ("unclosed quotes “", lambda n: repeat("“增长", n)),
    ("one line, no break", lambda n: repeat("地区生产总值增长5%左右，", n)),
    ("empty lines", lambda n: repeat("\n", n)),
]


def timed(con, sql, doc):
    """Best of three, in this process's CPU time: on a shared machine a run of a few
    milliseconds is often preempted, and wall-clock time would count that."""
    best = None
    for _ in range(3):
        t = time.process_time()
        con.execute(sql, (doc,)).fetchall()
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    con = gwrtest.connect()
    failures, checked = [], 0
    available = []
    for name, sql in STATEMENTS:
        try:
            con.execute(sql, ("",)).fetchall()
            available.append((name, sql))
        except Exception as e:  # not registered in this build
            if "no such" in str(e):
                print("pathological: skipped %s (%s)" % (name, e))
            else:
                failures.append("%s on an empty document: %s" % (name, e))
    for label, make in INPUTS:
        small, large = make(SMALL), make(LARGE)
        for name, sql in available:
            try:
                ts = timed(con, sql, small)
                tl = timed(con, sql, large)
            except Exception as e:
                # An error is acceptable only when it is a clear one from our function.
                if not str(e).startswith(name + "()"):
                    failures.append("%s on %s: unexpected error: %s" % (name, label, e))
                continue
            checked += 1
            ratio = tl / max(ts, 1e-4)
            if ratio > RATIO:
                failures.append("%s on %s: 1 MB took %.1fx the time of 100 KB (%.3fs vs %.3fs)"
                                % (name, label, ratio, tl, ts))
    # One line of 10 MB through every function: it must finish and not fail.
    line = repeat("全区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内；", 10_000_000)
    for name, sql in available:
        try:
            con.execute(sql, (line,)).fetchall()
        except Exception as e:
            if not str(e).startswith(name + "()"):
                failures.append("%s on one 10 MB line: %s" % (name, e))
    gwrtest.report("pathological", failures,
                   "%d function/input pairs linear within %.0fx per 10x size, %d functions"
                   % (checked, RATIO, len(available)))


if __name__ == "__main__":
    main()
