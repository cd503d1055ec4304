/*
** The statement parser of targets.h.
**
** Per sentence: the quantities the scanner finds are the candidate figures. A figure that
** is a year, a bare number, inside brackets, the start of 由X增加到Y, part of a comparison
** base (比…42亿元的目标) or a modifier of the noun after it (1000万元以上项目) states
** nothing. The others are grouped (5%和6.5%, ×吨、×吨以内 share one verb) and each group is
** read backwards: verb, adverbs, time words and years, then the subject up to the start of
** the clause. The subject splits into indicators at 、和及与; each is looked up in the
** catalogue by its end (the longest form that ends it), or kept as written when it ends in
** an indicator noun (…率, …比重). Rows pair indicators and figures.
**
** Kind and year: section role first (review → achievement; targets, tasks, outlook →
** target), then time cues of clause, sentence, paragraph, list and section titles, then
** the words of the clause; the report's year comes from the caller, else its date line,
** title, target-list opener, section titles or plan phrases (see report_context()).
*/
#include "targets.h"

#include "byteset.h"
#include "chars.h"
#include "mem.h"
#include "outline.h"
#include "period.h"
#include "sentence.h"
#include "utf8.h"
#include "wordtrie.h"

#include <stdlib.h>
#include <string.h>

const char *target_kind_name(target_kind kind)
{
  switch (kind) {
  case TARGET_KIND_TARGET: return "target";
  case TARGET_KIND_ACHIEVEMENT: return "achievement";
  case TARGET_KIND_PARAMETER: return "parameter";
  }
  return NULL;
}

/* ---- walking text ---------------------------------------------------------------- */

/* Bytes a clause may span, looking back from its figure (about 100 characters): longer
** runs without punctuation are no clause of a statement, and the bound keeps the parse
** linear on text built to defeat it. */
#define CLAUSE_MAX 300

#define CH_COMMA 0xFF0C     /* ， */
#define CH_SEMI 0xFF1B      /* ； */
#define CH_COLON 0xFF1A     /* ： */
#define CH_PERIOD 0x3002    /* 。 */
#define CH_LQUOTE 0x201C    /* “ */
#define CH_RQUOTE 0x201D    /* ” */

/* Spaces, zero-width characters and the line ends of hard wraps: nothing to a clause. */
static int is_blank(uint32_t c)
{
  return char_fold(c) == ' ' || char_is_ignorable(c) || char_is_newline(c);
}

/* Ends a clause: ，；：。！？ in either width. */
static int is_clause_end(uint32_t c)
{
  c = char_fold(c);
  return c == ',' || c == ';' || c == ':' || c == CH_PERIOD || c == '!' || c == '?' ||
         c == CH_COMMA || c == CH_SEMI || c == CH_COLON;
}

static int is_open_bracket(uint32_t c)
{
  return char_fold(c) == '(';
}

static int is_close_bracket(uint32_t c)
{
  return char_fold(c) == ')';
}

/* The code point at pos (< hi); *next is the offset after it. */
static uint32_t char_at(const unsigned char *s, size_t hi, size_t pos, size_t *next)
{
  *next = pos;
  return utf8_next(s, hi, next);
}

/* The punctuation mark (folded: ，→ ',') whose last byte is pos - 1 and that starts at or
** after lo: ASCII, a full-width form of EF BC 80..BF (！，：；（）？) or 。; else 0. A
** byte-wise walk may ask at any byte: EF and E3 only ever lead a character. */
static uint32_t mark_before(const unsigned char *s, size_t lo, size_t pos)
{
  unsigned char c = s[pos - 1];
  if (c < 0x80) return char_fold(c);
  if (pos < lo + 3) return 0;
  if (s[pos - 3] == 0xEF && s[pos - 2] == 0xBC) return char_fold(0xFF00 + (c & 0x3F));
  return s[pos - 3] == 0xE3 && s[pos - 2] == 0x80 && c == 0x82 ? CH_PERIOD : 0;
}

/* The same for the mark that starts at byte pos (< hi). */
static uint32_t mark_at(const unsigned char *s, size_t hi, size_t pos)
{
  unsigned char c = s[pos];
  if (c < 0x80) return char_fold(c);
  if (pos + 3 > hi) return 0;
  if (c == 0xEF && s[pos + 1] == 0xBC) return char_fold(0xFF00 + (s[pos + 2] & 0x3F));
  return c == 0xE3 && s[pos + 1] == 0x80 && s[pos + 2] == 0x82 ? CH_PERIOD : 0;
}

/* The first bytes of clause ends: ! , : ; ? and the lead bytes of ！，：；？ (EF) and 。 (E3). */
#define CLAUSE_END_LEADS(X, a)                        \
  X(a, 0, NIBBLE(0x2), NIBBLE(0x1) | NIBBLE(0xC))     \
  X(a, 1, NIBBLE(0x3), NIBBLE(0xA) | NIBBLE(0xB) | NIBBLE(0xF)) \
  X(a, 2, NIBBLE(0xE), NIBBLE(0x3) | NIBBLE(0xF))
static const byteset clause_end_leads = BYTESET(CLAUSE_END_LEADS);

/* Where the first clause end (，；：。！？) in s[pos..to) starts, or to; hi bounds the
** text. The search stops only at bytes that may start one. */
static size_t clause_end_from(const unsigned char *s, size_t hi, size_t pos, size_t to)
{
  byteset_cursor stops; /* a stop at each ， and 、: 64 bytes tested at once */
  byteset_cursor_init(&stops, &clause_end_leads, s, to, hi);
  for (pos = byteset_next(&stops, pos); pos < to; pos = byteset_next(&stops, pos + 1)) {
    if (is_clause_end(mark_at(s, hi, pos))) return pos;
  }
  return to;
}

/* The code point before pos (> lo); *at is its offset. */
static uint32_t char_before(const unsigned char *s, size_t pos, size_t *at)
{
  *at = utf8_prev(s, pos);
  size_t k = *at;
  return utf8_next(s, pos, &k);
}

/* Past spaces and line ends (char_peek steps over zero-width characters itself). */
static size_t skip_blank_back(const unsigned char *s, size_t lo, size_t pos)
{
  if (pos >= lo + 3 && s[pos - 3] >= 0xE4 && s[pos - 3] <= 0xE9) return pos; /* an ideograph */
  while (pos > lo) {
    size_t at;
    uint32_t c = char_peek_back(s, lo, pos, &at);
    if (c != ' ' && !char_is_newline(c)) return c ? pos : lo;
    pos = at;
  }
  return pos;
}

/* Punctuation that may open a clause or list item without meaning anything: 、 —— “ ·. */
static int is_lead_punct(uint32_t c)
{
  uint32_t f = char_fold(c);
  return !char_is_han(c) && !(f >= '0' && f <= '9') && !(f >= 'a' && f <= 'z') &&
         !(f >= 'A' && f <= 'Z') && !is_open_bracket(c) && f != '%' && !is_blank(c);
}

static size_t skip_blank(const unsigned char *s, size_t hi, size_t pos)
{
  if (pos + 3 <= hi && s[pos] >= 0xE4 && s[pos] <= 0xE9) return pos; /* an ideograph */
  while (pos < hi) {
    size_t at, next;
    uint32_t c = char_peek(s, hi, pos, &at, &next);
    if (c != ' ' && !char_is_newline(c)) return at;
    pos = next;
  }
  return pos;
}

/* Does the text at pos (before pos) read word? See word_at() and word_before(). */
static size_t starts_with(const unsigned char *s, size_t hi, size_t pos, const char *word)
{
  if (word_at_fails(s, hi, pos, (unsigned char)word[0])) return 0; /* before its strlen */
  return word_at(s, hi, pos, word, strlen(word));
}

static size_t ends_with(const unsigned char *s, size_t lo, size_t pos, const char *word)
{
  return word_before(s, lo, pos, word, strlen(word));
}

#define STARTS_WITH WORD_AT
#define ENDS_WITH WORD_BEFORE

/* Appends s[a..b) to buf (NUL-terminated, cap bytes), dropping what is blank; whole
** characters only. */
static void text_append(char *buf, size_t cap, const unsigned char *s, size_t a, size_t b)
{
  size_t len = strlen(buf);
  /* Most spans hold no blank (no ASCII space or control, no E2/EF/C2/E3 80 80 forms):
  ** copied at once when they fit. */
  int plain = b - a < cap - len;
  for (size_t k = a; k < b && plain; k++) {
    unsigned char c = s[k];
    if (c >= 0xE4 && c <= 0xE9 && k + 3 <= b) { /* an ideograph: its continuation bytes are plain */
      k += 2;
      continue;
    }
    plain = c > ' ' && c != 0xE2 && c != 0xEF && c != 0xC2 && !(c == 0xE3 && s[k + 1] == 0x80 && s[k + 2] == 0x80);
  }
  if (plain) {
    memcpy(buf + len, s + a, b - a);
    buf[len + b - a] = 0;
    return;
  }
  while (a < b) {
    size_t next;
    uint32_t c = char_at(s, b, a, &next);
    size_t k = next - a;
    if (!is_blank(c) && len + k < cap) {
      memcpy(buf + len, s + a, k);
      len += k;
    }
    a = next;
  }
  buf[len] = 0;
}

static void text_append_str(char *buf, size_t cap, const char *z)
{
  text_append(buf, cap, (const unsigned char *)z, 0, strlen(z));
}

static size_t count_chars(const unsigned char *s, size_t a, size_t b)
{
  return b > a ? utf8_length(s + a, b - a) : 0;
}

/* ---- time: when a statement speaks of ----------------------------------------------- */

typedef enum when_kind {
  WHEN_NONE = 0,
  WHEN_SINGLE,    /* one year: the report's (targets) or the one before (results) */
  WHEN_PAST_TERM, /* the five years before the report's */
  WHEN_NEXT_TERM, /* the five years from the report's */
  WHEN_PLAN,      /* a named plan: start..end */
  WHEN_UNTIL      /* up to a year: 到2035年 */
} when_kind;

typedef struct when {
  when_kind kind;
  int past;       /* 1: results, -1: plans, 0: the words do not say */
  int start, end; /* WHEN_PLAN: its years; WHEN_UNTIL: end */
} when;

/* ---- per-report context ------------------------------------------------------------ */

typedef struct figure figure;

typedef struct report_ctx {
  int number;
  int year;           /* the year it sets targets for; 0 unknown */
  int year_end;       /* given in November or December: 今年 is the year under review */
  size_t start, limit;
  size_t first_plan;  /* where its targets begin (a targets/tasks/outlook section or an
                         opener): before it a statement without cues is a result */
} report_ctx;

/* ---- the parser --------------------------------------------------------------------- */

struct figure {
  quantity q;
  size_t lo, hi;  /* with the qualifiers before and after */
  size_t clause;  /* where its clause starts (clause_start of lo) */
  int eligible;
  int used;       /* taken as a stretch value */
};

#define MAX_ITEMS 8

typedef struct item {
  char text[TARGET_TEXT_MAX];
  const indicator_form *form;
  int indicator;         /* known, or ends in an indicator noun */
  size_t start, end;     /* as written */
  int split;             /* 城乡…: stands for two populations */
  const char *parts[2];
  size_t split_end;      /* where the rest of the form starts after 城乡 */
} item;

typedef struct subject {
  item items[MAX_ITEMS];
  int count;
  size_t start, end;
} subject;

typedef struct title_memo {
  when when;
  unsigned stamp; /* the report_stamp it was read in; 0: never */
} title_memo;

#define TARGETS_BATCH 32 /* sentences scanned for figures before the first of them is read */

typedef struct batch_entry {
  const sentence *sent;
  size_t first, count; /* its figures in batch_figs */
} batch_entry;

struct targets_parser {
  const unsigned char *s;
  size_t n;
  int year_arg;
  const indicator_lexicon *ind;
  const clause_lexicon *words;
  outline *o;              /* parsed with its sentences */
  int next_sentence;       /* the id of the sentence to read next */
  report_ctx report;
  unsigned report_stamp;  /* counts report_context() calls: title memos of older ones are stale */
  title_memo *titles;     /* by section id, allocated on first use */
  int titles_nomem;
  int cached_section;     /* when_of_section() of this section ... */
  when cached_when;       /* ... is this */
  int section_cursor;     /* the first section of the reports not yet entered */
  /* time frames, innermost last */
  when para_when, list_when;
  int para_ready;          /* para_when is known; else it is read from para_start.. */
  size_t para_start, para_end; /* ... the paragraph's first sentence */
  int sent_ready;          /* sent_when is known */
  int list_open;          /* a target list opened by 主要预期目标是： runs on */
  int prev_para_colon;    /* the previous paragraph ended with ： */
  int prev_para_semi;     /* ... with ； */
  int sent_opens;         /* the current sentence opens a paragraph */
  size_t opener_from;     /* the report's first opener at or after this offset ... */
  size_t opener_at;       /* ... is here (SIZE_MAX: none before its limit) */
  /* the current sentence */
  sentence sent;
  const outline_section *section;
  when sent_when;
  when frame_when;        /* a clause of the sentence that only sets a time: 到2027年， */
  size_t frame_scanned;   /* clauses before this offset were looked at */
  int sent_base_year;     /* 与1998年相比，…: the base year the sentence opens with ... */
  size_t sent_base_end;   /* ... for the figures after this offset */
  figure *figs;            /* the figures of the sentence (a slice of batch_figs) */
  size_t n_figs;
  /* Sentences are scanned for figures a batch at a time, then read one by one: the code
  ** of the scanner and that of the reader are each large, and taking turns sentence by
  ** sentence they kept evicting each other from the instruction cache. */
  figure *batch_figs;
  size_t n_batch_figs, cap_batch_figs;
  batch_entry batch[TARGETS_BATCH];
  int batch_count, batch_next;
  subject current;        /* the indicator of the clauses so far, for clauses without one */
  item history[4];        /* the last single indicators, for 分别 without one */
  int n_history;
  /* rows of the sentence, handed out in order */
  target_row *rows;
  size_t n_rows, cap_rows, next_row;
  size_t char_pos, char_count; /* a byte offset whose code-point offset is known */
  int done;
  stop_fn stop;            /* asked between sentences (stop.h); may be NULL */
  void *stop_ctx;
  size_t asked;            /* where it was last asked */
};

static size_t char_offset(targets_parser *p, size_t pos)
{
  if (pos < p->char_pos) {
    p->char_pos = 0;
    p->char_count = 0;
  }
  p->char_count += count_chars(p->s, p->char_pos, pos);
  p->char_pos = pos;
  return p->char_count;
}

/* ---- the report's year -------------------------------------------------------------- */

/* The first occurrence of word in s[a..b). The search keys on the word's last byte: in
** CJK text the lead bytes (E4..E9) are everywhere, continuation bytes far less so. */
static const char *memfind(const unsigned char *s, size_t a, size_t b, const char *word)
{
  size_t k = strlen(word);
  if (k == 0 || b < a + k) return NULL;
  unsigned char last = (unsigned char)word[k - 1];
  for (size_t pos = a + k - 1; pos < b;) {
    const unsigned char *hit = memchr(s + pos, last, b - pos);
    if (hit == NULL) return NULL;
    size_t at = (size_t)(hit - s) + 1 - k;
    if (s[at] == (unsigned char)word[0] && memcmp(s + at, word, k) == 0)
      return (const char *)(s + at);
    pos = (size_t)(hit - s) + 1;
  }
  return NULL;
}

/* The first year mention (2024年, not redacted) in s[a..b), or 0. */
static int first_year(const unsigned char *s, size_t n, size_t a, size_t b, size_t *at)
{
  quantity_scanner sc;
  quantity q;
  if (memfind(s, a, b, "年") == NULL) return 0; /* every year's unit is written with 年 */
  quantity_scanner_init(&sc, s, n, a, b, 0);
  while (quantity_next(&sc, &q)) {
    int64_t y;
    if (q.kind == QUANTITY_YEAR && !q.redacted && numeral_as_int64(&q.value, &y) &&
        y >= 1949 && y <= 2100) {
      if (at) *at = q.span.start;
      return (int)y;
    }
  }
  return 0;
}

/* Does an opener of a target list (主要预期目标是, 预期目标) end at the colon at byte
** colon, no earlier than lo? */
static int opener_before(const targets_parser *p, size_t lo, size_t colon)
{
  size_t at = skip_blank_back(p->s, lo, colon), start, k;
  if ((k = ENDS_WITH(p->s, lo, at, "是")) != SIZE_MAX) at = skip_blank_back(p->s, lo, k);
  return clause_word_ending(p->words, CLAUSE_OPENER, p->s, lo, at, &start) != NULL;
}

/* The first colon (： or :) in s[a..b) that an opener stands before, the opener starting
** no earlier than floor (SIZE_MAX when none). */
static size_t next_opener_from(const targets_parser *p, size_t floor, size_t a, size_t b)
{
  static const unsigned char wide_colon[3] = {0xEF, 0xBC, 0x9A}; /* ： */
  const unsigned char *s = p->s;
  for (size_t k = a; k < b;) {
    size_t at = utf8_find3(s, k, b, wide_colon, ':');
    if (at >= b) break;
    k = at + (s[at] == ':' ? 1 : 3);
    if (opener_before(p, at > floor + 60 ? at - 60 : floor, at)) return at;
  }
  return SIZE_MAX;
}

static size_t next_opener(const targets_parser *p, size_t a, size_t b)
{
  return next_opener_from(p, a, a, b);
}

/* Where the report's first target list opens, and the year its sentence names
** (2024年全区经济社会发展的主要预期目标是：), 0 when none. */
static size_t find_opener(targets_parser *p, size_t a, size_t b, int *year)
{
  size_t at = next_opener(p, a, b);
  if (year) {
    const sentence *sent = at != SIZE_MAX ? sentence_at(p->o, at) : NULL;
    *year = sent ? first_year(p->s, p->n, sent->start, at, NULL) : 0;
  }
  return at;
}

/* The year a report sets targets for, when the caller did not say (in this order): its
** date line (a year-end report sets them for the next year), a year opening its title,
** a year in the sentence that opens its target list, in the title of a targets or tasks
** section, one after the year of a review title (2024年工作回顾), a plan phrase
** (今年是“十四五”开局之年). Also where the report's plans begin. */
static void report_context(targets_parser *p, int number)
{
  report_ctx *r = &p->report;
  const outline_report *rep = outline_report_get(p->o, number);
  p->report_stamp++; /* the titles' frames depend on the report's year */
  memset(r, 0, sizeof *r);
  r->number = number;
  r->start = rep ? rep->start : 0;
  r->limit = rep ? rep->limit : p->n;
  if (rep && rep->year && rep->month >= 11) r->year_end = 1;
  /* The years of the opener and of titles count only when the caller and the date line
  ** or title do not give it: not read otherwise. */
  int need_years = !p->year_arg && !(rep && (rep->year || rep->title_year));
  int opener_year = 0;
  size_t opener = find_opener(p, r->start, r->limit, need_years ? &opener_year : NULL);
  p->opener_from = r->start;
  p->opener_at = opener;
  int title_year = 0, review_year = 0;
  r->first_plan = opener;
  /* Reports come in document order: each section is looked at once. */
  for (; p->section_cursor <= outline_count(p->o); p->section_cursor++) {
    const outline_section *sec = outline_get(p->o, p->section_cursor);
    if (sec->report < number) continue;
    if (sec->report > number) break;
    int plans = sec->role == OUTLINE_ROLE_TARGETS || sec->role == OUTLINE_ROLE_TASKS ||
                sec->role == OUTLINE_ROLE_OUTLOOK;
    if (plans && sec->start < r->first_plan) r->first_plan = sec->start;
    if (sec->title_end <= sec->title_start || !need_years) continue;
    if ((sec->role == OUTLINE_ROLE_TARGETS || sec->role == OUTLINE_ROLE_TASKS) && !title_year)
      title_year = first_year(p->s, p->n, sec->title_start, sec->title_end, NULL);
    if (sec->role == OUTLINE_ROLE_REVIEW && !review_year) {
      int y = first_year(p->s, p->n, sec->title_start, sec->title_end, NULL);
      if (y) review_year = y + 1;
    }
  }
  if (p->year_arg) r->year = p->year_arg;
  else if (rep && rep->year) r->year = rep->year + r->year_end;
  else if (rep && rep->title_year) r->year = rep->title_year;
  else if (opener_year) r->year = opener_year;
  else if (title_year) r->year = title_year;
  else if (review_year) r->year = review_year;
  else {
    /* 今年是“十四五”规划开局之年: the report's sentences that open with a time word. */
    for (int id = p->sent.id; !r->year; id++) {
      const sentence *sent = sentence_get(p->o, id);
      if (sent == NULL || sent->start >= r->limit) break;
      size_t at = skip_blank(p->s, sent->end, sent->start), w;
      if (clause_time_at(p->words, p->s, sent->end, at, &w) != TIME_NONE ||
          STARTS_WITH(p->s, sent->end, at, "刚刚过去"))
        r->year = period_plan_phrase_year(p->s, at, sent->end);
    }
  }
}

/* A Chinese digit 一 … 九, or 两 or 十. */
static int is_chinese_digit(uint32_t c)
{
  static const uint32_t digits[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                    0x4E03, 0x516B, 0x4E5D, 0x4E24, 0x5341};
  for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++) {
    if (c == digits[k]) return 1;
  }
  return 0;
}

/* ---- time cues ------------------------------------------------------------------------ */

static const figure *year_starting_at(const targets_parser *p, size_t pos);
static int year_value(const figure *f);

/* What a time word means for this report. */
static when when_of_word(const targets_parser *p, time_word w)
{
  when t = {WHEN_NONE, 0, 0, 0};
  int year_end = p->report.year_end;
  switch (w) {
  case TIME_THIS_YEAR:
    t.kind = WHEN_SINGLE;
    t.past = year_end ? 1 : -1;
    break;
  case TIME_NEXT_YEAR:
    t.kind = WHEN_SINGLE;
    t.past = -1;
    break;
  case TIME_LAST_YEAR:
    t.kind = WHEN_SINGLE;
    t.past = 1;
    break;
  case TIME_PAST_TERM:
    t.kind = WHEN_PAST_TERM;
    t.past = 1;
    break;
  case TIME_NEXT_TERM:
    t.kind = WHEN_NEXT_TERM;
    t.past = -1;
    break;
  default:
    break;
  }
  return t;
}

/* A named plan: past when it ended before the report's year, a plan when it starts at
** or after it. */
static when when_of_plan(const targets_parser *p, int start, int end)
{
  when t = {WHEN_PLAN, 0, start, end};
  if (p->report.year) t.past = end < p->report.year ? 1 : start >= p->report.year ? -1 : 0;
  return t;
}

/* The time cue that opens s[pos..hi): a time word (过去五年，今年), a plan (“十三五”时期),
** a year (2020年是…, 到2025年, 展望2035年), after an address (各位代表，) and lead words. */
static when when_at(const targets_parser *p, size_t pos, size_t hi, int years_of_figures)
{
  when t = {WHEN_NONE, 0, 0, 0};
  const unsigned char *s = p->s;
  size_t end, next;
  for (int step = 0; step < 4; step++) {
    pos = skip_blank(s, hi, pos);
    if (pos >= hi) break;
    uint32_t c = char_fold(char_at(s, hi, pos, &next));
    if (c == 0x5404 && (end = STARTS_WITH(s, hi, pos, "各位代表"))) { /* 各 */
      pos = skip_blank(s, hi, end);
      if (pos < hi && is_clause_end(char_at(s, hi, pos, &next))) pos = next;
      continue;
    }
    time_word w = clause_time_at(p->words, s, hi, pos, &end);
    if (w != TIME_NONE && w != TIME_ANNUAL && w != TIME_SAME_PERIOD) return when_of_word(p, w);
    if (c == 0x521A && (STARTS_WITH(s, hi, pos, "刚刚过去的") || STARTS_WITH(s, hi, pos, "刚过去的"))) {
      t.kind = WHEN_SINGLE; /* 刚 */
      t.past = 1;
      return t;
    }
    size_t at, plan_end;
    int start_year, end_year;
    /* “十三五”时期: only a quote or a numeral can open a plan's name */
    if ((c == CH_LQUOTE || c == '"' || c == 0x5341 || is_chinese_digit(c)) &&
        period_find_plan(s, pos, pos + 12 < hi ? pos + 12 : hi, &at, &plan_end, &start_year,
                         &end_year) &&
        at <= pos + 3) {
      return when_of_plan(p, start_year, end_year);
    }
    /* A year: to the year (到2035年, 展望2035年), or one year (2020年是…, 2024年，). */
    size_t lead = pos;
    int until = 0;
    if ((end = STARTS_WITH(s, hi, pos, "到")) || (end = STARTS_WITH(s, hi, pos, "至")) ||
        (end = STARTS_WITH(s, hi, pos, "展望"))) {
      lead = end;
      until = 1;
    }
    int y = 0;
    if (lead != pos || char_is_digit(c) || is_chinese_digit(c) || c == 0x3007) {
      lead = skip_blank(s, hi, lead);
      if (years_of_figures) {
        const figure *yf = year_starting_at(p, lead);
        y = yf && yf->hi <= hi ? year_value(yf) : 0;
      } else {
        size_t year_at;
        y = first_year(s, p->n, lead, lead + 20 < hi ? lead + 20 : hi, &year_at);
        if (year_at != lead) y = 0;
      }
    }
    if (y) {
      t.kind = until ? WHEN_UNTIL : WHEN_SINGLE;
      t.end = until ? y : 0;
      t.past = until ? -1 : 0;
      return t;
    }
    /* 今年全区…, 力争五年内…: look again after a lead word. */
    if (clause_word_at(p->words, CLAUSE_LEAD, s, hi, pos, &end)) {
      pos = end;
      continue;
    }
    break;
  }
  return t;
}

/* The cue of a section's title, anywhere in it: a plan, a term (五年的回顾, 今后五年) or
** a year (2024年工作回顾). A title that names both a plan and a year (“十三五”时期和2020年
** 工作回顾) covers both and says nothing. */
static when when_of_title(const targets_parser *p, const outline_section *sec)
{
  when t = {WHEN_NONE, 0, 0, 0};
  /* The "titles" of leads and enumerations are sentences that speak of anything. */
  if (sec->title_end <= sec->title_start || sec->kind == OUTLINE_LEAD || sec->kind == OUTLINE_ENUM)
    return t;
  const unsigned char *s = p->s;
  size_t a = sec->title_start, b = sec->title_end, at, end;
  int start_year, end_year, cues = 0;
  /* A plan is the title's time when it opens the title or is followed by 时期/期间
  ** (“十四五”时期主要目标), not when it is an object (完成“十五”计划). */
  if (period_find_plan(s, a, b, &at, &end, &start_year, &end_year)) {
    size_t next, after = end;
    if (after < b && (char_at(s, b, after, &next) == CH_RQUOTE || char_at(s, b, after, &next) == '"'))
      after = next;
    if (at <= skip_blank(s, b, a) + 3 || STARTS_WITH(s, b, after, "时期") ||
        STARTS_WITH(s, b, after, "期间")) {
      t = when_of_plan(p, start_year, end_year);
      cues++;
    }
  }
  for (size_t pos = a; pos < b;) {
    time_word w = clause_time_at(p->words, s, b, pos, &end);
    if (w == TIME_PAST_TERM || w == TIME_NEXT_TERM || w == TIME_THIS_YEAR || w == TIME_LAST_YEAR) {
      t = when_of_word(p, w);
      cues++;
      break;
    }
    char_at(s, b, pos, &pos);
  }
  if (first_year(s, p->n, a, b, NULL)) {
    if (!cues) {
      t.kind = WHEN_SINGLE;
      t.past = 0;
    }
    cues++;
  }
  if (cues > 1) t.kind = WHEN_NONE;
  return t;
}

/* The default of a role: review → the year before (results), targets and tasks → the
** report's year, outlook → the five years from it. */
static when when_of_role(outline_role role)
{
  when t = {WHEN_NONE, 0, 0, 0};
  switch (role) {
  case OUTLINE_ROLE_REVIEW: t.kind = WHEN_SINGLE; t.past = 1; break;
  case OUTLINE_ROLE_TARGETS:
  case OUTLINE_ROLE_TASKS: t.kind = WHEN_SINGLE; t.past = -1; break;
  case OUTLINE_ROLE_OUTLOOK: t.kind = WHEN_NEXT_TERM; t.past = -1; break;
  default: break;
  }
  return t;
}

/* when_of_title(), read once per section and report context: the sections of a report
** share the titles of their parents. Without memory for the table it is read each time. */
static when title_when(targets_parser *p, const outline_section *x)
{
  if (p->titles == NULL && !p->titles_nomem) {
    size_t count = (size_t)outline_count(p->o) + 1;
    p->titles = gwr_mem_alloc(count * sizeof *p->titles);
    if (p->titles) memset(p->titles, 0, count * sizeof *p->titles);
    else p->titles_nomem = 1;
  }
  if (p->titles == NULL || x->id < 1 || x->id > outline_count(p->o)) return when_of_title(p, x);
  title_memo *m = &p->titles[x->id];
  if (m->stamp != p->report_stamp) {
    m->when = when_of_title(p, x);
    m->stamp = p->report_stamp;
  }
  return m->when;
}

/* The section's frame: the nearest title up the tree that has a cue, else the role's. */
static when section_frame(targets_parser *p, const outline_section *sec)
{
  when t = {WHEN_NONE, 0, 0, 0};
  for (const outline_section *x = sec; x; x = x->parent ? outline_get(p->o, x->parent) : NULL) {
    if (x->kind == OUTLINE_REPORT) break;
    t = title_when(p, x);
    if (t.kind != WHEN_NONE) return t;
  }
  return sec ? when_of_role(sec->role) : t;
}

/* section_frame(), remembered for the sentences of one section. */
static when when_of_section(targets_parser *p, const outline_section *sec)
{
  int id = sec ? sec->id : 0;
  if (p->cached_section != id + 1) {
    p->cached_when = section_frame(p, sec);
    p->cached_section = id + 1;
  }
  return p->cached_when;
}

/* ---- figures of a sentence ---------------------------------------------------------- */

/* Room for one more item in an array of count items of size bytes that grows by
** doubling from first: the array (moved, perhaps), or NULL when out of memory (it stays). */
static void *array_room(void *items, size_t count, size_t *cap, size_t size, size_t first)
{
  if (count < *cap) return items;
  size_t want = *cap ? *cap * 2 : first;
  if (want > SIZE_MAX / size) return NULL;
  void *grown = gwr_mem_realloc(items, want * size);
  if (grown) *cap = want;
  return grown;
}

/* The slot for the next figure of the batch (the scanner fills it in place), or NULL when
** out of memory. */
static figure *figures_slot(targets_parser *p)
{
  figure *figs = array_room(p->batch_figs, p->n_batch_figs, &p->cap_batch_figs, sizeof *figs, 128);
  if (figs == NULL) return NULL;
  p->batch_figs = figs;
  return &figs[p->n_batch_figs];
}

/* The first figure whose lo (or, by_hi, whose hi) is at or after pos: figures are in
** document order and never overlap, so both are sorted. */
static size_t figure_search_in(const targets_parser *p, size_t count, size_t pos, int by_hi)
{
  if (count == 0) return 0;
  /* halves without branches on the keys (a sentence's few figures make them unpredictable) */
  size_t base = 0, n = count;
  while (n > 1) {
    size_t half = n / 2;
    const figure *f = &p->figs[base + half - 1];
    base += ((by_hi ? f->hi : f->lo) < pos) ? half : 0;
    n -= half;
  }
  const figure *f = &p->figs[base];
  return base + ((by_hi ? f->hi : f->lo) < pos);
}

static size_t figure_search(const targets_parser *p, size_t pos, int by_hi)
{
  return figure_search_in(p, p->n_figs, pos, by_hi);
}

/* Is the figure a modifier of the noun after it (1000万元以上项目)? Text may follow a
** statement's figure only through the words of CLAUSE_FOLLOWER. */
static int figure_is_attributive(const targets_parser *p, const figure *f, size_t b)
{
  size_t pos = skip_blank(p->s, b, f->hi), next;
  if (pos >= b) return 0;
  uint32_t c = char_at(p->s, b, pos, &next);
  size_t end;
  return char_is_han(c) && !clause_word_at(p->words, CLAUSE_FOLLOWER, p->s, b, pos, &end);
}

/* The start of the clause that holds pos: after the last ，；：。 before it outside
** brackets (an unclosed bracket starts it too), not before lo. */
static size_t clause_start(const targets_parser *p, size_t lo, size_t pos)
{
  int depth = 0;
  if (pos > lo + CLAUSE_MAX) { /* no clause is that long: stop the walk (linear time) */
    lo = pos - CLAUSE_MAX;
    while ((p->s[lo] & 0xC0) == 0x80) lo++;
  }
  while (pos > lo) { /* byte by byte (mark_before() finds marks at their ends) ... */
    if (pos >= lo + 3 && p->s[pos - 3] >= 0xE4 && p->s[pos - 3] <= 0xE9) {
      pos -= 3; /* ... but an ideograph at once */
      continue;
    }
    uint32_t c = mark_before(p->s, lo, pos);
    if (is_close_bracket(c)) depth++;
    else if (is_open_bracket(c)) {
      if (depth == 0) return pos;
      depth--;
    } else if (depth == 0 && is_clause_end(c)) {
      return pos;
    }
    pos--;
  }
  return lo;
}

static const figure *figure_starting_at(const targets_parser *p, size_t pos)
{
  size_t i = figure_search(p, pos, 0);
  if (i < p->n_figs && p->figs[i].lo == pos) return &p->figs[i];
  if (i > 0 && p->figs[i - 1].q.span.start == pos) return &p->figs[i - 1]; /* after 近, 约 */
  return NULL;
}

static const figure *figure_ending_at(const targets_parser *p, size_t pos)
{
  size_t i = figure_search(p, pos, 1);
  return i < p->n_figs && p->figs[i].hi == pos ? &p->figs[i] : NULL;
}

/* The year figure (2024年) that ends at pos, if any. */
static const figure *year_ending_at(const targets_parser *p, size_t pos)
{
  size_t i = figure_search(p, pos > 3 ? pos - 3 : 0, 1);
  for (; i < p->n_figs && p->figs[i].lo < pos; i++) {
    const figure *f = &p->figs[i];
    if (f->q.kind == QUANTITY_YEAR && !f->q.redacted) {
      size_t end = f->q.span.end, k;
      if ((k = STARTS_WITH(p->s, pos, end, "年"))) end = k;
      if (end == pos || f->hi == pos) return f;
    }
  }
  return NULL;
}

static const figure *year_starting_at(const targets_parser *p, size_t pos)
{
  const figure *f = figure_starting_at(p, pos);
  return f && f->q.kind == QUANTITY_YEAR && !f->q.redacted && f->lo == pos ? f : NULL;
}

static int year_value(const figure *f)
{
  int64_t y;
  return numeral_as_int64(&f->q.value, &y) && y >= 1000 && y <= 9999 ? (int)y : 0;
}

/* Steps back over a year label of a figure (2007年的6580亿元, 2020年末的): returns the
** position before it, or pos. */
static size_t skip_year_label_back(const targets_parser *p, size_t floor, size_t pos)
{
  size_t k = ENDS_WITH(p->s, floor, pos, "的");
  if (k == SIZE_MAX) return pos;
  k = skip_blank_back(p->s, floor, k);
  size_t j;
  if ((j = ENDS_WITH(p->s, floor, k, "底")) != SIZE_MAX || (j = ENDS_WITH(p->s, floor, k, "末")) != SIZE_MAX)
    k = j;
  const figure *y = year_ending_at(p, k);
  return y && y->lo >= floor ? skip_blank_back(p->s, floor, y->lo) : pos;
}

/* Is the figure a doubling (翻一番, 翻了两番): a figure that is its own verb? */
static int figure_is_doubling(const targets_parser *p, const quantity *q)
{
  return q->kind == QUANTITY_MULTIPLE && STARTS_WITH(p->s, q->span.end, q->span.start, "翻");
}

/* The brackets ( ) （ ） of a sentence in order, opening and closing ones searched for
** apart (most sentences have none, and the searches do not stop at each ，): the next of
** each is kept, so the walk stays linear. */
typedef struct bracket_cursor {
  const unsigned char *s;
  size_t b;
  size_t next[2]; /* the next （ or (, and ） or ), at or after the cursor; b when none */
} bracket_cursor;

static size_t bracket_search(const bracket_cursor *c, int closing, size_t from)
{
  static const unsigned char wide[2][3] = {{0xEF, 0xBC, 0x88}, {0xEF, 0xBC, 0x89}};
  return from < c->b ? utf8_find3(c->s, from, c->b, wide[closing], "()"[closing]) : c->b;
}

static void bracket_cursor_init(bracket_cursor *c, const unsigned char *s, size_t a, size_t b)
{
  c->s = s;
  c->b = b;
  c->next[0] = bracket_search(c, 0, a);
  c->next[1] = bracket_search(c, 1, a);
}

/* The next bracket: its offset (b when none) and in *open whether it opens. */
static size_t bracket_next(bracket_cursor *c, int *open)
{
  int k = c->next[1] < c->next[0];
  size_t at = c->next[k];
  *open = k == 0;
  if (at < c->b) c->next[k] = bracket_search(c, k, at + 1);
  return at;
}

/* Marks the figures that state nothing. */
static void figures_judge(targets_parser *p, size_t a, size_t b)
{
  if (p->n_figs == 0) return;
  int depth = 0, open = 0;
  bracket_cursor brackets; /* only those before the last figure count */
  bracket_cursor_init(&brackets, p->s, a, p->figs[p->n_figs - 1].lo);
  size_t bracket = bracket_next(&brackets, &open);
  for (size_t i = 0; i < p->n_figs; i++) {
    figure *f = &p->figs[i];
    /* the bracket depth at the figure */
    for (; bracket < f->lo; bracket = bracket_next(&brackets, &open)) {
      if (open) depth++;
      else if (depth > 0) depth--;
    }
    quantity *q = &f->q;
    f->eligible = q->kind != QUANTITY_YEAR && q->kind != QUANTITY_NONE &&
                  !(q->kind == QUANTITY_NUMBER && q->unit[0] == 0) && depth == 0 &&
                  !figure_is_attributive(p, f, b);
    if (!f->eligible) continue;
    /* 由4.64亿元增加到…, 由2002年的3120亿元: the figure after 由 or 从 is where a change
    ** started. */
    size_t before = skip_year_label_back(p, a, skip_blank_back(p->s, a, f->lo)), start;
    const clause_word *w = clause_word_ending(p->words, CLAUSE_ADVERB, p->s, a, before, &start);
    if (w && (w->flags & WORD_FROM)) f->eligible = 0;
    /* 比“十五”计划末42亿元的目标: a figure inside a comparison base, no verb before it. */
    f->clause = clause_start(p, a, f->lo);
    size_t cs = skip_blank(p->s, f->lo, f->clause), end;
    const clause_word *cmp = clause_word_at(p->words, CLAUSE_COMPARE, p->s, f->lo, cs, &end);
    /* (比2007年翻了一番: the figure is its own verb) */
    if (cmp && !figure_is_doubling(p, q) &&
        (strcmp(cmp->word, "比") == 0 || strcmp(cmp->word, "较") == 0)) {
      size_t vs, ve;
      if (!clause_word_find(p->words, CLAUSE_VERB, p->s, end, f->lo, &vs, &ve)) f->eligible = 0;
    }
  }
}

/* ---- the predicate: what stands between a subject and its figure ---------------------- */

typedef struct predicate {
  target_direction direction;
  size_t verb_start, verb_end; /* as written; equal when there is no verb */
  unsigned flags;              /* WORD_* of its verb, adverbs and lead words */
  int compare;                 /* 是/为/相当于 … 的 N倍 */
  int plan;                    /* 按 …: a setting when 安排 follows */
  size_t plan_start;           /* where 按 (拟按) begins */
  int base_year, until_year;
  when clause_when;            /* 五年内, 今后五年 inside the clause */
  size_t clause_start;         /* where the clause begins */
  size_t subject_start, subject_end;
  int not_statement;           /* 比“十二五”末增加近80亿元: a difference from a past level */
  int plan_base;               /* 比“十五”期末: a plan as the base */
} predicate;

/* Words that stand before a year and give it its role (比2020年, 到2035年): stepped over. */
static const char *const year_markers[] = {"比", "较", "与", "同", "到", "至", "截至", "自", "从", "相较"};

/* Steps back over a year mention and the words around it: 较2024年, 与1998年相比,
** 到2025年. Returns the new position, or pos when there is none. */
static size_t read_year_back(targets_parser *p, size_t floor, size_t pos, predicate *pr)
{
  size_t at = pos, k;
  if ((k = ENDS_WITH(p->s, floor, at, "相比")) != SIZE_MAX) at = skip_blank_back(p->s, floor, k);
  const figure *f = year_ending_at(p, at);
  if (f == NULL || f->lo < floor) return pos;
  year_role role = period_year_role(p->s, floor, f->q.span.start, f->q.span.end, pos);
  if (role == YEAR_BASE) pr->base_year = year_value(f);
  else if (role == YEAR_END) pr->until_year = year_value(f);
  at = skip_blank_back(p->s, floor, f->lo);
  for (size_t m = 0; m < sizeof year_markers / sizeof year_markers[0]; m++) {
    if ((k = ends_with(p->s, floor, at, year_markers[m])) != SIZE_MAX) {
      at = k;
      break;
    }
  }
  return at;
}

/* Steps back over a plan as the comparison base (比“十五”期末, 较“十三五”末), like a
** year: its last year is the base year. Returns the new position, or pos when none. */
static size_t read_plan_base_back(targets_parser *p, size_t floor, size_t pos, predicate *pr)
{
  static const char *const ends[] = {"时期末", "期末", "计划末", "规划末", "末"};
  const unsigned char *s = p->s;
  size_t k = SIZE_MAX, at;
  for (size_t i = 0; i < sizeof ends / sizeof ends[0] && k == SIZE_MAX; i++)
    k = ends_with(s, floor, pos, ends[i]);
  if (k == SIZE_MAX) k = pos; /* (期末 may have gone as a time word already) */
  size_t quoted = k; /* the plan's end, after its closing quote (which makes 十五 a plan) */
  uint32_t c = k > floor ? char_before(s, k, &at) : 0;
  if (c == CH_RQUOTE || c == '"') k = at;
  if (k < floor + 3 || memcmp(s + k - 3, "五", 3) != 0) return pos; /* every plan's name ends in 五 */
  size_t lo = k > floor + 24 ? k - 24 : floor, plan_at, plan_end;
  while (lo < k && (s[lo] & 0xC0) == 0x80) lo++;
  int first, last;
  if (!period_find_plan(s, lo, quoted, &plan_at, &plan_end, &first, &last) || plan_end != k)
    return pos;
  c = plan_at > floor ? char_before(s, plan_at, &at) : 0;
  size_t m = c == CH_LQUOTE || c == '"' ? at : plan_at;
  if ((k = ENDS_WITH(s, floor, m, "比")) == SIZE_MAX &&
      (k = ENDS_WITH(s, floor, m, "较")) == SIZE_MAX)
    return pos;
  pr->base_year = last;
  pr->plan_base = 1;
  return k;
}

/* 涨幅在3%左右, 失业率在4.5%以内: a bare 在 states a level only right after a growth noun
** or a form of the catalogue; after other words (企业产值均在5000万元以上) it is no verb.
** Returns where the 在 starts, or SIZE_MAX. */
static size_t bare_zai(const targets_parser *p, size_t floor, size_t pos)
{
  size_t zai = ENDS_WITH(p->s, floor, pos, "在"), start;
  if (zai == SIZE_MAX) return SIZE_MAX;
  const clause_word *noun = clause_word_ending(p->words, CLAUSE_ADVERB, p->s, floor, zai, &start);
  indicator_match m;
  if ((noun && (noun->flags & (WORD_GROWTH | WORD_DECLINE))) ||
      lexicon_find_indicator_ending(p->ind, p->s, floor, zai, &m))
    return zai;
  return SIZE_MAX;
}

/* Reads a figure's predicate backwards from lo (the figure's first byte), not before
** floor (the end of the figure before it, or the sentence start). */
static void predicate_read(targets_parser *p, const figure *fig, size_t floor, predicate *pr)
{
  const unsigned char *s = p->s;
  memset(pr, 0, sizeof *pr);
  size_t pos = skip_blank_back(s, floor, fig->lo), start, end, k;
  while (pos > floor) { /* “翻一番”: quotes around the figure */
    size_t at;
    uint32_t c = char_before(s, pos, &at);
    if (c != CH_LQUOTE && c != '"') break;
    pos = skip_blank_back(s, floor, at);
  }
  /* 增加到2007年的6580亿元: a year label between the verb and its figure. */
  size_t unlabelled = skip_year_label_back(p, floor, pos);
  if (unlabelled != pos && clause_word_ending(p->words, CLAUSE_VERB, s, floor, unlabelled, &start))
    pos = unlabelled;
  if ((k = ENDS_WITH(s, floor, pos, "了")) != SIZE_MAX) pos = k;
  const clause_word *verb = clause_word_ending(p->words, CLAUSE_VERB, s, floor, pos, &start);
  if (verb) {
    pr->direction = verb->direction;
    pr->flags |= verb->flags;
    pr->verb_start = start;
    pr->verb_end = pos;
    pos = start;
  } else if ((k = bare_zai(p, floor, pos)) != SIZE_MAX) {
    pr->direction = qualifier_direction(fig->q.qualifier_after) == DIRECTION_CAP ? DIRECTION_CAP
                                                                                 : DIRECTION_REACH;
    pr->verb_start = k;
    pr->verb_end = pos;
    pos = k;
  } else if ((k = ENDS_WITH(s, floor, pos, "的")) != SIZE_MAX) {
    /* 是2024年的×.×倍, 为…的24倍: a multiple of a base; the verb is the copula. */
    size_t cs = clause_start(p, floor, k);
    for (size_t q = k; q > cs;) {
      size_t at;
      char_before(s, q, &at);
      const clause_word *cmp = clause_word_ending(p->words, CLAUSE_COMPARE, s, cs, q, &start);
      if (cmp && strcmp(cmp->word, "比") != 0 && strcmp(cmp->word, "较") != 0) {
        pr->compare = 1;
        pr->verb_start = start;
        pr->verb_end = q;
        size_t year_at;
        int y = first_year(s, p->n, q, k, &year_at);
        if (y) pr->base_year = y;
        pos = start;
        break;
      }
      q = at;
    }
    if (!pr->compare) pr->not_statement = 1;
  }
  /* Adverbs, growth nouns, time words and years, nearest first. */
  for (;;) {
    pos = skip_blank_back(s, floor, pos);
    const clause_word *adv = clause_word_ending(p->words, CLAUSE_ADVERB, s, floor, pos, &start);
    indicator_match m;
    if (adv && (adv->flags & (WORD_GROWTH | WORD_DECLINE)) &&
        lexicon_find_indicator_ending(p->ind, s, floor, pos, &m) && m.form_start < start)
      adv = NULL; /* 居民消费价格涨幅: the growth noun ends a form */
    if (adv) {
      pr->flags |= adv->flags;
      if ((adv->flags & (WORD_GROWTH | WORD_DECLINE)) &&
          (pr->direction == DIRECTION_REACH || pr->direction == DIRECTION_CAP ||
           pr->direction == DIRECTION_NONE)) {
        pr->direction = adv->flags & WORD_DECLINE ? DIRECTION_DECREASE : DIRECTION_INCREASE;
        if (pr->verb_end == pr->verb_start) pr->verb_end = pos;
        pr->verb_start = start; /* 增速保持在, 降幅 */
      }
      if ((adv->flags & WORD_PLAN) && strstr(adv->word, "按")) {
        pr->plan = 1;
        pr->plan_start = start;
      }
      pos = start;
      continue;
    }
    time_word tw = clause_time_ending(p->words, s, floor, pos, &start);
    if (tw != TIME_NONE) {
      if (tw == TIME_ANNUAL) pr->flags |= WORD_ANNUAL;
      else if (tw == TIME_SAME_PERIOD) pr->flags |= WORD_LAST_YEAR | WORD_ACHIEVED;
      else if (pr->clause_when.kind == WHEN_NONE) pr->clause_when = when_of_word(p, tw);
      pos = start;
      continue;
    }
    size_t at = read_year_back(p, floor, pos, pr);
    /* A plan as the base only before a verb (not 比“十五”计划末42亿元的目标). */
    if (at == pos && (pr->verb_end > pr->verb_start || figure_is_doubling(p, &fig->q)))
      at = read_plan_base_back(p, floor, pos, pr);
    if (at != pos) {
      pos = at;
      continue;
    }
    /* 由4.64亿元增加到: the starting point, with its 由, stands between subject and verb. */
    const figure *from = figure_ending_at(p, pos);
    if (from && !from->eligible && from->lo >= floor) {
      size_t before = skip_year_label_back(p, floor, skip_blank_back(s, floor, from->lo));
      const clause_word *w = clause_word_ending(p->words, CLAUSE_ADVERB, s, floor, before, &start);
      if (w && (w->flags & WORD_FROM)) {
        pos = start;
        continue;
      }
    }
    break;
  }
  pr->subject_end = pos;
  /* Between the subject and the figure stand no clause ends: the figure's clause. */
  pr->clause_start = fig->eligible && fig->clause >= floor && fig->clause <= pos ? fig->clause
                                                                                 : clause_start(p, floor, pos);
  /* Lead words at the start of the clause: 其中, 全年, 实现, 力争五年内, 到2024年. */
  size_t q = pr->clause_start;
  for (;;) {
    q = skip_blank(s, pos, q);
    if (q >= pos) break;
    if (is_lead_punct(char_at(s, pos, q, &end))) {
      q = end;
      continue;
    }
    const clause_word *lead = clause_word_at(p->words, CLAUSE_LEAD, s, pos, q, &end);
    indicator_match m;
    if (lead && lexicon_find_indicator(p->ind, s, pos, q, &m) && m.end > end) lead = NULL;
    if (lead) {
      pr->flags |= lead->flags;
      if (lead->direction && pr->verb_end == pr->verb_start) {
        pr->direction = lead->direction;
        pr->verb_start = q;
        pr->verb_end = end;
      }
      q = end;
      continue;
    }
    time_word tw = clause_time_at(p->words, s, pos, q, &end);
    if (tw != TIME_NONE) {
      if (tw == TIME_ANNUAL) pr->flags |= WORD_ANNUAL;
      else if (tw != TIME_SAME_PERIOD && pr->clause_when.kind == WHEN_NONE)
        pr->clause_when = when_of_word(p, tw);
      q = end;
      continue;
    }
    size_t after_to = q;
    if ((end = STARTS_WITH(s, pos, q, "到")) || (end = STARTS_WITH(s, pos, q, "至"))) after_to = end;
    const figure *y = year_starting_at(p, skip_blank(s, pos, after_to));
    if (y && y->hi <= pos) {
      year_role role = period_year_role(s, pr->clause_start, y->q.span.start, y->q.span.end, pos);
      if (role == YEAR_END || after_to != q) pr->until_year = year_value(y);
      q = y->hi;
      if ((end = STARTS_WITH(s, pos, q, "年"))) q = end;
      if ((end = STARTS_WITH(s, pos, q, "前"))) q = end;
      continue;
    }
    /* 全市实现生产总值: a scope before the verb 实现 (the scope stays in the subject). */
    size_t scoped = lexicon_scope_end(p->ind, s, pos, q);
    if (scoped > q && pr->verb_end == pr->verb_start) {
      const clause_word *verb = clause_word_at(p->words, CLAUSE_LEAD, s, pos, scoped, &end);
      if (verb && verb->direction &&
          !(lexicon_find_indicator(p->ind, s, pos, scoped, &m) && m.end > end)) {
        pr->direction = verb->direction;
        pr->flags |= verb->flags;
        pr->verb_start = scoped;
        pr->verb_end = end;
      }
    }
    /* 在提高质量和效益的基础上, 在…前提下: a preamble without its own comma. */
    if (STARTS_WITH(s, pos, q, "在")) {
      static const char *const preamble_ends[] = {"基础上", "前提下", "情况下", "条件下",
                                                  "工作中", "执行中"};
      size_t best = 0;
      for (size_t k2 = 0; k2 < sizeof preamble_ends / sizeof preamble_ends[0]; k2++) {
        const char *hit = memfind(s, q, pos, preamble_ends[k2]);
        if (hit) {
          size_t e = (size_t)((const unsigned char *)hit - s) + strlen(preamble_ends[k2]);
          if (!best || e < best) best = e;
        }
      }
      if (best) {
        q = best;
        continue;
      }
    }
    break;
  }
  pr->subject_start = q < pos ? q : pos;
  /* A subject that opens with 比 or 较 compares with something other than a year. */
  const clause_word *cmp = clause_word_at(p->words, CLAUSE_COMPARE, s, pos, pr->subject_start, &end);
  if (cmp && (strcmp(cmp->word, "比") == 0 || strcmp(cmp->word, "较") == 0)) pr->not_statement = 1;
  /* …，比“十二五”末增加近80亿元: without its own indicator, a difference from a past level. */
  if (pr->plan_base && pr->subject_start >= pr->subject_end) pr->not_statement = 1;
}

/* ---- the subject: one or more indicators ---------------------------------------------- */

/* Words between the items of a list of indicators. */
static const char *const list_separators[] = {"、", "和", "及", "与", "以及", "或"};

/* Does s[a..b) hold a separator of list_separators? They are CJK characters (以及 holds
** 及), so a position is looked at only when its third byte is one of theirs: five values
** of the 64 a continuation byte may take. */
static int list_separator_in(const unsigned char *s, size_t a, size_t b)
{
  static const unsigned char third[256] = {[0x81] = 1, [0x8A] = 1, [0x8C] = 1, [0x8E] = 1, [0x96] = 1};
  for (size_t q = a + 2; q < b; q++) {
    if (!third[s[q]]) continue;
    for (size_t k = 0; k < sizeof list_separators / sizeof list_separators[0]; k++) {
      const unsigned char *w = (const unsigned char *)list_separators[k];
      if (s[q - 2] == w[0] && s[q - 1] == w[1] && s[q] == w[2]) return 1;
    }
  }
  return 0;
}

/* Appositives after a list (“五项指标”, 三项指标, 两个, 等): cut off. Returns the new end. */
static size_t strip_appositive(const targets_parser *p, size_t a, size_t b)
{
  const unsigned char *s = p->s;
  for (int round = 0; round < 3; round++) {
    b = skip_blank_back(s, a, b);
    size_t at, k;
    if (b <= a) break;
    uint32_t c = char_before(s, b, &at);
    if (c == CH_LQUOTE) { /* the opening quote of the figure: 收入“两个翻番” */
      b = at;
      continue;
    }
    if (c == CH_RQUOTE || c == '"') { /* a quoted name after the list */
      size_t q = at;
      while (q > a) {
        size_t before;
        uint32_t d = char_before(s, q, &before);
        if (d == CH_LQUOTE || d == '"') break;
        q = before;
      }
      if (q > a) {
        b = utf8_prev(s, q);
        continue;
      }
      break;
    }
    /* N项指标, 三个, 等主要指标, 等 */
#define TAIL(z, counted) {z, sizeof z - 1, counted}
    static const struct {
      const char *word;
      size_t len;
      int counted; /* needs a numeral before it: 五项指标, 三个 */
    } tails[] = {TAIL("项主要指标", 1), TAIL("项指标", 1), TAIL("个指标", 1), TAIL("项", 1),
                 TAIL("个", 1), TAIL("等主要经济指标", 0), TAIL("等主要指标", 0),
                 TAIL("主要经济指标", 0), TAIL("等", 0)};
#undef TAIL
    int cut = 0;
    for (size_t t = 0; t < sizeof tails / sizeof tails[0] && !cut; t++) {
      if ((k = word_before(s, a, b, tails[t].word, tails[t].len)) == SIZE_MAX) continue;
      if (!tails[t].counted) {
        b = k;
        cut = 1;
        break;
      }
      size_t q = k, before;
      while (q > a) { /* the numeral: 五, 两, 3 */
        uint32_t d = char_before(s, q, &before);
        if (!is_chinese_digit(d) && !char_is_digit(char_fold(d)))
          break;
        q = before;
      }
      if (q < k) {
        b = q;
        cut = 1;
      }
    }
    if (!cut) break;
  }
  return skip_blank_back(s, a, b);
}

/* Does s[a..b) hold a blocker (拉动GDP, 占GDP, 对GDP): the form after it is an object? */
static int has_blocker(const targets_parser *p, size_t a, size_t b)
{
  size_t start, end;
  return clause_word_find(p->words, CLAUSE_BLOCKER, p->s, a, b, &start, &end) != NULL;
}

/* Administrative units that end a place name (肃州区, 江川省): a scope, not a modifier. */
static int ends_with_place(const targets_parser *p, size_t a, size_t b)
{
  static const char *const units[] = {"区", "市", "省", "县", "州", "旗", "镇", "乡", "盟"};
  for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
    if (ends_with(p->s, a, b, units[k]) != SIZE_MAX) return 1;
  }
  return 0;
}

/* Strips lead words and time words from the start of s[a..b): what is left of a residue. */
static size_t strip_leads(const targets_parser *p, size_t a, size_t b)
{
  size_t end;
  for (;;) {
    a = skip_blank(p->s, b, a);
    if (a >= b) return b;
    if (is_lead_punct(char_at(p->s, b, a, &end))) {
      a = end;
      continue;
    }
    const figure *f = figure_starting_at(p, a);
    if (f && !f->eligible && f->hi <= b) { /* 2024年, 两年内, 五年来 */
      static const char *const after[] = {"以来", "以后", "年", "底", "末", "前", "内", "来", "间", "后", "起"};
      a = f->hi;
      for (size_t k = 0; k < sizeof after / sizeof after[0]; k++) {
        if ((end = starts_with(p->s, b, a, after[k]))) {
          a = end;
          break;
        }
      }
      continue;
    }
    indicator_match m;
    if ((clause_word_at(p->words, CLAUSE_LEAD, p->s, b, a, &end) ||
         clause_time_at(p->words, p->s, b, a, &end) != TIME_NONE ||
         clause_word_at(p->words, CLAUSE_ADVERB, p->s, b, a, &end)) &&
        !(lexicon_find_indicator(p->ind, p->s, b, a, &m) && m.end > end)) {
      a = end; /* (not the 实际 of 实际利用外资: a form that starts with a lead word) */
      continue;
    }
    return a;
  }
}

/* Strips lead and time words from the end of s[a..b) (金融机构年末 → 金融机构). */
static size_t strip_leads_back(const targets_parser *p, size_t a, size_t b)
{
  size_t start;
  for (;;) {
    b = skip_blank_back(p->s, a, b);
    if (b <= a) return a;
    if (clause_word_ending(p->words, CLAUSE_LEAD, p->s, a, b, &start) ||
        clause_time_ending(p->words, p->s, a, b, &start) != TIME_NONE) {
      b = start;
      continue;
    }
    return b;
  }
}

/* The form that a residue and the form after it make together, with the words of time
** between them left out (金融机构年末 + 存款余额 → 金融机构存款余额), or NULL. */
static const indicator_form *residue_form(const targets_parser *p, size_t residue, size_t end,
                                          size_t form_start, size_t form_end)
{
  char probe[TARGET_TEXT_MAX] = "";
  residue = lexicon_scope_end(p->ind, p->s, end, residue);
  size_t stop = strip_leads_back(p, residue, end);
  if (stop <= residue) return NULL;
  text_append(probe, sizeof probe, p->s, residue, stop);
  text_append(probe, sizeof probe, p->s, form_start, form_end);
  return indicator_lexicon_lookup(p->ind, probe, strlen(probe));
}

/* An empty item. Not a memset() of its few hundred bytes: its text only needs its end. */
static void item_clear(item *it)
{
  it->text[0] = 0;
  it->form = NULL;
  it->indicator = 0;
  it->start = it->end = 0;
  it->split = 0;
  it->parts[0] = it->parts[1] = NULL;
  it->split_end = 0;
}

/* One item of a subject: a form of the catalogue at its end (with the scope before it),
** or an indicator outside it that ends in an indicator noun. */
static void item_read(const targets_parser *p, size_t a, size_t b, item *it)
{
  const unsigned char *s = p->s;
  item_clear(it);
  indicator_match m;
  /* The common case first: the item is a form, perhaps with its scope (全区生产总值). */
  b = skip_blank_back(s, a, b);
  a = skip_blank(s, b, a);
  int found = a < b && lexicon_find_indicator_ending(p->ind, s, a, b, &m);
  if (found && m.start == a) {
    it->form = m.form;
    it->indicator = 1;
    it->start = a;
    it->end = b;
    text_append(it->text, sizeof it->text, s, a, b);
    return;
  }
  a = strip_leads(p, a, b);
  it->start = a;
  it->end = b;
  if (a >= b) return;
  /* The form ending at b from a on: the one found above when it starts after the leads
  ** (only its scope may start later now), none when there was none. */
  if (found && m.form_start >= a) m.start = lexicon_scope_start(p->ind, s, a, m.form_start);
  else if (found) found = lexicon_find_indicator_ending(p->ind, s, a, b, &m);
  if (!found) {
    /* 固定资产投资（月报口径）: an aside after the indicator */
    size_t at;
    if (is_close_bracket(char_before(s, b, &at))) {
      size_t q = at;
      while (q > a && !is_open_bracket(char_before(s, q, &at))) q = at;
      if (q > a) {
        size_t inner = skip_blank_back(s, a, at);
        if (lexicon_find_indicator_ending(p->ind, s, a, inner, &m)) {
          found = 1;
          b = inner;
          it->end = b;
        }
      }
    }
  }
  if (found) {
    /* 年实现税收: what 实现 or 完成 governs is the indicator. */
    for (size_t q = a; q < m.start;) {
      size_t end;
      const clause_word *w = clause_word_at(p->words, CLAUSE_LEAD, s, m.start, q, &end);
      if (w && w->direction) {
        a = q = end;
        continue;
      }
      char_at(s, m.start, q, &q);
    }
    size_t residue = strip_leads(p, a, m.start);
    size_t from = m.start;
    it->form = m.form;
    if (residue < m.start) {
      size_t chars = count_chars(s, residue, m.start);
      const indicator_form *joined = residue_form(p, residue, m.start, m.form_start, m.end);
      if (joined) {
        it->form = joined; /* 全区金融机构年末存款余额 */
        from = residue;
      } else if (has_blocker(p, residue, m.start)) {
        it->form = NULL; /* 拉动GDP增长, 占GDP比重: GDP is not the subject */
        from = b;
      } else if (ends_with_place(p, residue, m.start) && chars <= 6) {
        from = residue; /* 肃州区地区生产总值 */
      } else if (chars <= 8) {
        it->form = NULL; /* 园区固定资产投资: another indicator, as written */
        from = residue;
      } /* a longer residue is the end of a clause that lost its punctuation */
    }
    if (from < b) {
      it->indicator = 1;
      it->start = from;
      text_append(it->text, sizeof it->text, s, from, b);
    }
  } else {
    size_t start;
    if (!clause_word_ending(p->words, CLAUSE_HEAD, s, a, b, &start)) {
      text_append(it->text, sizeof it->text, s, a, b); /* no indicator: 城镇 of a list */
      return;
    }
    /* 区属规模以上工业企业实现利税总额: the indicator is what 实现 or 完成 governs. */
    for (size_t q = a; q < b;) {
      size_t end;
      const clause_word *w = clause_word_at(p->words, CLAUSE_LEAD, s, b, q, &end);
      if (w && w->direction) {
        a = q = end;
        continue;
      }
      char_at(s, b, q, &q);
    }
    a = strip_leads(p, a, b);
    it->start = a;
    size_t chars = count_chars(s, a, b);
    if (chars >= 3 && chars <= 24 && !clause_word_at(p->words, CLAUSE_COMPARE, s, b, a, &start) &&
        !clause_word_at(p->words, CLAUSE_BLOCKER, s, b, a, &start)) {
      it->indicator = 1;
    }
    text_append(it->text, sizeof it->text, s, a, b);
  }
  /* 城乡居民人均可支配收入: two populations, when both halves are forms. */
  size_t end;
  const char *parts[2];
  size_t at = lexicon_scope_end(p->ind, s, b, a);
  if (lexicon_split_modifier(s, b, at, &end, parts) == 2) {
    char probe[TARGET_TEXT_MAX] = "";
    text_append_str(probe, sizeof probe, parts[0]);
    text_append(probe, sizeof probe, s, end, b);
    if (indicator_lexicon_lookup(p->ind, probe, strlen(probe))) {
      it->split = 1;
      it->parts[0] = parts[0];
      it->parts[1] = parts[1];
      it->split_end = end;
      it->indicator = 1;
    }
  }
}

/* An item that is no indicator by itself (城镇, 一产, 二氧化硫) shares the end of the last
** item of its list: the shortest suffix that makes a form of the catalogue (城镇 +
** 居民人均可支配收入), else the part of the last item beyond the length of this one
** (二氧化硫 + 削减率 from 氮氧化物削减率). */
static void item_complete(const targets_parser *p, item *it, const item *last)
{
  const char *tail = last->text;
  size_t own = strlen(it->text);
  if (own == 0 || count_chars((const unsigned char *)it->text, 0, own) > 5) return;
  for (const char *t = tail; *t; ) {
    size_t step = 1;
    while (t[step] && ((unsigned char)t[step] & 0xC0) == 0x80) step++;
    t += step;
    if (!*t) break;
    char probe[TARGET_TEXT_MAX];
    if (own + strlen(t) + 1 > sizeof probe) continue;
    memcpy(probe, it->text, own);
    strcpy(probe + own, t);
    const indicator_form *f = indicator_lexicon_lookup(p->ind, probe, strlen(probe));
    if (f) {
      strcpy(it->text, probe);
      it->form = f;
      it->indicator = 1;
      return;
    }
  }
  /* the indicator noun that ends the last item: 化学需氧量、氨氮削减率 → 化学需氧量削减率 */
  size_t hs;
  const clause_word *head = clause_word_ending(p->words, CLAUSE_HEAD, (const unsigned char *)tail,
                                               0, strlen(tail), &hs);
  if (head && count_chars((const unsigned char *)head->word, 0, strlen(head->word)) >= 2 &&
      own + strlen(head->word) + 1 <= sizeof it->text) {
    strcat(it->text, head->word);
    it->indicator = 1;
    return;
  }
  /* parallel lengths: 二氧化硫、氮氧化物削减率 */
  size_t own_chars = count_chars((const unsigned char *)it->text, 0, own);
  const char *t = tail;
  for (size_t k = 0; k < own_chars && *t; k++) {
    t++;
    while (*t && ((unsigned char)*t & 0xC0) == 0x80) t++;
  }
  size_t start;
  if (*t && clause_word_ending(p->words, CLAUSE_HEAD, (const unsigned char *)t, 0, strlen(t), &start) &&
      own + strlen(t) + 1 <= sizeof it->text) {
    strcat(it->text, t);
    it->indicator = 1;
  }
}

/* Subjects are a few KB, nearly all of it items that are not in use: only those in use
** are read (item_read() fills a whole item), so only those are copied. */
static void subject_clear(subject *sub)
{
  sub->count = 0;
  sub->start = sub->end = 0;
}

static void subject_copy(subject *dst, const subject *src)
{
  memcpy(dst->items, src->items, (size_t)src->count * sizeof src->items[0]);
  dst->count = src->count;
  dst->start = src->start;
  dst->end = src->end;
}

/* Splits s[a..b) into items at 、和及与 outside forms and brackets. */
static void subject_read(const targets_parser *p, size_t a, size_t b, subject *sub)
{
  const unsigned char *s = p->s;
  subject_clear(sub);
  sub->start = a;
  b = strip_appositive(p, a, b);
  sub->end = b;
  /* Most subjects are one indicator: no need to look for forms. */
  int has_separator = list_separator_in(s, a, b);
  if (!has_separator) {
    item_read(p, a, b, &sub->items[sub->count++]);
    return;
  }
  size_t piece = a, pos = a;
  int depth = 0;
  while (pos < b && sub->count < MAX_ITEMS - 1) {
    indicator_match m;
    if (depth == 0 && lexicon_find_indicator(p->ind, s, b, pos, &m)) {
      pos = m.end; /* never split inside a form (研究与试验发展经费) */
      continue;
    }
    size_t next;
    uint32_t c = char_at(s, b, pos, &next);
    if (is_open_bracket(c)) depth++;
    else if (is_close_bracket(c) && depth > 0) depth--;
    size_t sep_end = 0;
    if (depth == 0) {
      for (size_t k = 0; k < sizeof list_separators / sizeof list_separators[0]; k++) {
        if ((sep_end = starts_with(s, b, pos, list_separators[k]))) break;
      }
    }
    if (sep_end && pos > piece) {
      item_read(p, piece, pos, &sub->items[sub->count++]);
      piece = pos = sep_end;
      continue;
    }
    pos = next;
  }
  if (piece < b) item_read(p, piece, b, &sub->items[sub->count++]);
  /* A list of one real item after a long preamble is just that item. */
  if (sub->count > 1) {
    const item *last = &sub->items[sub->count - 1];
    for (int i = 0; i < sub->count - 1; i++) {
      if (!sub->items[i].indicator) item_complete(p, &sub->items[i], last);
    }
    /* Items before the first indicator that are no indicators were text before the list. */
    int first = 0;
    while (first < sub->count - 1 && !sub->items[first].indicator) first++;
    if (first) {
      memmove(sub->items, sub->items + first, (size_t)(sub->count - first) * sizeof sub->items[0]);
      sub->count -= first;
    }
  }
}

static int subject_has_indicator(const subject *sub)
{
  for (int i = 0; i < sub->count; i++) {
    if (sub->items[i].indicator) return 1;
  }
  return 0;
}

/* A clause between the last subject and pos that opens with a form (引进外资再创历史新高，
** 完成×万美元): its indicator is the subject of a figure without one. */
static int subject_from_clause(const targets_parser *p, size_t floor, size_t clause, subject *sub)
{
  if (clause <= floor) return 0;
  size_t at;
  char_before(p->s, clause, &at); /* the ， that ends the clause before */
  size_t start = clause_start(p, floor, at);
  size_t q = strip_leads(p, start, at);
  indicator_match m;
  if (q >= at || !lexicon_find_indicator(p->ind, p->s, at, q, &m)) return 0;
  subject_read(p, m.start, m.end, sub);
  return subject_has_indicator(sub);
}

/* ---- rows ------------------------------------------------------------------------------ */

static target_row *row_new(targets_parser *p)
{
  target_row *rows = array_room(p->rows, p->n_rows, &p->cap_rows, sizeof *rows, 16);
  if (rows == NULL) return NULL;
  p->rows = rows;
  target_row *row = &rows[p->n_rows++];
  memset(row, 0, sizeof *row);
  return row;
}

/* The time frame that applies to a clause: its own cue, else its sentence's, paragraph's,
** target list's or section's. */
static when sentence_when(targets_parser *p)
{
  if (!p->sent_ready) {
    p->sent_when = when_at(p, p->sent.start, p->sent.end, 1);
    p->sent_ready = 1;
  }
  return p->sent_when;
}

/* The paragraph's frame, read when first needed: from the figures when its first sentence
** is the current one, else with a scan for its year. */
static when paragraph_when(targets_parser *p)
{
  if (!p->para_ready) {
    p->para_when = p->para_start == p->sent.start ? sentence_when(p)
                                                   : when_at(p, p->para_start, p->para_end, 0);
    p->para_ready = 1;
  }
  return p->para_when;
}

static when when_of_clause(targets_parser *p, const predicate *pr)
{
  if (pr->clause_when.kind != WHEN_NONE) return pr->clause_when;
  if (p->frame_when.kind != WHEN_NONE) return p->frame_when;
  when w = sentence_when(p);
  if (w.kind != WHEN_NONE) return w;
  w = paragraph_when(p);
  if (w.kind != WHEN_NONE) return w;
  if (p->list_open && p->list_when.kind != WHEN_NONE) return p->list_when;
  return when_of_section(p, p->section);
}

/* Kind, year, period, annual and base year of a row (see the file's header). */
static void row_time(targets_parser *p, const predicate *pr, target_row *row)
{
  int y = p->report.year;
  when w = when_of_clause(p, pr);
  outline_role role = p->section ? p->section->role : OUTLINE_ROLE_OTHER;
  if (row->form && (row->form->flags & INDICATOR_FISCAL_SETTING)) {
    row->kind = TARGET_KIND_PARAMETER;
  } else if (role == OUTLINE_ROLE_REVIEW) {
    row->kind = TARGET_KIND_ACHIEVEMENT;
  } else if (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_TASKS ||
             role == OUTLINE_ROLE_OUTLOOK) {
    row->kind = TARGET_KIND_TARGET;
  } else if (w.past) {
    row->kind = w.past > 0 ? TARGET_KIND_ACHIEVEMENT : TARGET_KIND_TARGET;
  } else if (pr->flags & (WORD_ACHIEVED | WORD_TARGET)) {
    row->kind = pr->flags & WORD_TARGET ? TARGET_KIND_TARGET : TARGET_KIND_ACHIEVEMENT;
  } else if (p->list_open) {
    row->kind = TARGET_KIND_TARGET;
  } else {
    row->kind = row->start < p->report.first_plan ? TARGET_KIND_ACHIEVEMENT : TARGET_KIND_TARGET;
  }
  int past = row->kind == TARGET_KIND_ACHIEVEMENT;
  /* An annual average (年均) spans years: under a one-year cue it takes the section's. */
  if ((pr->flags & WORD_ANNUAL) && (w.kind == WHEN_SINGLE || w.kind == WHEN_NONE)) {
    when sw = when_of_section(p, p->section);
    if (sw.kind != WHEN_SINGLE && sw.kind != WHEN_NONE) w = sw;
  }
  /* A frame that contradicts the kind (a result in an outlook) gives no period. */
  if ((w.past > 0 && !past) || (w.past < 0 && past)) w.kind = WHEN_SINGLE;
  switch (w.kind) {
  case WHEN_PLAN:
    row->period_start = w.start;
    row->period_end = w.end;
    break;
  case WHEN_PAST_TERM:
    if (y) {
      row->period_start = y - 5;
      row->period_end = y - 1;
    }
    break;
  case WHEN_NEXT_TERM:
    if (y) {
      row->period_start = y;
      row->period_end = y + 4;
    }
    break;
  case WHEN_UNTIL:
    row->period_end = w.end;
    if (y && !past) row->period_start = y;
    break;
  default:
    break;
  }
  if (pr->until_year) {
    row->period_end = pr->until_year;
    if (!row->period_start && y && !past) row->period_start = y;
  }
  if (row->period_start && row->period_start >= row->period_end) row->period_start = 0;
  if (row->period_end) row->year = row->period_end;
  else if (y) row->year = past ? y - 1 : y;
  row->annual = (pr->flags & WORD_ANNUAL) != 0;
  row->base_year = pr->base_year;
  if (!row->base_year && row->figure.span.start >= p->sent_base_end) row->base_year = p->sent_base_year;
  if (!row->base_year && (pr->flags & WORD_LAST_YEAR) && row->year) row->base_year = row->year - 1;
}

/* Emits the rows of one group of figures (figs[0..nf)) stated of sub by pr. */
static int rows_emit(targets_parser *p, const predicate *pr, const subject *sub, figure **figs,
                     int nf, size_t end)
{
  /* The qualifier of the last figure of a list counts for all (5%和3%以内). */
  const char *shared = figs[nf - 1]->q.qualifier_after;
  int ni = sub->count, each = nf == 1;
  for (int i = 0; i < ni; i++) {
    const item *it = &sub->items[i];
    if (!it->indicator) continue;
    for (int f = 0; f < nf; f++) {
      if (!each && ni != 1 && f != i) continue; /* pairs, in order */
      /* 城乡…分别增长8%和10%: one figure per population; one figure: both. */
      int parts = it->split ? 2 : 1;
      for (int part = 0; part < parts; part++) {
        if (it->split && nf == 2 && ni == 1 && part != f) continue;
        const figure *fig = figs[f];
        target_row *row = row_new(p);
        if (row == NULL) return TARGETS_NOMEM;
        if (it->split) {
          text_append_str(row->indicator, sizeof row->indicator, it->parts[part]);
          text_append(row->indicator, sizeof row->indicator, p->s, it->split_end, it->end);
          row->form = indicator_lexicon_lookup(p->ind, row->indicator, strlen(row->indicator));
        } else {
          strcpy(row->indicator, it->text);
          row->form = it->form;
        }
        row->report = p->report.number;
        row->section = p->section ? p->section->id : 0;
        row->sentence = p->sent.id;
        row->figure = fig->q;
        row->direction = pr->compare ? DIRECTION_NONE : pr->direction;
        if (pr->verb_end > pr->verb_start)
          text_append(row->verb, sizeof row->verb, p->s, pr->verb_start, pr->verb_end);
        /* 低于3%: the qualifier is the verb; it stays in qualifier only, not written twice */
        if (row->direction == DIRECTION_NONE && !pr->compare)
          row->direction = qualifier_direction(fig->q.qualifier_before);
        if (figure_is_doubling(p, &fig->q)) {
          row->direction = DIRECTION_DOUBLE; /* 实现翻番: the figure is the verb */
          row->verb[0] = 0;
          text_append(row->verb, sizeof row->verb, p->s, fig->q.span.start, fig->q.span.end);
        }
        row->qualifier = fig->q.qualifier;
        if (row->qualifier == NULL && f < nf - 1) row->qualifier = shared;
        if (row->qualifier == NULL && (pr->flags & WORD_ENSURE)) row->qualifier = "确保";
        if (row->qualifier == NULL && (pr->flags & WORD_STRETCH)) row->qualifier = "力争";
        row->start = pr->clause_start;
        row->end = end;
        size_t lead = skip_blank(p->s, end, row->start), next;
        while (lead < fig->lo && is_lead_punct(char_at(p->s, end, lead, &next))) lead = skip_blank(p->s, end, next);
        row->start = lead;
        row->char_start = fig->q.span.char_start - count_chars(p->s, row->start, fig->q.span.start);
        row->char_end = fig->q.span.char_start + count_chars(p->s, fig->q.span.start, end);
        row_time(p, pr, row);
      }
    }
  }
  return TARGETS_OK;
}

/* ---- one sentence ---------------------------------------------------------------------- */

/* Does the text between two figures only join them (、 和 及 与)? */
static int figures_joined(const targets_parser *p, const figure *a, const figure *b)
{
  size_t pos = skip_blank(p->s, b->lo, a->hi), end;
  if (pos == b->lo) return 0;
  for (size_t k = 0; k < sizeof list_separators / sizeof list_separators[0]; k++) {
    if ((end = starts_with(p->s, b->lo, pos, list_separators[k])) &&
        skip_blank(p->s, b->lo, end) == b->lo)
      return 1;
  }
  return 0;
}

/* The end of the figure group, with what follows it: 按…安排, a stretch value
** (、力争达到8%), an add-on (，在实际工作中争取更好结果). */
static int group_follow(targets_parser *p, size_t first_row, predicate *pr, figure **figs, int nf,
                        size_t next_fig, size_t b)
{
  const unsigned char *s = p->s;
  size_t end = figs[nf - 1]->hi, k;
  size_t pos = skip_blank(s, b, end);
  if (pr->plan && (k = STARTS_WITH(s, b, pos, "安排"))) {
    /* 按增长5%安排 → 按增长…安排; 拟按3%安排 → 拟按…安排 */
    char verb[TARGET_TEXT_MAX] = "";
    text_append(verb, sizeof verb, s, pr->plan_start, figs[0]->lo);
    text_append_str(verb, sizeof verb, "…安排");
    for (size_t r = first_row; r < p->n_rows; r++) {
      target_row *row = &p->rows[r];
      strcpy(row->verb, verb);
      row->direction = DIRECTION_PLAN;
      row->end = k;
      row->char_end = row->figure.span.char_start + count_chars(s, row->figure.span.start, k);
    }
    end = k;
    pos = skip_blank(s, b, k);
  }
  /* A stretch: the next figure, same unit, joined by 、 or ， and read with 力争 but
  ** without an indicator of its own. */
  if (nf == 1 && next_fig < p->n_figs && p->figs[next_fig].eligible &&
      (memfind(s, end, p->figs[next_fig].lo, "力争") || memfind(s, end, p->figs[next_fig].lo, "争取"))) {
    figure *g = &p->figs[next_fig];
    predicate pr2;
    predicate_read(p, g, end, &pr2);
    if ((pr2.flags & WORD_STRETCH) && pr2.subject_start >= pr2.subject_end &&
        strcmp(g->q.unit, figs[0]->q.unit) == 0 && !g->q.redacted) {
      for (size_t r = first_row; r < p->n_rows; r++) {
        target_row *row = &p->rows[r];
        row->has_stretch = 1;
        row->stretch = g->q.value;
        if (row->qualifier && strcmp(row->qualifier, "力争") == 0) row->qualifier = NULL;
        row->end = g->hi;
        row->char_end = row->figure.span.char_start + count_chars(s, row->figure.span.start, g->hi);
      }
      g->used = 1;
      end = g->hi;
      pos = skip_blank(s, b, end);
    }
  }
  /* An add-on in the next clause (after a comma), before any other figure. */
  size_t next;
  uint32_t c = pos < b ? char_fold(char_at(s, b, pos, &next)) : 0;
  if (c == ',' || c == CH_COMMA) {
    size_t from = skip_blank(s, b, next), to = from;
    while (to < b) {
      size_t after;
      if (is_clause_end(char_at(s, b, to, &after))) break;
      to = after;
    }
    size_t after = figure_search(p, pos, 0);
    size_t limit = after < p->n_figs ? p->figs[after].lo : b;
    size_t ws, we;
    if (to <= limit && memfind(s, from, to, "更") &&
        clause_word_find(p->words, CLAUSE_EXTRA, s, from, to, &ws, &we)) {
      for (size_t r = first_row; r < p->n_rows; r++) {
        p->rows[r].extra_start = from;
        p->rows[r].extra_end = to;
      }
    }
  }
  return TARGETS_OK;
}

/* Clauses before `to` that state no figure but a time (到2027年，展望2035年，今后五年，)
** set the frame of the clauses after them. */
static void frames_scan(targets_parser *p, size_t to, size_t b)
{
  size_t pos = p->frame_scanned;
  while (pos < to) {
    size_t end = clause_end_from(p->s, b, pos, to);
    size_t i = figure_search(p, pos, 0);
    int states = i < p->n_figs && p->figs[i].lo < end && p->figs[i].eligible;
    if (!states && end > pos && end - pos <= CLAUSE_MAX) {
      when w = when_at(p, pos, end, 1);
      if (w.kind != WHEN_NONE && pos != p->sent.start) p->frame_when = w;
    }
    if (end >= to) break;
    pos = end + (p->s[end] < 0x80 ? 1 : 3);
  }
  p->frame_scanned = to > p->frame_scanned ? to : p->frame_scanned;
}

/* Remembers a subject for the clauses after it. */
static void subject_remember(targets_parser *p, const subject *sub)
{
  subject_copy(&p->current, sub);
  if (sub->count == 1 && sub->items[0].indicator) {
    if (p->n_history == 4) {
      memmove(p->history, p->history + 1, 3 * sizeof p->history[0]);
      p->n_history--;
    }
    p->history[p->n_history++] = sub->items[0];
  }
}

/* Appends the figures of the sentence s[a..b) to the batch. */
static int figures_scan(targets_parser *p, size_t a, size_t b)
{
  size_t a_char = char_offset(p, a);
  quantity_scanner sc;
  quantity_scanner_init(&sc, p->s, p->n, a, b, a_char);
  for (;;) {
    figure *f = figures_slot(p);
    if (f == NULL) return TARGETS_NOMEM;
    if (!quantity_next(&sc, &f->q)) break;
    if (f->q.kind == QUANTITY_NONE) continue;
    f->lo = f->q.qualifier_before ? f->q.before_span.start : f->q.span.start;
    f->hi = f->q.qualifier_after && f->q.after_span.end > f->q.span.end ? f->q.after_span.end : f->q.span.end;
    f->clause = 0;
    f->eligible = f->used = 0;
    p->n_batch_figs++;
  }
  if (sc.counted > p->char_pos) { /* the scanner counted characters as it skipped them */
    p->char_pos = sc.counted;
    p->char_count = sc.counted_chars;
  }
  return TARGETS_OK;
}

/* Scans the next sentences, up to TARGETS_BATCH of them. The stop function is asked
** before a sentence every STOP_EVERY_BYTES, as reading would: a batch ends before the
** sentence where it is due, and it is asked when that sentence opens the next one. */
static int batch_fill(targets_parser *p)
{
  p->batch_count = p->batch_next = 0;
  p->n_batch_figs = 0;
  while (p->batch_count < TARGETS_BATCH) {
    const sentence *sent = sentence_get(p->o, p->next_sentence);
    if (sent == NULL) break;
    if (p->stop && sent->start - p->asked >= STOP_EVERY_BYTES) {
      if (p->batch_count) break;
      if (p->stop(p->stop_ctx, sent->start)) return TARGETS_INTERRUPTED;
      p->asked = sent->start;
    }
    p->next_sentence++;
    batch_entry *e = &p->batch[p->batch_count++];
    e->sent = sent;
    e->first = p->n_batch_figs;
    if (figures_scan(p, sent->start, sent->end) < 0) return TARGETS_NOMEM;
    e->count = p->n_batch_figs - e->first;
  }
  return TARGETS_OK;
}

/* Starts reading the sentence s[a..b) of the batch entry e: its figures, judged. */
static void sentence_start(targets_parser *p, const batch_entry *e, size_t a, size_t b)
{
  p->figs = p->batch_figs + e->first;
  p->n_figs = e->count;
  p->n_rows = p->next_row = 0;
  p->current.count = 0;
  p->n_history = 0;
  p->sent_base_year = 0;
  memset(&p->frame_when, 0, sizeof p->frame_when);
  p->frame_scanned = a;
  figures_judge(p, a, b);
}

/* Reads every statement of the sentence s[a..b) into p->rows. */
static int sentence_read(targets_parser *p, size_t a, size_t b)
{
  if (p->n_figs == 0) return TARGETS_OK;
  /* 与1998年相比，…: a clause that opens the sentence with a base year and states nothing
  ** gives that base year to the figures after it. */
  size_t ce = a;
  if (p->n_figs && p->figs[0].q.kind == QUANTITY_YEAR && p->figs[0].lo < a + CLAUSE_MAX) {
    ce = clause_end_from(p->s, b, a, a + CLAUSE_MAX < b ? a + CLAUSE_MAX : b);
    while (ce < b && (p->s[ce] & 0xC0) == 0x80) ce++; /* the walk stopped at a character */
  }
  for (size_t i = 0; i < p->n_figs && p->figs[i].lo < ce; i++) {
    const figure *y = &p->figs[i];
    if (y->eligible) break;
    if (y->q.kind == QUANTITY_YEAR && !y->q.redacted &&
        period_year_role(p->s, a, y->q.span.start, y->q.span.end, ce) == YEAR_BASE) {
      p->sent_base_year = year_value(y);
      p->sent_base_end = ce;
    }
  }
  size_t floor = a;
  for (size_t i = 0; i < p->n_figs;) {
    figure *first = &p->figs[i];
    if (!first->eligible || first->used) { /* part of a phrase: 由4.64亿元, 五年来 */
      if (first->used) floor = first->hi;
      i++;
      continue;
    }
    figure *group[16];
    int nf = 0;
    group[nf++] = first;
    size_t j = i + 1;
    while (j < p->n_figs && nf < 16 && p->figs[j].eligible &&
           figures_joined(p, &p->figs[j - 1], &p->figs[j])) {
      group[nf++] = &p->figs[j];
      j++;
    }
    predicate pr;
    predicate_read(p, first, floor, &pr);
    frames_scan(p, pr.clause_start, b);
    subject sub;
    subject_clear(&sub);
    if (!pr.not_statement) {
      if (pr.subject_start < pr.subject_end && STARTS_WITH(p->s, pr.subject_end, pr.subject_start, "占") &&
          p->current.count == 1 && p->current.items[0].indicator) {
        /* 服务业增加值增长9.5%，占生产总值的比重达到43%: a share of the indicator before */
        subject_copy(&sub, &p->current);
        item *it = &sub.items[0];
        it->split = 0;
        text_append(it->text, sizeof it->text, p->s, pr.subject_start, pr.subject_end);
        it->form = indicator_lexicon_lookup(p->ind, it->text, strlen(it->text));
      } else if (pr.subject_start < pr.subject_end) {
        subject_read(p, pr.subject_start, pr.subject_end, &sub);
        subject_remember(p, &sub);
      } else if (subject_from_clause(p, p->current.count ? p->current.end : a, pr.clause_start, &sub)) {
        subject_remember(p, &sub);
      } else if ((pr.flags & WORD_EACH) && nf > 1 && p->n_history >= nf &&
                 p->current.count <= 1 && !(p->current.count == 1 && p->current.items[0].split)) {
        /* 存款余额80.34亿元，贷款余额96.96亿元，分别比年初增加8.17亿元和20.38亿元 */
        for (int k = 0; k < nf; k++) sub.items[sub.count++] = p->history[p->n_history - nf + k];
      } else {
        subject_copy(&sub, &p->current);
      }
      size_t first_row = p->n_rows;
      if (sub.count && rows_emit(p, &pr, &sub, group, nf, group[nf - 1]->hi) < 0) return TARGETS_NOMEM;
      if (p->n_rows > first_row && group_follow(p, first_row, &pr, group, nf, j, b) < 0)
        return TARGETS_NOMEM;
    }
    floor = group[nf - 1]->hi;
    i = j;
  }
  return TARGETS_OK;
}

/* ---- the document, sentence by sentence ------------------------------------------------- */

static int report_of(const targets_parser *p, const outline_section *sec, size_t pos)
{
  if (sec) return sec->report;
  for (int r = outline_report_count(p->o); r >= 1; r--) {
    const outline_report *rep = outline_report_get(p->o, r);
    if (rep && rep->start <= pos) return r;
  }
  return 1;
}

/* The last character of s[a..b) that is not blank, or 0. */
static uint32_t last_char(const unsigned char *s, size_t a, size_t b)
{
  size_t at, end = skip_blank_back(s, a, b);
  return end > a ? char_fold(char_before(s, end, &at)) : 0;
}

/* Does the sentence open a list of targets (主要预期目标是：)? */
static int opens_list(targets_parser *p, size_t a, size_t b)
{
  const report_ctx *r = &p->report;
  if (a < p->opener_from || a < r->start || b > r->limit) return next_opener(p, a, b) != SIZE_MAX;
  /* An opener the sentence sees is one the report sees (its window is narrower), so only
  ** the report's openers, found once in order, are asked again. */
  for (;;) {
    if (p->opener_at < a) {
      p->opener_from = a;
      p->opener_at = next_opener_from(p, r->start, a, r->limit);
    }
    if (p->opener_at >= b) return 0;
    size_t at = p->opener_at;
    if (opener_before(p, at > a + 60 ? at - 60 : a, at)) return 1;
    p->opener_from = at + 1;
    p->opener_at = next_opener_from(p, r->start, at + 1, r->limit);
  }
}

/* Does a paragraph start at the sentence? The first does, and one after a line end (the
** sentence iterator ends sentences at paragraph breaks and never at hard wraps). */
static int opens_paragraph(const targets_parser *p, const sentence *sent)
{
  if (p->sent.id == 0) return 1;
  for (size_t pos = p->sent.end; pos < sent->start; pos++) {
    if (p->s[pos] == '\n' || p->s[pos] == '\r') return 1;
  }
  return 0;
}

/* The sentence's section and report (a new report gets its context). */
static void sentence_context(targets_parser *p, const sentence *sent)
{
  p->sent_opens = opens_paragraph(p, sent);
  p->sent = *sent;
  p->section = sent->section ? outline_get(p->o, sent->section) : outline_section_at(p->o, sent->start);
  int report = report_of(p, p->section, sent->start);
  if (report != p->report.number) {
    report_context(p, report);
    p->cached_section = 0; /* frames depend on the report's year */
    p->list_open = 0;
    memset(&p->para_when, 0, sizeof p->para_when);
    p->para_ready = 1;
  }
}

/* Target lists, and the paragraph the sentence belongs to (its time frames are read when
** a statement needs them). */
static void sentence_frames(targets_parser *p, const sentence *sent)
{
  const unsigned char *s = p->s;
  p->sent_ready = 0;
  if (p->sent_opens) {
    if (p->list_open && !p->prev_para_colon && !p->prev_para_semi &&
        !STARTS_WITH(s, sent->end, skip_blank(s, sent->end, sent->start), "——"))
      p->list_open = 0;
    p->para_start = sent->start;
    p->para_end = sent->end;
    p->para_ready = 0;
  }
  if (opens_list(p, sent->start, sent->end)) {
    p->list_open = 1;
    p->list_when = sentence_when(p);
    if (p->list_when.kind == WHEN_NONE) p->list_when = paragraph_when(p);
  }
}

static void sentence_finish(targets_parser *p, const sentence *sent)
{
  uint32_t c = last_char(p->s, sent->start, sent->end);
  p->prev_para_colon = c == ':' || c == CH_COLON;
  p->prev_para_semi = c == ';' || c == CH_SEMI;
}

int targets_parser_new(const unsigned char *doc, size_t n, int year,
                       const indicator_lexicon *indicators, const clause_lexicon *words,
                       targets_parser **out)
{
  return targets_parser_new_ex(doc, n, year, indicators, words, NULL, NULL, out);
}

int targets_parser_new_ex(const unsigned char *doc, size_t n, int year,
                          const indicator_lexicon *indicators, const clause_lexicon *words,
                          stop_fn stop, void *ctx, targets_parser **out)
{
  *out = NULL;
  targets_parser *p = gwr_mem_alloc(sizeof *p);
  if (p == NULL) return TARGETS_NOMEM;
  memset(p, 0, sizeof *p);
  p->s = doc;
  p->n = n;
  p->year_arg = year;
  p->ind = indicators;
  p->words = words;
  p->stop = stop;
  p->stop_ctx = ctx;
  int rc = outline_parse_ex(doc, n, OUTLINE_SENTENCES, stop, ctx, &p->o);
  if (rc != OUTLINE_OK) {
    gwr_mem_free(p);
    return rc == OUTLINE_INTERRUPTED ? TARGETS_INTERRUPTED : TARGETS_NOMEM;
  }
  p->next_sentence = 1;
  p->section_cursor = 1;
  *out = p;
  return TARGETS_OK;
}

int targets_next(targets_parser *p, target_row *row)
{
  const target_row *r;
  int rc = targets_next_ref(p, &r);
  if (rc == 1) *row = *r;
  return rc;
}

int targets_next_ref(targets_parser *p, const target_row **row)
{
  for (;;) {
    if (p->next_row < p->n_rows) {
      *row = &p->rows[p->next_row++];
      return 1;
    }
    if (p->done) return 0;
    if (p->batch_next == p->batch_count) {
      int rc = batch_fill(p);
      if (rc < 0) return rc;
      if (p->batch_count == 0) {
        p->done = 1;
        return 0;
      }
    }
    const batch_entry *e = &p->batch[p->batch_next++];
    const sentence *sent = e->sent;
    sentence_context(p, sent);
    sentence_start(p, e, sent->start, sent->end);
    sentence_frames(p, sent);
    if (sentence_read(p, sent->start, sent->end) < 0) return TARGETS_NOMEM;
    sentence_finish(p, sent);
  }
}

void targets_parser_free(targets_parser *p)
{
  if (p == NULL) return;
  outline_free(p->o);
  gwr_mem_free(p->titles);
  gwr_mem_free(p->batch_figs);
  gwr_mem_free(p->rows);
  gwr_mem_free(p);
}
