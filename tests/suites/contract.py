#!/usr/bin/python3
"""Contract: the SQL names the extension registers are exactly those declared in
tests/contract/implemented.txt, and every one has a golden SQL test and a docs entry."""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402


def declared():
    names = {}
    with open(os.path.join(gwrtest.ROOT, "tests", "contract", "implemented.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                kind, name = line.split()
                names[name] = kind
    return names


def registered(con):
    names = {}
    for (name,) in con.execute(
            "SELECT DISTINCT name FROM pragma_function_list "
            "WHERE name LIKE 'gwr\\_%' ESCAPE '\\' OR name = 'regexp'"):
        names[name] = "function"
    for (name,) in con.execute(
            "SELECT name FROM pragma_module_list WHERE name LIKE 'gwr\\_%' ESCAPE '\\'"):
        names[name] = "module"
    return names


def tokenizer_exists(con, name):
    try:
        con.execute("CREATE VIRTUAL TABLE temp.t_%s USING fts5(x, tokenize='%s')" % (name, name))
        return True
    except Exception:
        return False


def main():
    failures = []
    want = declared()
    con = gwrtest.connect()
    got = registered(con)
    for name, kind in sorted(want.items()):
        if kind == "tokenizer":
            if not tokenizer_exists(con, name):
                failures.append("tokenizer %s declared but not registered" % name)
        elif got.get(name) != kind:
            failures.append("%s %s declared but not registered as one" % (kind, name))
    for name, kind in sorted(got.items()):
        if name not in want:
            failures.append("%s %s registered but not declared in implemented.txt" % (kind, name))

    sql_text = ""
    for path in glob.glob(os.path.join(gwrtest.ROOT, "tests", "sql", "*.sql")):
        with open(path, encoding="utf-8") as f:
            sql_text += f.read() + "\n"
    headings = ""
    for path in glob.glob(os.path.join(gwrtest.ROOT, "docs", "*.md")):
        with open(path, encoding="utf-8") as f:
            headings += "".join(l for l in f if l.startswith("#"))
    for name, kind in sorted(want.items()):
        word = re.compile(r"(?<![A-Za-z0-9_])%s(?![A-Za-z0-9_])" % re.escape(name))
        if kind == "tokenizer":
            word = re.compile(r"tokenize\s*=\s*'%s" % re.escape(name))
        if not word.search(sql_text):
            failures.append("%s %s has no golden test in tests/sql/" % (kind, name))
        if not re.search(r"`[^`]*%s[^`]*`" % re.escape(name), headings):
            failures.append("%s %s has no heading in docs/*.md" % (kind, name))
    gwrtest.report("contract", failures, "%d names declared, %d registered" % (len(want), len(got)))


if __name__ == "__main__":
    main()
