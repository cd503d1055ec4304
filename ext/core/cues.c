/*
** Cue words: the phrase tables of cues.h and their lookups. The phrases are UTF-32
** literals written in folded form (char_fold: ：→: ，→, （）→() ～→~), because the text
** they are compared with is folded too; so ： and : are one, and no table entry needs a
** full-width twin. Compile-time UTF-32 keeps lookups free of decoding.
*/
#include "cues.h"

#include "chars.h"
#include "utf8.h"

#include <string.h>
#include <uchar.h>

static const char32_t *const heading_noun[] = {
  U"回顾", U"任务", U"工作", U"目标", U"要求", U"安排", U"展望", U"总结", U"成就", U"成绩", U"建议",
  U"措施", U"部署", U"思路", U"情况", NULL,
};

/* A line ending in ： that names what follows instead of titling it. */
static const char32_t *const intro[] = {
  U"以下", U"如下", U"方面", U"几点", U"包括", U"主要有", U"是:", U"为:", U",", NULL,
};

/* Words that make up whole lines of page chrome ("打印 关闭", "【打印】【关闭窗口】"). */
static const char32_t *const chrome_word[] = {
  U"下载", U"打印", U"关闭", U"窗口", U"本页", U"此页", U"本文", U"收藏", U"分享到", U"分享", U"返回",
  U"顶部", U"首页", U"上一篇", U"下一篇", U"我要纠错", U"纠错", U"扫一扫", U"二维码", U"手机版", NULL,
};

static const char32_t *const chrome_prefix[] = {
  U"【字号", U"字号:", U"来源:", U"信息来源:", U"文章来源:", U"发布时间:", U"发布日期:",
  U"发文日期:", U"时间:", U"日期:", U"作者:", U"责任编辑:", U"编辑:", U"审核:", U"浏览次数",
  U"浏览量", U"点击数", U"点击率", U"访问量", U"阅读次数", U"阅读量", U"分享到:", U"上一篇:",
  U"下一篇:", U"附件下载", U"图为", U"(图为", U"图:", U"图片:", U"【图片】", U"▲", U"当前位置:",
  U"您当前位置", U"您的位置:", U"索引号:", U"主题分类:", U"发文机关:", U"成文日期:", U"文号:",
  U"【打印", U"【关闭", U"【我要纠错", U"【大中小】",
  /* breadcrumbs: 首页 > 政务公开 > … (spaces are dropped before matching) */
  U"首页>", U"首页»", U"首页›", U"首页/", U"首页-", U"您现在的位置", NULL,
};

static const char32_t *const chrome_suffix[] = {
  U"摄)", U"摄影)", U"供图)", U"摄】", U"摄影】", NULL,
};

static const char32_t *const chrome_list[] = {
  U"相关报道:", U"相关链接:", U"相关新闻:", U"相关阅读:", U"延伸阅读:", U"相关文章:",
  U"推荐阅读:", U"热点推荐:", U"相关稿件:", NULL,
};

static const char32_t *const title_suffix[] = {
  U"工作报告", U"工作报告(摘要)", U"工作报告(全文)", U"工作报告全文", U"工作报告摘要",
  U"会议文件", U"会议材料", NULL,
};

static const char32_t *const speaker[] = {
  U"区长", U"市长", U"县长", U"省长", U"州长", U"旗长", U"盟长", U"主席", U"主任", NULL,
};

static const char32_t *const address[] = {
  U"各位代表", U"各位委员", U"同志们", U"各位同志", NULL,
};

static const char32_t *const salutation[] = {
  U"各位代表:", U"各位代表、各位委员:", U"各位代表、同志们:", U"各位委员:", NULL,
};

/* A short first sentence that opens with these states or connects; it titles nothing. */
static const char32_t *const not_lead_prefix[] = {
  U"今年", U"去年", U"明年", U"过去", U"目前", U"当前", U"近年", U"五年来", U"一年来", U"我们", U"这",
  U"但", U"同时", U"因此", U"此外", U"另外", U"总之", U"为此", U"对此", U"其中", U"如果", U"只有",
  U"只要", NULL,
};

static const char32_t *const role_review[] = {
  U"回顾", U"过去", U"去年", U"上年", U"取得", U"成就", U"成绩", U"总结", U"五年来", U"一年来",
  U"工作实践", U"经验", U"体会", NULL,
};

static const char32_t *const role_outlook[] = {
  U"今后五年", U"未来五年", U"今后一个时期", U"今后几年", U"今后一段时期", U"五年规划", U"十一五",
  U"十二五", U"十三五", U"十四五", U"十五五", U"十六五", U"2035", U"二〇三五", U"远景", U"中长期",
  U"任期", NULL,
};

static const char32_t *const role_targets[] = {
  U"总体要求", U"预期目标", U"主要目标", U"发展目标", U"目标任务", U"主要指标", U"指导思想", NULL,
};

static const char32_t *const role_government[] = {
  U"自身建设", U"政府建设", U"政府职能", U"行政能力", U"依法行政", U"作风建设", U"廉政", U"廉洁",
  U"人民满意", U"服务型政府", U"法治政府", U"实干政府", U"政府新作为", U"本届政府", U"执政能力", NULL,
};

static const char32_t *const role_tasks[] = {
  U"任务", U"工作安排", U"重点工作", U"政府工作", U"今年", U"明年", U"本年", U"工作部署", U"政策措施",
  U"主要工作", U"重点抓好", U"新的一年", NULL,
};

static const char32_t *const *const tables[CUE_TABLE_COUNT] = {
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
  size_t len = 0; /* kept out of *t while the bytes are read: a byte read may alias it */
  t->truncated = 0;
  size_t p = start;
  while (p < end) {
    uint32_t c;
    unsigned b = s[p];
    if (b >= 0xE4 && b <= 0xE9 && p + 2 < end) {
      /* U+4000..U+9FFF, most of a report: nothing to fold, drop or join */
      c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
      p += 3;
    } else {
      c = char_fold(utf8_next(s, end, &p));
      if (char_is_ignorable(c) || char_is_newline(c)) continue;
      if (c == ' ') {
        if (!keep_spaces || len == 0 || t->c[len - 1] == ' ') continue;
      }
    }
    if (len == CUE_TEXT_MAX) {
      t->truncated = 1;
      t->len = len;
      return;
    }
    t->c[len++] = c;
  }
  if (len > 0 && t->c[len - 1] == ' ') len--;
  t->len = len;
}

/* Compares the phrase with t at position at; returns its length when it matches there,
** else 0. */
static size_t phrase_at(const cue_text *t, size_t at, const char32_t *phrase)
{
  size_t k = 0;
  for (; phrase[k]; k++) {
    if (at + k >= t->len || t->c[at + k] != (uint32_t)phrase[k]) return 0;
  }
  return k;
}

static size_t phrase_length(const char32_t *phrase)
{
  size_t k = 0;
  while (phrase[k]) k++;
  return k;
}

/* An index into cue_filter_set.pairs for the characters a b. */
static unsigned pair_hash(uint32_t a, uint32_t b)
{
  return (a * 61u + b) & (CUE_PAIR_SLOTS - 1);
}

void cue_filter_set_init(cue_filter_set *f, const cue_table *order, int count)
{
  memset(f, 0, sizeof *f);
  f->tables = order;
  f->count = count < 8 ? count : 8;
  for (int k = 0; k < f->count; k++) {
    const char32_t *const *list = tables[order[k]];
    for (int i = 0; list[i]; i++) {
      if (list[i][1] == 0) {
        f->singles[list[i][0] & 63] |= (uint8_t)(1u << k);
      } else {
        f->pairs[pair_hash(list[i][0], list[i][1])] |= (uint8_t)(1u << k);
      }
    }
  }
}

/* Does a phrase of the table start at t[at]? */
static int table_has_phrase_at(const cue_text *t, size_t at, const char32_t *const *list)
{
  for (int i = 0; list[i]; i++) {
    if ((uint32_t)list[i][0] == t->c[at] && phrase_at(t, at, list[i])) return 1;
  }
  return 0;
}

int cue_contains_first(const cue_text *t, const cue_filter_set *f)
{
  int best = f->count; /* only tables before the best so far are still asked */
  for (size_t at = 0; at < t->len && best > 0; at++) {
    uint32_t c = t->c[at];
    unsigned may = f->singles[c & 63];
    if (at + 1 < t->len) may |= f->pairs[pair_hash(c, t->c[at + 1])];
    may &= (1u << best) - 1;
    for (int k = 0; may; k++, may >>= 1) {
      if ((may & 1) && table_has_phrase_at(t, at, tables[f->tables[k]])) {
        best = k;
        break;
      }
    }
  }
  return best < f->count ? best : -1;
}

int cue_contains(const cue_text *t, cue_table table)
{
  const char32_t *const *list = tables[table];
  int best = 0;
  for (size_t at = 0; at < t->len; at++) {
    for (int i = 0; list[i] && (best == 0 || i + 1 < best); i++) {
      if ((uint32_t)list[i][0] == t->c[at] && phrase_at(t, at, list[i])) best = i + 1;
    }
  }
  return best;
}

int cue_may_start(uint32_t c, cue_table table)
{
  const char32_t *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    if ((uint32_t)list[i][0] == c) return 1;
  }
  return 0;
}

int cue_starts_with(const cue_text *t, cue_table table)
{
  if (t->len == 0) return 0;
  const char32_t *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    if ((uint32_t)list[i][0] == t->c[0] && phrase_at(t, 0, list[i])) return i + 1;
  }
  return 0;
}

int cue_ends_with(const cue_text *t, cue_table table)
{
  if (t->truncated) return 0;
  const char32_t *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    size_t k = phrase_length(list[i]);
    if (k <= t->len && phrase_at(t, t->len - k, list[i]) == k) return i + 1;
  }
  return 0;
}

int cue_equals(const cue_text *t, cue_table table)
{
  if (t->truncated) return 0;
  const char32_t *const *list = tables[table];
  for (int i = 0; list[i]; i++) {
    if (t->len > 0 && (uint32_t)list[i][0] != t->c[0]) continue;
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
  const char32_t *const *list = tables[table];
  size_t at = 0;
  int words = 0;
  while (at < t->len) {
    if (is_separator(t->c[at])) {
      at++;
      continue;
    }
    size_t k = 0;
    for (int i = 0; list[i] && k == 0; i++) {
      if ((uint32_t)list[i][0] == t->c[at]) k = phrase_at(t, at, list[i]);
    }
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

/* The value of a digit of a date: 0–9 for ASCII digits and 〇一二…九 (二〇二四年, also written
** 二○二四年 or 二O二四年), 10 for 十,
** -2 for a redaction (～ × X *), -1 otherwise. */
static int date_digit(uint32_t c)
{
  static const uint32_t han[10] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                   0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
  if (char_is_digit(c)) return (int)(c - '0');
  if (c == 0x96F6 || c == 0x25CB || c == 'O' || c == 0x039F) return 0; /* 零, and ○ O Ο for 〇 */
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
  /* A date line opens with a dash or a bracket; without one it must end with 会议上 or
  ** 会上 (2010年1月20日在…会议上), which a sentence that opens with a date does not. */
  int dashed = k > 0;
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
  if (!dashed) /* 会议上, 会上 */
    return e > k + 2 && t->c[e - 1] == 0x4E0A && (t->c[e - 2] == 0x8BAE || t->c[e - 2] == 0x4F1A)
               ? 2 : 0;
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

int cue_year(const cue_text *t)
{
  for (size_t i = 0; i + 4 < t->len; i++) {
    if (i > 0 && char_is_digit(t->c[i - 1])) continue;
    int y = 0;
    size_t k = i;
    while (k < i + 4 && char_is_digit(t->c[k])) y = y * 10 + (int)(t->c[k++] - '0');
    if (k == i + 4 && t->c[k] == 0x5E74 && y >= 1900 && y <= 2200) return y;
  }
  return 0;
}
