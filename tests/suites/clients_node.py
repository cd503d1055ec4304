#!/usr/bin/python3
"""A real Node client: better-sqlite3 12 (tests/clients/package.json, exact version and
lockfile) loads gwr.so, fills reports from the sample reports and runs the README's
targets query; its rows must be the ones the reports state (as for the Python client).

The first run installs better-sqlite3 into tests/clients/node_modules with `npm ci`
(it downloads from the npm registry and may compile with node-gyp: a minute or two).
Without node >= 20, npm or the registry the suite prints "skipped" and passes, so that
a user's offline machine stays green; CI sets GWR_REQUIRE_CLIENTS=1, which turns a
skip into a failure.
"""
import fcntl
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402
import samples  # noqa: E402

SUITE = "clients_node"
CLIENTS = os.path.join(gwrtest.ROOT, "tests", "clients")


def skip(why):
    if os.environ.get("GWR_REQUIRE_CLIENTS"):
        gwrtest.report(SUITE, ["GWR_REQUIRE_CLIENTS is set but the Node client cannot run: " + why])
    print("%s: skipped: %s" % (SUITE, why))
    sys.exit(0)


def tool_env():
    """The environment for node and npm themselves: without the ASan runtime, which the
    sanitizer build preloads into every test process (node-gyp's compilers do not want it)."""
    env = dict(os.environ)
    for key in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS"):
        env.pop(key, None)
    return env


def better_sqlite3_works(node, env):
    return subprocess.run([node, "-e", "require('better-sqlite3')"], cwd=CLIENTS, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def install(node):
    """Installs the locked better-sqlite3 unless a working one is there already."""
    env = tool_env()
    with open(os.path.join(CLIENTS, ".install.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # make test and make asan may run side by side
        if better_sqlite3_works(node, env):
            return
        npm = shutil.which("npm")
        if not npm:
            skip("npm not found")
        try:
            proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=CLIENTS, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900)
        except subprocess.TimeoutExpired:
            skip("npm ci took longer than 15 minutes")
        if proc.returncode != 0 or not better_sqlite3_works(node, env):
            tail = proc.stdout.decode("utf-8", "replace").strip().splitlines()[-5:]
            skip("npm ci failed (offline, or no compiler for node-gyp?):\n  " + "\n  ".join(tail))


def main():
    node = shutil.which("node")
    if not node:
        skip("node not found")
    major = subprocess.run([node, "-p", "process.versions.node.split('.')[0]"], env=tool_env(),
                           stdout=subprocess.PIPE).stdout.decode().strip()
    if not major.isdigit() or int(major) < 20:
        skip("better-sqlite3 12 needs node 20 or later, found %s" % (major or "?"))
    install(node)

    con = gwrtest.connect()
    # The client itself runs with the environment of the test (the ASan runtime preloaded
    # in the sanitizer build, so that node can load the instrumented gwr.so).
    proc = subprocess.run([node, os.path.join(CLIENTS, "targets.js"), samples.README_QUERY],
                          cwd=gwrtest.ROOT,
                          env=gwrtest.child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        gwrtest.report(SUITE, ["node failed (status %d):\n%s" % (
            proc.returncode, proc.stderr.decode("utf-8", "replace"))])
    out = json.loads(proc.stdout)

    failures = []
    version = con.execute("SELECT gwr_version()").fetchone()[0]
    if out["version"] != version:
        failures.append("gwr_version() in node: %r, want %r" % (out["version"], version))
    if out["reports"] != len(samples.sample_files()):
        failures.append("node loaded %d reports, want %d" % (out["reports"], len(samples.sample_files())))
    rows = [tuple(r) for r in out["rows"]]
    if not samples.same_rows(rows, samples.README_ROWS):
        failures.append("README query rows in node:\n  got  %s\n  want %s" % (rows, samples.README_ROWS))
    gwrtest.report(SUITE, failures, "better-sqlite3 on SQLite %s, README query: %d rows"
                   % (out["sqlite"], len(rows)))


if __name__ == "__main__":
    main()
