#!/usr/bin/python3
"""Regexp under threads: several connections in several threads use the same patterns at
the same time (Python's sqlite3 releases the GIL while SQLite runs, so the extension's code
really runs in parallel). Every thread must get exactly the answers a single thread gets,
errors included, and nothing may crash (under `make asan` ASan watches every access)."""
import os
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

THREADS = 4
ROUNDS = 15

FIGURE = r"(\d+(?:\.\d+)?)\s*(%|％|亿元|万元|万人|个百分点)"
QUERIES = [
    ("SELECT count(*), sum(start), sum(\"end\"), group_concat(groups, ';') "
     "FROM docs, gwr_matches(docs.body, ?1)", (FIGURE,)),
    ("SELECT sum(body REGEXP ?1), sum(gwr_regexp_like(body, ?1)) FROM docs", (FIGURE,)),
    ("SELECT group_concat(gwr_regexp_substr(body, ?1), '|'), "
     "group_concat(gwr_regexp_capture(body, ?1, 2), '|') FROM docs", (FIGURE,)),
    ("SELECT sum(length(gwr_regexp_replace(body, ?1, '<$1|$2>'))) FROM docs", (FIGURE,)),
    # the limit error must reach each thread as an error, never as 0
    ("SELECT gwr_regexp_like(printf('%.*c', 40, 'a') || 'b', ?1)", (r"(a+)+$",)),
    # a pattern per row: compiled by every call in every thread
    ("SELECT group_concat(gwr_regexp_substr(body, p), '|') FROM docs, "
     "(SELECT '\\p{Han}{4}' AS p UNION ALL SELECT '\\d+%')", ()),
]


def load_docs(con):
    path = os.path.join(gwrtest.ROOT, "tests", "fixtures", "reports", "2025-qingxi.txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    con.execute("CREATE TABLE docs(body TEXT)")
    # texts of different lengths, so that the threads are at different places at any time
    con.executemany("INSERT INTO docs VALUES (?)", [(text * k,) for k in (1, 3, 7, 11)])


def answers(con):
    out = []
    for sql, args in QUERIES:
        try:
            out.append(con.execute(sql, args).fetchall())
        except Exception as e:  # noqa: BLE001 - the error message is the answer
            out.append("error: %s" % e)
    return out


def main():
    reference_con = gwrtest.connect()
    load_docs(reference_con)
    reference = answers(reference_con)
    failures = []
    if not str(reference[4]).startswith("error: gwr_regexp_like(): PCRE2 match limit exceeded"):
        failures.append("the backtracking query did not fail with the match limit: %r" % reference[4])
    lock = threading.Lock()

    def worker(n):
        con = gwrtest.connect()
        load_docs(con)
        for r in range(ROUNDS):
            got = answers(con)
            if got != reference:
                with lock:
                    failures.append("thread %d round %d: answers differ" % (n, r))
                return

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    gwrtest.report("regexp_threads", failures,
                   "%d threads x %d rounds x %d queries" % (THREADS, ROUNDS, len(QUERIES)))


if __name__ == "__main__":
    main()
