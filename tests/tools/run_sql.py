#!/usr/bin/python3
"""Golden SQL tests: runs tests/sql/NAME.sql through the real sqlite3 shell with gwr.so
loaded (from the repository root, in-memory database) and compares what the shell
prints, errors included, with tests/sql/NAME.expected.

  run_sql.py tests/sql/meta.sql            compare
  run_sql.py --update tests/sql/meta.sql   write the .expected file (review the diff!)
"""
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gwrtest  # noqa: E402


def main():
    args = sys.argv[1:]
    update = "--update" in args
    files = [a for a in args if a != "--update"]
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            got = gwrtest.shell(f.read())
        expected_path = os.path.splitext(path)[0] + ".expected"
        if update:
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(got)
            print("wrote", expected_path)
            continue
        try:
            with open(expected_path, encoding="utf-8") as f:
                want = f.read()
        except FileNotFoundError:
            want = ""
            print("missing", expected_path)
        if got != want:
            failed += 1
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), expected_path, "got"))
        else:
            print("ok", os.path.basename(path))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
