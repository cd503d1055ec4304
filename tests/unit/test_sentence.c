/* Unit tests for ext/core/sentence.h: sentences and their sections. */
#include "check.h"
#include "sentence.h"

static void emit(void *ctx, const unsigned char *p, size_t len)
{
  char *buf = ctx;
  size_t k = strlen(buf);
  if (k + len < 8192) {
    memcpy(buf + k, p, len);
    buf[k + len] = 0;
  }
}

/* "section:text" per sentence, one per line, texts joined across hard wraps. */
static const char *sentences(const char *text, int with_outline)
{
  static char out[8192];
  out[0] = 0;
  outline *o = NULL;
  size_t n = strlen(text);
  if (with_outline && outline_parse((const unsigned char *)text, n, &o) != OUTLINE_OK) return "nomem";
  sentence_iter it;
  sentence s;
  linewrap_reader r;
  if (o) {
    outline_reader_init(o, &r);
  } else {
    linewrap_reader_init(&r, (const unsigned char *)text, n, NULL, NULL);
  }
  sentence_iter_init(&it, (const unsigned char *)text, n, o);
  int expect_id = 1;
  while (sentence_next(&it, &s)) {
    CHECK_EQ_INT(s.id, expect_id++);
    char head[32];
    snprintf(head, sizeof head, "%s%d:", s.id > 1 ? "\n" : "", s.section);
    emit(out, (const unsigned char *)head, strlen(head));
    linewrap_join(&r, s.start, s.end, emit, out);
  }
  outline_free(o);
  return out;
}

static void test_split(void)
{
  CHECK_EQ_STR(sentences("甲乙。丙丁！戊己？\n庚辛", 0), "0:甲乙。\n0:丙丁！\n0:戊己？\n0:庚辛");
  /* closing quotes and repeated marks stay with their sentence */
  CHECK_EQ_STR(sentences("他说：“很好。”我们同意吗？！好", 0), "0:他说：“很好。”\n0:我们同意吗？！\n0:好");
  /* a hard wrap does not end a sentence; a paragraph break does */
  CHECK_EQ_STR(sentences("坚持走新型工\n业化道路。\n\n第二段没有句号\n　　第三段。", 0),
               "0:坚持走新型工业化道路。\n0:第二段没有句号\n0:第三段。");
  /* decimals and ASCII periods do not end sentences; chrome is no sentence */
  CHECK_EQ_STR(sentences("下载\n增长5.5%. 继续。\n打印", 0), "0:增长5.5%. 继续。");
  CHECK_EQ_STR(sentences("", 0), "");
  CHECK_EQ_STR(sentences("\n  \n", 0), "");
}

static void test_sections(void)
{
  /* each sentence carries its innermost section; a mid-line heading starts a sentence */
  const char *text = "前言一句。\n一、回顾\n经济增长。总的看：（一）工业加快。数据如下。（二）民生改善。\n";
  CHECK_EQ_STR(sentences(text, 1),
               "0:前言一句。\n1:一、回顾\n1:经济增长。\n1:总的看：\n2:（一）工业加快。\n2:数据如下。\n"
               "3:（二）民生改善。");
  /* enumerations stay inside their sentence; the sentence takes the section at its start */
  CHECK_EQ_STR(sentences("一、任务\n一是抓开工；二是抓服务。\n", 1), "1:一、任务\n2:一是抓开工；二是抓服务。");
}

static void test_index(void)
{
  const char *text = "一、回顾\n经济增长。民生改善。\n";
  size_t n = strlen(text);
  outline *o;
  CHECK(outline_parse((const unsigned char *)text, n, &o) == OUTLINE_OK);
  sentence_index idx;
  CHECK_EQ_INT(sentence_index_build((const unsigned char *)text, n, o, &idx), 0);
  CHECK_EQ_INT(idx.count, 3);
  size_t pos = (size_t)(strstr(text, "民生") - text);
  const sentence *s = sentence_index_at(&idx, pos);
  CHECK(s != NULL && s->id == 3 && s->section == 1);
  CHECK(sentence_index_at(&idx, (size_t)(strstr(text, "\n") - text)) == NULL);
  CHECK(sentence_index_at(&idx, 0)->id == 1);
  sentence_index_free(&idx);
  outline_free(o);
}

int main(void)
{
  test_split();
  test_sections();
  test_index();
  return check_done("sentence");
}
