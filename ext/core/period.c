/*
** Years and periods: see period.h. The words are data (tables below); the functions
** only walk text and look them up.
*/
#include "period.h"

#include "chars.h"
#include "utf8.h"
#include "wordtrie.h"

#include <string.h>

/* Time words and what they mean. Matched longest first, after folding, so the table
** needs no order. */
static const period_time_entry time_words[] = {
  {"今年", TIME_THIS_YEAR},       {"本年", TIME_THIS_YEAR},
  {"本年度", TIME_THIS_YEAR},     {"年内", TIME_THIS_YEAR},
  {"明年", TIME_NEXT_YEAR},       {"新的一年", TIME_THIS_YEAR},
  {"去年", TIME_LAST_YEAR},       {"上年", TIME_LAST_YEAR},
  {"上一年", TIME_LAST_YEAR},     {"过去一年", TIME_LAST_YEAR},
  {"过去的一年", TIME_LAST_YEAR}, {"刚刚过去的一年", TIME_LAST_YEAR},
  {"刚过去的一年", TIME_LAST_YEAR},
  {"过去五年", TIME_PAST_TERM},   {"过去的五年", TIME_PAST_TERM},
  {"五年来", TIME_PAST_TERM},     {"五年间", TIME_PAST_TERM},
  {"五年里", TIME_PAST_TERM},     {"本届政府以来", TIME_PAST_TERM},
  {"五年的回顾", TIME_PAST_TERM},
  {"今后五年", TIME_NEXT_TERM},   {"未来五年", TIME_NEXT_TERM},
  {"五年内", TIME_NEXT_TERM},     {"今后五年内", TIME_NEXT_TERM},
  {"年均", TIME_ANNUAL},          {"年平均", TIME_ANNUAL},
  {"平均每年", TIME_ANNUAL},      {"年均增速", TIME_ANNUAL},
  {"同比", TIME_SAME_PERIOD},     {"比上年", TIME_SAME_PERIOD},
  {"较上年", TIME_SAME_PERIOD},   {"比去年", TIME_SAME_PERIOD},
  {"较去年", TIME_SAME_PERIOD},   {"与上年相比", TIME_SAME_PERIOD},
  {"同上年相比", TIME_SAME_PERIOD}, {"比上年同期", TIME_SAME_PERIOD},
};

/* Words after a plan name that make a bare 十五 a plan rather than fifteen. */
static const char *const plan_followers[] = {
  "计划", "规划", "时期", "期间", "末", "初", "以来", "中期", "期末", "开局", "收官",
};

/* Where in its plan a year stands: (今年)是“十四五”…开局之年 → the plan's first year. */
static const struct {
  const char *word;
  int offset; /* years after the plan's first */
} plan_positions[] = {
  {"开局之年", 0}, {"开局年", 0}, {"起步之年", 0}, {"第一年", 0}, {"开篇之年", 0},
  {"第二年", 1},   {"第三年", 2}, {"承上启下", 2}, {"第四年", 3},
  {"收官之年", 4}, {"收官年", 4}, {"最后一年", 4}, {"决胜之年", 4}, {"收尾之年", 4},
};

/* Words before or after a year that give it a role. */
static const struct {
  const char *word;
  int before;     /* 1: the word stands before the year, 0: after it */
  year_role role;
} year_markers[] = {
  {"比", 1, YEAR_BASE},   {"较", 1, YEAR_BASE},    {"与", 1, YEAR_BASE},
  {"同", 1, YEAR_BASE},   {"相比", 0, YEAR_BASE},  {"相较", 1, YEAR_BASE},
  {"为", 1, YEAR_PLAIN},  {"到", 1, YEAR_END},     {"至", 1, YEAR_END},
  {"截至", 1, YEAR_END},  {"截止", 1, YEAR_END},   {"到了", 1, YEAR_END},
  {"前", 0, YEAR_END},    {"年底前", 0, YEAR_END}, {"底前", 0, YEAR_END},
  {"以前", 0, YEAR_END},  {"以来", 0, YEAR_START}, {"起", 0, YEAR_START},
  {"自", 1, YEAR_START},  {"从", 1, YEAR_START},   {"开始", 0, YEAR_START},
};

/* The word at pos, or ending at end: see wordtrie.h. */
static size_t match_word(const unsigned char *s, size_t n, size_t pos, const char *word)
{
  if (word_at_fails(s, n, pos, (unsigned char)word[0])) return 0; /* before its strlen */
  return word_at(s, n, pos, word, strlen(word));
}

static size_t match_word_back(const unsigned char *s, size_t lo, size_t end, const char *word)
{
  return word_before(s, lo, end, word, strlen(word));
}

int period_plan_years(int ordinal, int *start_year, int *end_year)
{
  /* The first plan ran 1953–57, the second 1958–62; after three years of readjustment
  ** the third began in 1966, and every plan since is five years long. */
  if (ordinal < 1 || ordinal > 30) return 0;
  int start = ordinal == 1 ? 1953 : ordinal == 2 ? 1958 : 1966 + 5 * (ordinal - 3);
  *start_year = start;
  *end_year = start + 4;
  return 1;
}

static int chinese_digit(uint32_t c)
{
  static const uint32_t digits[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D}; /* 〇一…九 */
  for (int d = 0; d < 10; d++) {
    if (c == digits[d]) return d;
  }
  return c == 0x96F6 ? 0 : -1; /* 零 */
}

#define CH_TEN 0x5341  /* 十 */
#define CH_FIVE 0x4E94 /* 五 */

/* An ordinal written with 一…九 and 十 (1..99) in s[lo..hi): its value or -1. */
static int chinese_small(const unsigned char *s, size_t lo, size_t hi)
{
  int value = 0, digit = -1, tens = 0, count = 0;
  for (size_t pos = lo; pos < hi;) {
    uint32_t c = utf8_next(s, hi, &pos);
    if (c == CH_TEN) {
      if (tens) return -1;
      tens = 1;
      value = (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      int d = chinese_digit(c);
      if (d < 0 || digit >= 0) return -1;
      digit = d;
    }
    count++;
  }
  if (count == 0) return -1;
  return value + (digit < 0 ? 0 : digit);
}

int period_find_plan(const unsigned char *s, size_t lo, size_t hi, size_t *at, size_t *end,
                     int *start_year, int *end_year)
{
  size_t pos = lo;
  while (pos < hi) {
    size_t run = pos;
    uint32_t c = utf8_next(s, hi, &pos);
    if (c != CH_TEN && chinese_digit(c) <= 0) continue;
    /* A run of numeral characters ending in 五: 十一五, 十四五, 十五五, 十五. */
    size_t run_end = pos, last = run;
    while (run_end < hi) {
      size_t k = run_end;
      uint32_t d = utf8_next(s, hi, &k);
      if (d != CH_TEN && chinese_digit(d) <= 0) break;
      last = run_end;
      run_end = k;
    }
    size_t k = last;
    if (utf8_next(s, hi, &k) != CH_FIVE || last == run) {
      pos = run_end;
      continue;
    }
    int ordinal = chinese_small(s, run, last);
    /* The run must stand alone: not inside a longer numeral or a word like 一五一十. */
    size_t before = run > lo ? utf8_prev(s, run) : run, b = before;
    uint32_t prev = run > lo ? utf8_next(s, hi, &b) : 0;
    int quoted = prev == 0x201C || prev == '"' || prev == 0x300C || prev == 0x2018;
    int followed = 0;
    for (size_t f = 0; f < sizeof plan_followers / sizeof plan_followers[0]; f++) {
      if (match_word(s, hi, run_end, plan_followers[f])) followed = 1;
    }
    size_t q = run_end;
    uint32_t next = run_end < hi ? utf8_next(s, hi, &q) : 0;
    if (next == 0x201D || next == '"' || next == 0x300D || next == 0x2019) followed |= quoted;
    /* 十一五 … 十九五 are no numerals, so plans wherever they stand; 十五 (the tenth
    ** plan, or fifteen) and 二十五 only in context. */
    int unambiguous = ordinal >= 11 && ordinal <= 19;
    if (ordinal > 0 && (followed || (unambiguous && !char_is_digit(char_fold(prev)) &&
                                     chinese_digit(prev) < 0))) {
      if (period_plan_years(ordinal, start_year, end_year)) {
        *at = run;
        *end = run_end;
        return 1;
      }
    }
    pos = run_end;
  }
  return 0;
}

const period_time_entry *period_time_words(size_t *count)
{
  *count = sizeof time_words / sizeof time_words[0];
  return time_words;
}

time_word period_time_word_at(const unsigned char *s, size_t n, size_t pos, size_t *end)
{
  time_word best = TIME_NONE;
  size_t best_end = pos;
  if (pos >= n) {
    *end = pos;
    return best;
  }
  for (size_t k = 0; k < sizeof time_words / sizeof time_words[0]; k++) {
    size_t e = match_word(s, n, pos, time_words[k].word);
    if (e > best_end) {
      best_end = e;
      best = time_words[k].meaning;
    }
  }
  *end = best_end;
  return best;
}

time_word period_time_word_ending(const unsigned char *s, size_t lo, size_t pos,
                                   size_t *start)
{
  time_word best = TIME_NONE;
  size_t best_start = pos;
  if (pos <= lo) {
    *start = pos;
    return best;
  }
  for (size_t k = 0; k < sizeof time_words / sizeof time_words[0]; k++) {
    size_t b = match_word_back(s, lo, pos, time_words[k].word);
    if (b != (size_t)-1 && b < best_start) {
      best_start = b;
      best = time_words[k].meaning;
    }
  }
  *start = best_start;
  return best;
}

void period_resolve(time_word w, int year, int year_end_report, period_span *out)
{
  memset(out, 0, sizeof *out);
  int y = year;
  switch (w) {
  case TIME_THIS_YEAR:
    /* In a year-end report 今年 is the year under review. */
    out->year = y ? (year_end_report ? y - 1 : y) : 0;
    out->achievement = year_end_report ? 1 : -1;
    break;
  case TIME_NEXT_YEAR:
    out->year = y ? (year_end_report ? y : y + 1) : 0;
    out->achievement = -1;
    break;
  case TIME_LAST_YEAR:
    out->year = y ? y - 1 : 0;
    out->achievement = 1;
    break;
  case TIME_PAST_TERM:
    if (y) {
      out->start = y - 5;
      out->end = out->year = y - 1;
    }
    out->achievement = 1;
    break;
  case TIME_NEXT_TERM:
    if (y) {
      out->start = y;
      out->end = out->year = y + 4;
    }
    out->achievement = -1;
    break;
  case TIME_SAME_PERIOD:
    out->achievement = 1;
    break;
  case TIME_ANNUAL:
  case TIME_NONE:
    break;
  }
}

year_role period_year_role(const unsigned char *s, size_t lo, size_t at, size_t end, size_t hi)
{
  /* Step over the 年 (and a following 底/末) of the mention. */
  size_t after = end, k;
  if ((k = match_word(s, hi, after, "年"))) after = k;
  if ((k = match_word(s, hi, after, "底"))) after = k;
  else if ((k = match_word(s, hi, after, "末"))) after = k;
  year_role role = YEAR_PLAIN;
  size_t best = 0;
  for (size_t m = 0; m < sizeof year_markers / sizeof year_markers[0]; m++) {
    size_t len = strlen(year_markers[m].word);
    if (year_markers[m].before) {
      if (match_word_back(s, lo, at, year_markers[m].word) != (size_t)-1 && len > best) {
        best = len;
        role = year_markers[m].role;
      }
    } else if (match_word(s, hi, after, year_markers[m].word) && len > best) {
      best = len;
      role = year_markers[m].role;
    }
  }
  return role;
}

int period_plan_phrase_year(const unsigned char *s, size_t lo, size_t hi)
{
  size_t pos = lo;
  while (pos < hi) { /* leading spaces */
    size_t k = pos;
    if (char_fold(utf8_next(s, hi, &k)) != ' ') break;
    pos = k;
  }
  int back = -1;
  size_t end;
  time_word w = period_time_word_at(s, hi, pos, &end);
  if (w == TIME_THIS_YEAR) back = 0;
  else if (w == TIME_LAST_YEAR) back = 1;
  else if ((end = match_word(s, hi, pos, "刚刚过去的")) || (end = match_word(s, hi, pos, "刚过去的"))) {
    back = 1; /* 刚刚过去的2024年: the year before the report's */
  }
  if (back < 0) return 0;
  for (size_t p = end; p < hi;) { /* look no further than the sentence */
    size_t at = p;
    uint32_t c = utf8_next(s, hi, &p);
    if (c == 0x3002 || c == 0xFF1B || c == ';' || c == 0xFF01 || c == 0xFF1F) {
      hi = at;
      break;
    }
  }
  size_t at, plan_end;
  int start_year, end_year;
  if (!period_find_plan(s, end, hi, &at, &plan_end, &start_year, &end_year)) return 0;
  for (size_t p = plan_end; p < hi;) {
    for (size_t k = 0; k < sizeof plan_positions / sizeof plan_positions[0]; k++) {
      if (match_word(s, hi, p, plan_positions[k].word)) {
        return start_year + plan_positions[k].offset + back;
      }
    }
    utf8_next(s, hi, &p);
  }
  return 0;
}
