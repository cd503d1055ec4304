/* Unit tests for ext/core/targets.h: each statement form of issue 5, kinds and years. */
#include "check.h"
#include "targets.h"

#include <stdlib.h>

static indicator_lexicon *indicators;
static clause_lexicon *words;

#define MAX_ROWS 32
static target_row rows[MAX_ROWS];

/* Parses text with year (0: inferred); returns the number of rows. */
static int parse(const char *text, int year)
{
  targets_parser *p;
  CHECK(targets_parser_new((const unsigned char *)text, strlen(text), year, indicators, words, &p) == 0);
  int n = 0, rc;
  while ((rc = targets_next(p, &rows[n < MAX_ROWS - 1 ? n : MAX_ROWS - 1])) == 1) n++;
  CHECK_EQ_INT(rc, 0);
  targets_parser_free(p);
  return n;
}

static double value(const target_row *r)
{
  return numeral_as_double(&r->figure.value);
}

static const char *id(const target_row *r)
{
  return r->form ? r->form->id : NULL;
}

/* A targets section around a list, so that the role says target. */
static char *targets(const char *list)
{
  static char buf[4096];
  snprintf(buf, sizeof buf, "二、今年的主要预期目标\n%s\n", list);
  return buf;
}

static void test_verbs(void)
{
  CHECK_EQ_INT(parse(targets("全县生产总值增长5%左右；城镇登记失业率控制在4.5%以内；"
                             "农村居民人均可支配收入达到8700元；常住人口城镇化率提高1.2个百分点。"), 2025), 4);
  CHECK_EQ_STR(rows[0].indicator, "全县生产总值");
  CHECK_EQ_STR(id(&rows[0]), "gdp");
  CHECK_EQ_INT(rows[0].direction, DIRECTION_INCREASE);
  CHECK_EQ_STR(rows[0].verb, "增长");
  CHECK(value(&rows[0]) == 5);
  CHECK_EQ_STR(rows[0].figure.unit, "%");
  CHECK_EQ_STR(rows[0].qualifier, "左右");
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[0].year, 2025);
  CHECK_EQ_INT(rows[1].direction, DIRECTION_CAP);
  CHECK_EQ_STR(rows[1].qualifier, "以内");
  CHECK_EQ_INT(rows[2].direction, DIRECTION_REACH);
  CHECK_EQ_STR(rows[2].figure.unit, "元");
  CHECK_EQ_STR(rows[3].figure.unit, "个百分点");
  CHECK_EQ_STR(id(&rows[3]), "urbanisation");
  /* no verb; 按…安排; 比2020年翻一番 */
  CHECK_EQ_INT(parse(targets("城镇调查失业率5.5%左右；一般公共预算收入按增长5%安排；"
                             "到2027年，全县生产总值比2020年翻一番。"), 2025), 3);
  CHECK_EQ_INT(rows[0].direction, DIRECTION_NONE);
  CHECK_EQ_STR(rows[0].verb, "");
  CHECK_EQ_STR(rows[0].qualifier, "左右");
  CHECK_EQ_INT(rows[1].direction, DIRECTION_PLAN);
  CHECK_EQ_STR(rows[1].verb, "按增长…安排");
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[2].direction, DIRECTION_DOUBLE);
  CHECK(value(&rows[2]) == 2);
  CHECK_EQ_STR(rows[2].figure.unit, "倍");
  CHECK_EQ_INT(rows[2].base_year, 2020);
  CHECK_EQ_INT(rows[2].period_end, 2027);
  CHECK_EQ_INT(rows[2].year, 2027);
  /* a range, messy widths and a hard wrap inside the indicator */
  CHECK_EQ_INT(parse(targets("固定资产投资增长6%－7%，城镇调查失\n业率５．５％左右。"), 2025), 2);
  CHECK(value(&rows[0]) == 6 && rows[0].figure.has_high &&
        numeral_as_double(&rows[0].figure.value_high) == 7);
  CHECK_EQ_STR(rows[1].indicator, "城镇调查失业率");
  CHECK(value(&rows[1]) == 5.5);
}

static void test_lists(void)
{
  CHECK_EQ_INT(parse(targets("城乡居民人均可支配收入分别增长8%和10%；一产、二产、三产增加值分别增长5.5%左右、"
                             "6%左右、5%左右；城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。"), 2025), 7);
  CHECK_EQ_STR(rows[0].indicator, "城镇居民人均可支配收入");
  CHECK_EQ_STR(id(&rows[0]), "income_urban");
  CHECK(value(&rows[0]) == 8);
  CHECK_EQ_STR(rows[1].indicator, "农村居民人均可支配收入");
  CHECK_EQ_STR(id(&rows[1]), "income_rural");
  CHECK(value(&rows[1]) == 10);
  CHECK_EQ_STR(id(&rows[2]), "va_primary");
  CHECK_EQ_STR(id(&rows[3]), "va_secondary");
  CHECK_EQ_STR(id(&rows[4]), "va_tertiary");
  CHECK_EQ_STR(rows[4].qualifier, "左右");
  CHECK_EQ_STR(id(&rows[5]), "unemp_surveyed");
  CHECK_EQ_STR(rows[5].qualifier, "以内"); /* distributed from 3%以内 */
  CHECK_EQ_INT(rows[5].direction, DIRECTION_CAP);
  CHECK_EQ_STR(id(&rows[6]), "cpi");
  /* one figure for a list; 城乡 with one figure gives both; 其中 */
  CHECK_EQ_INT(parse(targets("城镇居民可支配收入、农民人均纯收入年均增长11%以上；城乡居民收入增长6%；"
                             "全社会固定资产投资增长9%，其中工业投资增长15%。"), 2025), 6);
  CHECK_EQ_STR(id(&rows[0]), "income_urban");
  CHECK_EQ_STR(id(&rows[1]), "income_rural");
  CHECK(rows[1].annual == 1 && value(&rows[1]) == 11);
  CHECK_EQ_STR(rows[2].indicator, "城镇居民收入");
  CHECK_EQ_STR(rows[3].indicator, "农村居民收入");
  CHECK_EQ_STR(id(&rows[5]), "industrial_investment");
  CHECK_EQ_STR(rows[5].indicator, "工业投资");
  /* a list without 分别 pairs with its figures in order; 分别 without an indicator */
  CHECK_EQ_INT(parse("一、去年工作回顾\n存款余额80亿元，贷款余额96亿元，分别比年初增加8亿元和20亿元。\n", 2025), 4);
  CHECK_EQ_STR(id(&rows[2]), "deposits");
  CHECK_EQ_STR(id(&rows[3]), "loans");
  CHECK(value(&rows[3]) == 20);
}

static void test_stretch_and_extra(void)
{
  CHECK_EQ_INT(parse(targets("地区生产总值增长6%左右，在实际工作中争取更好结果；规模以上工业增加值增长7%以上、"
                             "力争达到8%；一般公共预算收入确保增长5%、力争增长6%；全省生产总值增长8.5%左右，力争9%。"), 2025), 4);
  CHECK(rows[0].extra_end > rows[0].extra_start);
  CHECK(!rows[0].has_stretch);
  CHECK(rows[1].has_stretch && numeral_as_double(&rows[1].stretch) == 8);
  CHECK_EQ_STR(rows[1].qualifier, "以上");
  CHECK(value(&rows[1]) == 7);
  CHECK(rows[2].has_stretch && numeral_as_double(&rows[2].stretch) == 6);
  CHECK_EQ_STR(rows[2].qualifier, "确保");
  CHECK(rows[3].has_stretch && numeral_as_double(&rows[3].stretch) == 9);
  /* level and growth in one clause, a preamble with and without a comma */
  CHECK_EQ_INT(parse(targets("地区生产总值增长12.5%，达到168亿元；如果外部需求没有明显恶化，外贸进出口总额增长3%左右；"
                             "在提高质量和效益的基础上固定资产投资增长8%。"), 2025), 4);
  CHECK_EQ_STR(rows[1].indicator, "地区生产总值");
  CHECK(value(&rows[1]) == 168);
  CHECK_EQ_STR(rows[1].figure.unit, "亿元");
  CHECK_EQ_INT(rows[1].direction, DIRECTION_REACH);
  CHECK_EQ_STR(id(&rows[2]), "trade");
  CHECK_EQ_STR(id(&rows[3]), "fai");
  CHECK_EQ_STR(rows[3].indicator, "固定资产投资");
}

static void test_openers(void)
{
  /* the list starts in the next paragraph, as —— bullets; no role in the headings */
  CHECK_EQ_INT(parse("全省经济社会发展的主要预期目标是：\n——全省生产总值增长9%以上；\n"
                     "——地方财政一般预算收入增长13%；\n——人口自然增长率控制在６‰以内。\n", 2008), 3);
  CHECK_EQ_STR(rows[0].indicator, "全省生产总值");
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[2].kind, TARGET_KIND_TARGET);
  CHECK_EQ_STR(rows[2].figure.unit, "‰");
  /* separated by 、 and 。; non-numeric targets give no row */
  CHECK_EQ_INT(parse(targets("地区生产总值增长6.5%，社会消费品零售总额增长8%、固定资产投资增长10%。"
                             "居民收入增长和经济增长同步。"), 2023), 3);
  CHECK_EQ_STR(rows[2].indicator, "固定资产投资");
  CHECK_EQ_INT(parse(targets("居民收入增长和经济增长同步，国际收支保持基本平衡。"), 2023), 0);
}

static void test_fiscal(void)
{
  CHECK_EQ_INT(parse(targets("今年赤字率拟按3%安排，赤字规模4.06万亿元；拟安排地方政府专项债券4.4万亿元，"
                             "比上年增加5000亿元。"), 2024), 4);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_PARAMETER);
  CHECK_EQ_INT(rows[0].direction, DIRECTION_PLAN);
  CHECK_EQ_STR(rows[0].verb, "拟按…安排");
  CHECK_EQ_STR(id(&rows[1]), "deficit");
  CHECK_EQ_STR(id(&rows[2]), "special_bonds");
  CHECK_EQ_INT(rows[2].direction, DIRECTION_PLAN);
  CHECK_EQ_STR(rows[2].verb, "拟安排");
  CHECK_EQ_INT(rows[3].kind, TARGET_KIND_PARAMETER);
  CHECK_EQ_INT(rows[3].base_year, 2023);
}

static void test_kinds_and_years(void)
{
  const char *report =
      "政府工作报告\n——2025年1月9日在某区人民代表大会上\n一、2024年工作回顾\n"
      "全区地区生产总值增长5.8%，一般公共预算收入同比增长6.1%。\n"
      "二、2025年主要预期目标\n全区地区生产总值增长6%左右。\n";
  CHECK_EQ_INT(parse(report, 0), 3); /* the year from the date line */
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_ACHIEVEMENT);
  CHECK_EQ_INT(rows[0].year, 2024);
  CHECK_EQ_INT(rows[1].base_year, 2023);
  CHECK_EQ_INT(rows[2].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[2].year, 2025);
  CHECK_EQ_INT(parse(report, 2030), 3); /* the caller's year wins */
  CHECK_EQ_INT(rows[0].year, 2029);
  CHECK_EQ_INT(rows[2].year, 2030);
  /* no date line: the year of the opener, of a tasks title, of a plan phrase */
  CHECK_EQ_INT(parse("2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n", 0), 1);
  CHECK_EQ_INT(rows[0].year, 2023);
  CHECK_EQ_INT(parse("三、2019年重点工作\n规模以上工业增加值增长7%。\n", 0), 1);
  CHECK_EQ_INT(rows[0].year, 2019);
  CHECK_EQ_INT(parse("各位代表：\n今年是“十四五”规划开局之年。\n二、主要目标\n地区生产总值增长6%以上。\n", 0), 1);
  CHECK_EQ_INT(rows[0].year, 2021);
  CHECK_EQ_INT(parse("二、主要目标\n地区生产总值增长6%以上。\n", 0), 1); /* no year at all */
  CHECK_EQ_INT(rows[0].year, 0);
  /* a year-end report: 今年 is the year under review, 明年 the target year */
  CHECK_EQ_INT(parse("政府工作报告\n——2024年12月20日在某县人民代表大会上\n"
                     "今年以来，全县地区生产总值预计增长5.3%。明年全县地区生产总值增长5.5%。\n", 0), 2);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_ACHIEVEMENT);
  CHECK_EQ_INT(rows[0].year, 2024);
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[1].year, 2025);
  /* without headings: time words and cues decide */
  CHECK_EQ_INT(parse("过去一年，地区生产总值增长5%。今年地区生产总值预期增长6%。\n", 2025), 2);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_ACHIEVEMENT);
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_TARGET);
  /* plans, terms, 到2035年, 年均 */
  CHECK_EQ_INT(parse("一、“十四五”时期工作回顾\n“十四五”时期，全区地区生产总值年均增长6.2%。\n"
                     "二、“十五五”时期的主要目标\n“十五五”时期，全区地区生产总值年均增长5%以上。"
                     "到2035年，人均地区生产总值比2025年翻一番。\n", 2026), 3);
  CHECK_EQ_INT(rows[0].period_start, 2021);
  CHECK_EQ_INT(rows[0].period_end, 2025);
  CHECK_EQ_INT(rows[0].annual, 1);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_ACHIEVEMENT);
  CHECK_EQ_INT(rows[1].period_start, 2026);
  CHECK_EQ_INT(rows[1].period_end, 2030);
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[2].period_end, 2035);
  CHECK_EQ_INT(rows[2].base_year, 2025);
  CHECK_EQ_STR(id(&rows[2]), "gdp_per_capita");
  /* a five-year review: results over the five years before */
  CHECK_EQ_INT(parse("一、过去五年工作回顾\n过去五年，全省生产总值年均增长12.6%。\n", 2008), 1);
  CHECK_EQ_INT(rows[0].period_start, 2003);
  CHECK_EQ_INT(rows[0].period_end, 2007);
  CHECK_EQ_INT(rows[0].year, 2007);
}

/* Statements in the wording of national, provincial and city reports of other years. */
static void test_report_styles(void)
{
  /* a stretch figure after a preamble: 在实际工作中力争达到10% */
  CHECK_EQ_INT(parse(targets("全省地区生产总值增长9%左右，在实际工作中力争达到10%；城镇调查失业率控制在5.5%以内。"),
                     2025), 2);
  CHECK(value(&rows[0]) == 9);
  CHECK_EQ_STR(rows[0].qualifier, "左右");
  CHECK(rows[0].has_stretch && numeral_as_double(&rows[0].stretch) == 10);
  CHECK_EQ_STR(id(&rows[1]), "unemp_surveyed");
  CHECK_EQ_INT(parse(targets("地区生产总值增长7%，实际工作中力争达到8%；财政收入增长6%左右，在实际工作中力争更快一些。"),
                     2025), 2);
  CHECK(rows[0].has_stretch && numeral_as_double(&rows[0].stretch) == 8);
  CHECK(!rows[1].has_stretch && rows[1].extra_end > rows[1].extra_start);
  /* 平均为: a level over the year */
  CHECK_EQ_INT(parse("一、过去一年工作回顾\n去年，城镇调查失业率平均为5.1%，居民消费价格上涨2%。\n", 2025), 2);
  CHECK_EQ_STR(rows[0].indicator, "城镇调查失业率");
  CHECK_EQ_STR(id(&rows[0]), "unemp_surveyed");
  CHECK(value(&rows[0]) == 5.1);
  CHECK_EQ_INT(rows[0].direction, DIRECTION_REACH);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_ACHIEVEMENT);
  CHECK(rows[0].annual == 0);
  /* bonds issued: 拟发行 is a setting, 发行 too; 财政赤字规模 is the deficit */
  CHECK_EQ_INT(parse(targets("今年拟发行长期建设国债600亿元。财政赤字规模比去年增加5000亿元，"
                             "发行抗疫特别国债5000亿元。"), 2020), 3);
  CHECK_EQ_STR(rows[0].indicator, "长期建设国债");
  CHECK_EQ_STR(id(&rows[0]), "construction_bonds");
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_PARAMETER);
  CHECK_EQ_INT(rows[0].direction, DIRECTION_PLAN);
  CHECK_EQ_STR(rows[0].verb, "拟发行");
  CHECK_EQ_STR(id(&rows[1]), "deficit");
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_PARAMETER);
  CHECK_EQ_INT(rows[1].direction, DIRECTION_INCREASE);
  CHECK_EQ_INT(rows[1].base_year, 2019);
  CHECK_EQ_STR(rows[2].indicator, "抗疫特别国债");
  CHECK_EQ_STR(id(&rows[2]), "special_treasury_bonds");
  CHECK_EQ_INT(rows[2].kind, TARGET_KIND_PARAMETER);
  CHECK_EQ_INT(rows[2].direction, DIRECTION_PLAN);
  /* a scope before 实现: the verb of the level */
  CHECK_EQ_INT(parse("一、过去一年工作回顾\n全市实现生产总值2.6万亿元，增长6%。\n", 2025), 2);
  CHECK_EQ_STR(id(&rows[0]), "gdp");
  CHECK_EQ_INT(rows[0].direction, DIRECTION_REACH);
  CHECK_EQ_STR(rows[0].verb, "实现");
  CHECK_EQ_INT(rows[1].direction, DIRECTION_INCREASE);
  /* doubling in a preamble that says what is to be done (就是要实现) */
  CHECK_EQ_INT(parse("政府工作报告\n——2013年1月10日在某市人民代表大会上\n各位代表：\n"
                     "全面建成小康社会，就是要实现城乡居民人均收入比2010年翻一番。\n", 0), 2);
  CHECK_EQ_STR(id(&rows[0]), "income_urban");
  CHECK_EQ_INT(rows[0].direction, DIRECTION_DOUBLE);
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_TARGET);
  CHECK_EQ_INT(rows[0].base_year, 2010);
  CHECK_EQ_INT(rows[1].kind, TARGET_KIND_TARGET);
  /* doubling stated after a base year without its own indicator; a plan's end as the base */
  CHECK_EQ_INT(parse("一、过去五年的回顾\n五年来，全市生产总值年均增长12.3%，比2007年翻了一番。\n", 2013), 2);
  CHECK_EQ_INT(rows[1].direction, DIRECTION_DOUBLE);
  CHECK_EQ_STR(id(&rows[1]), "gdp");
  CHECK_EQ_INT(rows[1].base_year, 2007);
  CHECK_EQ_INT(parse("三、今后五年的奋斗目标\n单位国内生产总值能源消耗比“十五”期末降低20%左右，"
                     "主要污染物排放总量较“十一五”末减少10%。\n", 2006), 2);
  CHECK_EQ_STR(id(&rows[0]), "energy_intensity");
  CHECK_EQ_INT(rows[0].base_year, 2005);
  CHECK_EQ_INT(rows[1].base_year, 2010);
  CHECK_EQ_INT(parse("三、今后五年的奋斗目标\n全市生产总值比“十二五”末翻一番。\n", 2016), 1);
  CHECK_EQ_INT(rows[0].base_year, 2015);
  /* “两个翻番” after a list: each indicator doubles */
  CHECK_EQ_INT(parse("二、今后五年的奋斗目标\n实现经济总量和城乡居民收入“两个翻番”。\n", 2013), 3);
  CHECK_EQ_STR(id(&rows[1]), "income_urban");
  CHECK_EQ_INT(rows[2].direction, DIRECTION_DOUBLE);
  /* …，比“十二五”末增加近80亿元 without an indicator of its own stays no statement */
  CHECK_EQ_INT(parse("一、过去五年的回顾\n五年来，全县地区生产总值年均增长7%，比“十二五”末增加近80亿元。\n", 2021), 1);
  /* ceilings and floors written before the figure are the verb */
  CHECK_EQ_INT(parse(targets("城镇登记失业率控制在4.5%以内，居民消费价格涨幅低于3%；"
                             "单位GDP能耗不超过0.8吨标准煤/万元；粮食产量不低于6500万吨。"), 2025), 4);
  CHECK_EQ_INT(rows[0].direction, DIRECTION_CAP);
  CHECK_EQ_STR(id(&rows[1]), "cpi");
  CHECK_EQ_INT(rows[1].direction, DIRECTION_CAP);
  CHECK_EQ_STR(rows[1].verb, "");
  CHECK_EQ_STR(rows[1].qualifier, "低于");
  CHECK_EQ_INT(rows[2].direction, DIRECTION_CAP);
  CHECK_EQ_INT(rows[3].direction, DIRECTION_REACH);
  CHECK_EQ_STR(rows[3].qualifier, "不低于");
}

/* 涨幅在3%左右: a bare 在 is the verb right after a growth noun or an indicator, never after
** words the catalogue does not know (骨干企业销售收入均在5000万元以上). */
static void test_bare_zai(void)
{
  CHECK_EQ_INT(parse(targets("物价总水平涨幅在2%左右；城镇登记失业率在4.2%以内。"), 2003), 2);
  CHECK_EQ_STR(id(&rows[0]), "cpi");
  CHECK(value(&rows[0]) == 2);
  CHECK_EQ_STR(rows[0].qualifier, "左右");
  CHECK_EQ_STR(rows[0].verb, "在");
  CHECK_EQ_INT(rows[0].kind, TARGET_KIND_TARGET);
  CHECK_EQ_STR(id(&rows[1]), "unemp_registered");
  CHECK_EQ_STR(rows[1].qualifier, "以内");
  CHECK_EQ_INT(rows[1].direction, DIRECTION_CAP);
  CHECK_EQ_INT(parse(targets("重点企业产值均在8000万元以上。"), 2003), 0);
}

static void test_not_statements(void)
{
  /* modifiers of nouns, starting points, objects of 拉动, a difference from a plan */
  CHECK_EQ_INT(parse("一、去年工作回顾\n新开工1000万元以上项目30个。工业对地区生产总值增长的贡献率为46%，"
                     "拉动地区生产总值增长8个百分点。工农业总产值由4.6亿元增加到8.1亿元。"
                     "全区生产总值比“十五”计划末42亿元的目标超过1.9亿元。\n", 2025), 2);
  CHECK_EQ_STR(rows[0].indicator, "工业对地区生产总值增长的贡献率");
  CHECK(rows[0].form == NULL);
  CHECK(value(&rows[1]) == 8.1);
  CHECK_EQ_STR(id(&rows[1]), "agri_industrial_output");
  /* an indicator outside the catalogue keeps its text, id NULL */
  CHECK_EQ_INT(parse(targets("城市绿地率达到40%。"), 2025), 1);
  CHECK_EQ_STR(rows[0].indicator, "城市绿地率");
  CHECK(rows[0].form == NULL);
  /* redacted figures */
  CHECK_EQ_INT(parse(targets("全区生产总值增长×%；城镇登记失业率控制在×.×%以内。"), 2025), 2);
  CHECK(rows[0].figure.redacted && rows[1].figure.redacted);
  CHECK_EQ_STR(rows[1].qualifier, "以内");
}

static void test_empty(void)
{
  CHECK_EQ_INT(parse("", 0), 0);
  CHECK_EQ_INT(parse("\n\n  ", 2025), 0);
  CHECK_EQ_INT(parse("增长", 2025), 0);
}

typedef struct asker {
  int asks;     /* yes at this ask of the outline's parse (0: never) */
  size_t last;  /* done at the last ask */
  int reading;  /* done went back: the parse is over, sentences are being read */
} asker;

static int stop_asked(void *ctx, size_t done)
{
  asker *a = ctx;
  if (done < a->last) a->reading = 1;
  a->last = done;
  return a->reading || --a->asks == 0;
}

/* A stop function is asked by the outline's parse, then between sentences; a yes ends
** the parse, and reading on asks again. */
static void test_stop(void)
{
  size_t n = 0, cap = 3 * STOP_EVERY_BYTES;
  char *text = malloc(cap + 64);
  n += (size_t)sprintf(text, "二、今年的主要预期目标\n");
  while (n < cap) n += (size_t)sprintf(text + n, "地区生产总值增长5%%左右。各项事业取得新进展。\n");
  targets_parser *p;
  target_row row;
  /* a yes while the outline is parsed */
  asker a = {1, 0, 0};
  CHECK_EQ_INT(targets_parser_new_ex((const unsigned char *)text, n, 2025, indicators, words,
                                     stop_asked, &a, &p), TARGETS_INTERRUPTED);
  CHECK(p == NULL);
  /* a yes at the first ask between sentences, after the rows of the first 256 KB */
  a = (asker){0, 0, 0};
  CHECK_EQ_INT(targets_parser_new_ex((const unsigned char *)text, n, 2025, indicators, words,
                                     stop_asked, &a, &p), TARGETS_OK);
  int got = 0, rc;
  while ((rc = targets_next(p, &row)) == 1) got++;
  CHECK_EQ_INT(rc, TARGETS_INTERRUPTED);
  CHECK(a.reading && a.last >= STOP_EVERY_BYTES && a.last < 2 * STOP_EVERY_BYTES);
  CHECK(got > 1000 && (size_t)got * 60 < 2 * STOP_EVERY_BYTES);
  CHECK_EQ_INT(targets_next(p, &row), TARGETS_INTERRUPTED);
  targets_parser_free(p);
  free(text);
}

/* targets_next_ref() hands out the rows targets_next() copies, one by one. */
static void test_rows_in_place(void)
{
  const char *text = "一、2024年工作回顾\n地区生产总值增长5.2%。\n二、2025年主要预期目标\n"
                     "地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内。\n";
  targets_parser *a, *b;
  CHECK(targets_parser_new((const unsigned char *)text, strlen(text), 0, indicators, words, &a) == 0);
  CHECK(targets_parser_new((const unsigned char *)text, strlen(text), 0, indicators, words, &b) == 0);
  target_row copy;
  const target_row *ref = NULL;
  int n = 0, rc;
  while ((rc = targets_next(a, &copy)) == 1) {
    CHECK_EQ_INT(targets_next_ref(b, &ref), 1);
    CHECK(ref != NULL);
    if (ref == NULL) break;
    CHECK_EQ_STR(ref->indicator, copy.indicator);
    CHECK_EQ_STR(ref->verb, copy.verb);
    CHECK(ref->form == copy.form && ref->kind == copy.kind && ref->year == copy.year);
    CHECK(value(ref) == value(&copy) && ref->char_start == copy.char_start &&
          ref->char_end == copy.char_end && ref->start == copy.start && ref->end == copy.end);
    n++;
  }
  CHECK_EQ_INT(rc, 0);
  CHECK_EQ_INT(targets_next_ref(b, &ref), 0);
  CHECK_EQ_INT(n, 3);
  targets_parser_free(a);
  targets_parser_free(b);
}

int main(void)
{
  indicators = indicator_lexicon_new();
  words = clause_lexicon_new();
  test_verbs();
  test_lists();
  test_stretch_and_extra();
  test_openers();
  test_fiscal();
  test_kinds_and_years();
  test_report_styles();
  test_bare_zai();
  test_not_statements();
  test_empty();
  test_stop();
  test_rows_in_place();
  indicator_lexicon_free(indicators);
  clause_lexicon_free(words);
  return check_done("targets");
}
