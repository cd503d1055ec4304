#!/usr/bin/python3
"""The text family against the real corpus (../shared/corpus):
  - gwr_repairs finds every GBK merge listed in tests/truth/gbk_repairs.tsv and every hard
    wrap in tests/truth/hard_wraps.tsv, and nothing else;
  - gwr_decode detects and decodes the corpus re-encoded as GB18030, GBK, Big5, UTF-16LE/BE;
  - gwr_words covers the corpus: every word is substr(doc, start + 1, end - start);
  - the FTS5 tokenizer finds words and phrases, and highlight() marks exactly them.
Skips on a fresh clone without ../shared."""
import glob
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "text_corpus"


def truth(name):
    """The rows of tests/truth/<name>, offsets as integers."""
    rows = set()
    with open(os.path.join(gwrtest.ROOT, "tests", "truth", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            rows.add((int(cols[0]), int(cols[1])) + tuple(cols[2:]))
    return rows


def main():
    gwrtest.need_shared(SUITE)
    paths = sorted(glob.glob(os.path.join(gwrtest.CORPUS, "*.txt")))
    corpus = os.path.join(gwrtest.CORPUS, "000_872a5794e24126f6.txt")
    with open(corpus, encoding="utf-8") as f:
        text = f.read()
    con = gwrtest.connect()
    failures = []

    # GBK merges: found, missed, false.
    want = truth("gbk_repairs.tsv")
    got = set(con.execute('SELECT start, "end", before, after FROM gwr_repairs(?) '
                          "WHERE reason = 'gbk_merge'", (text,)))
    for row in sorted(want - got):
        failures.append("missed GBK merge %s" % (row,))
    for row in sorted(got - want):
        failures.append("false GBK merge %s" % (row,))
    for start, end, before, after in got:
        if text[start:end] != before:
            failures.append("offsets of %s do not point at %r" % ((start, end), before))
    repaired = con.execute("SELECT gwr_repair(?)", (text,)).fetchone()[0]
    for start, end, before, after in want:
        context = text[max(0, start - 6):start] + after
        if context not in repaired:
            failures.append("gwr_repair() lacks %r" % context)

    # Hard wraps: found, missed, false; what is removed is only the break and its spaces.
    wraps_want = {(start, end) for start, end, _ in truth("hard_wraps.tsv")}
    wraps_got = set()
    for start, end, before, after in con.execute(
            'SELECT start, "end", before, after FROM gwr_repairs(?) WHERE reason = \'hard_wrap\'',
            (text,)):
        wraps_got.add((start, end))
        if before.strip() or after != "" or "\n" not in before:
            failures.append("hard wrap at %d removes %r" % (start, before))
    for row in sorted(wraps_want - wraps_got):
        failures.append("missed hard wrap %s" % (row,))
    for row in sorted(wraps_got - wraps_want):
        failures.append("false hard wrap %s: %r" % (row, text[row[0] - 6:row[1] + 6]))

    # Decoding: the corpus in the charsets reports arrive in, detected and named.
    for charset, name in [("gb18030", "GB18030"), ("gbk", "GBK"), ("big5", "Big5"),
                          ("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")]:
        data = text.encode(charset, errors="ignore")
        expected = data.decode(charset)
        detected = con.execute("SELECT gwr_decode(?)", (data,)).fetchone()[0]
        named = con.execute("SELECT gwr_decode(?, ?)", (data, name)).fetchone()[0]
        if detected != expected:
            failures.append("gwr_decode() did not detect %s" % name)
        if named != expected:
            failures.append("gwr_decode(x, '%s') differs" % name)

    # Words: offsets point into the document, kinds are known, nothing is whitespace.
    n_words = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = f.read()
        for word, kind, start, end in con.execute(
                'SELECT word, kind, start, "end" FROM gwr_words(?)', (doc,)):
            n_words += 1
            if doc[start:end] != word:
                failures.append("word %r at %d..%d is %r in the document" % (word, start, end, doc[start:end]))
            if kind not in ("han", "latin", "number", "punct") or not word.strip():
                failures.append("word %r has kind %r" % (word, kind))
            if len(failures) > 20:
                break

    # FTS5: the corpus paragraph by paragraph.
    con.execute("CREATE VIRTUAL TABLE temp.paras USING fts5(body, tokenize='gwr')")
    paras = [p for p in text.split("\n") if p.strip()]
    con.executemany("INSERT INTO temp.paras VALUES (?)", [(p,) for p in paras])
    for query, needle in [("招商引资", None), ("固定资产投资", None), ('"高新技术 产业"', "高新技术产业"),
                          ("GDP", None), ("农民*", "农民")]:
        rows = con.execute("SELECT rowid, highlight(paras, 0, char(1), char(2)) FROM paras "
                           "WHERE paras MATCH ?", (query,)).fetchall()
        plain = (needle or query).lower()
        expected = sum(1 for p in paras if plain in p.lower().replace("ｇｄｐ", "gdp"))
        # A word query misses a paragraph only where ICU cuts the text differently there.
        if len(rows) > expected or len(rows) * 10 < expected * 9:
            failures.append("MATCH %r: %d rows, the text has %d paragraphs with it" % (query, len(rows), expected))
        for rowid, marked in rows:
            for piece in marked.split("\x01")[1:]:
                word = piece.split("\x02")[0]
                if not word.lower().startswith(plain) and word.lower() not in plain:
                    failures.append("MATCH %r highlighted %r" % (query, word))
    gwrtest.report(SUITE, failures,
                   "%d of %d GBK merges found, %d false; %d of %d hard wraps joined, %d false; "
                   "%d words" % (len(want & got), len(want), len(got - want),
                                 len(wraps_want & wraps_got), len(wraps_want),
                                 len(wraps_got - wraps_want), n_words))


if __name__ == "__main__":
    main()
