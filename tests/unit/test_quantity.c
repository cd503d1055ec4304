/* Unit tests for ext/core/quantity.h: the quantity scanner. */
#include "check.h"
#include "quantity.h"
#include "utf8.h"

#include <stdlib.h>

static int never_stop(void *ctx, size_t done)
{
  (void)ctx;
  (void)done;
  return 0;
}

/* Every quantity of doc[0..n) as "text|value|high|unit|kind|qualifier|R" lines, with
** "|start" when with_start; with every > 0 the scan asks a stop function every that many
** bytes. */
static const char *scan_text(const char *doc, size_t n, size_t every, int with_start)
{
  static char out[16384];
  size_t k = 0;
  quantity_scanner sc;
  quantity q;
  quantity_scanner_init(&sc, (const unsigned char *)doc, n, 0, n, 0);
  if (every) {
    quantity_scanner_stop(&sc, never_stop, NULL);
    sc.stop_every = every;
  }
  out[0] = 0;
  while (quantity_next(&sc, &q) && k < sizeof out - 256) {
    char v[48] = "", h[48] = "";
    if (!q.redacted) numeral_format(&q.value, v, sizeof v);
    if (q.has_high && !q.high_redacted) numeral_format(&q.value_high, h, sizeof h);
    k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s|%s|%s|%s|%s|%s%s", k ? "\n" : "",
                          (int)(q.span.end - q.span.start), doc + q.span.start, v, h, q.unit,
                          quantity_kind_name(q.kind), q.qualifier ? q.qualifier : "",
                          q.redacted || q.high_redacted ? "|R" : "");
    if (with_start) k += (size_t)snprintf(out + k, sizeof out - k, "|%zu", q.span.char_start);
  }
  return out;
}

static const char *scan(const char *doc)
{
  return scan_text(doc, strlen(doc), 0, 0);
}

static void expect(const char *doc, const char *want)
{
  const char *got = scan(doc);
  if (strcmp(got, want) != 0) {
    fprintf(stderr, "scan(\"%s\"):\n%s\nwant:\n%s\n", doc, got, want);
    CHECK(!"scan");
  } else {
    CHECK(1);
  }
}

static void test_kinds(void)
{
  expect("增长6%左右", "6%|6||%|percent|左右");
  expect("收入4.64亿元", "4.64亿元|4.64||亿元|money|");
  expect("人口1270多万人", "1270多万人|1270||万人|count|多");
  expect("提高0.2个百分点", "0.2个百分点|0.2||个百分点|points|");
  expect("控制在3‰以内", "3‰|3||‰|permille|以内");
  expect("5.23倍，翻一番，翻两番，翻了一番，实现翻番",
         "5.23倍|5.23||倍|multiple|\n翻一番|2||倍|multiple|\n翻两番|4||倍|multiple|\n"
         "翻了一番|2||倍|multiple|\n翻番|2||倍|multiple|");
  expect("2024年，03年，二〇二四年，13年", "2024年|2024||年|year|\n03年|3||年|year|\n"
         "二〇二四年|2024||年|year|\n13年|13||年|measure|");
  expect("58.1公里，3606亩，28微克/立方米，5万元/人",
         "58.1公里|58.1||公里|measure|\n3606亩|3606||亩|measure|\n"
         "28微克/立方米|28||微克/立方米|measure|\n5万元/人|5||万元/人|money|");
  expect("百分之九十五，千分之四点五，三分之一，万分之三",
         "百分之九十五|95||%|percent|\n千分之四点五|4.5||‰|permille|\n"
         "三分之一|0.33333333333333331|||number|\n万分之三|3||‱|number|");
  expect("¥300，US$1.5万，港币5亿元，8亿元人民币",
         "¥300|300||元|money|\nUS$1.5万|1.5||万美元|money|\n港币5亿元|5||亿港元|money|\n"
         "8亿元人民币|8||亿元|money|");
  expect("一吨半，三年半", "一吨半|1.5||吨|measure|\n三年半|3.5||年|measure|");
  expect("新增人口5万", "5万|5||万|number|");
}

static void test_ranges(void)
{
  expect("6.5%－7%", "6.5%－7%|6.5|7|%|percent|");
  expect("4.5-5%", "4.5-5%|4.5|5|%|percent|");
  expect("5%至6%", "5%至6%|5|6|%|percent|");
  expect("5～6%", "5～6%|5|6|%|percent|");
  expect("4.5%到5%", "4.5%到5%|4.5|5|%|percent|");
  expect("1000-2000万元", "1000-2000万元|1000|2000|万元|money|");
  expect("两到三年", "两到三年|2|3|年|measure|");
  expect("两到三仟元", "两到三仟元|2000|3000|元|money|");
  expect("8500到3万元", "8500到3万元|8500|30000|元|money|");
  expect("百分之三十到四十一", "百分之三十到四十一|30|41|%|percent|");
  expect("两三万人", "两三万人|2|3|万人|count|");
  expect("2021—2035年", "2021—2035年|2021|2035|年|year|");
  expect("×—×个", "×—×个|||个|count||R");
  expect("×—2024年", "×—2024年||2024|年|year||R");
  /* not ranges: different units, the low end above the high end, a verb between */
  expect("5%-6个", "5%|5||%|percent|\n6个|6||个|count|");
  expect("由35家增加到45家", "35家|35||家|count|\n45家|45||家|count|");
  expect("2024-01-28", "");
}

static void test_qualifiers(void)
{
  expect("近×亿元", "×亿元|||亿元|money|近|R");
  expect("超过1000万元以上", "1000万元|1000||万元|money|以上");
  expect("过500万元的乡镇", "500万元|500||万元|money|过");
  expect("近千家企业，上万个岗位，过亿元企业，亿元以上项目",
         "千家|1000||家|count|近\n万个|1||万个|count|上\n亿元|1||亿元|money|过\n"
         "亿元|1||亿元|money|以上");
  expect("最近3年", "3年|3||年|measure|");
  expect("节约5%", "5%|5||%|percent|");
  expect("5800余人，×亿多元，1000多", "5800余人|5800||人|count|余\n×亿多元|||亿元|money|多|R\n"
         "1000|1000|||number|多");
  expect("4.5万吨左右", "4.5万吨|4.5||万吨|measure|左右");
}

static void test_not_quantities(void)
{
  expect("进一步统一思想，一般，一定，一体化，一批，千方百计，一心一意，万一", "");
  expect("“三个代表”，三个代表，十六大，“十四五”，十四五时期，十五五期间", "");
  expect("一是，第一，第2位，第八次党代会，区二届人大三次会议，三中全会", "");
  expect("一、总体\n（一）目标\n1.筹资\n。2.新建\n(3)其他", "");
  expect("PM2.5，G20，4A级，5G基站，×S店", "");
  expect("3月2日，8点，5号楼，80年代", "");
  expect("“1336”工程，“2+2”模式，“×”工程，×+X，世界×强", "");
  expect("127.0.0.1，2024.01.28，010-64035547", "");
  expect("发布时间：2021-02-03 09:30  来源，8:00开会，12:30:15", "");
  expect("比例由8.5：43.1：48.4调整为1:2", "8.5|8.5|||number|\n43.1|43.1|||number|\n"
         "48.4|48.4|||number|\n1|1|||number|\n2|2|||number|");
  expect("一个中心，一年来，万元GDP能耗，百家乐园，千家万户", "");
  expect("2×33万千瓦", "2|2|||number|\n33万千瓦|33||万千瓦|measure|");
  expect("GDp43.90亿元", "43.90亿元|43.9||亿元|money|");
  expect("五点零二分，人数十万", "十万|10||万|number|");
}

static void test_messy(void)
{
  expect("１２．５％", "１２．５％|12.5||%|percent|");
  expect("14.3  %", "14.3  %|14.3||%|percent|");
  expect("2.4\r\n亿元", "2.4\r\n亿元|2.4||亿元|money|");
  expect("8\n\n亿元", "8|8|||number|");
  expect("5\xE2\x80\x8B%", "5\xE2\x80\x8B%|5||%|percent|");
  expect("增长－3.2%", "－3.2%|-3.2||%|percent|");
  expect("2024-2025年", "2024-2025年|2024|2025|年|year|");
  expect("", "");
}

/* Offsets: bytes and characters, qualifier spans. */
static void test_spans(void)
{
  const char *doc = "😀增长近5%左右，投资4.64亿元";
  size_t n = strlen(doc);
  quantity_scanner sc;
  quantity q;
  quantity_scanner_init(&sc, (const unsigned char *)doc, n, 0, n, 0);
  CHECK(quantity_next(&sc, &q));
  CHECK_EQ_INT(q.span.char_start, 4);
  CHECK_EQ_INT(q.span.char_end, 6);
  CHECK_EQ_INT(q.span.start, 13);
  CHECK_EQ_STR(q.qualifier, "左右");
  CHECK_EQ_STR(q.qualifier_before, "近");
  CHECK_EQ_INT(q.before_span.char_start, 3);
  CHECK_EQ_INT(q.before_span.char_end, 4);
  CHECK_EQ_INT(q.after_span.char_start, 6);
  CHECK_EQ_INT(q.after_span.char_end, 8);
  CHECK_EQ_INT(q.qualifier_span.char_start, 6);
  CHECK(quantity_next(&sc, &q));
  CHECK_EQ_INT(q.span.char_start, 11);
  CHECK_EQ_INT(q.span.char_end, 17);
  numeral_value base = quantity_base_value(&q);
  int64_t i;
  CHECK(numeral_as_int64(&base, &i) && i == 464000000);
  CHECK(!quantity_next(&sc, &q));
  CHECK(!quantity_next(&sc, &q)); /* stays done */

  /* 1270多万人: the 多 inside the mention is its qualifier, with its own span */
  doc = "人口1270多万人";
  n = strlen(doc);
  quantity_scanner_init(&sc, (const unsigned char *)doc, n, 0, n, 0);
  CHECK(quantity_next(&sc, &q));
  CHECK_EQ_STR(q.qualifier, "多");
  CHECK_EQ_INT(q.qualifier_span.char_start, 6);
  CHECK_EQ_INT(q.qualifier_span.char_end, 7);
  CHECK(q.qualifier_before == NULL && q.qualifier_after == NULL);

  /* a range of the document, with the character offset of its start */
  doc = "第一句增长5%。第二句投资3亿元，近2万人。";
  n = strlen(doc);
  size_t from = 20; /* the byte after 。 */
  quantity_scanner_init(&sc, (const unsigned char *)doc, n, from, n,
                        utf8_length((const unsigned char *)doc, from));
  CHECK(quantity_next(&sc, &q));
  CHECK_EQ_INT(q.span.char_start, 13);
  CHECK(memcmp(doc + q.span.start, "3亿元", q.span.end - q.span.start) == 0);
  CHECK(quantity_next(&sc, &q));
  CHECK_EQ_STR(q.qualifier, "近");
  CHECK(!quantity_next(&sc, &q));
  /* ... and one that ends inside a number: mentions stay inside it */
  quantity_scanner_init(&sc, (const unsigned char *)doc, n, 0, 16, 0);
  CHECK(quantity_next(&sc, &q));
  CHECK(q.span.end <= 16);
  CHECK(!quantity_next(&sc, &q));
}

/* Character offsets are counted a word at a time from the last one known: they agree
** with counting from the start for every mix and length of the text before, inside and
** between the mentions (1- to 4-byte characters, spans shorter and longer than a word). */
static void test_char_offsets(void)
{
  static const char *const fill[] = {"a", "é", "的", "😀", "，", " "};
  static const char *const mention[] = {"近5%左右", "1270多万人", "¥5", "4.64亿元", "约 3 万吨以上"};
  char doc[512];
  unsigned seed = 7;
  for (int round = 0; round < 400; round++) {
    size_t n = 0;
    for (int m = 0; m < 3; m++) {
      int k = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 12;
      for (int i = 0; i < k; i++) {
        const char *f = fill[((seed = seed * 1103515245u + 12345u) >> 16) % 6];
        memcpy(doc + n, f, strlen(f));
        n += strlen(f);
      }
      memcpy(doc + n, "的", 3); /* no letter right before a number */
      n += 3;
      const char *w = mention[((seed = seed * 1103515245u + 12345u) >> 16) % 5];
      memcpy(doc + n, w, strlen(w));
      n += strlen(w);
      doc[n++] = ' ';
    }
    const unsigned char *d = (const unsigned char *)doc;
    quantity_scanner sc;
    quantity q;
    quantity_scanner_init(&sc, d, n, 0, n, 0);
    int found = 0;
    while (quantity_next(&sc, &q)) {
      found++;
      CHECK_EQ_INT(q.span.char_start, utf8_length(d, q.span.start));
      CHECK_EQ_INT(q.span.char_end, utf8_length(d, q.span.end));
      if (q.qualifier) {
        CHECK_EQ_INT(q.qualifier_span.char_start, utf8_length(d, q.qualifier_span.start));
        CHECK_EQ_INT(q.qualifier_span.char_end, utf8_length(d, q.qualifier_span.end));
      }
    }
    CHECK(found >= 2);
  }
}

/* Scanning sentence by sentence finds what the whole-document scan finds: random
** documents made of report fragments, cut at every 。. */
static void test_ranges_agree(void)
{
  static const char *const parts[] = {
    "增长5%左右", "投资4.64亿元", "，", "。", "近千家企业", "两到三年", "6.5%－7%",
    "2024年", "进一步", "三个代表", "×万美元", "1270多万人", "第一，", "\n1.", "翻一番",
    "人口5万", "28微克/立方米", "“1336”", "PM2.5", "一个", "４．５％", "以上", "超过",
  };
  char doc[2048];
  for (int round = 0; round < 300; round++) {
    size_t n = check_pieces_text((unsigned char *)doc, sizeof doc - 1, parts,
                                 sizeof parts / sizeof parts[0], 7000 + (unsigned)round);
    doc[n] = 0;
    /* the whole document */
    size_t whole[256][2], wn = 0;
    quantity_scanner sc;
    quantity q;
    quantity_scanner_init(&sc, (const unsigned char *)doc, n, 0, n, 0);
    while (wn < 256 && quantity_next(&sc, &q)) {
      CHECK_EQ_INT(q.span.char_start, utf8_length((const unsigned char *)doc, q.span.start));
      whole[wn][0] = q.span.start;
      whole[wn][1] = q.span.end;
      wn++;
    }
    /* sentence by sentence */
    size_t from = 0, k = 0;
    int agree = 1;
    while (from < n) {
      const char *stop = strstr(doc + from, "。");
      size_t to = stop ? (size_t)(stop - doc) + 3 : n;
      quantity_scanner_init(&sc, (const unsigned char *)doc, n, from, to,
                            utf8_length((const unsigned char *)doc, from));
      while (quantity_next(&sc, &q)) {
        while (k < wn && whole[k][1] <= q.span.start) k++;
        if (k >= wn || whole[k][0] != q.span.start || whole[k][1] != q.span.end) agree = 0;
        if (q.span.char_start != utf8_length((const unsigned char *)doc, q.span.start)) agree = 0;
      }
      from = to;
    }
    if (!agree) {
      fprintf(stderr, "sentence scan differs on: %s\n", doc);
      CHECK(!"sentence by sentence");
      break;
    }
  }
  CHECK(1);
}


/* With a stop function a long stretch is read in chunks (here of a few bytes, ending
** anywhere): what is found is exactly what a scan in one piece finds; a yes stops it. */
static void test_stop(void)
{
  static const char *const parts[] = {
    "增长5%左右", "投资4.64亿元", "，", "近千家企业", "两到三年", "6.5%－7%", "2024年",
    "进一步", "×万美元", "1270多万人", "翻一番", "１２．５％", "以上", "一千二百三十四点五",
    "百分之九", "甲乙丙丁", "a", "×", "𠀀",
  };
  char doc[1024];
  for (int round = 0; round < 200; round++) {
    size_t n = check_pieces_text((unsigned char *)doc, sizeof doc, parts,
                                 sizeof parts / sizeof parts[0], 11000 + (unsigned)round);
    const char *whole = scan_text(doc, n, 0, 1);
    char *copy = malloc(strlen(whole) + 1);
    strcpy(copy, whole);
    for (size_t every = 1; every < 40; every += 3) {
      const char *chunked = scan_text(doc, n, every, 1);
      if (strcmp(chunked, copy) != 0) {
        fprintf(stderr, "chunks of %zu bytes differ on %.*s:\n%s\nwant:\n%s\n", every,
                (int)n, doc, chunked, copy);
        CHECK(!"chunked scan");
        round = 200;
        break;
      }
    }
    free(copy);
  }
  CHECK(1);

  /* a yes at the second ask ends the scan after what it found so far */
  char *text = malloc(4 * STOP_EVERY_BYTES);
  size_t n = 0;
  while (n + 16 < 4 * STOP_EVERY_BYTES) n += (size_t)sprintf(text + n, "甲乙丙丁戊增长5%%");
  quantity_scanner sc;
  quantity q;
  int asks = 2, found = 0;
  quantity_scanner_init(&sc, (const unsigned char *)text, n, 0, n, 0);
  quantity_scanner_stop(&sc, check_stop_at, &asks);
  while (quantity_next(&sc, &q)) found++;
  CHECK(sc.stopped);
  CHECK_EQ_INT(asks, 0);
  CHECK(found > 0 && (size_t)found * 18 < 3 * STOP_EVERY_BYTES);
  free(text);
}

/* The skip loop with and without the vector filter from every pair of character
** boundaries [from, to) of text: the same candidates and the same character counts. */
static void skip_paths_agree(const unsigned char *text, size_t n)
{
  for (size_t from = 0; from < n; from++) {
    if ((text[from] & 0xC0) == 0x80) continue;
    for (size_t to = from; to <= n; to++) {
      if (to < n && (text[to] & 0xC0) == 0x80) continue;
      size_t a = from, b = from, ca = 0, cb = 0;
      for (;;) {
        a = quantity_skip(text, a, to, &ca, 0);
        b = quantity_skip(text, b, to, &cb, 1);
        if (a != b || ca != cb) {
          fprintf(stderr, "skip [%zu, %zu): scalar %zu (%zu chars), vector %zu (%zu chars)\n",
                  from, to, a, ca, b, cb);
          CHECK(!"skip paths agree");
          return;
        }
        if (a >= to) break;
        size_t next = a;
        utf8_next(text, to, &next); /* on past the candidate, as the scanner may */
        ca += 1;
        cb += 1;
        a = b = next;
      }
    }
  }
  CHECK(1);
}

static void test_skip(void)
{
  /* every character of the BMP and one beyond it, alone among ideographs at every
  ** offset of a 32-byte block, and at the very end */
  unsigned char buf[128];
  for (uint32_t c = 0x20; c <= 0x10000; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    unsigned char enc[4];
    size_t len = (size_t)utf8_encode(c, enc);
    size_t pad = 1 + c % 32, n = 0;
    for (size_t i = 0; i < pad; i++) buf[n++] = 'a';
    for (int i = 0; i < 14; i++) memcpy(buf + n, "的", 3), n += 3;
    size_t at = n;
    memcpy(buf + n, enc, len);
    n += len;
    size_t chars_scalar = 0, chars_vector = 0;
    size_t scalar = quantity_skip(buf, 0, n, &chars_scalar, 0);
    size_t vector = quantity_skip(buf, 0, n, &chars_vector, 1);
    if (scalar != vector || chars_scalar != chars_vector || (scalar != at && scalar != n) ||
        (scalar == at && !quantity_skip_may_pass(c))) {
      fprintf(stderr, "skip U+%04X: scalar %zu, vector %zu\n", (unsigned)c, scalar, vector);
      CHECK(!"skip one character");
      break;
    }
    for (int i = 0; i < 14; i++) memcpy(buf + n, "的", 3), n += 3;
    chars_scalar = chars_vector = 0;
    scalar = quantity_skip(buf, 0, n, &chars_scalar, 0);
    vector = quantity_skip(buf, 0, n, &chars_vector, 1);
    if (scalar != vector || chars_scalar != chars_vector) {
      fprintf(stderr, "skip U+%04X in the middle: scalar %zu, vector %zu\n", (unsigned)c, scalar,
              vector);
      CHECK(!"skip one character");
      break;
    }
  }
  CHECK(1);

  /* a text mixing starts, characters that share their bytes' nibbles (上 不 产 and
  ** the other ideographs of 一's block), ASCII, ×, é (C3 as well), two- and four-byte
  ** characters, and long runs without candidates, as in a report: every range of it */
  static const char *const pieces[] = {
      "一", "上", "不", "产", "五", "亿", "十", "千", "百", "万", "的", "是", "中", "发",
      "展", "５", "Ｘ", "～", "．", "×", "é", "𠀀", "ß", "1", "9", "X", "-", "+", "~", ".",
      "%", "a", " ", "\n", "〇", "○", "翻", "零", "两", "点", "的上的上的上的上的上的上",
      "上不是的中发展产业的上不是的中发展", "的的的的的的的的的的的的的的的的的的的的的的的"};
  unsigned char text[600];
  size_t n = check_pieces_text(text, sizeof text, pieces, sizeof pieces / sizeof pieces[0], 12345);
  skip_paths_agree(text, n);
}

int main(void)
{
  test_kinds();
  test_ranges();
  test_qualifiers();
  test_not_quantities();
  test_messy();
  test_spans();
  test_char_offsets();
  test_ranges_agree();
  test_stop();
  test_skip();
  return check_done("quantity");
}
