/* Unit tests for ext/core/sentence.h: sentences and their sections. */
#include "check.h"
#include "sentence.h"

/* "section:text" per sentence, one per line, texts joined across hard wraps. */
static const char *sentences(const char *text)
{
  static char out[CHECK_TEXT_MAX];
  out[0] = 0;
  outline *o;
  size_t n = strlen(text);
  if (outline_parse_ex((const unsigned char *)text, n, OUTLINE_SENTENCES, NULL, NULL, &o) != OUTLINE_OK)
    return "nomem";
  linewrap_reader r;
  outline_reader_init(o, &r);
  for (int id = 1; id <= sentence_count(o); id++) {
    const sentence *s = sentence_get(o, id);
    CHECK_EQ_INT(s->id, id);
    char head[32];
    snprintf(head, sizeof head, "%s%d:", id > 1 ? "\n" : "", s->section);
    check_append(out, (const unsigned char *)head, strlen(head));
    linewrap_join(&r, s->start, s->end, check_append, out);
  }
  outline_free(o);
  return out;
}

static void test_split(void)
{
  CHECK_EQ_STR(sentences("甲乙。丙丁！戊己？\n庚辛"), "0:甲乙。\n0:丙丁！\n0:戊己？\n0:庚辛");
  /* closing quotes and repeated marks stay with their sentence */
  CHECK_EQ_STR(sentences("他说：“很好。”我们同意吗？！好"), "0:他说：“很好。”\n0:我们同意吗？！\n0:好");
  /* a hard wrap does not end a sentence; a paragraph break does */
  CHECK_EQ_STR(sentences("坚持走新型工\n业化道路。\n\n第二段没有句号\n　　第三段。"),
               "0:坚持走新型工业化道路。\n0:第二段没有句号\n0:第三段。");
  /* decimals and ASCII periods do not end sentences; chrome is no sentence */
  CHECK_EQ_STR(sentences("下载\n增长5.5%. 继续。\n打印"), "0:增长5.5%. 继续。");
  CHECK_EQ_STR(sentences(""), "");
  CHECK_EQ_STR(sentences("\n  \n"), "");
}

/* "start-end" byte spans of the sentences, separated by spaces. */
static const char *spans(const char *text)
{
  static char out[CHECK_TEXT_MAX];
  out[0] = 0;
  outline *o;
  if (outline_parse_ex((const unsigned char *)text, strlen(text), OUTLINE_SENTENCES, NULL, NULL,
                       &o) != OUTLINE_OK)
    return "nomem";
  for (int id = 1; id <= sentence_count(o); id++) {
    const sentence *s = sentence_get(o, id);
    char span[48];
    snprintf(span, sizeof span, "%s%zu-%zu", id > 1 ? " " : "", s->start, s->end);
    check_append(out, (const unsigned char *)span, strlen(span));
  }
  outline_free(o);
  return out;
}

/* Where a sentence ends: after its mark, the marks and closers that follow it (ASCII or
** not), never after the ideograph or letter that follows; at a paragraph break, before
** the spaces and zero-width characters at its end, whichever character precedes them. */
static void test_ends(void)
{
  CHECK_EQ_STR(spans("甲。)乙"), "0-7 7-10");
  CHECK_EQ_STR(spans("甲？!\"乙"), "0-8 8-11");
  CHECK_EQ_STR(spans("甲。」』乙"), "0-12 12-15");
  CHECK_EQ_STR(spans("甲。’]'a"), "0-11 11-12");
  CHECK_EQ_STR(spans("甲。a乙"), "0-6 6-10");
  CHECK_EQ_STR(spans("甲。１乙"), "0-6 6-12");
  CHECK_EQ_STR(spans("甲。 乙。"), "0-6 7-13");
  CHECK_EQ_STR(spans("甲。"), "0-6");
  CHECK_EQ_STR(spans("甲乙　\n\n丙a \n\n丁\xE2\x80\x8B\n\n\xC2\xA0x\xC2\xA0"),
               "0-6 11-15 18-21 28-29");
  CHECK_EQ_STR(spans("a\n\n乙"), "0-1 3-6");
  CHECK_EQ_STR(spans("（甲）\n\n“乙”"), "0-9 11-20");
}

static void test_sections(void)
{
  /* each sentence carries its innermost section; a mid-line heading starts a sentence */
  const char *text = "前言一句。\n一、回顾\n经济增长。总的看：（一）工业加快。数据如下。（二）民生改善。\n";
  CHECK_EQ_STR(sentences(text),
               "0:前言一句。\n1:一、回顾\n1:经济增长。\n1:总的看：\n2:（一）工业加快。\n2:数据如下。\n"
               "3:（二）民生改善。");
  /* enumerations stay inside their sentence; the sentence takes the section at its start */
  CHECK_EQ_STR(sentences("一、任务\n一是抓开工；二是抓服务。\n"), "1:一、任务\n2:一是抓开工；二是抓服务。");
  /* a title block: each line a sentence, a date line cut in two is one */
  CHECK_EQ_STR(sentences("政府工作报告\n——2025年1月9日在某区第十届\n人民代表大会第五次会议上\n各位代表：\n"),
               "1:政府工作报告\n1:——2025年1月9日在某区第十届人民代表大会第五次会议上\n1:各位代表：");
}

static void test_lookup(void)
{
  const char *text = "一、回顾\n经济增长。民生改善。\n";
  size_t n = strlen(text);
  outline *o;
  CHECK(outline_parse_ex((const unsigned char *)text, n, OUTLINE_SENTENCES, NULL, NULL, &o) == OUTLINE_OK);
  CHECK_EQ_INT(sentence_count(o), 3);
  size_t pos = (size_t)(strstr(text, "民生") - text);
  const sentence *s = sentence_at(o, pos);
  CHECK(s != NULL && s->id == 3 && s->section == 1);
  CHECK(sentence_at(o, (size_t)(strstr(text, "\n") - text)) == NULL);
  CHECK(sentence_at(o, 0)->id == 1);
  CHECK(sentence_get(o, 4) == NULL);
  outline_free(o);
  /* without OUTLINE_SENTENCES there are none */
  CHECK(outline_parse((const unsigned char *)text, n, &o) == OUTLINE_OK);
  CHECK_EQ_INT(sentence_count(o), 0);
  CHECK(sentence_at(o, 0) == NULL);
  outline_free(o);
}

int main(void)
{
  test_split();
  test_ends();
  test_sections();
  test_lookup();
  return check_done("sentence");
}
