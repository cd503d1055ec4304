/* Unit tests for ext/core/gbk_repair.h and text_repair.h: the merge table, repairs of
** sentences we wrote, hard wraps joined (on the outline's decisions, where the text itself
** shows the wrap), and the two guarantees on our own clean report text
** (tests/fixtures/text/clean_report.txt): no change at all to the text as written, and
** only right repairs once we damage it the way a GBK round trip does. */
#include "check.h"
#include "chars.h"
#include "mem.h"
#include "text_repair.h"
#include "text_utf16.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ucnv.h>

static gbk_table table;

static void test_table(void)
{
  const struct {
    UChar merged, character, mark;
  } known[] = {
    {0x5C1D /* 尝 */, 0x573A /* 场 */, 0x3001 /* 、 */},
    {0x77D7 /* 矗 */, 0x7840 /* 础 */, 0x3002 /* 。 */},
    {0x50A8 /* 储 */, 0x7840 /* 础 */, 0x3001},
    {0x76DB /* 盛 */, 0x7701 /* 省 */, 0x3001},
    {0x8230 /* 舰 */, 0x5065 /* 健 */, 0x3001},
    {0x5632 /* 嘲 */, 0x573A /* 场 */, 0x201C /* “ */},
    {0x74EF /* 瓯 */, 0x8F8D /* 辍 */, 0x201D /* ” */},
  };
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
    const gbk_merge *g = gbk_table_find(&table, known[i].merged);
    CHECK(g != NULL);
    if (g == NULL) continue;
    CHECK_EQ_INT(g->character, known[i].character);
    CHECK_EQ_INT(g->mark, known[i].mark);
  }
  CHECK(gbk_table_find(&table, 0x5E02 /* 市 */) == NULL);
  CHECK(gbk_table_find(&table, 'a') == NULL);
  /* the table is sorted and every entry is Han */
  for (size_t i = 0; i < table.n; i++) {
    CHECK(char_is_han(table.merges[i].merged) && char_is_han(table.merges[i].character));
    if (i > 0) CHECK(table.merges[i - 1].merged < table.merges[i].merged);
  }
}

/* Repairs text; returns a malloc()ed "repaired|edit;edit" summary. */
static char *repair(const char *text)
{
  text_edits edits = {0};
  text_buffer out = {0};
  text_error err = {0};
  const unsigned char *z = (const unsigned char *)text;
  size_t n = strlen(text);
  char *summary = malloc(4096);
  if (text_repair_find(&table, z, n, &edits, &err) != TEXT_OK ||
      text_repair_apply(z, n, &edits, &out, &err) != TEXT_OK) {
    snprintf(summary, 4096, "ERROR %s", err.message);
  } else {
    size_t len = (size_t)snprintf(summary, 4096, "%s|", out.data ? (char *)out.data : "");
    for (size_t i = 0; i < edits.n; i++) {
      const text_edit *e = &edits.items[i];
      len += (size_t)snprintf(summary + len, 4096 - len, "%s%zu-%zu %s", i ? ";" : "",
                              e->char_start, e->char_end, repair_reason_name(e->reason));
    }
  }
  text_edits_free(&edits);
  text_buffer_free(&out);
  return summary;
}

#define CHECK_REPAIR(text, want)                                                            \
  do {                                                                                     \
    char *summary_ = repair(text);                                                             \
    CHECK_EQ_STR(summary_, want);                                                              \
    free(summary_);                                                                          \
  } while (0)

static void test_repairs(void)
{
  /* damage, in sentences of our own */
  CHECK_REPAIR("要处理好政府与市尝社会的关系。", "要处理好政府与市场、社会的关系。|8-9 gbk_merge");
  CHECK_REPAIR("夯实发展基矗今年要继续努力。", "夯实发展基础。今年要继续努力。|5-6 gbk_merge");
  CHECK_REPAIR("以农业为基储工业为主导。", "以农业为基础、工业为主导。|5-6 gbk_merge");
  CHECK_REPAIR("落实中央、盛市各项部署。", "落实中央、省、市各项部署。|5-6 gbk_merge");
  CHECK_REPAIR("发展医疗保舰养老服务。", "发展医疗保健、养老服务。|5-6 gbk_merge");
  CHECK_REPAIR("推进农贸市嘲菜篮子”工程。", "推进农贸市场“菜篮子”工程。|5-6 gbk_merge");
  CHECK_REPAIR("抓好“控辍保学、保学控瓯工作。", "抓好“控辍保学、保学控辍”工作。|11-12 gbk_merge");
  CHECK_REPAIR("建成一座奶牛尝两座养猪场。", "建成一座奶牛场、两座养猪场。|6-7 gbk_merge");
  CHECK_REPAIR("巩固发展基矗\n", "巩固发展基础。\n|5-6 gbk_merge");
  /* sound text that looks like damage */
  CHECK_REPAIR("大胆尝试，储备粮充足，舰艇编队，盛大开幕，高楼矗立。", "大胆尝试，储备粮充足，舰艇编队，盛大开幕，高楼矗立。|");
  CHECK_REPAIR("该市尝到了甜头，游客亲口尝一尝。", "该市尝到了甜头，游客亲口尝一尝。|");
  CHECK_REPAIR("在常态化的工作中，拖欠不发工资。", "在常态化的工作中，拖欠不发工资。|");
  CHECK_REPAIR("认真查看并及时处理，表明心迹。", "认真查看并及时处理，表明心迹。|");
  CHECK_REPAIR("盛市长出席会议。", "盛市长出席会议。|");
  CHECK_REPAIR("群众的心迹可以理解。", "群众的心迹可以理解。|");
  /* an opening quotation mark needs an unpaired closing one in the same sentence */
  CHECK_REPAIR("推进农贸市嘲菜篮子工程。", "推进农贸市嘲菜篮子工程。|");
  CHECK_REPAIR("", "|");
}

static void test_wraps(void)
{
  /* a break inside a word, after a clause mark, after 、 */
  CHECK_REPAIR("一、总体要求\n要坚持走新型工\n业化道路，推动产业升级。\n",
               "一、总体要求\n要坚持走新型工业化道路，推动产业升级。\n|14-15 hard_wrap");
  CHECK_REPAIR("今年，我们要重点抓好以下几\n个方面的工作。\n",
               "今年，我们要重点抓好以下几个方面的工作。\n|13-14 hard_wrap");
  CHECK_REPAIR("开展“双减、\n双提升”行动。\n", "开展“双减、双提升”行动。\n|6-7 hard_wrap");
  /* trailing spaces go with the break; CRLF is one break; a more indented line opens a
  ** paragraph (linewrap.h) */
  CHECK_REPAIR("全年新增就业一万二千人，城镇调查失业率控制在　\r\n百分之五点五以内。\r\n",
               "全年新增就业一万二千人，城镇调查失业率控制在百分之五点五以内。\r\n|22-25 hard_wrap");
  CHECK_REPAIR("全年新增就业一万二千人，城镇调查失业率控制在\n　　百分之五点五以内。\n",
               "全年新增就业一万二千人，城镇调查失业率控制在\n　　百分之五点五以内。\n|");
  /* title lines, headings and paragraph ends are not wraps */
  CHECK_REPAIR("政府工作报告\n各位代表：\n现在，我代表区人民政府报告工作。\n",
               "政府工作报告\n各位代表：\n现在，我代表区人民政府报告工作。\n|");
  CHECK_REPAIR("附件\n名词解释\n1.首店经济：指品牌在区域首次开设门店。\n",
               "附件\n名词解释\n1.首店经济：指品牌在区域首次开设门店。\n|");
  CHECK_REPAIR("关于优化营商环境工作的情况报告\n为贯彻落实上级部署，现将情况报告如下。\n",
               "关于优化营商环境工作的情况报告\n为贯彻落实上级部署，现将情况报告如下。\n|");
  /* a GBK merge and a wrap in one text: offsets count characters of the text as given */
  CHECK_REPAIR("理顺政府与市尝社会的关系，夯实发展基\n础，推动高质量发展。\n",
               "理顺政府与市场、社会的关系，夯实发展基础，推动高质量发展。\n|6-7 gbk_merge;18-19 "
               "hard_wrap");
  /* a merge that restores a full stop at the end of a line ends the sentence there */
  CHECK_REPAIR("统筹两种资源，夯实发展基矗\n抓好以下几项工作。\n",
               "统筹两种资源，夯实发展基础。\n抓好以下几项工作。\n|12-13 gbk_merge");
  CHECK_REPAIR("", "|");
}

static char *read_text(const char *path, size_t *n)
{
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)len + 1);
  *n = fread(buf, 1, (size_t)len, f);
  buf[*n] = 0;
  fclose(f);
  return buf;
}

/* Damages UTF-8 text the way the GBK round trip does: in GBK, every character with trail
** byte A1 followed by one of `marks` loses the two bytes A1 A1. Returns the damaged text
** (UTF-8, malloc()ed) and the character offsets of the merged characters. */
static char *damage(const char *text, const char *marks, size_t *offsets, size_t *n_offsets)
{
  UErrorCode code = U_ZERO_ERROR;
  UConverter *cv = ucnv_open("GBK", &code);
  size_t n = strlen(text);
  char *gbk = malloc(n * 2 + 1), *out = malloc(n * 2 + 1);
  int32_t glen = ucnv_convert("GBK", "UTF-8", gbk, (int32_t)n * 2 + 1, text, (int32_t)n, &code);
  size_t k = 0, chars = 0;
  *n_offsets = 0;
  for (int32_t i = 0; i < glen;) {
    unsigned char c = (unsigned char)gbk[i];
    if (c < 0x80) {
      out[k++] = gbk[i++];
      chars++;
      continue;
    }
    if (i + 3 < glen && (unsigned char)gbk[i + 1] == 0xA1 && (unsigned char)gbk[i + 2] == 0xA1 &&
        strchr(marks, gbk[i + 3]) != NULL) {
      offsets[(*n_offsets)++] = chars;
      out[k++] = gbk[i];
      out[k++] = gbk[i + 3];
      i += 4;
    } else {
      out[k++] = gbk[i];
      out[k++] = gbk[i + 1];
      i += 2;
    }
    chars++;
  }
  char *utf8 = malloc(k * 2 + 1);
  code = U_ZERO_ERROR;
  ucnv_convert("UTF-8", "GBK", utf8, (int32_t)k * 2 + 1, out, (int32_t)k, &code);
  ucnv_close(cv);
  free(gbk);
  free(out);
  return utf8;
}

static void test_clean_text(void)
{
  size_t n;
  char *text = read_text("tests/fixtures/text/clean_report.txt", &n);
  CHECK(text != NULL);
  if (text == NULL) return;
  CHECK(utf8_length((const unsigned char *)text, n) >= 20000);
  /* 1. Not one change to our clean text. */
  text_edits edits = {0};
  text_error err = {0};
  CHECK(text_repair_find(&table, (const unsigned char *)text, n, &edits, &err) == TEXT_OK);
  for (size_t i = 0; i < edits.n; i++) {
    fprintf(stderr, "false repair at character %zu\n", edits.items[i].char_start);
  }
  CHECK_EQ_INT(edits.n, 0);
  text_edits_free(&edits);

  /* 2. Damaged like a GBK round trip: every repair is at a damaged spot and restores what
  ** was there; most of the spots are found (the rest are everyday words, left alone). */
  static size_t offsets[4096];
  size_t n_offsets;
  const char marks[] = {(char)0xA2, (char)0xA3, (char)0xB0, (char)0xB1, (char)0xB6, (char)0xB7, 0};
  char *damaged = damage(text, marks, offsets, &n_offsets);
  CHECK(n_offsets >= 15);
  CHECK(text_repair_find(&table, (const unsigned char *)damaged, strlen(damaged), &edits, &err) ==
        TEXT_OK);
  /* The original as UTF-16 (all BMP), to compare each repair with what was there: the
  ** j-th damaged spot sits j characters earlier in the damaged text than in the original. */
  utf16_buffer original = {0};
  CHECK(utf16_set_utf8(&original, (const unsigned char *)text, n, &err) == TEXT_OK);
  const UChar *orig = original.s;
  size_t right = 0;
  for (size_t i = 0; i < edits.n; i++) {
    const text_edit *e = &edits.items[i];
    size_t j = 0;
    while (j < n_offsets && offsets[j] != e->char_start) j++;
    CHECK(j < n_offsets);
    if (j == n_offsets) continue;
    unsigned char want[8];
    int len = utf8_encode(orig[offsets[j] + j], want);
    len += utf8_encode(orig[offsets[j] + j + 1], want + len);
    CHECK((size_t)len == e->after_len && memcmp(want, e->after, (size_t)len) == 0);
    right++;
  }
  utf16_buffer_trim(&original, 0);
  /* most spots are found; the rest are everyday words, left alone on purpose */
  CHECK(right * 3 >= n_offsets * 2);
  printf("text_repair: %zu of %zu damaged spots in the clean text repaired, %zu wrong\n", right,
         n_offsets, edits.n - right);
  text_edits_free(&edits);
  free(damaged);
  free(text);
}

typedef struct asker {
  int asks;     /* answer yes at this ask (0: never) */
  int count;    /* asks so far */
} asker;

static int ask(void *ctx, size_t done)
{
  asker *a = ctx;
  (void)done;
  return ++a->count == a->asks;
}

/* A stop function is asked in each pass over a long text: the edits are the same when it
** never says stop; a yes at any ask ends the search with TEXT_STOPPED. */
static void test_stop(void)
{
  size_t n = 0, cap = 3 * STOP_EVERY_BYTES;
  char *text = malloc(cap + 64);
  while (n < cap) n += (size_t)sprintf(text + n, "完善市尝社会的关系，坚持走新型工\n业化道路。\n");
  text_edits plain = {0}, asked = {0};
  text_error err = {0};
  CHECK(text_repair_find(&table, (const unsigned char *)text, n, &plain, &err) == TEXT_OK);
  asker a = {0, 0};
  CHECK(text_repair_find_ex(&table, (const unsigned char *)text, n, ask, &a, &asked, &err) ==
        TEXT_OK);
  CHECK(a.count >= 6); /* at least twice in each of the three passes */
  CHECK(plain.n > 1000 && asked.n == plain.n);
  int same = asked.n == plain.n;
  for (size_t i = 0; same && i < plain.n; i++) {
    const text_edit *x = &plain.items[i], *y = &asked.items[i];
    same = x->start == y->start && x->end == y->end && x->char_start == y->char_start &&
           x->after_len == y->after_len && memcmp(x->after, y->after, x->after_len) == 0 &&
           x->reason == y->reason;
  }
  CHECK(same);
  int total = a.count;
  text_edits_free(&asked);
  for (int k = 1; k <= total; k++) {
    a = (asker){k, 0};
    err = (text_error){0};
    CHECK(text_repair_find_ex(&table, (const unsigned char *)text, n, ask, &a, &asked, &err) ==
          TEXT_STOPPED);
    CHECK(err.status == TEXT_STOPPED && a.count == k);
    text_edits_free(&asked);
  }
  text_edits_free(&plain);
  free(text);
}

int main(void)
{
  text_error err = {0};
  if (gbk_table_build(&table, &err) != TEXT_OK) {
    fprintf(stderr, "gbk_table_build: %s\n", err.message);
    return 1;
  }
  test_table();
  test_repairs();
  test_wraps();
  test_clean_text();
  test_stop();
  gbk_table_free(&table);
  return check_done("text_repair");
}
