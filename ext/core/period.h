/*
** Years and periods of report text: which year a figure is for.
**
** A report given in early year Y sets targets for Y (its 今年) and reports results for
** Y-1 (去年) or for the five years Y-5..Y-1 (过去五年). This module knows the words that
** say so, the five-year plans (十一五 = 2006–2010 … 十五五 = 2026–2030), phrases that
** name a year through a plan (今年是“十四五”开局之年 → 2021), and what the words around a
** year mean (比2020年 → a base year, 到2035年 → the end of a period). The date line under
** a report's title is the outline's (outline_report_get). It knows nothing of SQLite;
** offsets are byte offsets into valid UTF-8.
*/
#ifndef GWR_PERIOD_H
#define GWR_PERIOD_H

#include <stddef.h>

/* The years of the N-th five-year plan (十一五: N = 11 → 2006, 2010). 0 if N is unknown. */
int period_plan_years(int ordinal, int *start_year, int *end_year);

/* The first plan name in s[lo..hi): 十一五, “十四五”, 十五计划 (a bare 十五 only when
** quoted or followed by 计划/规划/时期/期间/末/...). Returns 1 and sets *at, *end (bytes)
** and the plan's years, else 0. */
int period_find_plan(const unsigned char *s, size_t lo, size_t hi, size_t *at, size_t *end,
                     int *start_year, int *end_year);

/* Words that place a statement in time relative to the report's year. */
typedef enum time_word {
  TIME_NONE = 0,
  TIME_THIS_YEAR,  /* 今年, 本年, 年内: the report's year */
  TIME_NEXT_YEAR,  /* 明年: the year after, or the report's year in a year-end report */
  TIME_LAST_YEAR,  /* 去年, 上年, 过去一年, 刚刚过去的一年 */
  TIME_PAST_TERM,  /* 过去五年, 五年来, 本届政府以来: the five years before */
  TIME_NEXT_TERM,  /* 今后五年, 未来五年, 五年内: the five years from the report's year */
  TIME_ANNUAL,     /* 年均, 年平均, 平均每年: an annual average over a period */
  TIME_SAME_PERIOD /* 同比, 比上年, 较上年, 与上年相比: compared with the year before */
} time_word;

/* The table of time words, for callers that index it (lexicon_targets builds tries). */
typedef struct period_time_entry {
  const char *word;
  time_word meaning;
} period_time_entry;

const period_time_entry *period_time_words(size_t *count);

/* The time word starting at byte pos (the longest), and in *end the offset after it. */
time_word period_time_word_at(const unsigned char *s, size_t n, size_t pos, size_t *end);

/* The longest time word ending at byte pos (not before lo), and in *start its start. */
time_word period_time_word_ending(const unsigned char *s, size_t lo, size_t pos,
                                   size_t *start);

/* What a time word means for a report whose target year is year (0: unknown). A
** year-end report (given in November or December for the coming year) calls the target
** year 明年 and the year under review 今年. */
typedef struct period_span {
  int year;          /* the year the figure is for, 0 when unknown */
  int start, end;    /* a multi-year period, 0 when none */
  int achievement;   /* 1: the words speak of results, -1: of plans, 0: they do not say */
} period_span;

void period_resolve(time_word w, int year, int year_end_report, period_span *out);

/* What the words around a year mention s[at..end) (e.g. the 2020 of 2020年) say of it,
** looking no further than s[lo..hi). */
typedef enum year_role {
  YEAR_PLAIN = 0,
  YEAR_BASE,  /* 比2020年, 较2020年, 与2020年相比, 同2020年相比: a comparison year */
  YEAR_END,   /* 到2035年, 至2035年, 2035年前, 到2035年底: the end of a period */
  YEAR_START  /* 2020年以来, 自2020年, 从2020年起: the start of a period */
} year_role;

year_role period_year_role(const unsigned char *s, size_t lo, size_t at, size_t end, size_t hi);

/* A sentence that names its year through a plan: (今年|明年|YYYY年)是…“十四五”…开局之年
** → 2021; 收官之年 → the plan's last year; 第二年 … 第四年. Returns the year named for
** the first year-word of s[lo..hi) (past years such as 刚刚过去的…年 count back, so the
** result is always the report's year), else 0. */
int period_plan_phrase_year(const unsigned char *s, size_t lo, size_t hi);

#endif
