#!/usr/bin/python3
"""The FTS5 tokenizer gwr over our own clean report (tests/fixtures/text/clean_report.txt):
every word found by a query is highlighted exactly where the text has it, snippet() cuts
at characters, queries by word, phrase and prefix agree with a plain substring search,
and bad input (options, invalid UTF-8) behaves as documented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "text_tokenizer"
OPEN, CLOSE = "\x01", "\x02"


def main():
    path = os.path.join(gwrtest.ROOT, "tests", "fixtures", "text", "clean_report.txt")
    with open(path, encoding="utf-8") as f:
        paras = [p for p in f.read().split("\n") if p.strip()]
    con = gwrtest.connect()
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'gwr')")
    con.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", list(enumerate(paras, 1)))
    failures = []

    # Word and phrase queries: the paragraphs found are those that contain the text, and
    # highlight() marks nothing but it.
    for query, text in [("营商环境", "营商环境"), ("民营企业", "民营企业"), ("储备", "储备"),
                        ('"城市 更新"', "城市更新"), ("GDP", "GDP"), ("首店", "首店")]:
        want = {i for i, p in enumerate(paras, 1) if text.lower() in p.lower()}
        rows = con.execute("SELECT rowid, highlight(t, 0, ?, ?) FROM t WHERE t MATCH ?",
                           (OPEN, CLOSE, query)).fetchall()
        got = {r for r, _ in rows}
        if got - want or len(got) * 10 < len(want) * 9:
            failures.append("MATCH %r: %d paragraphs, the text has %d" % (query, len(got), len(want)))
        for rowid, marked in rows:
            if marked.replace(OPEN, "").replace(CLOSE, "") != paras[rowid - 1]:
                failures.append("highlight() changed paragraph %d" % rowid)
            for piece in marked.split(OPEN)[1:]:
                if piece.split(CLOSE)[0].lower() != text.lower():
                    failures.append("MATCH %r highlighted %r" % (query, piece.split(CLOSE)[0]))

    # Prefix: every highlighted word starts with the prefix.
    for rowid, marked in con.execute("SELECT rowid, highlight(t, 0, ?, ?) FROM t WHERE t MATCH '投*'",
                                     (OPEN, CLOSE)):
        for piece in marked.split(OPEN)[1:]:
            if not piece.startswith("投"):
                failures.append("prefix 投* highlighted %r" % piece.split(CLOSE)[0])

    # snippet(): the marked word sits inside a piece of the paragraph.
    for rowid, snip in con.execute("SELECT rowid, snippet(t, 0, '<', '>', '…', 5) FROM t "
                                   "WHERE t MATCH '矗立'"):
        inner = snip.replace("…", "")
        if "<矗立>" not in inner or inner.replace("<", "").replace(">", "") not in paras[rowid - 1]:
            failures.append("snippet() of paragraph %d is %r" % (rowid, snip))

    # Invalid UTF-8 in a document: skipped bytes, the words around them still found.
    con.execute("INSERT INTO t(rowid, body) VALUES (100000, CAST(x'E694B9FFE99DA9E5BC80E694BE' AS TEXT))")
    got = con.execute("SELECT hex(highlight(t, 0, '[', ']')) FROM t WHERE t MATCH '开放' AND rowid = 100000").fetchall()
    if got != [("E694B9FFE99DA95BE5BC80E694BE5D",)]:
        failures.append("invalid UTF-8 document: %r" % got)

    # A very long Latin word is one token; a document of whitespace has none.
    con.execute("INSERT INTO t(rowid, body) VALUES (100001, ?)", ("x" * 100000 + " 尾",))
    con.execute("INSERT INTO t(rowid, body) VALUES (100002, ?)", (" \n\u3000\u200b",))
    if con.execute("SELECT rowid FROM t WHERE t MATCH '尾'").fetchall() != [(100001,)]:
        failures.append("the word after a 100,000-letter word is not found")

    # The tokenizer takes no options.
    try:
        con.execute("CREATE VIRTUAL TABLE bad USING fts5(x, tokenize = 'gwr porter')")
        failures.append("tokenize = 'gwr porter' was accepted")
    except Exception as e:
        if "tokenizer" not in str(e):
            failures.append("tokenizer options: %s" % e)
    gwrtest.report(SUITE, failures, "%d paragraphs indexed" % len(paras))


if __name__ == "__main__":
    main()
