/*
** Cue words: the phrase tables that classify lines and headings of a report — heading
** nouns (…回顾, …任务), the title block (政府工作报告, ——2024年3月2日在…会议上, 各位代表：),
** web-page chrome (下载, 【字号：大 中 小】, 相关报道：), photo captions, and the words
** that give a section its role (回顾 → review, 预期目标 → targets). The tables are data
** in cues.c; this header gives the lookups.
**
** A lookup works on a cue_text: the folded code points of a short span (full-width
** forms to ASCII, spaces and line breaks dropped unless kept), so a heading split by a
** hard wrap or written in full-width still matches.
*/
#ifndef GWR_CUES_H
#define GWR_CUES_H

#include <stddef.h>
#include <stdint.h>

#define CUE_TEXT_MAX 160

typedef struct cue_text {
  uint32_t c[CUE_TEXT_MAX];
  size_t len;
  int truncated; /* the span had more characters than CUE_TEXT_MAX */
} cue_text;

/* Loads s[start..end) folded. Zero-width characters and line breaks are dropped; spaces
** are dropped too, unless keep_spaces, which keeps one ' ' for each run of them. */
void cue_text_load(cue_text *t, const unsigned char *s, size_t start, size_t end,
                   int keep_spaces);

/* The tables. Each is a NULL-terminated list of UTF-8 phrases. */
typedef enum cue_table {
  CUE_HEADING_NOUN,    /* a heading line ends with one: 回顾, 任务, 工作, 目标 */
  CUE_INTRO,           /* a line ending in ： that introduces a list, not a heading: 以下, 如下 */
  CUE_CHROME_LINE,     /* a whole line of web-page chrome: 下载, 打印, 关闭窗口 */
  CUE_CHROME_PREFIX,   /* chrome lines start with: 【字号, 来源：, 责任编辑：, 图为 */
  CUE_CHROME_SUFFIX,   /* photo credits end with: 摄）, 供图） */
  CUE_CHROME_LIST,     /* chrome that heads a list of links: 相关报道：, 相关链接： */
  CUE_TITLE_SUFFIX,    /* a report title line ends with: 工作报告, 会议文件 */
  CUE_SPEAKER,         /* a speaker line names the office: 区长, 市长 */
  CUE_ADDRESS,         /* a paragraph opened by an address: 各位代表, 同志们 */
  CUE_SALUTATION,      /* the address line of a title block: 各位代表： */
  CUE_NOT_LEAD_PREFIX, /* first sentences that state, not title: 今年, 去年, 我们, 同时 */
  CUE_ROLE_REVIEW,     /* the role tables, in the order they are tried */
  CUE_ROLE_OUTLOOK,
  CUE_ROLE_TARGETS,
  CUE_ROLE_GOVERNMENT,
  CUE_ROLE_TASKS,
  CUE_TABLE_COUNT
} cue_table;

/* 1 + the index of the first phrase of the table that t contains / starts with / ends
** with / equals; 0 if none. */
int cue_contains(const cue_text *t, cue_table table);
int cue_starts_with(const cue_text *t, cue_table table);
int cue_ends_with(const cue_text *t, cue_table table);
int cue_equals(const cue_text *t, cue_table table);

/* 1 if t is made only of phrases of the table, with spaces, brackets 【】[] and bars
** between them: "打印 关闭", "【打印】【关闭窗口】". */
int cue_only_phrases(const cue_text *t, cue_table table);

/* For asking which of a few tables (up to 8, in order of preference) a text holds a
** phrase of: one walk over the text instead of one per table. Built once: the first two
** characters of each table's phrases (hashed into CUE_PAIR_SLOTS entries, few enough
** collisions that a text's pairs seldom pass by chance) and its one-character phrases
** (64); most positions of a text start no phrase, and one lookup says so. */
#define CUE_PAIR_SLOTS 4096
typedef struct cue_filter_set {
  const cue_table *tables;       /* the caller's list, kept (not copied) */
  int count;
  uint8_t pairs[CUE_PAIR_SLOTS]; /* bit k: a phrase of tables[k] starts with such a pair */
  uint8_t singles[64];           /* bit k: tables[k] has a one-character phrase of this hash */
} cue_filter_set;

/* tables must outlive f; past eight, tables are not asked. */
void cue_filter_set_init(cue_filter_set *f, const cue_table *tables, int count);

/* The least k such that t contains a phrase of f->tables[k]; -1 if none. The same as
** asking cue_contains() of each table in turn. */
int cue_contains_first(const cue_text *t, const cue_filter_set *f);

/* Can a phrase of the table start with the (folded) code point c? A test to make before
** loading a text. */
int cue_may_start(uint32_t c, cue_table table);

/* 1 if t contains the code point c. */
int cue_has_char(const cue_text *t, uint32_t c);

/* A date line of a title block: ——2024年3月2日在…会议上, (2024年1月9日在…会议上), or
** without the dash when it ends with 会议上/会上, with redacted years (～年, ×年) allowed. Returns 2 for a whole date line, 1 for one cut
** before its end (the rest is on the next line), 0 for none. Fills *year, *month, *day
** (0 when redacted). */
int cue_date_line(const cue_text *t, int *year, int *month, int *day);

/* A speaker line: 区长  林晓川, 代市长 王某 (an office, spaces, a name of 2–4 characters).
** t must be loaded with keep_spaces. */
int cue_speaker_line(const cue_text *t);

/* The first year written in t as four digits and 年 (某区2024年政府工作报告); 0 if none. */
int cue_year(const cue_text *t);

#endif
