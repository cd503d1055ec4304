/* Unit tests for ext/core/text_repair.h: hard wraps joined (on the outline's decisions,
** when the text itself shows the wrap), GBK merges and wraps together, offsets. */
#include "check.h"
#include "text_repair.h"

#include <stdio.h>
#include <stdlib.h>

static gbk_table table;

/* "repaired|start-end reason;..." for a text. */
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
    char *summary_ = repair(text);                                                         \
    CHECK_EQ_STR(summary_, want);                                                          \
    free(summary_);                                                                        \
  } while (0)

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

int main(void)
{
  text_error err = {0};
  if (gbk_table_build(&table, &err) != TEXT_OK) {
    fprintf(stderr, "gbk_table_build: %s\n", err.message);
    return 1;
  }
  test_wraps();
  gbk_table_free(&table);
  return check_done("text_repair");
}
