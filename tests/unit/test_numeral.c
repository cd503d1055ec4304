/* Unit tests for ext/core/numeral.h: exact decimals, the numeral grammar, gwr_number(). */
#include "check.h"
#include "numeral.h"

#include <stdint.h>

/* numeral_value_of(text) formatted, or "NULL". */
static const char *value_of(const char *text)
{
  static char buf[64];
  numeral_value v;
  if (!numeral_value_of((const unsigned char *)text, strlen(text), &v)) return "NULL";
  numeral_format(&v, buf, sizeof buf);
  return buf;
}

static const char *format(const numeral_value *v)
{
  static char buf[64];
  numeral_format(v, buf, sizeof buf);
  return buf;
}

static void test_decimals(void)
{
  numeral_value a = numeral_from_int(464), b;
  numeral_shift(&a, -2);
  CHECK_EQ_STR(format(&a), "4.64");
  numeral_shift(&a, 8);
  int64_t i;
  CHECK(numeral_as_int64(&a, &i) && i == 464000000);
  /* 0.1 + 0.2 is 0.3 exactly */
  a = numeral_from_int(1);
  numeral_shift(&a, -1);
  b = numeral_from_int(2);
  numeral_shift(&b, -1);
  numeral_add(&a, &b);
  CHECK_EQ_STR(format(&a), "0.3");
  CHECK(!numeral_as_int64(&a, &i));
  CHECK(numeral_as_double(&a) == 0.3);
  /* overflow turns the value inexact instead of wrapping */
  a = numeral_from_int(INT64_MAX);
  b = numeral_from_int(1);
  numeral_add(&a, &b);
  CHECK(a.inexact && numeral_as_double(&a) > 9.2e18 && !numeral_as_int64(&a, &i));
  a = numeral_from_int(INT64_MAX / 2 + 1);
  numeral_multiply(&a, 2);
  CHECK(a.inexact);
  a = numeral_from_int(-5);
  numeral_shift(&a, -3);
  CHECK_EQ_STR(format(&a), "-0.005");
  a = numeral_from_int(INT64_MIN);
  CHECK_EQ_STR(format(&a), "-9223372036854775808");
  /* division: exact when the quotient terminates */
  a = numeral_from_int(1);
  b = numeral_from_int(8);
  numeral_divide(&a, &b);
  CHECK_EQ_STR(format(&a), "0.125");
  a = numeral_from_int(6);
  b = numeral_from_int(3);
  numeral_divide(&a, &b);
  CHECK(numeral_as_int64(&a, &i) && i == 2);
  a = numeral_from_int(1);
  b = numeral_from_int(3);
  numeral_divide(&a, &b);
  CHECK(a.inexact && numeral_as_double(&a) > 0.3333 && numeral_as_double(&a) < 0.3334);
  b = numeral_from_int(0);
  a = numeral_from_int(1);
  numeral_divide(&a, &b);
  CHECK(a.inexact && a.approx != a.approx); /* NaN */
  /* comparison across exponents */
  a = numeral_from_int(45);
  numeral_shift(&a, -1);
  b = numeral_from_int(5);
  CHECK(numeral_compare(&a, &b) < 0 && numeral_compare(&b, &a) > 0 && numeral_compare(&a, &a) == 0);
  /* doubles are correctly rounded */
  a = numeral_from_int(1234567);
  numeral_shift(&a, -30);
  CHECK(numeral_as_double(&a) == 1.234567e-24);
}

static void test_values(void)
{
  static const struct {
    const char *text, *value;
  } cases[] = {
    /* the SPEC's examples */
    {"4.64亿", "464000000"}, {"一千二百三十四点五", "1234.5"}, {"两万", "20000"},
    {"１２．５", "12.5"}, {"百分之九", "9"},
    /* Arabic numbers */
    {"0", "0"}, {"007", "7"}, {"1,234", "1234"}, {"1,234,567.25", "1234567.25"},
    {"４，５６５", "4565"}, {"1，234", "1234"}, {".5", "0.5"}, {"-.5", "-0.5"}, {"+3", "3"},
    {"－３", "-3"}, {"− 1,200,000", "-1200000"}, {"9223372036854775807", "9223372036854775807"},
    {"1,23", "NULL"}, {"1,2345", "NULL"}, {"1.2.3", "NULL"}, {"12a", "NULL"},
    /* Chinese numerals */
    {"零", "0"}, {"〇", "0"}, {"十", "10"}, {"十五", "15"}, {"二十", "20"}, {"一十一", "11"},
    {"一百零一", "101"}, {"一千零十", "1010"}, {"一千零一十一", "1011"}, {"一万零一", "10001"},
    {"十万零一千", "101000"}, {"一百万零一", "1000001"}, {"两亿三千万", "230000000"},
    {"一亿五千万零六千三百五十五", "150006355"}, {"三万亿", "3000000000000"},
    {"二十一万亿", "21000000000000"}, {"四万万", "400000000"},
    {"五兆六十二亿四万五千二", "5006200045200"},
    {"一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"},
    /* the last digit takes a tenth of the unit before it */
    {"一万五", "15000"}, {"二百五", "250"}, {"两千四百五", "2450"}, {"十三万五", "135000"},
    {"一百二十万三", "1203000"}, {"九十二万四", "924000"}, {"一千二万", "12000000"},
    {"一万零五", "10005"}, {"千三", "1300"}, {"百二萬", "1200000"},
    /* 廿 卅, banking and traditional digits */
    {"廿二", "22"}, {"卅", "30"}, {"五百卅四", "534"}, {"壹佰贰拾", "120"}, {"肆佰陸拾", "460"},
    {"兩萬", "20000"}, {"倆千两百贰拾二", "2222"}, {"拾万零五十六", "100056"},
    /* digits one by one */
    {"二〇二四", "2024"}, {"一九九九", "1999"}, {"一二三", "123"}, {"零零三", "3"},
    {"一七二零点一", "1720.1"}, {"壹壹", "11"}, {"两两", "NULL"},
    /* decimals */
    {"三点一四", "3.14"}, {"零点五", "0.5"}, {"两千三点一", "2300.1"}, {"一百点123", "100.123"},
    {"一点五亿", "150000000"}, {"二十点一万", "201000"}, {"负六点六", "-6.6"},
    {"伍拾壹点肆", "51.4"}, {"零点零零零伍", "0.0005"}, {"三点", "NULL"}, {"点五", "NULL"},
    /* Arabic digits with Chinese units */
    {"4.78万亿", "4780000000000"}, {"3万4000", "34000"}, {"1百01", "101"},
    {"200亿零四千230", "20000004230"}, {"10万万", "1000000000"}, {"2.5千", "2500"},
    {"1,100.9亿", "110090000000"}, {"10.1万零100", "NULL"}, {"1000  万", "10000000"},
    /* approximations before a scale word */
    {"十余万", "100000"}, {"1270多万", "12700000"}, {"十 余 万", "100000"},
    {"两三万", "NULL"}, {"三五", "NULL"},
    /* percent forms, signs */
    {"百分之九十五", "95"}, {"百分之百", "100"}, {"千分之四点五", "4.5"}, {"万分之三", "3"},
    {"百分之2.4", "2.4"}, {"12.5%", "12.5"}, {"7‰", "7"}, {"负百分之三", "-3"},
    {"-百分之1", "-1"},
    /* fractions */
    {"三分之一", "0.33333333333333331"}, {"五分之二", "0.4"}, {"一百分之二", "0.02"},
    {"三又五分之一", "3.2"}, {"负一又二分之一", "-1.5"}, {"3/4", "0.75"}, {"-3/2", "-1.5"},
    {"1 3/5", "1.6"}, {"十六分之三", "0.1875"}, {"分之一", "NULL"},
    /* a denominator of many 2s and 5s: the power of ten would overflow (found by fuzzing) */
    {"400000000000000000分之1", "2.5000000000000002e-18"}, {"4000万亿分之1", "0.00000000000000025"},
    /* ordinals give their numeral */
    {"第十一", "11"}, {"第２５０", "250"}, {"第", "NULL"},
    /* not one whole numeral */
    {"", "NULL"}, {"   ", "NULL"}, {"万", "NULL"}, {"万万", "NULL"}, {"百", "NULL"},
    {"4.64亿元", "NULL"}, {"5%左右", "NULL"}, {"进一步", "NULL"}, {"十四五", "NULL"},
    {"一二三四五六七八九十百千", "NULL"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = value_of(cases[i].text);
    if (strcmp(got, cases[i].value) != 0) {
      fprintf(stderr, "numeral_value_of(\"%s\") = %s, want %s\n", cases[i].text, got,
              cases[i].value);
    }
    CHECK(strcmp(got, cases[i].value) == 0);
  }
}

static void test_parse(void)
{
  numeral_scan ns;
  const unsigned char *s = (const unsigned char *)"4.64亿元";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 7);          /* 4.64亿 */
  CHECK_EQ_INT(ns.scale_exp, 8);
  CHECK_EQ_INT(ns.scale_start, 4);
  CHECK(ns.flags & NUMERAL_ARABIC);
  CHECK(ns.flags & NUMERAL_DECIMAL);

  s = (const unsigned char *)"1270多万人";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.approx_start, 4);
  CHECK_EQ_INT(ns.approx_end, 7);
  CHECK_EQ_INT(ns.scale_exp, 4);
  CHECK_EQ_STR(format(&ns.value), "12700000");

  /* 多 before a scale word that cannot follow (万 after 万…千): the numeral ends before 多
  ** and has no approximation (its span lay past the numeral's end; found by fuzz_numeral) */
  s = (const unsigned char *)"万0千多万";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 7);
  CHECK_EQ_INT(ns.approx_start, 0);
  CHECK_EQ_INT(ns.approx_end, 0);

  s = (const unsigned char *)"两三万人";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK(ns.has_high);
  CHECK_EQ_STR(format(&ns.value), "20000");
  CHECK_EQ_STR(format(&ns.high), "30000");

  /* 一 alone is marked (it is mostly an article), a scale word alone too */
  s = (const unsigned char *)"一个";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns) && (ns.flags & NUMERAL_ONE));
  s = (const unsigned char *)"千家万户";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns) && (ns.flags & NUMERAL_BARE_SCALE));
  CHECK_EQ_INT(ns.end, 3);

  /* 十四五: 十四 and then another digit: the numeral stops before it */
  s = (const unsigned char *)"十四五规划";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 9); /* an approximate pair 十四五: 14 to 15 */

  /* a unit word that begins with a numeral character belongs to the unit */
  s = (const unsigned char *)"3315千瓦";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 4);
  s = (const unsigned char *)"3百分点";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 1);

  /* digit strings, leading zeros */
  s = (const unsigned char *)"二〇二四年";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK(ns.flags & NUMERAL_DIGIT_STRING);
  CHECK_EQ_INT(ns.integer_digits, 4);
  s = (const unsigned char *)"03年";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns) && (ns.flags & NUMERAL_LEADING_ZERO));

  /* the full-width comma separates in running text, unless decimals follow */
  s = (const unsigned char *)"20，300美元";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_INT(ns.end, 2);
  s = (const unsigned char *)"82，225.00元";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_STR(format(&ns.value), "82225");

  /* zero-width characters are seen through */
  s = (const unsigned char *)"1\xE2\x80\x8B" "2亿";
  CHECK(numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK_EQ_STR(format(&ns.value), "1200000000");

  /* nothing there */
  s = (const unsigned char *)"增长";
  CHECK(!numeral_parse(s, strlen((const char *)s), 0, 0, &ns));
  CHECK(!numeral_parse(s, 0, 0, 0, &ns));
  CHECK(numeral_may_start(0x4E07) && numeral_may_start('7') && !numeral_may_start(0x589E));
  CHECK(numeral_is_chinese(0x4E07) && !numeral_is_chinese(0x70B9) && !numeral_is_chinese('7'));
}

/* Long and repeated inputs finish (the grammar is linear) and stay sane. */
static void test_long(void)
{
  static unsigned char buf[300000];
  size_t n = 0;
  while (n + 3 <= sizeof buf) {
    memcpy(buf + n, "万", 3);
    n += 3;
  }
  numeral_value v;
  CHECK(!numeral_value_of(buf, n, &v));
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = '9';
  CHECK(numeral_value_of(buf, sizeof buf, &v) && v.inexact);
}

/* numeral_scan_clear zeroes every field, as a memset would (padding aside). */
static void test_scan_clear(void)
{
  numeral_scan ns, zero;
  memset(&ns, 0x5A, sizeof ns);
  memset(&zero, 0, sizeof zero);
  numeral_scan_clear(&ns);
  CHECK(ns.end == 0 && ns.scale_start == 0 && ns.approx_start == 0 && ns.approx_end == 0);
  CHECK(memcmp(&ns.value, &zero.value, sizeof ns.value) == 0);
  CHECK(memcmp(&ns.high, &zero.high, sizeof ns.high) == 0);
  CHECK(ns.has_high == 0 && ns.scale_exp == 0 && ns.flags == 0);
  CHECK(ns.integer_digits == 0 && ns.digit_tokens == 0);
  /* a parse starts from it: what it leaves is what a fresh scan holds */
  CHECK(numeral_parse((const unsigned char *)"3", 1, 0, 0, &ns));
  CHECK(ns.end == 1 && ns.scale_exp == 0 && ns.approx_end == 0 && !ns.has_high);
}

/* Whether two scans say the same in every field. */
static int same_scan(const numeral_scan *a, const numeral_scan *b)
{
  return a->end == b->end && numeral_compare(&a->value, &b->value) == 0 &&
         a->value.inexact == b->value.inexact && numeral_compare(&a->high, &b->high) == 0 &&
         a->has_high == b->has_high && a->scale_exp == b->scale_exp &&
         a->scale_start == b->scale_start && a->approx_start == b->approx_start &&
         a->approx_end == b->approx_end && a->flags == b->flags &&
         a->integer_digits == b->integer_digits && a->digit_tokens == b->digit_tokens;
}

/* numeral_parse at pos of s[0..n) in running text (with its short cuts for Arabic
** numbers, scale words included) and with NUMERAL_SPACES, which always takes the full
** grammar: text without spaces, tabs or ， reads the same both ways. */
static int fast_path_agrees(const unsigned char *s, size_t n, size_t pos)
{
  numeral_scan fast, full;
  int a = numeral_parse(s, n, pos, 0, &fast);
  int b = numeral_parse(s, n, pos, NUMERAL_SPACES, &full);
  if (a == b && (!a || same_scan(&fast, &full))) return 1;
  fprintf(stderr, "numeral_parse(\"%.*s\" at %zu): running text %d end %zu flags %x scale %d, "
                  "grammar %d end %zu flags %x scale %d\n",
          (int)n, (const char *)s, pos, a, a ? fast.end : 0, a ? fast.flags : 0,
          a ? fast.scale_exp : 0, b, b ? full.end : 0, b ? full.flags : 0, b ? full.scale_exp : 0);
  return 0;
}

/* The short cuts hand over to the full grammar wherever more numeral follows. */
static void test_fast_paths(void)
{
  static const char *const cases[] = {
      "5.5万", "1,234", "５％", "3.14.15", "12三", "0.5‰", "2024", "8.5亿元", "5万元", "3万亿",
      "5万3000", "3万三千", "1万点5", "1万点", "2.5千万", "10.1万零100", "1270多万", "5万多人",
      "5万分之一", "3万/人", "1.5万/人", "5亿亿亿亿亿亿亿", "5千瓦", "5万千瓦", "3兆瓦", "12万亿元",
      "１２．５亿", "１２.５万", "7．", "7.", ".", "3又三分之一", "3分之1", "3/5", "2万又", "4万负",
      "2千", "3百万", "5万万", "6亿万", "1,234万", "1,234.5亿", "99999999999999999999万",
      "0.000000000000000000001亿", "007万", "5万\xE2\x80\x8B" "3", "5\xE2\x80\x8B" "万",
      "5万两", "5万廿", "5万十", "5万〇", "5万几", "5万兆", "2.5百", "2.5十万", "2.5百分点"};
  int bad = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const unsigned char *s = (const unsigned char *)cases[i];
    size_t n = strlen(cases[i]);
    /* every end, so that the numeral also meets the end of the buffer */
    for (size_t end = 1; end <= n; end++)
      if ((end == n || (s[end] & 0xC0) != 0x80) && !fast_path_agrees(s, end, 0)) bad++;
  }
  CHECK_EQ_INT(bad, 0);

  /* and on a text of numerals in pieces, at every character that is not a point */
  static const char *const pieces[] = {"1", "2", "0", "5", "9", ".", ",", "万", "亿", "萬", "兆",
                                       "千", "百", "十", "三", "两", "零", "〇", "点", "多", "余",
                                       "元", "人", "瓦", "千瓦", "分", "之", "又", "/", "%", "年",
                                       "５", "．", "-", "负", "个", "\xE2\x80\x8B"};
  unsigned char text[4000];
  size_t n = check_pieces_text(text, sizeof text, pieces, sizeof pieces / sizeof pieces[0], 2024);
  for (size_t pos = 0; pos < n; pos++) {
    if ((text[pos] & 0xC0) == 0x80 || text[pos] == '.' ||
        (n - pos >= 3 && memcmp(text + pos, "．", 3) == 0))
      continue;
    if (!fast_path_agrees(text, n, pos)) bad++;
  }
  CHECK_EQ_INT(bad, 0);
}

int main(void)
{
  test_decimals();
  test_values();
  test_parse();
  test_long();
  test_scan_clear();
  test_fast_paths();
  return check_done("numeral");
}
