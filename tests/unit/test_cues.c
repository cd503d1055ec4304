/* Unit tests for ext/core/cues.h: cue_contains_first(), the one-walk lookup over several
** tables, against cue_contains() asked of each table in turn. */
#include "check.h"
#include "cues.h"

#include <stdint.h>

static const cue_table order[] = {
  CUE_ROLE_REVIEW, CUE_ROLE_OUTLOOK, CUE_ROLE_TARGETS, CUE_ROLE_GOVERNMENT, CUE_ROLE_TASKS,
};
#define ORDER (int)(sizeof order / sizeof order[0])

static int first_by_tables(const cue_text *t)
{
  for (int k = 0; k < ORDER; k++) {
    if (cue_contains(t, order[k])) return k;
  }
  return -1;
}

static void cue_load_str(cue_text *t, const char *text)
{
  cue_text_load(t, (const unsigned char *)text, 0, strlen(text), 0);
}

static int first_of(const char *text)
{
  cue_filter_set f;
  cue_filter_set_init(&f, order, ORDER);
  cue_text t;
  cue_text_load(&t, (const unsigned char *)text, 0, strlen(text), 0);
  return cue_contains_first(&t, &f);
}

static void test_examples(void)
{
  CHECK_EQ_INT(first_of(""), -1);
  CHECK_EQ_INT(first_of("加快建设现代化产业体系"), -1);
  CHECK_EQ_INT(first_of("过去一年的工作回顾"), 0);       /* review, wherever it stands */
  CHECK_EQ_INT(first_of("今年工作的总体要求和预期目标"), 2); /* targets before tasks (今年) */
  CHECK_EQ_INT(first_of("今年重点工作"), 4);
  CHECK_EQ_INT(first_of("全面加强政府自身建设"), 3);
  CHECK_EQ_INT(first_of("十四五时期的主要目标任务"), 1);  /* outlook before targets */
  CHECK_EQ_INT(first_of("展望2035年"), 1);              /* a phrase of digits */
  CHECK_EQ_INT(first_of("任务"), 4);                    /* the whole text is the phrase */
  CHECK_EQ_INT(first_of("务"), -1);                     /* half of one */
  CHECK_EQ_INT(first_of("主要任"), -1);                 /* a phrase cut at the end */
  CHECK_EQ_INT(first_of("今年任务回顾"), 0);             /* the last position still counts */
}

static uint32_t next_random(uint32_t *seed)
{
  *seed = *seed * 1103515245u + 12345u;
  return *seed >> 8;
}

/* Texts glued from pieces of phrases and other words: every table, at every position. */
static void test_random(void)
{
  static const char *const pieces[] = {
    "回顾", "过去", "今后五年", "今后", "五年", "预期目标", "预期", "目标", "自身建设", "自身",
    "任务", "今年", "明年", "重点", "工作", "2035", "203", "十四五", "十四", "廉政", "政府",
    "的", "和", "，", "（一）", "推动", "高质量发展", " ", "：",
  };
  cue_filter_set f;
  cue_filter_set_init(&f, order, ORDER);
  uint32_t seed = 3;
  int wrong = 0;
  for (int round = 0; round < 20000; round++) {
    char text[400] = "";
    size_t len = 0;
    int count = (int)(next_random(&seed) % 12);
    for (int i = 0; i < count; i++) {
      const char *p = pieces[next_random(&seed) % (sizeof pieces / sizeof pieces[0])];
      size_t k = strlen(p);
      if (len + k >= sizeof text) break;
      memcpy(text + len, p, k + 1);
      len += k;
    }
    cue_text t;
    cue_text_load(&t, (const unsigned char *)text, 0, len, 0);
    if (cue_contains_first(&t, &f) != first_by_tables(&t)) wrong++;
  }
  CHECK_EQ_INT(wrong, 0);
}

/* What cue_text_load() keeps: folded characters; spaces only when asked, one per run and
** none at the ends; no zero-width characters or line breaks; at most CUE_TEXT_MAX. */
static void test_load(void)
{
  cue_text t;
  const char *text = "　区长\xE2\x80\x8B 　\t林\n晓川：１ ";
  cue_text_load(&t, (const unsigned char *)text, 0, strlen(text), 1);
  static const uint32_t spaced[] = {0x533A, 0x957F, ' ', 0x6797, 0x6653, 0x5DDD, ':', '1'};
  CHECK_EQ_INT(t.len, 8);
  for (size_t i = 0; i < 8 && i < t.len; i++) CHECK_EQ_INT(t.c[i], spaced[i]);
  CHECK_EQ_INT(t.truncated, 0);
  cue_text_load(&t, (const unsigned char *)text, 0, strlen(text), 0);
  CHECK_EQ_INT(t.len, 7);
  CHECK_EQ_INT(t.c[2], 0x6797);
  cue_text_load(&t, (const unsigned char *)text, 3, 3, 1);
  CHECK_EQ_INT(t.len, 0);
  char long_text[3 * CUE_TEXT_MAX + 8] = "";
  for (int i = 0; i <= CUE_TEXT_MAX; i++) strcat(long_text, "任");
  cue_text_load(&t, (const unsigned char *)long_text, 0, strlen(long_text), 0);
  CHECK_EQ_INT(t.len, CUE_TEXT_MAX);
  CHECK_EQ_INT(t.truncated, 1);
  cue_text_load(&t, (const unsigned char *)long_text, 3, strlen(long_text), 0);
  CHECK_EQ_INT(t.len, CUE_TEXT_MAX);
  CHECK_EQ_INT(t.truncated, 0);
  /* the first character of a phrase is compared first; an empty text starts with none */
  cue_load_str(&t, "");
  CHECK_EQ_INT(cue_starts_with(&t, CUE_CHROME_PREFIX), 0);
  CHECK_EQ_INT(cue_equals(&t, CUE_SALUTATION), 0);
  CHECK_EQ_INT(cue_only_phrases(&t, CUE_CHROME_LINE), 0);
  cue_load_str(&t, "来源：某区政府网");
  CHECK_EQ_INT(cue_starts_with(&t, CUE_CHROME_PREFIX), 3);
  cue_load_str(&t, "各位代表：");
  CHECK_EQ_INT(cue_equals(&t, CUE_SALUTATION), 1);
  cue_load_str(&t, "【打印】【关闭窗口】");
  CHECK_EQ_INT(cue_only_phrases(&t, CUE_CHROME_LINE), 1);
  cue_load_str(&t, "【打印】【关闭本站】");
  CHECK_EQ_INT(cue_only_phrases(&t, CUE_CHROME_LINE), 0);
}

int main(void)
{
  test_load();
  test_examples();
  test_random();
  return check_done("cues");
}
