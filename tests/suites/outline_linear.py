#!/usr/bin/python3
"""Linear time on inputs built to blow up a naive outline parser (cmark's pathological
tests in spirit): 100,000 markers in a row, deep alternating nesting, a megabyte without
a line break, runs of enumerations and leads that are taken back, chrome, title blocks.

Each input is built at two sizes, SMALL (512 KB) and FACTOR times that: both beyond the
caches, so that the comparison is between like and like. gwr_sections (with its text
columns) and gwr_sentences are timed on both in CPU time of this process (other work on
the machine does not count), best of three runs, less
the time of the same query on an empty document (what every call costs); the larger must
take less than SLACK times the smaller. Linear work takes about FACTOR (4) times as long,
quadratic work sixteen: no wall-clock threshold, only the ratio.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "outline_linear"
SMALL = 512 * 1024
if os.environ.get("GWR_SANITIZE"):
    SMALL //= 2  # ASan's shadow memory is slow; the ratio still tells
FACTOR = 4
SLACK = 10.0

PARA = "全年地区生产总值增长百分之五，城乡居民收入稳步提高，各项社会事业全面进步。"
HAN = "经济社会发展取得新成效"

# name -> a function of the target size in bytes that returns the document
PATTERNS = {
    "part markers on lines": lambda n: "一、\n" * (n // 7),
    "chapter markers in one line": lambda n: "（一）" * (n // 9),
    "item markers counting up": lambda n: "".join("%d.甲。" % (i % 999 + 1) for i in range(n // 10)),
    "mid-line chapters in sequence": lambda n: "总体看：" + "".join(
        "（%s）标题。正文。" % "一二三四五六七八九十"[i % 10] for i in range(n // 30)),
    "deep alternating nesting": lambda n: "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n——己。庚。\n一是辛；二是壬。\n"
    * (n // 90),
    "restarts without headers": lambda n: "一、甲\n二、乙\n三、丙\n被截断的段落没有句号\n　　新的开始。\n" * (n // 90),
    "a megabyte without a line break": lambda n: PARA * (n // len(PARA.encode())),
    "one endless title": lambda n: "一、" + (HAN + "2024") * (n // 37),
    "a marker repeated in one line": lambda n: "一、" * (n // 6),
    "enumerations that never confirm": lambda n: "，一是甲" * (n // 12),
    "enumerations counting up": lambda n: "。".join("%s是内容" % "一二三四五六七八九十"[i % 10]
                                               for i in range(n // 16)),
    "lead candidates taken back": lambda n: ("抓实产业，壮大规模。内容。\n抓实民生，补齐短板。内容。\n" + PARA + "\n")
    * (n // 240),
    "short leads": lambda n: "经济增长。继续努力。\n" * (n // 31),
    "closing candidates": lambda n: "各位代表，让我们共同奋斗！\n" * (n // 40),
    "cut paragraphs": lambda n: "这是一段被截断而没有句号的正文内容\n　　下一段开头。\n" * (n // 80),
    "title blocks": lambda n: "政府工作报告\n各位代表：\n正文一句。\n" * (n // 50),
    "chrome and links": lambda n: ("下载\n打印\n相关报道：\n" + "某区召开会议\n" * 20 + "正文。\n") * (n // 420),
    "unclosed brackets": lambda n: "（（（（" * (n // 12),
    "hard wraps": lambda n: "坚持走新型工\n业化道路，推进产业结构单\n一、附加值低的企业转型\n" * (n // 110),
    "blank lines": lambda n: "\n" * n,
}

QUERIES = {
    "gwr_sections": "SELECT count(*), sum(length(title)), sum(length(body)) FROM gwr_sections(?)",
    "gwr_sentences": "SELECT count(*), sum(length(text)) FROM gwr_sentences(?)",
}


def best_time(con, sql, doc, runs=3):
    best = None
    for _ in range(runs):
        t = time.process_time()
        con.execute(sql, (doc,)).fetchall()
        t = time.process_time() - t
        best = t if best is None or t < best else best
    return best


def main():
    con = gwrtest.connect()
    failures = []
    worst = 0.0
    fixed = {fn: best_time(con, sql, "", runs=9) for fn, sql in QUERIES.items()}
    for name, build in PATTERNS.items():
        small, large = build(SMALL), build(FACTOR * SMALL)
        for fn, sql in QUERIES.items():
            t_small = best_time(con, sql, small) - fixed[fn]
            t_large = best_time(con, sql, large) - fixed[fn]
            ratio = t_large / max(t_small, 1e-6)
            worst = max(worst, ratio)
            print("  %-32s %-14s %8.2f ms %8.2f ms  x%.1f" % (name, fn, 1000 * t_small,
                                                            1000 * t_large, ratio))
            if ratio > SLACK:
                failures.append("%s, %s: %dx the input took %.1fx the time"
                                % (name, fn, FACTOR, ratio))
    gwrtest.report(SUITE, failures, "%d inputs, worst ratio %.1f for %dx the input"
                   % (len(PATTERNS), worst, FACTOR))


if __name__ == "__main__":
    main()
