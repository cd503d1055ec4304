#!/usr/bin/python3
"""sql/load_folder.sql in the sqlite3 shell, on a folder built here from the sample reports
in every encoding and naming a user's folder has: UTF-8 with CRLF and with a BOM, GBK,
UTF-16 with and without a BOM, Chinese file names, a subfolder, files to skip. Every row of
reports is checked: region, level, year, delivered, title, charset and the text itself."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402
import samples  # noqa: E402

SUITE = "load_folder"


def sample(year):
    with open(os.path.join(samples.SAMPLES, "%d-qingxi.txt" % year), encoding="utf-8",
              newline="") as f:
        return f.read()


# file name -> (bytes, region, level, year, delivered, charset, text once decoded)
def folder_files():
    t23, t24, t25, t26 = (sample(y) for y in (2023, 2024, 2025, 2026))
    return {
        "2023-qingxi.txt": (t23.encode("utf-8"), "qingxi", None, 2023, "2023-01-06", "UTF-8", t23),
        "2024-广东省.txt": (t24.encode("gbk"), "广东省", "province", 2024, "2024-01-10", "GB18030", t24),
        "sub/2025年青溪区政府工作报告.txt": (("\ufeff" + t25).encode("utf-8"), "青溪区", "county", 2025, "2025-01-09", "UTF-8", t25),
        "2026-北京市.txt": (t26.encode("utf-16"), "北京市", "province", 2026, "2026-01-08",
                         "UTF-16LE", t26),
        "全国_2019.TXT": (t26.encode("utf-16-be"), "全国", "national", 2019, "2026-01-08",
                        "UTF-16BE", t26),
        "杭州市.txt": (t24.encode("utf-8"), "杭州市", "city", 2024, "2024-01-10", "UTF-8", t24),
        "x-county.txt": ("无日期的报告\n县".encode("utf-8"), "x-county", None, None, None,
                         "UTF-8", "无日期的报告\n县"),
    }


SKIPPED = {".hidden.txt": b"x", "notes.md": b"x", "data.csv": b"a,b"}


def write_folder(root, files):
    for name, content in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content)


def load(folder, db, extra=""):
    return gwrtest.shell(".read sql/schema.sql\n.parameter set @folder '%s'\n%s"
                         ".read sql/load_folder.sql\n" % (folder, extra), db=db,
                         extra_args=("-bail",))


def main():
    failures = []
    files = folder_files()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "reports")
        write_folder(folder, {k: v[0] for k, v in files.items()})
        write_folder(folder, SKIPPED)
        db = os.path.join(tmp, "r.db")
        out = load(folder + "/", db)
        if "error" in out.lower():
            failures.append("load failed:\n" + out)
        if "decoding %s/2024-广东省.txt as GB18030" % folder not in out:
            failures.append("the GBK file is not announced before decoding:\n" + out)

        import sqlite3
        rows = {os.path.relpath(r[0], folder): r[1:] for r in sqlite3.connect(db).execute(
            "SELECT source, region, level, year, delivered, title, charset, body FROM reports")}
        for name, (_, region, level, year, delivered, charset, text) in files.items():
            got = rows.pop(name, None)
            if got is None:
                failures.append("%s: not loaded" % name)
                continue
            title = text.split("\n")[0].strip()
            want = (region, level, year, delivered, title if len(title) <= 80 else None, charset)
            if got[:6] != want:
                failures.append("%s: got %s, want %s" % (name, got[:6], want))
            if got[6] != text:
                failures.append("%s: the text differs from the original (%d vs %d characters)"
                                % (name, len(got[6]), len(text)))
        for name in rows:
            failures.append("%s: loaded, but it should be skipped" % name)

        # Loading again replaces rows instead of adding them.
        load(folder, db)
        n = sqlite3.connect(db).execute("SELECT count(*), count(DISTINCT source) FROM reports").fetchone()
        if n != (len(files), len(files)):
            failures.append("after a second load: %s rows/sources, want %d" % (n, len(files)))

        # One file: @folder may name a file.
        one = os.path.join(tmp, "one.db")
        load(os.path.join(folder, "2023-qingxi.txt"), one)
        n = sqlite3.connect(one).execute("SELECT count(*), min(year) FROM reports").fetchone()
        if n != (1, 2023):
            failures.append("@folder naming one file: got %s, want (1, 2023)" % (n,))
        load(os.path.join(folder, "notes.md"), one)
        n = sqlite3.connect(one).execute("SELECT region, year FROM reports WHERE source LIKE '%notes.md'").fetchall()
        if n != [("notes", None)]:
            failures.append("@folder naming a file not ending in .txt: got %s, want [('notes', None)]" % (n,))

        # Bytes that are not GB18030 stop the load with gwr_decode()'s error, after the
        # file was named; @charset picks another encoding.
        bad = os.path.join(tmp, "bad")
        write_folder(bad, {"2024-坏.txt": "报告".encode("gbk") + b"\x80\xff"})
        out = load(bad, os.path.join(tmp, "bad.db"))
        if "as GB18030" not in out or "gwr_decode" not in out or "byte" not in out:
            failures.append("an undecodable file: want the file named, then gwr_decode's "
                            "error with the offset; got:\n" + out)
        big5 = os.path.join(tmp, "big5")
        write_folder(big5, {"2024-臺北.txt": "臺北市政府工作報告".encode("big5")})
        out = load(big5, os.path.join(tmp, "big5.db"), ".parameter set @charset Big5\n")
        body = sqlite3.connect(os.path.join(tmp, "big5.db")).execute(
            "SELECT charset, body FROM reports").fetchone()
        if body != ("Big5", "臺北市政府工作報告"):
            failures.append("@charset Big5: got %s\n%s" % (body, out))

        # No @folder: a clear error, not fsdir()'s.
        out = gwrtest.shell(".read sql/schema.sql\n.read sql/load_folder.sql\n", extra_args=("-bail",))
        if "no folder given" not in out:
            failures.append("without @folder: got\n" + out)
    gwrtest.report(SUITE, failures, "%d files in 4 encodings" % len(files))


if __name__ == "__main__":
    main()
