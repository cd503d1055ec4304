/* Unit tests for ext/core/marker.h: which marker is written at a position. */
#include "check.h"
#include "marker.h"

/* The style, ordinal, marker text and heading text read at the start of s. */
static void expect(const char *s, marker_style style, int ordinal, const char *written,
                   const char *text)
{
  marker m;
  size_t n = strlen(s);
  int found = marker_read((const unsigned char *)s, n, 0, &m);
  if (style == MARKER_NONE) {
    if (found) {
      check_failures++;
      fprintf(stderr, "\"%s\": read a %s marker, want none\n", s, marker_style_name(m.style));
    }
    check_count++;
    return;
  }
  CHECK(found);
  if (!found) {
    fprintf(stderr, "  (no marker in \"%s\")\n", s);
    return;
  }
  CHECK_EQ_STR(marker_style_name(m.style), marker_style_name(style));
  CHECK_EQ_INT(m.ordinal, ordinal);
  char buf[64];
  snprintf(buf, sizeof buf, "%.*s", (int)(m.end - m.start), s + m.start);
  CHECK_EQ_STR(buf, written);
  CHECK_EQ_STR(s + m.text, text);
}

static void test_official_levels(void)
{
  expect("一、总体要求", MARKER_PART, 1, "一、", "总体要求");
  expect("二十一、附表", MARKER_PART, 21, "二十一、", "附表");
  expect("十、民生", MARKER_PART, 10, "十、", "民生");
  expect("一百零三、尾声", MARKER_PART, 103, "一百零三、", "尾声");
  expect("五．保障", MARKER_PART, 5, "五．", "保障");
  expect("（一）稳增长", MARKER_CHAPTER, 1, "（一）", "稳增长");
  expect("(十四)旅游", MARKER_CHAPTER, 14, "(十四)", "旅游");
  expect("(四)、加强自身建设", MARKER_CHAPTER, 4, "(四)、", "加强自身建设");
  expect("（二) 混用括号", MARKER_CHAPTER, 2, "（二)", "混用括号");
  expect("㈢城乡", MARKER_CHAPTER, 3, "㈢", "城乡");
  expect("1.扩大投资", MARKER_ITEM, 1, "1.", "扩大投资");
  expect("12、办实事", MARKER_ITEM, 12, "12、", "办实事");
  expect("１．全宽数字", MARKER_ITEM, 1, "１．", "全宽数字");
  expect("10.筹资1000万元", MARKER_ITEM, 10, "10.", "筹资1000万元");
  expect("（3）小项", MARKER_SUBITEM, 3, "（3）", "小项");
  expect("(12)小项", MARKER_SUBITEM, 12, "(12)", "小项");
  expect("⑵小项", MARKER_SUBITEM, 2, "⑵", "小项");
  expect("③圈号", MARKER_CIRCLED, 3, "③", "圈号");
  expect("㉑二十一", MARKER_CIRCLED, 21, "㉑", "二十一");
}

static void test_levels_above(void)
{
  expect("第一篇：区政府工作报告", MARKER_PIAN, 1, "第一篇", "区政府工作报告");
  expect("第十二篇 附录", MARKER_PIAN, 12, "第十二篇", "附录");
  expect("第三章　发展环境", MARKER_ZHANG, 3, "第三章", "发展环境");
  expect("第二部分 主要任务", MARKER_ZHANG, 2, "第二部分", "主要任务");
  expect("第4节 交通", MARKER_JIE, 4, "第4节", "交通");
}

static void test_run_in_enumerations(void)
{
  expect("第一，坚持创新", MARKER_ENUM_DI, 1, "第一", "坚持创新");
  expect("第十一， 注重实效", MARKER_ENUM_DI, 11, "第十一", "注重实效");
  expect("一是抓开工", MARKER_ENUM_SHI, 1, "一是", "抓开工");
  expect("十二是收尾", MARKER_ENUM_SHI, 12, "十二是", "收尾");
  expect("——建设生态城", MARKER_DASH, 0, "——", "建设生态城");
  expect("－－全宽破折号", MARKER_DASH, 0, "－－", "全宽破折号");
  expect("附件1：名词解释", MARKER_APPENDIX, 1, "附件1", "名词解释");
  expect("附件二 指标表", MARKER_APPENDIX, 2, "附件二", "指标表");
  expect("附件：说明", MARKER_APPENDIX, 0, "附件", "说明");
  expect("附：数据来源", MARKER_APPENDIX, 0, "附", "数据来源");
}

/* Numbers and words that look like markers and are not. */
static void test_not_markers(void)
{
  expect("2.5微克每立方米", MARKER_NONE, 0, NULL, NULL);   /* a broken PM2.5 */
  expect("3、4月份", MARKER_NONE, 0, NULL, NULL);
  expect("2024.1.10", MARKER_NONE, 0, NULL, NULL);
  expect("5.%增幅", MARKER_NONE, 0, NULL, NULL);
  expect("1234.年份", MARKER_NONE, 0, NULL, NULL);          /* four digits: no item */
  expect("一、二、三产业协调发展", MARKER_NONE, 0, NULL, NULL);
  expect("一二三", MARKER_NONE, 0, NULL, NULL);
  expect("第一要务", MARKER_NONE, 0, NULL, NULL);
  expect("第一、二产业", MARKER_NONE, 0, NULL, NULL);
  expect("—单破折号", MARKER_NONE, 0, NULL, NULL);
  expect("附件材料齐全", MARKER_NONE, 0, NULL, NULL);
  expect("（注：口径调整）", MARKER_NONE, 0, NULL, NULL);
  expect("(a)拉丁", MARKER_NONE, 0, NULL, NULL);
  expect("十十、", MARKER_NONE, 0, NULL, NULL);
  expect("", MARKER_NONE, 0, NULL, NULL);
  expect("一", MARKER_NONE, 0, NULL, NULL);
  expect("（一", MARKER_NONE, 0, NULL, NULL);
}

/* The reader looks at a bounded number of characters, never past n. */
static void test_bounds(void)
{
  const char *s = "（十四）";
  marker m;
  for (size_t n = 0; n < strlen(s); n++) {
    int found = marker_read((const unsigned char *)s, n, 0, &m);
    CHECK(!found);
  }
  CHECK(marker_read((const unsigned char *)s, strlen(s), 0, &m));
  CHECK_EQ_INT(m.text, strlen(s));
}

int main(void)
{
  test_official_levels();
  test_levels_above();
  test_run_in_enumerations();
  test_not_markers();
  test_bounds();
  return check_done("marker");
}
