/* Unit tests for ext/core/linewrap.h: which line breaks are hard wraps. */
#include "check.h"
#include "linewrap.h"
#include "utf8.h"

#include <stdlib.h>

static const char *joined(const char *text)
{
  static char buf[CHECK_TEXT_MAX];
  buf[0] = 0;
  linewrap_reader r;
  linewrap_reader_init(&r, (const unsigned char *)text, strlen(text), NULL, NULL);
  linewrap_join(&r, 0, strlen(text), check_append, buf);
  return buf;
}

/* Does the first line of text continue on the second? */
static int first_joins(const char *text)
{
  linewrap_reader r;
  linewrap_reader_init(&r, (const unsigned char *)text, strlen(text), NULL, NULL);
  linewrap_reader_next(&r);
  return linewrap_reader_joins(&r);
}

static void test_mid_sentence(void)
{
  /* a line that ends mid-word continues, even when the next starts with a marker */
  CHECK_EQ_INT(first_joins("我们要坚持走新型工\n业化道路，着力构建现代产业体系。"), 1);
  CHECK_EQ_INT(first_joins("在看到成绩的同时，我们也清醒认识到：产业结构单\n一、附加值低、创新能力不强；人才短缺。"), 1);
  CHECK_EQ_INT(first_joins("全年粮食总产量达到\n2.5万吨，比上年增长。"), 1);
  CHECK_EQ_INT(first_joins("扎实推进各项改革，\n激发市场活力。"), 1);
  CHECK_EQ_INT(first_joins("重点建设“智慧社区”\n示范点三个。"), 1);
  /* a line that ends a sentence ends its paragraph */
  CHECK_EQ_INT(first_joins("经济运行稳中有进。\n全年地区生产总值增长5%。"), 0);
  CHECK_EQ_INT(first_joins("主要预期目标是：\n地区生产总值增长6%左右。"), 0);
  CHECK_EQ_INT(first_joins("城乡面貌持续改善；\n生态环境明显好转。"), 0);
  /* the next line begins with punctuation: it belongs to this one */
  CHECK_EQ_INT(first_joins("完成投资\n，超额完成任务。"), 1);
}

static void test_headings(void)
{
  CHECK_EQ_INT(first_joins("一、2024年工作回顾\n过去一年，我们攻坚克难。"), 0);
  CHECK_EQ_INT(first_joins("（三）推进城乡融合\n建设和美乡村。"), 0);
  /* a heading split over two lines is one heading, when a new start follows it */
  CHECK_EQ_INT(first_joins("一、坚持稳中求进，推动经济\n高质量发展\n（一）稳住增长"), 1);
  CHECK_EQ_INT(first_joins("一、坚持稳中求进，推动经济\n高质量发展\n\n过去一年，我们迎难而上。"), 1);
  /* not a whole short title, nor a line that runs on into the body */
  CHECK_EQ_INT(first_joins("一、环境\n全年PM\n2.5平均浓度下降。"), 0);
  CHECK_EQ_INT(first_joins("一、坚持稳中求进，推动经济\n高质量发展\n过去一年，我们迎难而上。"), 0);
  /* but a whole title does not take the introduction after it */
  CHECK_EQ_INT(first_joins("三、2025年重点工作\n围绕上述目标，重点抓好以下工作：\n（一）扩大内需"), 0);
  /* unnumbered heading lines */
  CHECK_EQ_INT(first_joins("今后五年政府工作的目标和任务\n各位代表，今后五年是关键时期。"), 0);
  CHECK_EQ_INT(first_joins("强化创新驱动\n（一）加快科技攻关。"), 0);
  /* a heading run onto the end of the previous paragraph */
  CHECK_EQ_INT(first_joins("全力办好民生实事，提升群众获得感。2025年的政府工作\n2025年是开局之年。"), 0);
  /* a short line that is no heading continues */
  CHECK_EQ_INT(first_joins("坚持走新型工\n业化道路，着力构建现代产业体系。"), 1);
}

static void test_title_block(void)
{
  /* a date line cut before its end continues */
  CHECK_EQ_INT(first_joins("——2025年1月9日在青溪区第十届\n人民代表大会第五次会议上\n各位代表："), 1);
  CHECK_EQ_INT(first_joins("政府工作报告\n——2025年1月9日在青溪区第十届人民代表大会第五次会议上"), 0);
  CHECK_EQ_INT(first_joins("区长  林晓川\n各位代表："), 0);
  CHECK_EQ_INT(first_joins("还要继续努力奋\n第二篇：区政府工作报告"), 0);
}

static void test_layout(void)
{
  /* a more indented line starts a paragraph even after a cut-off line */
  CHECK_EQ_INT(first_joins("对与群众切身利\n　　回顾五年的历程，我们积累了经验。"), 0);
  CHECK_EQ_INT(first_joins("上一段没有标点\n\n下一段"), 0);
  /* chrome never joins */
  CHECK_EQ_INT(first_joins("下载\n打印"), 0);
  CHECK_EQ_INT(first_joins("全区实现增长\n【字号：大 中 小】"), 0);
}

static void test_classes(void)
{
  linewrap_line l;
  const unsigned char *s = (const unsigned char *)"  　>严密构筑保障网络。加大投入  \r\n下一行";
  linewrap_read(s, strlen((const char *)s), 0, &l);
  CHECK_EQ_INT(l.indent, 4);
  CHECK(strncmp((const char *)s + l.text_start, "严密", 6) == 0);
  CHECK_EQ_INT(s[l.text_end - 1], 0xA5); /* 入 */
  CHECK_EQ_INT(l.end_kind, LINEWRAP_END_OPEN);
  CHECK(l.flags & LINEWRAP_INNER_STOP);
  CHECK_EQ_INT(l.next, strlen((const char *)s) - strlen("下一行"));

  const char *chrome[] = {"打印 关闭", "【打印】【关闭窗口】", "来源：区政府办公室", "相关报道：",
                          "图为会议现场。（记者 张三 摄）", "责任编辑：李四", "【字号：大 中 小】",
                          "首页 > 政务公开 > 政府工作报告", "首页＞新闻＞要闻"};
  for (size_t i = 0; i < sizeof chrome / sizeof chrome[0]; i++) {
    linewrap_read((const unsigned char *)chrome[i], strlen(chrome[i]), 0, &l);
    if (!(l.flags & LINEWRAP_CHROME)) fprintf(stderr, "not chrome: %s\n", chrome[i]);
    CHECK(l.flags & LINEWRAP_CHROME);
  }
  const char *text[] = {"关闭落后产能三家。", "下载量大幅增长", "图书馆建成开放。"};
  for (size_t i = 0; i < sizeof text / sizeof text[0]; i++) {
    linewrap_read((const unsigned char *)text[i], strlen(text[i]), 0, &l);
    if (l.flags & LINEWRAP_CHROME) fprintf(stderr, "chrome: %s\n", text[i]);
    CHECK(!(l.flags & LINEWRAP_CHROME));
  }
  linewrap_read((const unsigned char *)"各位代表：", strlen("各位代表："), 0, &l);
  CHECK(l.flags & LINEWRAP_SALUTATION);
  linewrap_read((const unsigned char *)"2025年青溪区政府工作报告", strlen("2025年青溪区政府工作报告"), 0, &l);
  CHECK(l.flags & LINEWRAP_TITLE_NAME);
}

static void test_width(void)
{
  /* ten lines of 30 characters and a short last one: wrapped at 30 */
  char text[2048] = "";
  for (int i = 0; i < 10; i++) strcat(text, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n");
  strcat(text, "末行。\n");
  CHECK_EQ_INT(linewrap_width((const unsigned char *)text, strlen(text)), 30);
  /* one paragraph per line, of many lengths: no width */
  CHECK_EQ_INT(linewrap_width((const unsigned char *)"短。\n", 7), 0);
  char mixed[4096] = "";
  for (int i = 0; i < 12; i++) {
    for (int k = 0; k < 20 + 3 * i; k++) strcat(mixed, "字");
    strcat(mixed, "。\n");
  }
  CHECK_EQ_INT(linewrap_width((const unsigned char *)mixed, strlen(mixed)), 0);
  CHECK_EQ_INT(linewrap_width((const unsigned char *)"", 0), 0);
}

static void test_line_ends(void)
{
  /* LF, CRLF, CR, U+2028, U+2029, U+0085 */
  const char *text = "甲\n乙\r\n丙\r丁\xE2\x80\xA8戊\xE2\x80\xA9己\xC2\x85庚";
  linewrap_reader r;
  linewrap_reader_init(&r, (const unsigned char *)text, strlen(text), NULL, NULL);
  int lines = 0;
  while (linewrap_reader_next(&r)) {
    CHECK_EQ_INT(r.line.text_end - r.line.text_start, 3);
    lines++;
  }
  CHECK_EQ_INT(lines, 7);
}

/* The end of the line at pos, one character at a time: what linewrap_read() must find. */
static size_t plain_line_end(const unsigned char *s, size_t n, size_t pos, size_t *next)
{
  for (size_t p = pos; p < n; p++) {
    size_t k = 0;
    if (s[p] == '\n') k = 1;
    else if (s[p] == '\r') k = p + 1 < n && s[p + 1] == '\n' ? 2 : 1;
    else if (s[p] == 0xC2 && p + 1 < n && s[p + 1] == 0x85) k = 2;
    else if (s[p] == 0xE2 && p + 2 < n && s[p + 1] == 0x80 && (s[p + 2] & 0xFE) == 0xA8) k = 3;
    if (k) {
      *next = p + k;
      return p;
    }
  }
  *next = n;
  return n;
}

/* Line ends of every kind at every offset, among characters that share their first
** bytes (quotes and dashes after E2 80, U+2027, NBSP after C2), in texts of every length:
** the search 32 bytes at a time and the one for the text's last bytes agree. */
static void test_line_ends_anywhere(void)
{
  static const char *const pieces[] = {
    "a", "甲", "“", "”", "——", "\xE2\x80\xA7", "\xE2\x80\xAA", "\xC2\xA0", "\xC2\x84", "。",
    "\n", "\r\n", "\r", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85",
  };
  unsigned seed = 5;
  int wrong = 0, lines = 0;
  for (int round = 0; round < 4000; round++) {
    unsigned char text[300];
    size_t n = 0;
    seed = seed * 1103515245u + 12345u;
    size_t want = (seed >> 8) % 250;
    while (n < want) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 8) % 100;
      /* mostly text; a line end now and then */
      const char *p = pieces[r < 90 ? r % 10 : 10 + r % 6];
      size_t k = strlen(p);
      memcpy(text + n, p, k);
      n += k;
    }
    for (size_t pos = 0; pos < n;) {
      linewrap_line l;
      size_t next;
      linewrap_read(text, n, pos, &l);
      if (l.end != plain_line_end(text, n, pos, &next) || l.next != next) wrong++;
      lines++;
      pos = next;
    }
  }
  CHECK_EQ_INT(wrong, 0);
  CHECK(lines > 10000);
}

/* LINEWRAP_INNER_STOP / _INNER_COLON of short lines with marks at every offset, among
** characters that share their first byte (，、（ with ：；。): against a plain walk. */
static void test_inner_marks_anywhere(void)
{
  static const char *const pieces[] = {
    "甲", "a", "，", "、", "（", "“", "。", "！", "？", "；", "：", "!", "?", ";", ":",
  };
  unsigned seed = 9;
  int wrong = 0;
  for (int round = 0; round < 20000; round++) {
    unsigned char text[300];
    size_t n = 0, count = 0;
    int stop = 0, colon = 0; /* the characters before the last one: a stop, a colon before it */
    seed = seed * 1103515245u + 12345u;
    size_t want = 1 + (seed >> 8) % 80;
    while (count < want) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 8) % 100;
      size_t k = r < 85 ? r % 6 : 6 + r % 9; /* mostly text and commas */
      if (count + 1 < want && !stop) {
        stop = k >= 6 && k <= 13 && k != 10;
        colon |= k == 10 || k == 14;
      }
      memcpy(text + n, pieces[k], strlen(pieces[k]));
      n += strlen(pieces[k]);
      count++;
    }
    linewrap_line l;
    linewrap_read(text, n, 0, &l);
    unsigned got = l.flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON);
    unsigned expect = stop ? LINEWRAP_INNER_STOP : 0;
    if (colon) expect |= LINEWRAP_INNER_COLON;
    if (got != expect) wrong++;
  }
  CHECK_EQ_INT(wrong, 0);
}

/* The end before trailing blanks, one character at a time: what linewrap_trim_end() must
** find. */
static size_t plain_trim_end(const unsigned char *s, size_t start, size_t end)
{
  while (end > start) {
    size_t q = end - 1;
    while (q > start && (s[q] & 0xC0) == 0x80) q--;
    size_t r = q;
    uint32_t c = utf8_next(s, end, &r);
    int blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c == 0xA0 ||
                (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
                c == 0x2060 || c == 0x3000 || c == 0xFEFF || c == 0xAD;
    if (!blank) break;
    end = q;
  }
  return end;
}

/* Every kind of blank after every kind of character (ASCII, ideographs, CJK punctuation,
** full-width forms, the characters that share a blank's first bytes), from every start. */
static void test_trim_end(void)
{
  static const char *const visible[] = {
    "a", "~", "甲", "鿿", "。", "、", "〇", "，", "）", "\xEF\xBB\xBE", "\xEF\xBC\x80", "”", "—",
    "\xE3\x80\x81", "\xC2\xA1", "é", "\xF0\x9F\x98\x80", "\xE2\x80\x8E", "\x01",
  };
  static const char *const blanks[] = {
    " ", "\t", "\n", "\r", "\r\n", "\xC2\xA0", "\xC2\x85", "\xE3\x80\x80", "\xE2\x80\x8B",
    "\xE2\x80\x83", "\xE2\x80\xA8", "\xE2\x80\xAF", "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xC2\xAD",
  };
  int wrong = 0;
  unsigned seed = 13;
  for (int round = 0; round < 20000; round++) {
    unsigned char text[64];
    size_t n = 0;
    seed = seed * 1103515245u + 12345u;
    int pieces = (int)((seed >> 8) % 6);
    for (int i = 0; i < pieces; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 8;
      const char *p = r % 2 ? visible[(r >> 1) % 19] : blanks[(r >> 1) % 15];
      memcpy(text + n, p, strlen(p));
      n += strlen(p);
    }
    for (size_t start = 0; start <= n; start++) {
      if (start < n && (text[start] & 0xC0) == 0x80) continue; /* character boundaries only */
      if (linewrap_trim_end(text, start, n) != plain_trim_end(text, start, n)) wrong++;
    }
  }
  CHECK_EQ_INT(wrong, 0);
  CHECK_EQ_INT(linewrap_trim_end((const unsigned char *)"甲　\n", 0, 7), 3);
  CHECK_EQ_INT(linewrap_trim_end((const unsigned char *)"甲", 3, 3), 3);
  CHECK_EQ_INT(linewrap_trim_end((const unsigned char *)" \n", 0, 2), 0);
}

static void test_join(void)
{
  CHECK_EQ_STR(joined("坚持走新型工\n业化道路。\n第二段。"), "坚持走新型工业化道路。\n第二段。");
  CHECK_EQ_STR(joined("  首行缩进，\r\n  续行也缩进。"), "首行缩进，续行也缩进。");
  CHECK_EQ_STR(joined("下载\n正文。\n打印"), "正文。");
  CHECK_EQ_STR(joined("细颗粒物PM\n2.5浓度下降。"), "细颗粒物PM2.5浓度下降。");
  CHECK_EQ_STR(joined("\n\n"), "");
  CHECK_EQ_STR(joined(""), "");
  /* pieces of the text, in increasing order, through one reader */
  const char *text = "一、回顾\n过去一年，经济运行稳中有\n进。全年增长5%。\n二、任务";
  linewrap_reader r;
  linewrap_reader_init(&r, (const unsigned char *)text, strlen(text), NULL, NULL);
  char buf[CHECK_TEXT_MAX] = "";
  const char *from = strstr(text, "稳中"), *to = strstr(text, "全年");
  linewrap_join(&r, (size_t)(from - text), (size_t)(to - text), check_append, buf);
  CHECK_EQ_STR(buf, "稳中有进。");
  buf[0] = 0;
  from = strstr(text, "二、");
  linewrap_join(&r, (size_t)(from - text), strlen(text), check_append, buf);
  CHECK_EQ_STR(buf, "二、任务");
  buf[0] = 0; /* an earlier piece rewinds the reader */
  linewrap_join(&r, 0, strlen("一、回顾"), check_append, buf);
  CHECK_EQ_STR(buf, "一、回顾");
}

int main(void)
{
  test_mid_sentence();
  test_headings();
  test_title_block();
  test_layout();
  test_classes();
  test_line_ends();
  test_line_ends_anywhere();
  test_inner_marks_anywhere();
  test_trim_end();
  test_width();
  test_join();
  return check_done("linewrap");
}
