/*
** Cue words: the phrase tables of cues.h and their lookups. The phrases are written
** as they appear in reports; lookups fold both sides (： and : are one), so a table
** entry never needs a full-width twin.
*/
#include "cues.h"

#include "chars.h"
#include "utf8.h"

#include <string.h>

static const char *const heading_noun[] = {
  "回顾", "任务", "工作", "目标", "要求", "安排", "展望", "总结", "成就", "成绩", "建议",
  "措施", "部署", "思路", "情况", NULL,
};

/* A line ending in ： that names what follows instead of titling it. */
static const char *const intro[] = {
  "以下", "如下", "方面", "几点", "包括", "主要有", "是：", "为：", "，", NULL,
};

/* Words that make up whole lines of page chrome ("打印 关闭", "【打印】【关闭窗口】"). */
static const char *const chrome_word[] = {
  "下载", "打印", "关闭", "窗口", "本页", "此页", "本文", "收藏", "分享到", "分享", "返回",
  "顶部", "首页", "上一篇", "下一篇", "我要纠错", "纠错", "扫一扫", "二维码", "手机版", NULL,
};

static const char *const chrome_prefix[] = {
  "【字号", "字号：", "来源：", "信息来源：", "文章来源：", "发布时间：", "发布日期：",
  "发文日期：", "时间：", "日期：", "作者：", "责任编辑：", "编辑：", "审核：", "浏览次数",
  "浏览量", "点击数", "点击率", "访问量", "阅读次数", "阅读量", "分享到：", "上一篇：",
  "下一篇：", "附件下载", "图为", "（图为", "图：", "图片：", "【图片】", "▲", "当前位置：",
  "您当前位置", "您的位置：", "索引号：", "主题分类：", "发文机关：", "成文日期：", "文号：",
  "【打印", "【关闭", "【我要纠错", "【大 中 小】", "【大中小】", NULL,
};

static const char *const chrome_suffix[] = {
  "摄）", "摄影）", "供图）", "摄】", "摄影】", NULL,
};

static const char *const chrome_list[] = {
  "相关报道：", "相关链接：", "相关新闻：", "相关阅读：", "延伸阅读：", "相关文章：",
  "推荐阅读：", "热点推荐：", "相关稿件：", NULL,
};

static const char *const title_suffix[] = {
  "工作报告", "工作报告（摘要）", "工作报告（全文）", "工作报告全文", "工作报告摘要",
  "会议文件", "会议材料", NULL,
};

static const char *const speaker[] = {
  "区长", "市长", "县长", "省长", "州长", "旗长", "盟长", "主席", "主任", NULL,
};

static const char *const address[] = {
  "各位代表", "各位委员", "同志们", "各位同志", NULL,
};

static const char *const salutation[] = {
  "各位代表：", "各位代表、各位委员：", "各位代表、同志们：", "各位委员：", NULL,
};

/* A short first sentence that opens with these states or connects; it titles nothing. */
static const char *const not_lead_prefix[] = {
  "今年", "去年", "明年", "过去", "目前", "当前", "近年", "五年来", "一年来", "我们", "这",
  "但", "同时", "因此", "此外", "另外", "总之", "为此", "对此", "其中", "如果", "只有",
  "只要", NULL,
};

static const char *const role_review[] = {
  "回顾", "过去", "去年", "上年", "取得", "成就", "成绩", "总结", "五年来", "一年来", NULL,
};

static const char *const role_outlook[] = {
  "今后五年", "未来五年", "今后一个时期", "今后几年", "今后一段时期", "五年规划", "十一五",
  "十二五", "十三五", "十四五", "十五五", "十六五", "2035", "二〇三五", "远景", "中长期",
  "任期", NULL,
};

static const char *const role_targets[] = {
  "总体要求", "预期目标", "主要目标", "发展目标", "目标任务", "主要指标", "指导思想", NULL,
};

static const char *const role_government[] = {
  "自身建设", "政府建设", "政府职能", "行政能力", "依法行政", "作风建设", "廉政", "廉洁",
  "人民满意", "服务型政府", "法治政府", "实干政府", "政府新作为", "本届政府", "执政能力", NULL,
};

static const char *const role_tasks[] = {
  "任务", "工作安排", "重点工作", "政府工作", "今年", "明年", "本年", "工作部署", "政策措施",
  "主要工作", "重点抓好", "新的一年", NULL,
};

static const char *const *const tables[CUE_TABLE_COUNT] = {
  [CUE_HEADING_NOUN] = heading_noun,
  [CUE_INTRO] = intro,
  [CUE_CHROME_LINE] = chrome_word,
  [CUE_CHROME_PREFIX] = chrome_prefix,
  [CUE_CHROME_SUFFIX] = chrome_suffix,
  [CUE_CHROME_LIST] = chrome_list,
  [CUE_TITLE_SUFFIX] = title_suffix,
  [CUE_SPEAKER] = speaker,
  [CUE_ADDRESS] = address,
  [CUE_SALUTATION] = salutation,
  [CUE_NOT_LEAD_PREFIX] = not_lead_prefix,
  [CUE_ROLE_REVIEW] = role_review,
  [CUE_ROLE_OUTLOOK] = role_outlook,
  [CUE_ROLE_TARGETS] = role_targets,
  [CUE_ROLE_GOVERNMENT] = role_government,
  [CUE_ROLE_TASKS] = role_tasks,
};

void cue_text_load(cue_text *t, const unsigned char *s, size_t start, size_t end,
                   int keep_spaces)
{
  t->len = 0;
  t->truncated = 0;
  size_t p = start;
  while (p < end) {
    uint32_t c = char_fold(utf8_next(s, end, &p));
    if (char_is_ignorable(c) || char_is_newline(c)) continue;
    if (c == ' ') {
      if (!keep_spaces || t->len == 0 || t->c[t->len - 1] == ' ') continue;
    }
    if (t->len == CUE_TEXT_MAX) {
      t->truncated = 1;
      return;
    }
    t->c[t->len++] = c;
  }
  if (t->len > 0 && t->c[t->len - 1] == ' ') t->len--;
}

/* Compares the phrase with t at position at; returns the phrase's length in code
** points when it matches there, else 0. */
static size_t phrase_at(const cue_text *t, size_t at, const char *phrase)
{
  const unsigned char *p = (const unsigned char *)phrase;
  size_t n = strlen(phrase), pos = 0, k = at;
  while (pos < n) {
    uint32_t c = char_fold(utf8_next(p, n, &pos));
    if (k >= t->len || t->c[k] != c) return 0;
    k++;
  }
  return k - at;
}

static size_t phrase_length(const char *phrase)
{
  return utf8_length((const unsigned char *)phrase, strlen(phrase));
}

int cue_contains(const cue_text *t, cue_table table)
{
  const char *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    for (size_t at = 0; at < t->len; at++) {
      if (phrase_at(t, at, list[i])) return i + 1;
    }
  }
  return 0;
}

int cue_starts_with(const cue_text *t, cue_table table)
{
  const char *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    if (phrase_at(t, 0, list[i])) return i + 1;
  }
  return 0;
}

int cue_ends_with(const cue_text *t, cue_table table)
{
  if (t->truncated) return 0;
  const char *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    size_t k = phrase_length(list[i]);
    if (k <= t->len && phrase_at(t, t->len - k, list[i]) == k) return i + 1;
  }
  return 0;
}

int cue_equals(const cue_text *t, cue_table table)
{
  if (t->truncated) return 0;
  const char *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    if (phrase_at(t, 0, list[i]) == t->len && phrase_length(list[i]) == t->len) return i + 1;
  }
  return 0;
}

static int is_separator(uint32_t c)
{
  return c == ' ' || c == 0x3010 || c == 0x3011 || c == '[' || c == ']' || c == '|' ||
         c == '/' || c == 0xB7 || c == 0x2022;
}

int cue_only_phrases(const cue_text *t, cue_table table)
{
  if (t->truncated) return 0;
  const char *const *list = tables[table];
  size_t at = 0;
  int words = 0;
  while (at < t->len) {
    if (is_separator(t->c[at])) {
      at++;
      continue;
    }
    size_t k = 0;
    for (int i = 0; list[i] && k == 0; i++) k = phrase_at(t, at, list[i]);
    if (k == 0) return 0;
    at += k;
    words++;
  }
  return words > 0;
}

int cue_has_char(const cue_text *t, uint32_t c)
{
  for (size_t i = 0; i < t->len; i++) {
    if (t->c[i] == c) return 1;
  }
  return 0;
}

/* The value of a digit of a date: 0–9 for ASCII digits and 〇一二…九 (二〇二四年), 10 for 十,
** -2 for a redaction (～ × X *), -1 otherwise. */
static int date_digit(uint32_t c)
{
  static const uint32_t han[10] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                   0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
  if (char_is_digit(c)) return (int)(c - '0');
  if (c == 0x96F6) return 0; /* 零 */
  if (c == 0x5341) return 10; /* 十 */
  for (int j = 0; j < 10; j++) {
    if (c == han[j]) return j;
  }
  if (c == '~' || c == 0xD7 || c == 'X' || c == 'x' || c == '*') return -2;
  return -1;
}

/* A number of a date at t[*k]: 2024, 二〇二四, 3, 十二, 二十一; a redaction reads as 0.
** Returns -1 when there is none; advances *k past it. */
static int date_number(const cue_text *t, size_t *k)
{
  size_t i = *k;
  int value = 0, tens = -1, redacted = 0, count = 0;
  for (; i < t->len && count < 4; i++, count++) {
    int d = date_digit(t->c[i]);
    if (d == -1) break;
    if (d == -2) {
      redacted = 1;
    } else if (d == 10) { /* 十: the digits so far count tens */
      tens = value == 0 ? 1 : value;
      value = 0;
    } else {
      value = value * 10 + d;
    }
  }
  if (count == 0) return -1;
  *k = i;
  if (tens >= 0) value += tens * 10;
  return redacted ? 0 : value;
}

int cue_date_line(const cue_text *t, int *year, int *month, int *day)
{
  *year = *month = *day = 0;
  size_t k = 0;
  while (k < t->len && (t->c[k] == 0x2014 || t->c[k] == 0x2015 || t->c[k] == '-' ||
                        t->c[k] == '(' || t->c[k] == 0x2500)) {
    k++;
  }
  if (k == 0) return 0; /* a date line opens with a dash or a bracket */
  int y = date_number(t, &k);
  if (y < 0 || k >= t->len || t->c[k] != 0x5E74) return 0; /* 年 */
  k++;
  int m = date_number(t, &k);
  if (m < 0 || k >= t->len || t->c[k] != 0x6708) return 0; /* 月 */
  k++;
  int d = date_number(t, &k);
  if (d < 0 || k >= t->len || t->c[k] != 0x65E5) return 0; /* 日 */
  k++;
  *year = y >= 1900 && y <= 2200 ? y : 0;
  *month = m >= 1 && m <= 12 ? m : 0;
  *day = d >= 1 && d <= 31 ? d : 0;
  /* The end: 会议上, 会上, 上 (maybe closed by a bracket). */
  size_t e = t->len;
  if (e > k && t->c[e - 1] == ')') e--;
  if (e > k && t->c[e - 1] == 0x4E0A) return 2; /* 上 */
  if (e == k) return 2;                          /* the date alone */
  return t->truncated ? 2 : 1;
}

int cue_speaker_line(const cue_text *t)
{
  if (t->len < 4 || t->len > 30) return 0;
  /* office, one space, a name of two to four Han characters, nothing else. */
  size_t sp = t->len;
  for (size_t i = 0; i < t->len; i++) {
    if (t->c[i] == ' ') {
      sp = i;
      break;
    }
  }
  if (sp == t->len || sp < 2) return 0;
  size_t name = t->len - sp - 1;
  if (name < 2 || name > 4) return 0;
  for (size_t i = sp + 1; i < t->len; i++) {
    if (!char_is_han(t->c[i]) && t->c[i] != 0x00B7) return 0;
  }
  cue_text head = *t;
  head.len = sp;
  int office = cue_ends_with(&head, CUE_SPEAKER);
  return office != 0;
}

int cue_leading_year(const cue_text *t)
{
  int y = 0;
  size_t k = 0;
  while (k < t->len && k < 4 && char_is_digit(t->c[k])) y = y * 10 + (int)(t->c[k++] - '0');
  if (k == 4 && k < t->len && t->c[k] == 0x5E74 && y >= 1900 && y <= 2200) return y;
  return 0;
}
