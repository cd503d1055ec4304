"""Every row of every table-valued function (and the text scalars) over every text we have, in one file: an
optimisation must leave it byte for byte the same.

    /usr/bin/python3 tests/bench/snapshot.py build/gwr.so > /tmp/before.txt
    ... optimise, rebuild ...
    /usr/bin/python3 tests/bench/snapshot.py build/gwr.so > /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

The texts: the shared corpus, our fixtures (tests/fixtures/**/*.txt), every string of
the peers' test files (../shared/peers/**/*.json and .txt, one document each), and the
corpus again with CRLF line ends, with full-width digits, and cut into pieces at odd
byte offsets (each piece a document, so every function meets truncated lines). Without
../shared only our fixtures are read.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

# Each function with its columns in a fixed order. Families add theirs as they land.
FUNCTIONS = [
    ("gwr_numbers", "SELECT * FROM gwr_numbers(?1)"),
    ("gwr_sections", "SELECT * FROM gwr_sections(?1)"),
    ("gwr_sentences", "SELECT * FROM gwr_sentences(?1)"),
    ("gwr_targets", "SELECT * FROM gwr_targets(?1)"),
    ("gwr_targets 2024", "SELECT * FROM gwr_targets(?1, 2024)"),
    ("gwr_words", "SELECT * FROM gwr_words(?1)"),
    ("gwr_repairs", "SELECT * FROM gwr_repairs(?1)"),
    ("gwr_normalize", "SELECT gwr_normalize(?1), gwr_normalize(?1, 'NFKC_CF')"),
    ("gwr_repair", "SELECT gwr_repair(?1)"),
]


def strings_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_of(v)


def documents():
    root = gwrtest.ROOT
    for path in sorted(glob.glob(os.path.join(root, "tests", "fixtures", "**", "*.txt"),
                                 recursive=True)):
        with open(path, encoding="utf-8") as f:
            yield os.path.relpath(path, root), f.read()
    if not os.path.isdir(gwrtest.SHARED):
        return
    corpus = []
    for path in sorted(glob.glob(os.path.join(gwrtest.CORPUS, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        corpus.append(text)
        yield os.path.basename(path), text
    for path in sorted(glob.glob(os.path.join(gwrtest.PEERS, "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for i, s in enumerate(strings_of(json.load(f))):
                yield "%s#%d" % (os.path.relpath(path, gwrtest.PEERS), i), s
    for path in sorted(glob.glob(os.path.join(gwrtest.PEERS, "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield "%s:%d" % (os.path.relpath(path, gwrtest.PEERS), i + 1), line
    full_width = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
    for k, text in enumerate(corpus):
        yield "corpus%d-crlf" % k, text.replace("\n", "\r\n")
        yield "corpus%d-fullwidth" % k, text.translate(full_width)
        data = text.encode("utf-8")
        step, start = 4093, 0
        while start < len(data):
            piece = data[start:start + step].decode("utf-8", errors="ignore")
            yield "corpus%d@%d" % (k, start), piece
            start += step
            step = step * 7 % 9973 + 101


def main():
    if len(sys.argv) > 1:
        gwrtest.EXT = os.path.abspath(sys.argv[1])
    con = gwrtest.connect()
    out = sys.stdout
    for name, text in documents():
        for func, sql in FUNCTIONS:
            for row in con.execute(sql, (text,)):
                out.write("%s\t%s\t%s\n" % (name, func, "\t".join(repr(v) for v in row)))


if __name__ == "__main__":
    main()
