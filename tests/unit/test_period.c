/* Unit tests for ext/core/period.h: plans, date lines, time words, year roles. */
#include "check.h"
#include "period.h"

static const unsigned char *u(const char *s)
{
  return (const unsigned char *)s;
}

static int plan_start(const char *s)
{
  size_t at, end;
  int start, stop;
  if (!period_find_plan(u(s), 0, strlen(s), &at, &end, &start, &stop)) return 0;
  CHECK_EQ_INT(stop, start + 4);
  return start;
}

static void test_plans(void)
{
  int start = 0, end = 0;
  CHECK(period_plan_years(11, &start, &end) && start == 2006 && end == 2010);
  CHECK(period_plan_years(15, &start, &end) && start == 2026 && end == 2030);
  CHECK(period_plan_years(10, &start, &end) && start == 2001 && end == 2005);
  CHECK(period_plan_years(1, &start, &end) && start == 1953);
  CHECK(!period_plan_years(0, &start, &end));
  CHECK_EQ_INT(plan_start("十一五"), 2006);
  CHECK_EQ_INT(plan_start("“十二五”规划"), 2011);
  CHECK_EQ_INT(plan_start("谋划“十五五”发展"), 2026);
  CHECK_EQ_INT(plan_start("十四五时期"), 2021);
  CHECK_EQ_INT(plan_start("完成“十五”计划"), 2001);
  CHECK_EQ_INT(plan_start("比“十五”计划末42亿元"), 2001);
  CHECK_EQ_INT(plan_start("“九五”期间"), 1996);
  CHECK_EQ_INT(plan_start("十五个项目"), 0);     /* fifteen */
  CHECK_EQ_INT(plan_start("第二十五次会议"), 0);
  CHECK_EQ_INT(plan_start("二十五个"), 0);
  CHECK_EQ_INT(plan_start("一五一十"), 0);
}

static time_word word(const char *s, size_t *len)
{
  size_t end = 0;
  time_word w = period_time_word_at(u(s), strlen(s), 0, &end);
  *len = end;
  return w;
}

static void test_time_words(void)
{
  size_t len;
  CHECK_EQ_INT(word("今年经济", &len), TIME_THIS_YEAR);
  CHECK_EQ_INT(len, strlen("今年"));
  CHECK_EQ_INT(word("过去的五年，", &len), TIME_PAST_TERM);
  CHECK_EQ_INT(word("过去的一年", &len), TIME_LAST_YEAR);
  CHECK_EQ_INT(word("刚刚过去的一年", &len), TIME_LAST_YEAR);
  CHECK_EQ_INT(len, strlen("刚刚过去的一年"));
  CHECK_EQ_INT(word("今后五年", &len), TIME_NEXT_TERM);
  CHECK_EQ_INT(word("年均增长", &len), TIME_ANNUAL);
  CHECK_EQ_INT(word("比上年增长", &len), TIME_SAME_PERIOD);
  CHECK_EQ_INT(word("增长", &len), TIME_NONE);
  size_t start = 0;
  const char *s = "力争五年内";
  CHECK_EQ_INT(period_time_word_ending(u(s), 0, strlen(s), &start), TIME_NEXT_TERM);
  CHECK_EQ_INT(start, strlen("力争"));
  CHECK_EQ_INT(period_time_word_ending(u(s), 0, strlen("力争"), &start), TIME_NONE);
  CHECK_EQ_INT(len, 0);

  period_span p;
  period_resolve(TIME_THIS_YEAR, 2025, 0, &p);
  CHECK(p.year == 2025 && p.achievement == -1 && p.start == 0);
  period_resolve(TIME_THIS_YEAR, 2025, 1, &p); /* a year-end report */
  CHECK(p.year == 2024 && p.achievement == 1);
  period_resolve(TIME_NEXT_YEAR, 2025, 1, &p);
  CHECK(p.year == 2025 && p.achievement == -1);
  period_resolve(TIME_LAST_YEAR, 2025, 0, &p);
  CHECK(p.year == 2024 && p.achievement == 1);
  period_resolve(TIME_PAST_TERM, 2021, 0, &p);
  CHECK(p.start == 2016 && p.end == 2020 && p.year == 2020 && p.achievement == 1);
  period_resolve(TIME_NEXT_TERM, 2021, 0, &p);
  CHECK(p.start == 2021 && p.end == 2025 && p.achievement == -1);
  period_resolve(TIME_LAST_YEAR, 0, 0, &p); /* year unknown */
  CHECK(p.year == 0 && p.achievement == 1);
}

static year_role role(const char *s, const char *year)
{
  const char *at = strstr(s, year);
  size_t a = (size_t)(at - s);
  return period_year_role(u(s), 0, a, a + strlen(year), strlen(s));
}

static void test_year_roles(void)
{
  CHECK_EQ_INT(role("比2020年翻一番", "2020"), YEAR_BASE);
  CHECK_EQ_INT(role("较2024年增长近50倍", "2024"), YEAR_BASE);
  CHECK_EQ_INT(role("与1998年相比，", "1998"), YEAR_BASE);
  CHECK_EQ_INT(role("到2035年基本实现", "2035"), YEAR_END);
  CHECK_EQ_INT(role("力争2027年前建成", "2027"), YEAR_END);
  CHECK_EQ_INT(role("到2030年底", "2030"), YEAR_END);
  CHECK_EQ_INT(role("1999年以来，", "1999"), YEAR_START);
  CHECK_EQ_INT(role("2024年全区生产总值", "2024"), YEAR_PLAIN);
}

static int phrase(const char *s)
{
  return period_plan_phrase_year(u(s), 0, strlen(s));
}

static void test_plan_phrases(void)
{
  CHECK_EQ_INT(phrase("今年是“十四五”规划开局之年。"), 2021);
  CHECK_EQ_INT(phrase("今年是全面完成“十三五”规划的收官之年"), 2020);
  CHECK_EQ_INT(phrase("刚刚过去的2011年，是全面实施“十二五”规划的开局之年"), 2012);
  CHECK_EQ_INT(phrase("过去的一年是“十一五”的第二年"), 2008);
  CHECK_EQ_INT(phrase("今年是实施“十二五”规划承上启下的关键一年"), 2013);
  CHECK_EQ_INT(phrase("今年是党的十八大召开之年。“十二五”开局之年"), 0); /* another sentence */
  CHECK_EQ_INT(phrase("“十四五”开局之年成绩显著"), 0);            /* no year word */
}

int main(void)
{
  test_plans();
  test_time_words();
  test_year_roles();
  test_plan_phrases();
  return check_done("period");
}
