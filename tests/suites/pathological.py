#!/usr/bin/python3
"""Pathological documents, in the style of cmark's pathological tests: inputs built to blow
up a naive parser (one marker repeated, deep alternating nesting, endless digits, scale
words, 百分之, unclosed brackets, one very long line). Every function must finish them in
linear time. Linearity is checked by comparing the work at two sizes (100 KB and 1 MB):
the larger input may take at most RATIO times as long (linear is ~10, quadratic ~100).
No wall-clock threshold: only the ratio of two runs in the same process.

Functions that are not registered in this build are skipped with a notice.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

RATIO = 30.0
SMALL, LARGE = 100_000, 1_000_000
if os.environ.get("GWR_SANITIZE"):
    SMALL, LARGE = 50_000, 500_000  # the sanitizers are slow; the ratio still tells

# (name, SQL with ?1 as the document); each result is consumed completely.
STATEMENTS = [
    ("gwr_number", "SELECT gwr_number(?1)"),
    ("gwr_numbers", "SELECT count(*), sum(length(text)) FROM gwr_numbers(?1)"),
    ("gwr_sections", "SELECT count(*), max(depth), sum(length(title) + length(body)) FROM gwr_sections(?1)"),
    ("gwr_sentences", "SELECT count(*), sum(length(text)) FROM gwr_sentences(?1)"),
    ("gwr_targets", "SELECT count(*), sum(length(indicator)) FROM gwr_targets(?1, 2025)"),
    ("gwr_targets", "SELECT count(*) FROM gwr_targets(?1)"),
    ("gwr_normalize", "SELECT length(gwr_normalize(?1))"),
    ("gwr_decode", "SELECT length(gwr_decode(CAST(?1 AS BLOB)))"),
    ("gwr_repair", "SELECT length(gwr_repair(?1))"),
    ("gwr_repairs", "SELECT count(*) FROM gwr_repairs(?1)"),
    ("gwr_words", "SELECT count(*) FROM gwr_words(?1)"),
    ("gwr_matches", "SELECT count(*) FROM gwr_matches(?1, '\\d+(?:\\.\\d+)?%?')"),
    ("gwr_regexp_replace", "SELECT length(gwr_regexp_replace(?1, '(\\d+)', '<$1>'))"),
]


def repeat(unit, size):
    """unit repeated to about size UTF-8 bytes."""
    n = max(1, size // len(unit.encode("utf-8")))
    return unit * n


def nested(size):
    """Deep alternating nesting: every level opened, then the levels in reverse."""
    down = "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n"
    up = "①戊\n（1）丁\n1.丙\n（一）乙\n一、甲\n"
    return repeat(down + up, size)


def counting(size):
    """Numbered headings that really count up, as far as the numerals go: 一、 … 九千九百、."""
    units = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
    def cn(k):
        s = ""
        for value, word in ((1000, "千"), (100, "百"), (10, "十")):
            if k >= value:
                s += units[k // value - 1] + word
                k %= value
        return s + (units[k - 1] if k else "")
    parts, n, k = [], 0, 1
    while n < size:
        line = "%s、第%d项\n（%s）分项\n%d.条目\n" % (cn(k % 9999 + 1), k, cn(k % 99 + 1), k)
        parts.append(line)
        n += len(line.encode("utf-8"))
        k += 1
    return "".join(parts)


def soup(size):
    """The dictionary's words shuffled (a fixed seed): markers, units, verbs, qualifiers."""
    import random
    words = ["一、", "（一）", "1.", "（1）", "①", "第一篇", "一是", "——", "附件1", "\n", "。", "，",
             "、", "：", "增长", "下降", "控制在", "达到", "力争", "分别", "5%", "6.5%－7%", "左右",
             "以上", "以内", "4.64亿元", "万", "亿", "百分之", "个百分点", "翻一番", "年均", "到2035年",
             "地区生产总值", "城镇调查失业率", "居民消费价格", "×", "×.×%", "２０２５年", "\u200b",
             "\u3000", "各位代表：", "政府工作报告", "（", "）", "“", "”"]
    rng = random.Random(9)
    out, n = [], 0
    while n < size:
        w = rng.choice(words)
        out.append(w)
        n += len(w.encode("utf-8"))
    return "".join(out)


INPUTS = [
    ("part markers 一、", lambda n: repeat("一、", n)),
    ("chapter markers （一）", lambda n: repeat("（一）", n)),
    ("item markers 1.", lambda n: repeat("1.", n)),
    ("subitem markers （1）", lambda n: repeat("（1）", n)),
    ("circled markers ①", lambda n: repeat("①", n)),
    ("marker lines 一、 at line starts", lambda n: repeat("一、\n", n)),
    ("marker lines （一）", lambda n: repeat("（一）\n", n)),
    ("enumerations 一是", lambda n: repeat("一是", n)),
    ("enumerations 第一，", lambda n: repeat("第一，", n)),
    ("dash leads ——", lambda n: repeat("——", n)),
    ("dash lead lines", lambda n: repeat("——坚持创新\n", n)),
    ("report headers 第一篇", lambda n: repeat("第一篇\n", n)),
    ("title blocks", lambda n: repeat("某区政府工作报告\n——2024年3月2日在区第一届人民代表大会第一次会议上\n各位代表：\n", n)),
    ("numbering restarts", lambda n: repeat("一、甲\n二、乙\n三、丙\n", n)),
    ("appendices 附件", lambda n: repeat("附件1\n", n)),
    ("headings that count up", counting),
    ("deep alternating nesting", nested),
    ("short unmarked lines", lambda n: repeat("工作回顾\n", n)),
    ("hard-wrapped lines", lambda n: repeat("坚持走新型工\n业化道路，\n", n)),
    ("CRLF lines", lambda n: repeat("增长5%。\r\n", n)),
    ("indented lines", lambda n: repeat("\u3000\u3000一、甲\n", n)),
    ("digits", lambda n: repeat("1234567890", n)),
    ("digits with points", lambda n: repeat("1.2.3.4.5.", n)),
    ("full-width digits", lambda n: repeat("１２．５％", n)),
    ("scale words 万万万", lambda n: repeat("万", n)),
    ("Chinese numerals 一二三", lambda n: repeat("一二三四五六七八九十百千", n)),
    ("百分之", lambda n: repeat("百分之", n)),
    ("percent ranges 5%－", lambda n: repeat("5%－", n)),
    ("placeholders ×", lambda n: repeat("×.×%", n)),
    ("zero-width characters", lambda n: repeat("增\u200b长5\u200b%", n)),
    ("spaces", lambda n: repeat(" ", n)),
    ("sentence marks", lambda n: repeat("。！？", n)),
    ("unclosed brackets （", lambda n: repeat("（", n)),
    ("closing brackets ）", lambda n: repeat("）", n)),
    ("unclosed quotes “", lambda n: repeat("“增长", n)),
    ("one list 、", lambda n: repeat("城镇、", n)),
    ("分别 lists", lambda n: repeat("城镇、农村居民人均可支配收入分别增长5%和6%，", n)),
    ("stretch values 力争", lambda n: repeat("增长7%以上、力争达到8%，", n)),
    ("one line, no break", lambda n: repeat("地区生产总值增长5%左右，", n)),
    ("empty lines", lambda n: repeat("\n", n)),
    ("dictionary soup", soup),
]


def timed(con, sql, doc):
    """Best of three, in this process's CPU time: on a shared machine a run of a few
    milliseconds is often preempted, and wall-clock time would count that."""
    best = None
    for _ in range(3):
        t = time.process_time()
        con.execute(sql, (doc,)).fetchall()
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    con = gwrtest.connect()
    failures, checked = [], 0
    worst = [0.0, "", ""]
    available = []
    for name, sql in STATEMENTS:
        try:
            con.execute(sql, ("",)).fetchall()
            available.append((name, sql))
        except Exception as e:  # not registered in this build
            if "no such" in str(e):
                print("pathological: skipped %s (%s)" % (name, e))
            else:
                failures.append("%s on an empty document: %s" % (name, e))
    for label, make in INPUTS:
        small, large = make(SMALL), make(LARGE)
        for name, sql in available:
            try:
                ts = timed(con, sql, small)
                tl = timed(con, sql, large)
            except Exception as e:
                # An error is acceptable only when it is a clear one from our function.
                if not str(e).startswith(name + "()"):
                    failures.append("%s on %s: unexpected error: %s" % (name, label, e))
                continue
            checked += 1
            ratio = tl / max(ts, 5e-4)  # below half a millisecond, timing is noise
            if ratio > worst[0]:
                worst[:] = [ratio, name, label]
            if ratio > RATIO:
                failures.append("%s on %s: %d KB took %.1fx the time of %d KB (%.3fs vs %.3fs)"
                                % (name, label, LARGE // 1000, ratio, SMALL // 1000, tl, ts))
    # One line of 10 MB through every function: it must finish and not fail.
    line = repeat("全区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内；", 10_000_000)
    for name, sql in available:
        try:
            con.execute(sql, (line,)).fetchall()
        except Exception as e:
            if not str(e).startswith(name + "()"):
                failures.append("%s on one 10 MB line: %s" % (name, e))
    gwrtest.report("pathological", failures,
                   "%d function/input pairs linear within %.0fx per 10x size (worst %.1fx: %s "
                   "on %s), %d statements" % (checked, RATIO, worst[0], worst[1], worst[2],
                                              len(available)))


if __name__ == "__main__":
    main()
