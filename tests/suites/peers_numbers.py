#!/usr/bin/python3
"""Peers conformance: gwr_number() and gwr_numbers() against other projects' test data in
../shared/peers (Recognizers-Text, cn2an, JioNLP, Duckling, NeMo, WeTextProcessing; see its
README for the formats).

Every peer case becomes one check of ours:
  value     gwr_number(text) equals the peer's number (a numeral, or an ordinal's numeral)
  null      gwr_number(text) is NULL (the peer says the text holds no number)
  mention   gwr_numbers(doc) has a mention at the peer's span, of the peer's kind, whose
            base value (and upper end, for ranges) equals the peer's
  none      gwr_numbers(doc) has no mention of the given kinds
  same      both sides of a normalization pair (三十四点五元 / ¥34.5) hold the same
            quantities: the same (base value, base unit) pairs

Cases that report text never needs, or where the peer's answer contradicts ours by design,
are out of scope: tests/peers/allowlist.tsv lists each with its reason. The suite prints
the pass rate of the in-scope cases of every peer suite, and fails when one falls below
its floor in tests/peers/floors.tsv (a ratchet: raise a floor when the parser improves,
never lower one to make the test pass).

  peers_numbers.py            run, report, check the floors
  peers_numbers.py --failures print every failing in-scope case
"""
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import gwrtest  # noqa: E402

SUITE = "peers_numbers"
HERE = os.path.join(gwrtest.ROOT, "tests", "peers")


def peers_path(*parts):
    return os.path.join(gwrtest.PEERS, *parts)


# ---- reading the peers' numbers -----------------------------------------------------

def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


SCALES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}


def written_number(text):
    """A number as the normalizers write it: 1,000 / -1.5 / 100万1111 / 1亿2300 / 3/16 /
    3又1/5. None when it is something else."""
    t = text.replace(",", "").strip()
    if t.startswith("负"):
        t = "-" + t[1:]
    m = re.fullmatch(r"(-?\d+)又(\d+)/(\d+)", t)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    m = re.fullmatch(r"(-?\d+)/(\d+)", t)
    if m:
        return int(m.group(1)) / int(m.group(2))
    if not re.fullmatch(r"-?\d+(?:\.\d+)?(?:[万萬亿億兆](?:\d+(?:\.\d+)?)?)*", t):
        return None
    neg = t.startswith("-")
    # 1兆300万2300: each scale word multiplies the digits just before it
    value, pending = 0.0, None
    for p in re.split(r"([万萬亿億兆])", t.lstrip("-")):
        if p in SCALES:
            value += float(pending or 1) * SCALES[p]
            pending = None
        elif p:
            pending = p
    if pending:
        value += float(pending)
    return -value if neg else value


# ---- the checks ------------------------------------------------------------------------

class Checker:
    def __init__(self):
        self.con = gwrtest.connect()
        self.cache = {}

    def number(self, text):
        return self.con.execute("SELECT gwr_number(?)", (text,)).fetchone()[0]

    def mentions(self, doc):
        if doc not in self.cache:
            self.cache[doc] = self.con.execute(
                "SELECT start, \"end\", kind, value, value_high, scale, base_value, base_unit,"
                " unit, text FROM gwr_numbers(?)", (doc,)).fetchall()
        return self.cache[doc]

    def value(self, text, want):
        got = self.number(text)
        return close(got, want), "gwr_number(%r) = %r, want %r" % (text, got, want)

    def null(self, text):
        got = self.number(text)
        return got is None, "gwr_number(%r) = %r, want NULL" % (text, got)

    def mention(self, doc, start, end, kinds, base, high=None, scale_to=None):
        """A mention at [start, end) of one of `kinds` with base value `base` (and upper
        end `high`); scale_to converts our (base value, base unit) to the peer's measure."""
        rows = self.mentions(doc)
        for r in rows:
            if r[0] != start or r[1] != end or r[2] not in kinds:
                continue
            got = r[6]
            if scale_to:
                got = scale_to(got, r[7])
            ok = close(got, base)
            if high is not None:
                h = None if r[4] is None else r[4] * r[5]
                if scale_to and h is not None:
                    h = scale_to(h, r[7])
                ok = ok and close(h, high)
            if ok:
                return True, ""
        return False, "gwr_numbers(%r): no %s mention at %d..%d = %r%s; got %r" % (
            doc, "/".join(kinds), start, end, base, "" if high is None else "..%r" % high,
            [(r[9], r[0], r[1], r[2], r[6]) for r in rows])

    def covering(self, doc, kinds, base, high=None):
        """A mention of `kinds` with this base value (and upper end) anywhere in doc."""
        for r in self.mentions(doc):
            if r[2] not in kinds:
                continue
            h = None if r[4] is None else r[4] * r[5]
            if close(r[6], base) and (high is None or close(h, high)):
                return True, ""
        return False, "gwr_numbers(%r): no %s mention of %r%s; got %r" % (
            doc, "/".join(kinds), base, "" if high is None else "..%r" % high,
            [(r[9], r[2], r[6], r[4]) for r in self.mentions(doc)])

    def none(self, doc, kinds):
        rows = [r for r in self.mentions(doc) if r[2] in kinds]
        return not rows, "gwr_numbers(%r) has %r" % (doc, [(r[9], r[2]) for r in rows])

    def quantities(self, doc):
        out = []
        for r in self.mentions(doc):
            out.append((round(r[6], 9) if r[6] is not None else None, r[7]))
            if r[4] is not None:
                out.append((round(r[4] * r[5], 9), r[7]))
        return sorted(out, key=repr)

    def same(self, left, right):
        a, b = self.quantities(left), self.quantities(right)
        return a == b, "%r → %r, but %r → %r" % (left, a, right, b)


# ---- the peer suites ---------------------------------------------------------------------

def load_json(*parts):
    with open(peers_path(*parts), encoding="utf-8") as f:
        return json.load(f)


def cases_of(data):
    return data["cases"] if isinstance(data, dict) else data


def rt_number(ck):
    for case in load_json("recognizers-text", "Specs", "Number", "Chinese", "NumberModel.json"):
        text = case["Input"]
        if not case["Results"]:
            yield text, lambda t=text: ck.null(t)
        for i, r in enumerate(case["Results"]):
            span = text[r["Start"]:r["End"] + 1]
            yield "%s#%d" % (text, i), lambda s=span, v=r["Resolution"]["value"]: ck.value(s, v)


PERCENT_KINDS = ("percent", "points", "permille")


def percent_of(base, unit):
    return base / 10 if unit == "‰" else base


def rt_percent(ck):
    for case in load_json("recognizers-text", "Specs", "Number", "Chinese", "PercentModel.json"):
        text = case["Input"]
        if not case["Results"]:
            yield text, lambda t=text: ck.none(t, PERCENT_KINDS)
        for i, r in enumerate(case["Results"]):
            want = float(r["Resolution"]["value"].rstrip("%"))
            yield "%s#%d" % (text, i), (lambda t=text, r=r, w=want: ck.mention(
                t, r["Start"], r["End"] + 1, PERCENT_KINDS, w, scale_to=percent_of))


def rt_ordinal(ck):
    for case in load_json("recognizers-text", "Specs", "Number", "Chinese", "OrdinalModel.json"):
        text = case["Input"]
        for i, r in enumerate(case["Results"]):
            span = text[r["Start"]:r["End"] + 1]
            yield "%s#%d" % (text, i), lambda s=span, v=r["Resolution"]["value"]: ck.value(s, v)


def rt_units(ck, filename, kinds):
    for case in load_json("recognizers-text", "Specs", "NumberWithUnit", "Chinese", filename):
        text = case["Input"]
        if not case["Results"]:
            yield text, lambda t=text: ck.none(t, kinds)
        for i, r in enumerate(case["Results"]):
            v = r["Resolution"].get("value")
            key = "%s#%d" % (text, i)
            if v is None:
                yield key, lambda: (False, "a currency word without a number")
                continue
            yield key, (lambda t=text, r=r, v=float(v): ck.mention(
                t, r["Start"], r["End"] + 1, kinds, v))


def cn2an_suite(ck):
    data = load_json("cn2an", "cn2an", "cn2an_test.json")
    for case in cases_of(data):
        text = case["input"]
        if "expect_error" in case:
            # we read like cn2an's lenient "smart" mode; its strict-only errors are not ours
            yield "error:" + text, lambda t=text: ck.null(t)
            continue
        if case["mode"] == "direct":
            yield "direct:" + text, lambda: (False, "digit-by-digit strings as text")
            continue
        if re.search("[元圆]", text):
            # an amount of money, not a numeral: gwr_numbers reads it
            yield text, lambda t=text, v=case["expected"]: ck.covering(t, ("money",), v)
            continue
        yield text, lambda t=text, v=case["expected"]: ck.value(t, v)
    for case in cases_of(load_json("cn2an", "cn2an", "an2cn_test.json")):
        if "expect_error" in case or not isinstance(case["input"], (int, float)):
            continue
        for mode in ("low", "up"):
            cn = case["expected"].get(mode)
            if cn:
                yield "an2cn:%s:%s" % (mode, cn), lambda t=cn, v=case["input"]: ck.value(t, v)
        rmb = case["expected"].get("rmb")
        if rmb:
            yield "an2cn:rmb:" + rmb, (lambda t=rmb, v=case["input"]: ck.covering(
                t, ("money",), v))
    for case in cases_of(load_json("cn2an", "cn2an", "transform_test.json")):
        if case["method"] == "cn2an":
            yield "transform:" + case["input"], (lambda a=case["input"], b=case["expected"]:
                                                 ck.same(a, b))
        elif case.get("also_reverse_cn2an"):
            yield "transform:" + case["expected"], (lambda a=case["expected"], b=case["input"]:
                                                    ck.same(a, b))


MONEY_UNITS = {"元": "元", "港元": "港元", "美元": "美元", "欧元": "欧元", "日元": "日元",
               "新台币": "新台币", "泰铢": "泰铢", "卢布": "卢布", "韩元": "韩元", "澳元": "澳元"}


def jionlp_suite(ck):
    for case in cases_of(load_json("jionlp", "test", "test_money_parser.json")):
        text, num = case["input"], case["expected"]["num"]
        if isinstance(num, list):
            yield text, (lambda t=text, n=num: ck.covering(t, ("money",), float(n[0]),
                                                           float(n[1])))
        else:
            yield text, lambda t=text, n=num: ck.covering(t, ("money",), float(n))
    for case in cases_of(load_json("jionlp", "test", "test_money_extractor.json")):
        text = case["input"]
        if not case["expected"]:
            yield text, lambda t=text: ck.none(t, ("money",))
        for i, e in enumerate(case["expected"]):
            start, end = e["offset"]
            yield "%s#%d" % (text, i), (lambda t=text, s=start, e=end: (
                any(r[0] == s and r[1] == e and r[2] == "money" for r in ck.mentions(t)),
                "gwr_numbers(%r): no money at %d..%d; got %r" % (
                    t, s, e, [(r[9], r[0], r[1], r[2]) for r in ck.mentions(t)])))


GRAMS = {"克": 1, "g": 1, "千克": 1000, "公斤": 1000, "斤": 500, "毫克": 0.001}


def duckling_suite(ck):
    for case in cases_of(load_json("duckling", "Duckling", "Numeral", "ZH", "Corpus.json")):
        yield "numeral:" + case["input"], (lambda t=case["input"], v=case["value"]:
                                           ck.value(t, v))
    for case in cases_of(load_json("duckling", "Duckling", "Ordinal", "ZH", "Corpus.json")):
        yield "ordinal:" + case["input"], (lambda t=case["input"], v=case["value"]:
                                           ck.value(t, v))
    for case in cases_of(load_json("duckling", "Duckling", "AmountOfMoney", "ZH",
                                   "Corpus.json")):
        text = case["input"]
        if case["unit"] == "Cent":
            yield "money:" + text, lambda: (False, "cents")
        elif case["kind"] == "between":
            yield "money:" + text, (lambda t=text, c=case: ck.covering(
                t, ("money",), c["from"], c["to"]))
        else:
            yield "money:" + text, lambda t=text, c=case: ck.covering(t, ("money",), c["value"])
    for case in cases_of(load_json("duckling", "Duckling", "Quantity", "ZH", "Corpus.json")):
        text = case["input"]

        def grams(t=text, c=case):
            for r in ck.mentions(t):
                if r[2] == "measure" and r[7] in GRAMS and close(r[6] * GRAMS[r[7]], c["value"]):
                    return True, ""
            return False, "gwr_numbers(%r) = %r, want %r g" % (t, ck.mentions(t), c["value"])
        yield "quantity:" + text, grams


def pairs(path, sep):
    with open(path, encoding="utf-8") as f:
        for line in f.read().replace("\r", "").split("\n"):
            if sep in line:
                left, right = line.split(sep, 1)
                yield left.strip(), right.strip()


NEMO = ("nemo-text-processing", "tests", "nemo_text_processing", "zh")


def nemo_suite(ck):
    for kind in ("cardinal", "decimal", "ordinal", "fraction"):
        for spoken, written in pairs(peers_path(*NEMO, "data_inverse_text_normalization",
                                                "test_cases_%s.txt" % kind), "~"):
            w = written_number(written.lstrip("第"))
            yield "itn:%s:%s" % (kind, spoken), (lambda s=spoken, w=w: ck.value(s, w)
                                                if w is not None else (False, "no number"))
    for spoken, written in pairs(peers_path(*NEMO, "data_inverse_text_normalization",
                                            "test_cases_money.txt"), "~"):
        yield "itn:money:" + spoken, lambda a=spoken, b=written: ck.same(a, b)
    for kind in ("cardinal", "decimal", "ordinal"):
        for written, spoken in pairs(peers_path(*NEMO, "data_text_normalization",
                                                "test_cases_%s.txt" % kind), "~"):
            w = written_number(written.lstrip("第"))
            if w is None:
                yield "tn:%s:%s" % (kind, written), lambda a=written, b=spoken: ck.same(a, b)
            else:
                yield "tn:%s:%s" % (kind, written), lambda s=spoken, w=w: ck.value(s, w)
    for kind in ("fraction", "measure", "money"):
        for written, spoken in pairs(peers_path(*NEMO, "data_text_normalization",
                                                "test_cases_%s.txt" % kind), "~"):
            w = written_number(written.replace("%", ""))
            if kind == "fraction" and w is not None and re.fullmatch(r"-?[\d/又]+", written):
                yield "tn:%s:%s" % (kind, written), lambda s=spoken, w=w: ck.value(s, w)
            else:
                yield "tn:%s:%s" % (kind, written), lambda a=written, b=spoken: ck.same(a, b)


WETEXT = ("wetextprocessing",)


def wetext_suite(ck):
    base = peers_path(*WETEXT)
    for direction in ("itn", "tn"):  # itn files read spoken => written, tn the other way
        for name in ("number", "cardinal", "fraction", "measure", "money", "normalizer"):
            for left, right in pairs(os.path.join(base, direction, "chinese", "test", "data",
                                                  name + ".txt"), "=>"):
                spoken, written = (left, right) if direction == "itn" else (right, left)
                w = written_number(written)
                key = "%s:%s:%s" % (direction, name, left)
                if w is not None and name in ("number", "cardinal", "fraction"):
                    yield key, lambda s=spoken, w=w: ck.value(s, w)
                else:
                    yield key, lambda a=left, b=right: ck.same(a, b)


SUITES = [
    ("recognizers-number", rt_number),
    ("recognizers-percent", rt_percent),
    ("recognizers-ordinal", rt_ordinal),
    ("recognizers-currency", lambda ck: rt_units(ck, "CurrencyModel.json", ("money",))),
    ("recognizers-dimension", lambda ck: rt_units(ck, "DimensionModel.json", ("measure",))),
    ("cn2an", cn2an_suite),
    ("jionlp", jionlp_suite),
    ("duckling", duckling_suite),
    ("nemo", nemo_suite),
    ("wetext", wetext_suite),
]


def read_tsv(name):
    return gwrtest.read_tsv(os.path.join(HERE, name))


def main():
    gwrtest.need_shared(SUITE)
    show = "--failures" in sys.argv
    allow = {}
    for row in read_tsv("allowlist.tsv"):
        allow[(row[0], row[1])] = row[2]
    floors = {row[0]: float(row[1]) for row in read_tsv("floors.tsv")}
    ck = Checker()
    failures, used = [], set()
    print("%-24s %9s %8s %8s %12s %10s" % ("suite", "in scope", "passed", "rate", "out of scope",
                                           "all cases"))
    for name, make in SUITES:
        total = passed = skipped = skipped_passed = 0
        seen = set()
        for key, check in make(ck):
            if key in seen:  # the peers repeat some cases
                continue
            seen.add(key)
            if (name, key) in allow:
                used.add((name, key))
                skipped += 1
                skipped_passed += check()[0]
                continue
            total += 1
            ok, detail = check()
            if ok:
                passed += 1
            elif show:
                print("  FAIL %s: %s\n       %s" % (name, key, detail))
        rate = passed / total if total else 1.0
        everything = (passed + skipped_passed) / (total + skipped) if total + skipped else 1.0
        print("%-24s %9d %8d %7.1f%% %12d %9.1f%%" % (name, total, passed, 100 * rate, skipped,
                                                     100 * everything))
        floor = floors.get(name)
        if floor is None:
            failures.append("%s has no floor in tests/peers/floors.tsv" % name)
        elif rate + 1e-9 < floor:
            failures.append("%s: %.1f%% is below its floor %.1f%%" % (name, 100 * rate,
                                                                      100 * floor))
    for key in sorted(set(allow) - used):
        failures.append("allowlist entry matches no case: %s\t%s" % key)
    gwrtest.report(SUITE, failures, "%d peer suites" % len(SUITES))


if __name__ == "__main__":
    main()
