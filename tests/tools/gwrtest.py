"""Shared helpers for the Python test drivers (run with Debian's /usr/bin/python3,
whose sqlite3 module can load extensions).

Environment, set by tests/CMakeLists.txt:
  GWR_EXT       path of the built gwr.so
  GWR_ROOT      the source tree
  GWR_SANITIZE  set in the sanitizer build (LD_PRELOAD then carries the ASan runtime)
"""
import os
import subprocess
import sys

ROOT = os.environ.get("GWR_ROOT") or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
EXT = os.environ.get("GWR_EXT") or os.path.join(ROOT, "build", "gwr.so")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
PEERS = os.path.join(SHARED, "peers")


def ext_stem():
    """The extension path without its suffix, as .load and load_extension take it."""
    return os.path.splitext(EXT)[0]


def child_env():
    return dict(os.environ)


def shell(sql, db=":memory:", cwd=None, extra_args=()):
    """Runs SQL through the real sqlite3 shell with gwr loaded. Returns stdout+stderr,
    interleaved as a user sees them."""
    cmd = ["sqlite3", "-batch", "-cmd", ".load " + ext_stem(), *extra_args, db]
    proc = subprocess.run(cmd, input=sql.encode("utf-8"), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, cwd=cwd or ROOT, env=child_env())
    out = proc.stdout.decode("utf-8", errors="backslashreplace")
    if proc.returncode < 0 or "Sanitizer" in out or "runtime error:" in out:
        raise SystemExit("sqlite3 crashed (status %d):\n%s" % (proc.returncode, out))
    return out


def connect(path=":memory:"):
    """A Python sqlite3 connection with gwr loaded."""
    import sqlite3
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension(ext_stem())
    con.enable_load_extension(False)
    return con


def need_shared(suite):
    """Exits successfully with a notice when ../shared is absent (a user's fresh clone)."""
    if not os.path.isdir(SHARED):
        print("%s: skipped: ../shared not found" % suite)
        sys.exit(0)


def read_tsv(path):
    """The rows of a tab-separated file, as lists of fields; lines starting with # and
    blank lines are skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def report(suite, failures, summary=""):
    """Prints the outcome and exits with the right status."""
    for f in failures[:50]:
        print("FAIL:", f)
    if len(failures) > 50:
        print("... and %d more" % (len(failures) - 50))
    print("%s: %s%s" % (suite, "FAILED" if failures else "ok", (" — " + summary) if summary else ""))
    sys.exit(1 if failures else 0)
