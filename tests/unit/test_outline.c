/* Unit tests for ext/core/outline.h: the heading tree of small documents. */
#include "check.h"
#include "outline.h"
#include "sentence.h"

#include <stdlib.h>

/* One line per section: "depth kind marker|title|role", report rows with their number. */
static const char *tree(const char *text)
{
  static char out[CHECK_TEXT_MAX];
  out[0] = 0;
  outline *o;
  if (outline_parse((const unsigned char *)text, strlen(text), &o) != OUTLINE_OK) return "nomem";
  linewrap_reader r;
  outline_reader_init(o, &r);
  for (int id = 1; id <= outline_count(o); id++) {
    const outline_section *sec = outline_get(o, id);
    char head[64];
    snprintf(head, sizeof head, "%s%d %s ", id > 1 ? "\n" : "", sec->depth, outline_kind_name(sec->kind));
    check_append(out, (const unsigned char *)head, strlen(head));
    check_append(out, (const unsigned char *)text + sec->marker_start, sec->marker_end - sec->marker_start);
    check_append(out, (const unsigned char *)"|", 1);
    linewrap_join(&r, sec->title_start, sec->title_end, check_append, out);
    check_append(out, (const unsigned char *)"|", 1);
    const char *role = outline_role_name(sec->role);
    check_append(out, (const unsigned char *)role, strlen(role));
  }
  outline_free(o);
  return out;
}

#define CHECK_TREE(text, want) CHECK_EQ_STR(tree(text), want)

static void test_levels(void)
{
  CHECK_TREE("一、总体要求\n（一）稳增长\n1.扩大投资。增加项目。\n（1）抓开工。\n①抓前期。\n二、任务\n",
             "1 part 一、|总体要求|targets\n"
             "2 chapter （一）|稳增长|targets\n"
             "3 item 1.|扩大投资|targets\n"
             "4 subitem （1）|抓开工|targets\n"
             "5 subitem ①|抓前期|targets\n"
             "1 part 二、|任务|tasks");
  /* from any starting level; numerals past ten; (四)、 */
  CHECK_TREE("（九）乙项\n（十四）丙项\n(十五)、丁项\n",
             "1 chapter （九）|乙项|other\n1 chapter （十四）|丙项|other\n1 chapter (十五)、|丁项|other");
  /* items directly under a part, chapters later */
  CHECK_TREE("一、甲\n1.子一。\n2.子二。\n（一）章\n",
             "1 part 一、|甲|other\n2 item 1.|子一|other\n2 item 2.|子二|other\n2 chapter （一）|章|other");
  CHECK_TREE("第一章 总则\n第一节 范围\n一、定义\n", "1 part 第一章|总则|other\n2 chapter 第一节|范围|other\n3 part 一、|定义|other");
}

static void test_run_in_titles(void)
{
  CHECK_TREE("（一）产业转型加快。新引进项目46个。\n", "1 chapter （一）|产业转型加快|other");
  CHECK_TREE("一、五年的回顾1999年以来，我们奋斗。\n", "1 part 一、|五年的回顾|review");
  CHECK_TREE("一、五年的回顾 1999年以来，我们奋斗。\n", "1 part 一、|五年的回顾|review");
  CHECK_TREE("三、～年工作任务～年是开局之年。\n", "1 part 三、|～年工作任务|tasks");
  CHECK_TREE("二、我们把握了以下三点：第一，坚持创新。第二，坚持为民。\n",
             "1 part 二、|我们把握了以下三点|other\n"
             "2 enum 第一|坚持创新|other\n2 enum 第二|坚持为民|other");
}

static void test_midline(void)
{
  /* headings in the middle of a line, after 。 or ：, when the number continues */
  CHECK_TREE("一、回顾。总的看：（一）经济增长。数据如下。（二）民生改善。还有（三）不是标题。\n",
             "1 part 一、|回顾|review\n2 chapter （一）|经济增长|review\n2 chapter （二）|民生改善|review");
  CHECK_TREE("一、任务\n1.筹资一万元。2.筹资两万元。5.不接续。\n",
             "1 part 一、|任务|tasks\n2 item 1.|筹资一万元|tasks\n2 item 2.|筹资两万元|tasks");
  /* a marker at the start of a wrapped line does not start a heading */
  CHECK_TREE("一、回顾\n看到问题：产业结构单\n一、附加值低；创新能力不强。\n二、任务\n",
             "1 part 一、|回顾|review\n1 part 二、|任务|tasks");
  /* decimals are not items */
  CHECK_TREE("一、环境\n全年PM\n2.5平均浓度下降。\n", "1 part 一、|环境|other");
}

/* Every character that opens a mid-line marker (一…十 百 第 〇, （ and full-width digits)
** is still read after the scan's three-byte test, among ideographs that share its first
** two bytes (不 上 中 with 一, 八 with 六, 其 with 六…). */
static void test_midline_every_numeral(void)
{
  CHECK_TREE("一、任务\n要做十件事，一是甲，二是乙，三是丙，四是丁，五是戊，六是己，七是庚，八是辛，"
             "九是壬，十是癸，不是，上是，中是。\n",
             "1 part 一、|任务|tasks\n2 enum 一是|甲，|tasks\n2 enum 二是|乙，|tasks\n"
             "2 enum 三是|丙，|tasks\n2 enum 四是|丁，|tasks\n2 enum 五是|戊，|tasks\n"
             "2 enum 六是|己，|tasks\n2 enum 七是|庚，|tasks\n2 enum 八是|辛，|tasks\n"
             "2 enum 九是|壬，|tasks\n2 enum 十是|癸，不是，上是，中是|tasks");
  CHECK_TREE("一、任务\n其一，第一，甲；第二，乙；第三，丙。\n",
             "1 part 一、|任务|tasks\n2 enum 第一|甲|tasks\n2 enum 第二|乙|tasks\n"
             "2 enum 第三|丙|tasks");
  CHECK_TREE("一、甲。二、乙。三、丙。四、丁。五、戊。六、己。七、庚。八、辛。九、壬。十、癸。\n",
             "1 part 一、|甲|other\n1 part 二、|乙|other\n1 part 三、|丙|other\n"
             "1 part 四、|丁|other\n1 part 五、|戊|other\n1 part 六、|己|other\n"
             "1 part 七、|庚|other\n1 part 八、|辛|other\n1 part 九、|壬|other\n"
             "1 part 十、|癸|other");
  CHECK_TREE("一、任务\n做法如下：（一）甲。(二)乙。１．丙。２．丁。3.戊。\n",
             "1 part 一、|任务|tasks\n2 chapter （一）|甲|tasks\n2 chapter (二)|乙|tasks\n"
             "3 item １．|丙|tasks\n3 item ２．|丁|tasks\n3 item 3.|戊|tasks");
}

/* "title_start-title_end/body_start-body_end/end" of each section, bytes. */
static const char *section_spans(const char *text)
{
  static char out[CHECK_TEXT_MAX];
  out[0] = 0;
  outline *o;
  if (outline_parse((const unsigned char *)text, strlen(text), &o) != OUTLINE_OK) return "nomem";
  for (int id = 1; id <= outline_count(o); id++) {
    const outline_section *sec = outline_get(o, id);
    char span[96];
    snprintf(span, sizeof span, "%s%zu-%zu/%zu-%zu/%zu", id > 1 ? " " : "", sec->title_start,
             sec->title_end, sec->body_start, sec->body_end, sec->end);
    check_append(out, (const unsigned char *)span, strlen(span));
  }
  outline_free(o);
  return out;
}

/* Titles, bodies and sections end before trailing spaces of every kind, zero-width
** characters and line breaks, after whatever character precedes them (ASCII, an
** ideograph, a mark, a full-width form). */
static void test_trimmed_ends(void)
{
  CHECK_EQ_STR(section_spans("一、任务　\n内容a \n\n二、目标\xE2\x80\x8B\n正文。\xC2\xA0\n"),
               "6-12/16-23/23 32-38/42-51/51");
  CHECK_EQ_STR(section_spans("一、回顾：过去１\t\n\n二、a\n"), "6-12/15-24/24 33-34/35-35/34");
}

static void test_enumerations(void)
{
  CHECK_TREE("一、任务\n要抓好两件事，一是抓项目；二是抓服务。三是单独的话。\n",
             "1 part 一、|任务|tasks\n2 enum 一是|抓项目|tasks\n2 enum 二是|抓服务|tasks\n2 enum 三是|单独的话|tasks");
  /* 一是 without 二是 is no enumeration; 之一是 is none either */
  CHECK_TREE("一、任务\n其中，一是指这个。原因之一是投入少。\n", "1 part 一、|任务|tasks");
  /* enumerations nest under a lead of their paragraph */
  CHECK_TREE("一、任务\n过去一年，我们努力工作。\n扩大开放。一是引进外资。二是扩大出口。\n",
             "1 part 一、|任务|tasks\n2 lead |扩大开放|tasks\n3 enum 一是|引进外资|tasks\n3 enum 二是|扩大出口|tasks");
}

static void test_leads(void)
{
  /* a short lead sentence; a dash lead; a first paragraph that only introduces */
  CHECK_TREE("一、回顾\n过去一年，我们迎难而上。\n经济运行稳中有进。全年增长5%。\n——城乡面貌改善。新建道路。\n",
             "1 part 一、|回顾|review\n2 lead |经济运行稳中有进|review\n2 lead ——|城乡面貌改善|review");
  CHECK_TREE("四、加强政府自身建设\n新征程提出了更高要求。我们将依法行政。\n",
             "1 part 四、|加强政府自身建设|government");
  /* parallel paragraphs: leads only as a run of three */
  CHECK_TREE("一、任务\n总体上要全面推进。\n抓实产业，壮大规模。具体内容。\n抓实民生，补齐短板。具体内容。\n"
             "抓实生态，改善环境。具体内容。\n",
             "1 part 一、|任务|tasks\n2 lead |抓实产业，壮大规模|tasks\n2 lead |抓实民生，补齐短板|tasks\n"
             "2 lead |抓实生态，改善环境|tasks");
  CHECK_TREE("一、任务\n总体上要全面推进。\n抓实产业，壮大规模。具体内容。\n抓实民生，补齐短板。具体内容。\n",
             "1 part 一、|任务|tasks");
  /* statements are not leads */
  CHECK_TREE("一、回顾\n引言一段。\n2024年是不平凡的一年。我们努力。\n今年形势很好。我们努力。\n",
             "1 part 一、|回顾|review");
}

static void test_reports(void)
{
  const char *text =
      "政府工作报告\n——2024年1月10日在某区第三届人民代表大会第二次会议上\n区长  某某\n各位代表：\n"
      "现在报告工作。\n一、回顾\n二、目标\n三、任务\n各位代表，让我们努力奋斗！\n"
      "第二篇：另一个报告\n各位代表：\n一、过去一年的工作\n";
  CHECK_TREE(text,
             "1 report |政府工作报告|other\n2 part 一、|回顾|review\n2 part 二、|目标|other\n"
             "2 part 三、|任务|tasks\n2 lead |各位代表|closing\n"
             "1 report 第二篇|另一个报告|other\n2 part 一、|过去一年的工作|review");
  outline *o;
  CHECK(outline_parse((const unsigned char *)text, strlen(text), &o) == OUTLINE_OK);
  CHECK_EQ_INT(outline_report_count(o), 2);
  const outline_report *r1 = outline_report_get(o, 1), *r2 = outline_report_get(o, 2);
  CHECK_EQ_INT(r1->year, 2024);
  CHECK_EQ_INT(r1->month, 1);
  CHECK_EQ_INT(r1->day, 10);
  CHECK_EQ_INT(r1->section, 1);
  CHECK_EQ_INT(r2->section, 6);
  CHECK_EQ_INT(r2->year, 0);
  CHECK_EQ_INT(r1->limit, r2->start);
  CHECK(strncmp(text + r2->start, "第二篇", strlen("第二篇")) == 0);
  /* the innermost section of an offset */
  size_t pos = (size_t)(strstr(text, "二、目标") - text) + 3;
  CHECK_EQ_INT(outline_section_at(o, pos)->id, 3);
  CHECK_EQ_INT(outline_section_at(o, 0)->id, 1);
  CHECK(outline_section_at(o, strlen(text) - 1) != NULL);
  outline_free(o);
}

static void test_dates(void)
{
  const char *lines[] = {
    "政府工作报告\n——2024年1月10日在某区第三届人民代表大会第二次会议上\n", "2024-1-10",
    "政府工作报告\n（二〇二三年一月十二日在某市人民代表大会上）\n", "2023-1-12",
    "政府工作报告\n——二○二二年二月二十一日在某县人大会议上\n", "2022-2-21",
    "政府工作报告\n——～年3月2日在某区人大会议上\n", "0-3-2",
    "政府工作报告\n——２０２５年１月８日在某市\n人民代表大会第三次会议上\n", "2025-1-8",
    /* no dash: the line must end with 会议上 or 会上 */
    "某省人民政府\n2010年1月20日在某省第十一届人民代表大会第三次会议上\n各位代表：\n", "2010-1-20",
  };
  for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i += 2) {
    outline *o;
    CHECK(outline_parse((const unsigned char *)lines[i], strlen(lines[i]), &o) == OUTLINE_OK);
    const outline_report *r = outline_report_get(o, 1);
    char got[32];
    snprintf(got, sizeof got, "%d-%d-%d", r->year, r->month, r->day);
    CHECK_EQ_STR(got, lines[i + 1]);
    CHECK(r->date_end > r->date_start);
    outline_free(o);
  }
}

/* A short line right before a title block that names no report (某省人民政府 above the date
** line or 各位代表) titles the first report and starts it; a line that is text, a heading
** with its number, or a title block that names its report keep things as they were. */
static void test_preamble_title(void)
{
  const char *doc = "某省人民政府\n2010年1月20日在某省人民代表大会上\n各位代表：\n"
                    "现在报告工作。\n一、回顾\n增长9%。\n";
  CHECK_TREE(doc, "1 report |某省人民政府|other\n2 part 一、|回顾|review");
  outline *o;
  CHECK(outline_parse((const unsigned char *)doc, strlen(doc), &o) == OUTLINE_OK);
  CHECK_EQ_INT((int)outline_get(o, 1)->start, 0);
  outline_free(o);
  CHECK_TREE("某区人民政府\n各位代表：\n现在报告工作。\n一、回顾\n增长9%。\n",
             "1 report |某区人民政府|other\n2 part 一、|回顾|review");
  /* a sentence, not a title */
  CHECK_TREE("今年工作很多，任务很重。\n各位代表：\n现在报告工作。\n一、回顾\n增长9%。\n",
             "1 report ||other\n2 part 一、|回顾|review");
  /* the block names its report: that line is the title */
  CHECK_TREE("某区人民政府\n2024年某区政府工作报告\n各位代表：\n一、回顾\n增长9%。\n",
             "1 report |2024年某区政府工作报告|other\n2 part 一、|回顾|review");
}

static void test_restarts(void)
{
  /* a numbering restart after a cut-off paragraph: a report without header */
  CHECK_TREE("一、甲\n二、乙\n三、丙\n内容被截\n　　下一个报告的开头。\n一、子\n二、丑\n",
             "1 part 一、|甲|other\n1 part 二、|乙|other\n1 part 三、|丙|other\n"
             "1 report ||other\n2 part 一、|子|other\n2 part 二、|丑|other");
  /* an unnumbered heading that holds the restarted list: the same report */
  CHECK_TREE("今后五年的目标任务\n一、甲\n二、乙\n2025年的工作安排\n一、丙\n二、丁\n",
             "1 heading |今后五年的目标任务|outlook\n2 part 一、|甲|outlook\n2 part 二、|乙|outlook\n"
             "1 heading |2025年的工作安排|tasks\n2 part 一、|丙|tasks\n2 part 二、|丁|tasks");
  /* the closing's title (its address) ends at a question mark too, never inside a
  ** heading that starts after it (found by fuzz_outline) */
  CHECK_TREE("二、甲\n各位代表?今年的任务\n一、乙\n",
             "1 part 二、|甲|other\n1 lead |各位代表|closing\n1 report ||other\n"
             "2 heading |今年的任务|tasks\n3 part 一、|乙|tasks");
  /* the closing paragraph before an appendix is the report's closing */
  CHECK_TREE("一、甲\n二、乙\n各位代表，让我们努力奋斗！\n附件：名词解释\n1.专项债券。地方政府发行的债券。\n",
             "1 part 一、|甲|other\n1 part 二、|乙|other\n1 lead |各位代表|closing\n"
             "1 appendix 附件|名词解释|other\n2 item 1.|专项债券|other");
  /* a marker alone on its line takes the next line as its title */
  CHECK_TREE("附件\n名词解释\n1.专项债券。地方政府发行的债券。\n",
             "1 appendix 附件|名词解释|other\n2 item 1.|专项债券|other");
  CHECK_TREE("（一）\n加快产业升级\n全年实施项目五百个。\n（二）\n深化改革开放\n",
             "1 chapter （一）|加快产业升级|other\n1 chapter （二）|深化改革开放|other");
  /* an appendix restarts its own numbering */
  CHECK_TREE("一、甲\n二、乙\n附件1：名词解释\n一、丙\n",
             "1 part 一、|甲|other\n1 part 二、|乙|other\n1 appendix 附件1|名词解释|other\n2 part 一、|丙|other");
}

static void test_not_headings(void)
{
  CHECK_TREE("下载\n打印\n【字号：大 中 小】\n一、回顾\n>严密构筑保障网络。继续投入。\n"
             "相关报道：\n某区召开会议\n图为会场。（记者 某某 摄）\n",
             "1 part 一、|回顾|review");
}

typedef struct polls {
  int count;
  size_t last; /* the position of the last poll */
  int stop_at; /* answer yes at this poll */
} polls;

static int poll_count(void *ctx, size_t done)
{
  polls *p = ctx;
  CHECK(done >= p->last);
  p->last = done;
  return ++p->count == p->stop_at;
}

/* The stop callback is asked between lines, every 4096 lines or 256 KB; a yes ends the
** parse cleanly. */
static void test_interrupt(void)
{
  size_t n = 0;
  char *text = malloc(20000 * 16 + 1);
  for (int i = 0; i < 20000; i++) n += (size_t)sprintf(text + n, "一、甲。\n");
  outline *o = NULL;
  polls p = {0, 0, 1};
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)text, n, 0, poll_count, &p, &o),
               OUTLINE_INTERRUPTED);
  CHECK(o == NULL);
  CHECK_EQ_INT(p.count, 1);
  p = (polls){0, 0, 0};
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)text, n, OUTLINE_SENTENCES, poll_count,
                                &p, &o), OUTLINE_OK);
  CHECK_EQ_INT(p.count, 20000 / 4096);
  CHECK_EQ_INT(outline_count(o), 20000);
  outline_free(o);

  /* long lines: asked by bytes (1 MB in lines of 64 KB) */
  char *wide = malloc(((size_t)1 << 20) + 1);
  memset(wide, 'a', (size_t)1 << 20);
  for (size_t k = 65535; k < ((size_t)1 << 20); k += 65536) wide[k] = '\n';
  p = (polls){0, 0, 0};
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)wide, (size_t)1 << 20, 0, poll_count,
                                &p, &o), OUTLINE_OK);
  CHECK_EQ_INT(p.count, 3); /* at 256 KB, 512 KB, 768 KB */
  outline_free(o);
  p = (polls){0, 0, 2};
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)wide, (size_t)1 << 20, 0, poll_count,
                                &p, &o), OUTLINE_INTERRUPTED);
  CHECK(o == NULL && p.last == (size_t)1 << 19);
  free(wide);
  free(text);
}

/* OUTLINE_NO_ROLES: the same tree and sentences, roles left OTHER except the closing. */
static void test_no_roles(void)
{
  const char *text = "一、过去一年工作回顾\n经济运行稳中有进。\n二、今年主要预期目标\n"
                     "地区生产总值增长5%左右。\n各位代表！让我们团结奋斗。\n";
  size_t n = strlen(text);
  outline *with, *without;
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)text, n, OUTLINE_SENTENCES, NULL, NULL,
                                &with), OUTLINE_OK);
  CHECK_EQ_INT(outline_parse_ex((const unsigned char *)text, n,
                                OUTLINE_SENTENCES | OUTLINE_NO_ROLES, NULL, NULL, &without),
               OUTLINE_OK);
  CHECK_EQ_INT(outline_count(without), outline_count(with));
  CHECK_EQ_INT(sentence_count(without), sentence_count(with));
  int roles = 0;
  for (int id = 1; id <= outline_count(with) && id <= outline_count(without); id++) {
    const outline_section *a = outline_get(with, id), *b = outline_get(without, id);
    CHECK(a->kind == b->kind && a->start == b->start && a->end == b->end && a->parent == b->parent);
    CHECK(b->role == (a->role == OUTLINE_ROLE_CLOSING ? OUTLINE_ROLE_CLOSING : OUTLINE_ROLE_OTHER));
    roles += a->role != OUTLINE_ROLE_OTHER;
  }
  CHECK(roles >= 2); /* review and targets were read with the cue tables */
  for (int id = 1; id <= sentence_count(with) && id <= sentence_count(without); id++) {
    const sentence *a = sentence_get(with, id), *b = sentence_get(without, id);
    CHECK(a->start == b->start && a->end == b->end && a->section == b->section);
  }
  outline_free(with);
  outline_free(without);
}

int main(void)
{
  test_levels();
  test_run_in_titles();
  test_midline();
  test_midline_every_numeral();
  test_trimmed_ends();
  test_enumerations();
  test_leads();
  test_reports();
  test_restarts();
  test_dates();
  test_preamble_title();
  test_interrupt();
  test_not_headings();
  test_no_roles();
  return check_done("outline");
}
