/*
** The outline parser: see outline.h for what it recognises.
**
** Two passes, each linear:
**   1. Detection, paragraph by paragraph through a linewrap_reader: every place where a
**      section may start becomes an item — a numbered marker at a paragraph start or,
**      when its number continues the sequence, after 。 or ： in mid-line; an enumeration;
**      a lead; a heading line; a title block. Decisions that need what comes next wait a
**      little: a lead sentence that only a run of parallel paragraphs makes a lead, an
**      enumeration 一是 that only its 二是 confirms, the closing 各位代表 paragraph that only
**      the end of its report confirms. Two pseudo-items remember where a paragraph was
**      cut off mid-sentence (a report may begin after it) and where a closing stands.
**   2. Tree, item by item with a stack of open sections by rank: nesting, numbering
**      restarts that begin a new report, heading placement, ends, bodies and roles.
*/
#include "outline.h"

#include "byteset.h"
#include "chars.h"
#include "cues.h"
#include "mem.h"
#include "sentence.h"
#include "utf8.h"

#include <string.h>

/* ---- Pass 1: items ---------------------------------------------------------------- */

enum { ITEM_SECTION = 0, ITEM_BREAK, ITEM_CLOSING };
enum {
  ITEM_CANDIDATE = 1, /* a lead that waits for its run of parallel paragraphs */
  ITEM_DEAD = 2       /* taken back; compacted away */
};

typedef struct item {
  outline_section sec; /* kind, style, ordinal, run_in, start and the spans */
  unsigned char type;
  unsigned char flags;
  int run;             /* the lead run it belongs to */
  int need;            /* a candidate lead: the run length that confirms it */
  int year, month, day;/* a report's date line */
  size_t date_start, date_end;
} item;

/* Leads: a first sentence of at most LEAD_SHORT characters without a comma is a lead on
** its own (in the first paragraph of a section, only with a parallel one after it); one
** of at most LEAD_PARALLEL characters and LEAD_PARALLEL_COMMAS commas is a lead in a run
** of at least RUN_MIN consecutive paragraphs that all open so. */
#define LEAD_SHORT 20
#define LEAD_PARALLEL 40
#define LEAD_PARALLEL_COMMAS 2
#define RUN_MIN 3
/* Unnumbered heading lines are at most this long. */
#define HEADING_LINE 30

enum { PARA_PLAIN, PARA_TITLE, PARA_CHROME };

typedef struct parser {
  const unsigned char *s;
  size_t n;
  item *items;
  size_t count, cap;
  int nomem;
  linewrap_reader reader;

  int last_ordinal[MARKER_STYLE_COUNT]; /* the numbering so far, per style */

  /* the current paragraph */
  int para_kind;
  int para_lines;
  size_t para_start;
  size_t para_first_item;  /* items made before it */
  int first_open;          /* its first sentence is being measured (lead detection) */
  int first_commas;
  int first_blocked;       /* ；：or an item inside the first sentence: no lead */
  int para_member;         /* it belongs to the current lead run */
  int paras_in_section;    /* paragraphs of text since the last structural item */
  long para_heading;       /* the structural item that opened this paragraph, -1 if none */
  int para_address;        /* it opens with 各位代表 */

  /* indices into items, fixed up by items_compact(); -1 when none */
  long open_title;         /* the item whose title is being read */
  long enum_pending[2];    /* an unconfirmed 第一， (0) / 一是 (1) */
  long report_item;        /* the current report */
  long break_item;         /* the BREAK since the last structural item */
  long closing_item;       /* the live closing candidate */
  long run_first_item;     /* the first item of the current lead run */

  int run_id, run_len;
  int enum_last[2];        /* the ordinal of each enumeration family so far */
  int closing_body_done;   /* the closing's text has been read */
  int closing_check;       /* the current paragraph follows the closing's text */
  int report_content;      /* report text seen since the current report began */
  int break_pending;       /* the last paragraph was cut off mid-sentence */
  int preamble;            /* the last paragraph may title the report a block opens: */
  size_t preamble_start, preamble_end; /* ... its text (see preamble_title()) */
  sentence_builder *sentences; /* NULL unless the caller wants sentences */
} parser;

static long *parser_ref(parser *P, int k)
{
  switch (k) {
  case 0: return &P->open_title;
  case 1: return &P->enum_pending[0];
  case 2: return &P->enum_pending[1];
  case 3: return &P->report_item;
  case 4: return &P->break_item;
  case 5: return &P->closing_item;
  case 6: return &P->run_first_item;
  case 7: return &P->para_heading;
  default: return NULL;
  }
}

/* Items are appended in document order: every caller makes them at the scan position. */
static item *item_append(parser *P, int type, size_t start)
{
  if (P->nomem) return NULL;
  if (P->count == P->cap) {
    /* growing by half keeps the peak of a huge document's parse low (docs/security.md) */
    size_t cap = P->cap ? P->cap + P->cap / 2 : 64;
    item *a = gwr_mem_realloc(P->items, cap * sizeof *a);
    if (a == NULL) {
      P->nomem = 1;
      return NULL;
    }
    P->items = a;
    P->cap = cap;
  }
  item *it = &P->items[P->count++];
  memset(it, 0, sizeof *it);
  it->type = (unsigned char)type;
  it->sec.start = start;
  return it;
}

static long item_index(const parser *P, const item *it)
{
  return it ? (long)(it - P->items) : -1;
}

/* Drops the DEAD items from index from on, keeping the order and fixing the indices the
** parser holds. Items are taken back only near the end, so the work stays linear. */
static void items_compact(parser *P, long from)
{
  long w = from;
  for (long r = from; r < (long)P->count; r++) {
    int dead = (P->items[r].flags & ITEM_DEAD) != 0;
    for (int k = 0; parser_ref(P, k); k++) {
      long *ref = parser_ref(P, k);
      if (*ref == r) *ref = dead ? -1 : w;
    }
    if (dead) continue;
    if (w != r) P->items[w] = P->items[r];
    w++;
  }
  P->count = (size_t)w;
}

static void item_kill(parser *P, long index)
{
  if (index < 0 || index >= (long)P->count) return;
  P->items[index].flags |= ITEM_DEAD;
  items_compact(P, index);
}

/* ---- Text helpers --------------------------------------------------------------- */

static uint32_t char_at(const unsigned char *s, size_t end, size_t pos, size_t *after)
{
  size_t q = pos;
  uint32_t c = char_fold(utf8_next(s, end, &q));
  if (after) *after = q;
  return c;
}

static int is_blank_char(uint32_t c)
{
  return c == ' ' || char_is_ignorable(c) || char_is_newline(c);
}

static size_t skip_spaces(const unsigned char *s, size_t end, size_t pos)
{
  while (pos < end) {
    size_t q;
    if (!is_blank_char(char_at(s, end, pos, &q))) break;
    pos = q;
  }
  return pos;
}

/* Characters in s[start..end), or cap + 1 when there are more than cap. */
static unsigned count_chars(const unsigned char *s, size_t start, size_t end, unsigned cap)
{
  if (end - start > 4 * (size_t)cap) return cap + 1;
  unsigned k = 0;
  for (size_t p = start; p < end; p++) k += (s[p] & 0xC0) != 0x80;
  return k > cap ? cap + 1 : k;
}

/* ---- Numbering ------------------------------------------------------------------ */

/* Does a numbered marker continue the outline so far (the next sibling, or the first
** child of a level not yet open)? */
static int sequence_fits(const parser *P, marker_style style, int ordinal)
{
  if (style == MARKER_PIAN || style == MARKER_APPENDIX) return 1;
  return ordinal == P->last_ordinal[style] + 1;
}

static void sequence_accept(parser *P, marker_style style, int ordinal)
{
  P->last_ordinal[style] = ordinal;
  for (int s = style + 1; s <= MARKER_CIRCLED; s++) P->last_ordinal[s] = 0;
}

static int parser_fits(void *ctx, const linewrap_line *line)
{
  const parser *P = ctx;
  return sequence_fits(P, line->mark.style, line->mark.ordinal);
}

/* ---- Titles --------------------------------------------------------------------- */

/* Closes the open title at end; the body starts at body; run_in: text follows it in the
** same paragraph. */
static void title_close(parser *P, size_t end, size_t body, int run_in)
{
  if (P->open_title < 0) return;
  item *it = &P->items[P->open_title];
  it->sec.title_end = linewrap_trim_end(P->s, it->sec.title_start, end);
  it->sec.body_start = body;
  it->sec.run_in = run_in;
  P->open_title = -1;
}

static void title_open(parser *P, item *it, size_t start)
{
  it->sec.title_start = it->sec.title_end = it->sec.body_start = start;
  P->open_title = item_index(P, it);
}

/* ---- Runs, enumerations, the closing -------------------------------------------- */

/* A lead run ends: confirm its candidates when it is long enough, else take them back. */
static void run_finalize(parser *P)
{
  if (P->run_len > 0 && P->run_first_item >= 0) {
    long from = P->run_first_item;
    int kill = 0;
    for (long i = from; i < (long)P->count; i++) {
      item *it = &P->items[i];
      if (!(it->flags & ITEM_CANDIDATE) || it->run != P->run_id) continue;
      it->flags &= ~ITEM_CANDIDATE;
      if (P->run_len < it->need) {
        it->flags |= ITEM_DEAD;
        kill = 1;
      }
    }
    if (kill) items_compact(P, from);
  }
  P->run_len = 0;
  P->run_first_item = -1;
  P->run_id++;
}

/* An 一是 without its 二是 is no enumeration: take it back. */
static void enum_cancel(parser *P, int family)
{
  long at = P->enum_pending[family];
  P->enum_pending[family] = -1;
  item_kill(P, at);
}

static void enum_reset(parser *P)
{
  for (int f = 0; f < 2; f++) {
    enum_cancel(P, f);
    P->enum_last[f] = 0;
  }
}

/* A structural item (report, appendix, numbered heading, heading line) comes next:
** settle what waits for one. A closing candidate stays; pass 2 judges it. */
static void before_structural(parser *P)
{
  enum_reset(P);
  run_finalize(P);
  P->closing_item = -1;
  P->closing_check = 0;
  P->break_item = -1;
  P->paras_in_section = 0;
}

static item *section_new(parser *P, outline_kind kind, size_t start, const marker *m)
{
  item *it = item_append(P, ITEM_SECTION, start);
  if (it == NULL) return NULL;
  it->sec.kind = kind;
  if (m) {
    it->sec.style = m->style;
    it->sec.ordinal = m->ordinal;
    it->sec.marker_start = m->start;
    it->sec.marker_end = m->end;
  } else {
    it->sec.marker_start = it->sec.marker_end = start;
  }
  it->sec.title_start = it->sec.title_end = it->sec.body_start = start;
  return it;
}

static outline_kind kind_of_style(marker_style style)
{
  switch (style) {
  case MARKER_PIAN: return OUTLINE_REPORT;
  case MARKER_ZHANG: case MARKER_PART: return OUTLINE_PART;
  case MARKER_JIE: case MARKER_CHAPTER: return OUTLINE_CHAPTER;
  case MARKER_ITEM: return OUTLINE_ITEM;
  case MARKER_SUBITEM: case MARKER_CIRCLED: return OUTLINE_SUBITEM;
  case MARKER_APPENDIX: return OUTLINE_APPENDIX;
  case MARKER_ENUM_DI: case MARKER_ENUM_SHI: return OUTLINE_ENUM;
  default: return OUTLINE_LEAD;
  }
}

/* A numbered heading or an appendix at m; its title starts at m->text. */
static void numbered_accept(parser *P, const marker *m)
{
  title_close(P, m->start, m->start, 0);
  if (P->sentences) sentence_builder_split(P->sentences, P->s, m->start);
  before_structural(P);
  item *it = section_new(P, kind_of_style(m->style), m->start, m);
  if (it == NULL) return;
  title_open(P, it, m->text);
  if (m->style == MARKER_APPENDIX) {
    memset(P->last_ordinal, 0, sizeof P->last_ordinal);
  } else {
    sequence_accept(P, m->style, m->ordinal);
  }
  P->report_content = 1;
  P->first_open = 0;
}

/* An enumeration marker at m (一是, 第一，) where the text allows one. */
static int enum_try(parser *P, const marker *m)
{
  int f = m->style == MARKER_ENUM_DI ? 0 : 1;
  if (m->ordinal == 1) {
    enum_cancel(P, f);
  } else if (m->ordinal != P->enum_last[f] + 1) {
    return 0;
  }
  if (f == 0) { /* 第二， closes the 一是 run that 第一， held */
    enum_cancel(P, 1);
    P->enum_last[1] = 0;
  }
  title_close(P, m->start, m->start, 0);
  item *it = section_new(P, OUTLINE_ENUM, m->start, m);
  if (it == NULL) return 0;
  title_open(P, it, m->text);
  if (m->ordinal == 1) {
    P->enum_pending[f] = item_index(P, it);
  } else {
    P->enum_pending[f] = -1;
  }
  P->enum_last[f] = m->ordinal;
  P->first_blocked = 1;
  return 1;
}

/* Can the character at p start a marker that may stand in mid-line: ( （ a digit, 第, or
** 一…十 百 〇 零? Read from its first two bytes, so that most text is passed without
** decoding: bit (second byte & 63) of the first byte's entry, every bit for a one-byte
** character (a lead byte is always followed by its continuation bytes in valid UTF-8,
** whose low six bits tell them apart). Enumerations only (第, 一…十) in row 1: after ，、.
** A table rather than a switch: the first byte after punctuation is any ideograph's,
** and a jump on it was mispredicted about as often as it was taken. */
#define SECOND(b) (UINT64_C(1) << ((b) & 63))
#define ENUM_STARTS                                                              \
  [0xE4] = SECOND(0xB8) | SECOND(0xB9) | SECOND(0xBA), /* 一 三 七 / 九 / 二 五 */  \
  [0xE5] = SECOND(0x9B) | SECOND(0x85) | SECOND(0x8D), /* 四 / 六 八 / 十 */        \
  [0xE7] = SECOND(0xAC) | SECOND(0x99),                /* 第 / 百 */              \
  [0xE3] = SECOND(0x80),                               /* 〇 */                   \
  [0xE9] = SECOND(0x9B)                                /* 零 */
static const uint64_t marker_starts[2][256] = {
  {
    ENUM_STARTS,
    ['('] = ~UINT64_C(0),
    [0xEF] = SECOND(0xBC), /* （ and full-width digits */
    ['0'] = ~UINT64_C(0), ['1'] = ~UINT64_C(0), ['2'] = ~UINT64_C(0), ['3'] = ~UINT64_C(0),
    ['4'] = ~UINT64_C(0), ['5'] = ~UINT64_C(0), ['6'] = ~UINT64_C(0), ['7'] = ~UINT64_C(0),
    ['8'] = ~UINT64_C(0), ['9'] = ~UINT64_C(0),
  },
  {ENUM_STARTS},
};
#undef ENUM_STARTS
#undef SECOND

/* The characters (before folding) that open the markers midline_marker_read() accepts:
** 第 and the Chinese numerals, and （ and the full-width digits. */
static int opens_midline_marker(uint32_t c)
{
  switch (c) {
  case 0x7B2C: /* 第 */
  case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: /* 〇零一二三四 */
  case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: /* 五六七八九十 */
  case 0x767E: case 0xFF08:                                                     /* 百 （ */
    return 1;
  default:
    return c >= 0xFF10 && c <= 0xFF19;
  }
}

static inline int may_start_marker(const unsigned char *s, size_t p, size_t e, int enum_only)
{
  unsigned char b = s[p], b1 = p + 1 < e ? s[p + 1] : 0;
  if (!((marker_starts[enum_only != 0][b] >> (b1 & 63)) & 1)) return 0;
  /* the two bytes admit whole blocks (一 shares E4 B8 with 不 上 中): the third decides */
  if (b < 0xE0 || p + 2 >= e) return 1;
  return opens_midline_marker(((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(b1 & 0x3F) << 6) |
                              (s[p + 2] & 0x3F));
}

/* After punctuation, a marker at pos may open a section in mid-line. how: what precedes
** it — 's' 。！？, 'c' ：, ';' ；, ',' ，、, ' ' spaces. Numbered headings only after 。 or ：
** and only when their number continues the sequence; enumerations after any of them. */
static void midline_marker_read(parser *P, const linewrap_line *l, size_t pos, int how)
{
  marker m;
  if (!marker_read(P->s, l->text_end, pos, &m)) return;
  if (m.style == MARKER_ENUM_DI || m.style == MARKER_ENUM_SHI) {
    enum_try(P, &m);
    return;
  }
  if ((how == 's' || how == 'c') &&
      (m.style == MARKER_PART || m.style == MARKER_CHAPTER || m.style == MARKER_ITEM) &&
      m.text < l->text_end && sequence_fits(P, m.style, m.ordinal))
    numbered_accept(P, &m);
}

/* The common case — no marker can start at pos — decided without a call. */
static inline void midline_marker(parser *P, const linewrap_line *l, size_t pos, int how)
{
  if (pos < l->text_end && may_start_marker(P->s, pos, l->text_end, how == ','))
    midline_marker_read(P, l, pos, how);
}

/* ---- Leads ---------------------------------------------------------------------- */

/* How long a run of parallel paragraphs must be to make the first sentence
** s[para_start..end) a lead: 1 (a lead on its own), 2, RUN_MIN, or 0 (never). */
static int lead_run_needed(parser *P, size_t end, int has_rest)
{
  if (!has_rest || P->first_blocked || P->para_address || P->reader.uncertain) return 0;
  if (P->count != P->para_first_item) return 0;
  unsigned chars = count_chars(P->s, P->para_start, end, LEAD_PARALLEL);
  if (chars < 4 || chars > LEAD_PARALLEL || P->first_commas > LEAD_PARALLEL_COMMAS) return 0;
  /* The first paragraph of a section introduces it, unless parallel ones follow. */
  int first = P->paras_in_section == 0;
  if (chars > LEAD_SHORT || P->first_commas > 0) return first ? 0 : RUN_MIN;
  cue_text t;
  cue_text_load(&t, P->s, P->para_start, end, 0);
  /* 是 makes a statement; 今年…, 我们…, 同时… frame one; a number states a fact. */
  if (cue_has_char(&t, 0x662F) || cue_starts_with(&t, CUE_NOT_LEAD_PREFIX) ||
      (t.len > 0 && char_is_digit(t.c[0])))
    return first ? 0 : RUN_MIN;
  return first ? 2 : 1;
}

/* The first sentence of a plain paragraph ends at the 。 at stop; next is after it. */
static void first_sentence_end(parser *P, const linewrap_line *l, size_t stop, size_t next)
{
  P->first_open = 0;
  size_t rest = skip_spaces(P->s, l->text_end, next);
  int need = lead_run_needed(P, stop, rest < l->text_end);
  if (need == 0) return;
  enum_reset(P);
  P->closing_check = P->closing_item >= 0 ? P->closing_check : 0;
  item *it = section_new(P, OUTLINE_LEAD, P->para_start, NULL);
  if (it == NULL) return;
  it->sec.title_end = stop;
  it->sec.body_start = next;
  it->sec.run_in = 1;
  if (P->run_len == 0) P->run_first_item = item_index(P, it);
  P->run_len++;
  it->run = P->run_id;
  it->need = need;
  if (need > 1) it->flags |= ITEM_CANDIDATE;
  P->para_member = 1;
}

/* ---- Scanning a line ------------------------------------------------------------ */

/* The scanner looks for bytes that may start a character it acts on: tab, space ! , : ;
** ?, NBSP (C2), × (C3), general punctuation and spaces (E2), CJK punctuation and U+3000
** (E3), full-width forms (EF); while a title is open, digits too (回顾1999年 ends one).
** Such bytes are never continuation bytes, so whatever byte the scan stops at starts a
** character. */
#define SCAN_STOPS(X, a)                                                            \
  X(a, 0, NIBBLE(0x0), NIBBLE(0x9))                           /* tab */             \
  X(a, 1, NIBBLE(0x2), NIBBLE(0x0) | NIBBLE(0x1) | NIBBLE(0xC)) /* space ! , */     \
  X(a, 2, NIBBLE(0x3), NIBBLE(0xA) | NIBBLE(0xB) | NIBBLE(0xF)) /* : ; ? */         \
  X(a, 3, NIBBLE(0xC) | NIBBLE(0xE), NIBBLE(0x2) | NIBBLE(0x3)) /* C2 C3 E2 E3 */   \
  X(a, 4, NIBBLE(0xE), NIBBLE(0xF))                           /* EF */
#define SCAN_STOPS_DIGITS(X, a)                                                     \
  SCAN_STOPS(X, a)                                                                  \
  X(a, 5, NIBBLE(0x3), 0x3FFu)                                /* 0-9 */
static const byteset scan_stops = BYTESET(SCAN_STOPS);
static const byteset scan_stops_digits = BYTESET(SCAN_STOPS_DIGITS);

/* What the scanner found, read from the bytes without decoding. */
enum { EV_NONE, EV_STOP, EV_COLON, EV_SEMICOLON, EV_COMMA, EV_SPACE, EV_REDACTION };

static inline int scan_event(const unsigned char *s, size_t p, size_t e, size_t *after)
{
  unsigned char b = s[p];
  /* ， 、 。 make most of the stops: tested first, on their three bytes */
  if (p + 2 < e && (b == 0xEF || b == 0xE3)) {
    unsigned b12 = (unsigned)s[p + 1] << 8 | s[p + 2];
    int ev = b == 0xEF ? (b12 == 0xBC8C ? EV_COMMA : -1)
                       : b12 == 0x8081 ? EV_COMMA : b12 == 0x8082 ? EV_STOP : -1;
    if (ev >= 0) {
      *after = p + 3;
      return ev;
    }
  }
  if (b < 0x80) {
    *after = p + 1;
    switch (b) {
    case '!': case '?': return EV_STOP;
    case ':': return EV_COLON;
    case ';': return EV_SEMICOLON;
    case ',': return EV_COMMA;
    case ' ': case '\t': return EV_SPACE;
    case '~': return EV_REDACTION;
    default: return EV_NONE;
    }
  }
  /* the length from the lead byte, as for valid UTF-8 (utf8_next() would also decode) */
  size_t q = p + (b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4);
  if (q > e) q = e; /* only on invalid input */
  *after = q;
  unsigned char b1 = s[p + 1], b2 = q - p > 2 ? s[p + 2] : 0;
  switch (b) {
  case 0xC2: return b1 == 0xA0 ? EV_SPACE : EV_NONE;               /* NBSP */
  case 0xC3: return b1 == 0x97 ? EV_REDACTION : EV_NONE;           /* × */
  case 0xE2: /* U+2000–U+200A, U+202F spaces; U+200B–U+200D zero width (ignored) */
    return b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF) ? EV_SPACE : EV_NONE;
  case 0xE3:
    if (b1 != 0x80) return EV_NONE;
    return b2 == 0x82 ? EV_STOP : b2 == 0x81 ? EV_COMMA : b2 == 0x80 ? EV_SPACE : EV_NONE;
  case 0xEF:
    if (b1 == 0xBC) {
      switch (b2) {
      case 0x81: case 0x9F: return EV_STOP;  /* ！？ */
      case 0x9A: return EV_COLON;            /* ： */
      case 0x9B: return EV_SEMICOLON;        /* ； */
      case 0x8C: return EV_COMMA;            /* ， */
      default: return EV_NONE;
      }
    }
    if (b1 == 0xBD) return b2 == 0x9E ? EV_REDACTION : b2 == 0xA1 ? EV_STOP : EV_NONE; /* ～ ｡ */
    return EV_NONE;
  default: return EV_NONE;
  }
}

/* The first bytes of the spaces scan_event() knows: tab, space, C2 (NBSP), E2 (U+2000…),
** E3 (U+3000). */
static const unsigned char space_leads[256] = {
  ['\t'] = 1, [' '] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* Spaces at p, tested on the bytes: most of the time there are none, and the first
** byte says so. */
static inline size_t scan_spaces(const unsigned char *s, size_t p, size_t e)
{
  while (p < e) {
    if (!space_leads[s[p]]) break;
    size_t q;
    if (scan_event(s, p, e, &q) != EV_SPACE) break;
    p = q;
  }
  return p;
}

/* A heading noun (回顾, 任务, 工作…) just before pos, with title text before it. */
static int heading_noun_before(const parser *P, size_t pos)
{
  const item *it = &P->items[P->open_title];
  if (pos < it->sec.title_start + 9) return 0; /* one character and the noun at least */
  size_t p2 = utf8_prev(P->s, utf8_prev(P->s, pos));
  cue_text t;
  cue_text_load(&t, P->s, p2, pos, 0);
  return t.len == 2 && cue_equals(&t, CUE_HEADING_NOUN);
}

static void scan_line(parser *P, const linewrap_line *l, size_t from)
{
  const unsigned char *s = P->s;
  size_t e = l->text_end;
  size_t p = from;
  byteset_cursor stops; /* a stop every few dozen bytes: 64 bytes are tested at once */
  byteset_cursor_init(&stops, &scan_stops, s, e, P->n);
  byteset_cursor digit_stops; /* the same with digits, while a title is open */
  byteset_cursor_init(&digit_stops, &scan_stops_digits, s, e, P->n);
  while (p < e) {
    /* while a title is open (its first few characters), digits end the skip too */
    p = byteset_next(P->open_title >= 0 ? &digit_stops : &stops, p);
    if (p >= e) break;
    size_t q = p + 1;
    int ev = char_is_digit(s[p]) ? EV_REDACTION : scan_event(s, p, e, &q);
    switch (ev) {
    case EV_STOP: {
      if (P->sentences) {
        size_t end = sentence_builder_stop(P->sentences, s, e, p);
        size_t next = end ? scan_spaces(s, end, e) : e;
        if (next < e) sentence_builder_text(P->sentences, next);
      }
      size_t r = scan_spaces(s, q, e);
      title_close(P, p, q, r < e);
      if (P->first_open) first_sentence_end(P, l, p, q);
      midline_marker(P, l, r, 's');
      break;
    }
    case EV_COLON:
    case EV_SEMICOLON: {
      size_t r = scan_spaces(s, q, e);
      title_close(P, p, q, r < e);
      if (P->first_open) P->first_blocked = 1;
      midline_marker(P, l, r, ev == EV_COLON ? 'c' : ';');
      break;
    }
    case EV_COMMA:
      if (P->first_open && s[p] != 0xE3) P->first_commas++; /* ， counts, 、 does not */
      midline_marker(P, l, scan_spaces(s, q, e), ',');
      break;
    case EV_SPACE: {
      size_t r = scan_spaces(s, q, e);
      if (P->open_title >= 0 && r < e && p > P->items[P->open_title].sec.title_start)
        title_close(P, p, r, 1); /* 五年的回顾 1999年以来: a gap ends a run-in title */
      if (r < e) midline_marker(P, l, r, ' ');
      q = r;
      break;
    }
    case EV_REDACTION: /* a digit, ～ or × */
      if (P->open_title >= 0 && heading_noun_before(P, p)) title_close(P, p, p, 1);
      break;
    default:
      break;
    }
    p = q;
  }
}
/* ---- Title blocks --------------------------------------------------------------- */

/* A line of a title block: 第N篇, …政府工作报告, the date line, the speaker, 各位代表：.
** Consecutive ones make one report. Returns 0 when the line is text after all. */
static int title_block(parser *P, const linewrap_line *l)
{
  int header = l->mark.style == MARKER_PIAN;
  item *rep = P->report_item >= 0 ? &P->items[P->report_item] : NULL;
  int extend = rep && !P->report_content && !(header && rep->sec.style == MARKER_PIAN);
  if (!extend) {
    if (!header && !(l->flags & (LINEWRAP_TITLE_NAME | LINEWRAP_TITLE_DATE |
                                 LINEWRAP_DATE_OPEN | LINEWRAP_SALUTATION)))
      return 0; /* a speaker line outside a title block is text */
    before_structural(P);
    memset(P->last_ordinal, 0, sizeof P->last_ordinal);
    /* 某省人民政府 above a date line or 各位代表 that name no report: the report's title */
    int titled = P->preamble && !header && !(l->flags & LINEWRAP_TITLE_NAME);
    rep = section_new(P, OUTLINE_REPORT, titled ? P->preamble_start : l->text_start,
                      header ? &l->mark : NULL);
    if (rep == NULL) return 1;
    if (titled) {
      rep->sec.title_start = P->preamble_start;
      rep->sec.title_end = P->preamble_end;
    }
    P->preamble = 0;
    P->report_item = item_index(P, rep);
    P->report_content = 0;
  }
  if (header) {
    if (rep->sec.style != MARKER_PIAN) { /* 第N篇 under a page title: it numbers the report */
      rep->sec.style = MARKER_PIAN;
      rep->sec.ordinal = l->mark.ordinal;
      rep->sec.marker_start = l->mark.start;
      rep->sec.marker_end = l->mark.end;
    }
    if (l->mark.text < l->text_end) {
      rep->sec.title_start = l->mark.text;
      rep->sec.title_end = l->text_end;
    }
  } else if ((l->flags & LINEWRAP_TITLE_NAME) && rep->sec.title_end == rep->sec.title_start) {
    rep->sec.title_start = l->text_start;
    rep->sec.title_end = l->text_end;
  }
  rep->sec.body_start = l->next;
  return 1;
}

/* At the end of a title-block paragraph (a date line may span two lines): its date. */
static void title_block_end(parser *P, const linewrap_line *l)
{
  if (P->report_item < 0) return;
  item *rep = &P->items[P->report_item];
  rep->sec.body_start = l->next;
  if (rep->date_end != 0) return;
  cue_text t;
  cue_text_load(&t, P->s, P->para_start, l->text_end, 0);
  int y, m, d;
  if (cue_date_line(&t, &y, &m, &d)) {
    rep->year = y;
    rep->month = m;
    rep->day = d;
    rep->date_start = P->para_start;
    rep->date_end = l->text_end;
  }
}

/* ---- Paragraphs ----------------------------------------------------------------- */

static int starts_with_address(const parser *P, const linewrap_line *l)
{
  if (!cue_may_start(char_at(P->s, l->text_end, l->text_start, NULL), CUE_ADDRESS)) return 0;
  size_t end = l->text_end - l->text_start > 24 ? l->text_start + 24 : l->text_end;
  while (end > l->text_start && end < l->text_end && (P->s[end] & 0xC0) == 0x80) end--;
  cue_text t;
  cue_text_load(&t, P->s, l->text_start, end, 0);
  return cue_starts_with(&t, CUE_ADDRESS) != 0;
}

/* The closing's title is its address, 各位代表 up to the first ，！？：。、； */
static void closing_title(parser *P, item *it, const linewrap_line *l)
{
  size_t p = l->text_start, end = l->text_end;
  size_t limit = end - p > 40 ? p + 40 : end; /* an address is a few characters */
  it->sec.title_start = p;
  while (p < limit) {
    size_t q;
    uint32_t c = char_at(P->s, end, p, &q);
    if (c == ',' || c == '!' || c == '?' || c == ':' || c == 0x3002 || c == 0x3001 || c == ';') {
      it->sec.title_end = p;
      it->sec.body_start = q;
      return;
    }
    p = q;
  }
  it->sec.title_end = it->sec.body_start = p;
}

/* Starts a paragraph at line l; returns where scan_line() begins reading it. */
static size_t paragraph_begin(parser *P, const linewrap_line *l)
{
  P->para_start = l->text_start;
  P->para_lines = 0;
  P->para_first_item = P->count;
  P->para_member = 0;
  P->first_open = 0;
  P->first_commas = 0;
  P->first_blocked = 0;
  P->para_address = 0;
  P->open_title = -1;
  P->para_heading = -1;
  if (l->flags & LINEWRAP_CHROME) {
    P->para_kind = PARA_CHROME;
    return l->text_end;
  }
  if (P->break_pending) {
    P->break_pending = 0;
    run_finalize(P); /* what follows a cut is no parallel of what came before */
    item_kill(P, P->break_item); /* only the last cut before a structural item counts */
    item *it = item_append(P, ITEM_BREAK, l->text_start);
    P->break_item = item_index(P, it);
    P->para_first_item = P->count;
  }
  if (((l->flags & (LINEWRAP_TITLE | LINEWRAP_DATE_OPEN)) || l->mark.style == MARKER_PIAN) &&
      title_block(P, l)) {
    P->para_kind = PARA_TITLE;
    return l->text_end;
  }
  P->para_kind = PARA_PLAIN;
  P->report_content = 1;

  /* The closing candidate: the last paragraph opened by 各位代表 before a report ends. */
  P->para_address = starts_with_address(P, l);
  if (P->para_address) {
    item_kill(P, P->closing_item);
    item *it = item_append(P, ITEM_CLOSING, l->text_start);
    P->closing_item = item_index(P, it);
    if (it) closing_title(P, it, l);
    /* "各位代表！" alone: the closing's text is the next paragraph. */
    P->closing_body_done = !(l->chars <= 6 && l->end_kind != LINEWRAP_END_OPEN);
    P->para_first_item = P->count;
  } else if (P->closing_item >= 0) {
    if (P->closing_body_done) P->closing_check = 1;
    P->closing_body_done = 1;
  }

  const marker *m = &l->mark;
  size_t from = l->text_start;
  if (marker_is_numbered(m->style) || m->style == MARKER_APPENDIX) {
    numbered_accept(P, m);
    P->para_heading = (long)P->count - 1;
    from = m->text;
  } else if ((m->style == MARKER_ENUM_DI || m->style == MARKER_ENUM_SHI) && enum_try(P, m)) {
    from = m->text;
  } else if (m->style == MARKER_DASH) {
    enum_reset(P);
    item *it = section_new(P, OUTLINE_LEAD, m->start, m);
    if (it) title_open(P, it, m->text);
    from = m->text;
  } else {
    P->first_open = 1;
  }
  return from;
}

/* Is the one-line paragraph l an unnumbered heading line? next: the next line with text. */
static int is_heading_line(parser *P, const linewrap_line *l, const linewrap_line *next)
{
  if (P->para_lines != 1 || P->para_address || P->count != P->para_first_item) return 0;
  if (l->mark.style != MARKER_NONE || l->chars > HEADING_LINE) return 0;
  if (l->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON | LINEWRAP_TITLE)) return 0;
  if (l->end_kind == LINEWRAP_END_OPEN) {
    if (l->flags & LINEWRAP_HEADING_WORD) return 1;
    /* wrapped at a fixed width, a short line without any punctuation is a title line */
    if (P->reader.width) return 1;
    /* a short line over a list: 强化创新驱动 / （一）… */
    return next && marker_is_numbered(next->mark.style) && next->mark.ordinal == 1;
  }
  if (l->end_kind == LINEWRAP_END_COLON) {
    cue_text t;
    cue_text_load(&t, P->s, l->text_start, l->text_end, 0);
    return !cue_contains(&t, CUE_INTRO); /* 强力推进“十一件大事”： but not 主要任务是： */
  }
  return 0;
}

/* The next line with text after the reader's current one (blank lines skipped). */
static int next_text_line(parser *P, linewrap_line *out)
{
  if (!P->reader.has_ahead) return 0;
  *out = P->reader.ahead;
  while (out->flags & LINEWRAP_BLANK) {
    if (out->next >= P->n) return 0;
    linewrap_read(P->s, P->n, out->next, out);
  }
  return 1;
}

/* A heading line titled s[start..end); its body starts at body (after a ：). */
static void heading_new(parser *P, size_t start, size_t end, size_t body)
{
  before_structural(P);
  item *it = section_new(P, OUTLINE_HEADING, start, NULL);
  if (it == NULL) return;
  it->sec.title_start = start;
  it->sec.title_end = end;
  it->sec.body_start = body;
}

/* Can the one-line paragraph l, before anything of the outline, title the report whose
** title block follows it (某省人民政府, with no 政府工作报告 of its own)? A short line
** with an ideograph, no marker, bracket or punctuation: a sentence or a heading is none. */
static int preamble_title(const parser *P, const linewrap_line *l)
{
  if (P->count != 0 || P->para_lines != 1 || l->chars > HEADING_LINE) return 0;
  if (l->mark.style != MARKER_NONE || l->end_kind != LINEWRAP_END_OPEN) return 0;
  if (l->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON | LINEWRAP_TITLE)) return 0;
  size_t p = l->text_start;
  int han = 0;
  while (p < l->text_end) {
    uint32_t c = char_at(P->s, l->text_end, p, &p);
    if (char_is_han(c)) han = 1;
    else if (c != ' ' && !char_is_ignorable(c)) return 0;
  }
  return han;
}

static void paragraph_end(parser *P, const linewrap_line *l)
{
  if (P->para_kind == PARA_CHROME) return;
  if (P->sentences) sentence_builder_break(P->sentences, P->s, l->text_end);
  if (P->para_kind == PARA_TITLE) {
    title_block_end(P, l);
    return;
  }
  title_close(P, l->text_end, l->text_end, 0);
  P->first_open = 0;
  int heading = 0;
  linewrap_line next;
  int has_next = P->para_lines == 1 && l->chars <= HEADING_LINE && next_text_line(P, &next);
  if (is_heading_line(P, l, has_next ? &next : NULL)) {
    size_t end = l->text_end;
    if (l->end_kind == LINEWRAP_END_COLON)
      end = linewrap_trim_end(P->s, l->text_start, utf8_prev(P->s, end));
    heading_new(P, l->text_start, end, l->text_end);
    heading = 1;
  } else if ((l->flags & LINEWRAP_TAIL_HEADING) &&
             (P->count == 0 || P->items[P->count - 1].sec.start < l->tail_start)) {
    heading_new(P, l->tail_start, l->text_end, l->text_end); /* …指数。2024年的政府工作 */
    heading = 1;
  }
  P->preamble = !heading && preamble_title(P, l);
  if (P->preamble) {
    P->preamble_start = l->text_start;
    P->preamble_end = l->text_end;
  }
  if (!P->para_member) run_finalize(P);
  /* A heading alone in its paragraph is not text of its section. */
  if (!heading && !(P->para_heading >= 0 && !P->items[P->para_heading].sec.run_in))
    P->paras_in_section++;
  if (P->closing_check && P->closing_item >= 0) {
    /* A paragraph of text followed the closing candidate: it was not the last. */
    item_kill(P, P->closing_item);
    P->closing_item = -1;
  }
  P->closing_check = 0;
  /* Cut off mid-sentence: a report may begin with the next paragraph. */
  if (!heading && (l->end_kind == LINEWRAP_END_OPEN || l->end_kind == LINEWRAP_END_COMMA) &&
      !(P->para_lines == 1 && l->chars <= HEADING_LINE) && !(l->flags & LINEWRAP_TAIL_HEADING))
    P->break_pending = 1;
}

/* ---- Pass 2: the tree ----------------------------------------------------------- */

/* Ranks, doubled so that a heading can sit between two levels. */
#define RANK_REPORT 0
#define RANK_APPENDIX 2
#define RANK_LEAD 40
#define RANK_ENUM_DI 42
#define RANK_ENUM_SHI 44

static int rank_of_style(marker_style style)
{
  return 2 * (int)style + 4; /* 第N章 8 … ① 20 */
}

typedef struct frame {
  int section;    /* index into sections */
  int rank;
  int holds_list; /* a heading line followed by its own numbered list */
} frame;

typedef struct builder {
  const parser *P;
  outline_section *sections;
  size_t count, cap;
  int nomem;
  frame stack[64];
  int depth;
  int report_no;
  int placed;               /* numbered or heading sections placed so far */
  /* the current report's top level: the style of its first list, the last ordinal */
  marker_style top_style;
  int top_last;
  int heading_above_top;    /* headings sit above the top list (heading > 一、) */
  int in_appendix;
} builder;

/* Reports, appendices, numbered headings and heading lines; not leads or enumerations. */
static int is_structural(const item *it)
{
  return it->type == ITEM_SECTION && it->sec.kind != OUTLINE_ENUM &&
         it->sec.kind != OUTLINE_LEAD;
}

/* The next structural item after index i, or -1. */
static long next_structural(const parser *P, long i)
{
  for (long j = i + 1; j < (long)P->count; j++) {
    if (is_structural(&P->items[j])) return j;
  }
  return -1;
}

/* The first numbered item after heading h, before the next heading, report or appendix. */
static const item *list_after(const parser *P, long h)
{
  for (long j = h + 1; j < (long)P->count; j++) {
    const item *it = &P->items[j];
    if (!is_structural(it)) continue;
    if (it->sec.kind == OUTLINE_HEADING || it->sec.kind == OUTLINE_REPORT ||
        it->sec.kind == OUTLINE_APPENDIX)
      return NULL;
    return it;
  }
  return NULL;
}

/* Does the structural item j begin a new report: a list that restarts the current
** report's top level (一、 after 五、), with no heading above that level to hold it? */
static int begins_report(const builder *B, long j)
{
  if (j < 0 || B->in_appendix || B->heading_above_top || B->top_last < 2) return 0;
  const item *it = &B->P->items[j];
  if (it->sec.kind == OUTLINE_HEADING) it = list_after(B->P, j);
  else if (it->sec.kind == OUTLINE_REPORT || it->sec.kind == OUTLINE_APPENDIX) return 0;
  return it && it->sec.style == B->top_style && it->sec.ordinal == 1;
}

/* Sections are about as many as items: a report found by a numbering restart is the only
** one without an item of its own. */
static int builder_grow(builder *B)
{
  size_t cap = B->cap + B->cap / 2 + 16;
  outline_section *a = gwr_mem_realloc(B->sections, cap * sizeof *a);
  if (a == NULL) {
    B->nomem = 1;
    return 0;
  }
  B->sections = a;
  B->cap = cap;
  return 1;
}

static void place(builder *B, const outline_section *sec, int rank)
{
  if (B->count == B->cap && !builder_grow(B)) return;
  outline_section *out = &B->sections[B->count];
  *out = *sec;
  out->id = (int)B->count + 1;
  out->parent = B->depth ? B->sections[B->stack[B->depth - 1].section].id : 0;
  out->report = B->report_no ? B->report_no : 1;
  if (B->depth < (int)(sizeof B->stack / sizeof B->stack[0])) {
    B->stack[B->depth].section = (int)B->count;
    B->stack[B->depth].rank = rank;
    B->stack[B->depth].holds_list = 0;
    B->depth++;
  }
  out->depth = B->depth;
  B->count++;
}

static void pop_while_rank_at_least(builder *B, int rank)
{
  while (B->depth > 0 && B->stack[B->depth - 1].rank >= rank) B->depth--;
}

static void pop_to_report(builder *B)
{
  while (B->depth > 0 && B->stack[B->depth - 1].rank > RANK_REPORT) B->depth--;
}

static void report_begin(builder *B, const outline_section *sec)
{
  B->depth = 0;
  B->report_no = B->report_no == 0 && B->placed == 0 ? 1 : B->report_no + 1;
  B->top_style = MARKER_NONE;
  B->top_last = 0;
  B->heading_above_top = 0;
  B->in_appendix = 0;
  place(B, sec, RANK_REPORT);
}

/* A report found by a numbering restart: a row without marker or title at pos. */
static void report_synthetic(builder *B, size_t pos)
{
  outline_section sec;
  memset(&sec, 0, sizeof sec);
  sec.kind = OUTLINE_REPORT;
  sec.start = sec.marker_start = sec.marker_end = pos;
  sec.title_start = sec.title_end = sec.body_start = pos;
  report_begin(B, &sec);
}

/* Is the frame at depth d directly under the report (or at the top)? */
static int under_report(const builder *B, int d)
{
  return d == 0 || B->stack[d - 1].rank <= RANK_APPENDIX;
}

static void place_numbered(builder *B, const outline_section *sec)
{
  int rank = rank_of_style(sec->style);
  pop_while_rank_at_least(B, RANK_LEAD);
  int sibling = -1;
  for (int d = B->depth - 1; d >= 0 && B->stack[d].rank > RANK_APPENDIX; d--) {
    if (B->sections[B->stack[d].section].style == sec->style &&
        B->stack[d].rank == rank) {
      sibling = d;
      break;
    }
  }
  if (sibling >= 0) {
    B->depth = sibling;
  } else {
    while (B->depth > 0 && B->stack[B->depth - 1].rank >= rank &&
           B->stack[B->depth - 1].rank > RANK_APPENDIX)
      B->depth--;
  }
  /* the report's top list: the first list placed under the report or under a heading
  ** that sits under the report */
  int d = B->depth;
  int top = under_report(B, d) ||
            (B->sections[B->stack[d - 1].section].kind == OUTLINE_HEADING && under_report(B, d - 1));
  if (top && (B->top_style == MARKER_NONE || B->top_style == sec->style)) {
    B->top_style = sec->style;
    B->top_last = sec->ordinal;
  }
  place(B, sec, rank);
  B->placed++;
}

static int is_heading_frame(const builder *B, int d)
{
  return B->sections[B->stack[d].section].kind == OUTLINE_HEADING;
}

/* An unnumbered heading line. Followed by a list of its own (its next numbered item is a
** first one), it sits just above that list and holds it; a heading before it without a
** list is its sibling. Without a list, it is the sibling of the heading before it —
** unless that one holds the report's top list (一、…), then it goes inside the part. */
static void place_heading(builder *B, long index, const outline_section *sec)
{
  const item *list = list_after(B->P, index);
  int holds_list = list && list->sec.ordinal == 1 && marker_is_numbered(list->sec.style);
  pop_while_rank_at_least(B, RANK_LEAD);
  int rank;
  if (holds_list) {
    rank = rank_of_style(list->sec.style) - 1;
    while (B->depth > 0 && B->stack[B->depth - 1].rank >= rank &&
           B->stack[B->depth - 1].rank > RANK_APPENDIX)
      B->depth--;
    if (B->depth > 0 && is_heading_frame(B, B->depth - 1) && !B->stack[B->depth - 1].holds_list)
      B->depth--;
    if (under_report(B, B->depth) &&
        (B->top_style == MARKER_NONE || B->top_style == list->sec.style))
      B->heading_above_top = 1;
  } else {
    int d = B->depth - 1;
    while (d >= 0 && !is_heading_frame(B, d) && B->stack[d].rank > RANK_APPENDIX) d--;
    int sibling = d >= 0 && is_heading_frame(B, d) &&
                  (!B->stack[d].holds_list || B->top_style == MARKER_NONE ||
                   B->stack[d].rank >= rank_of_style(B->top_style));
    if (sibling) {
      rank = B->stack[d].rank;
      B->depth = d;
    } else {
      rank = B->depth ? B->stack[B->depth - 1].rank + 1 : 1;
    }
  }
  place(B, sec, rank);
  B->stack[B->depth - 1].holds_list = holds_list;
  B->placed++;
}

/* Builds the tree from the items. */
static void build_tree(builder *B)
{
  const parser *P = B->P;
  for (long i = 0; i < (long)P->count; i++) {
    const item *it = &P->items[i];
    if (it->type == ITEM_BREAK) {
      /* Cut off mid-sentence, and the report restarts its numbering next: the new
      ** report starts here, unless a later cut comes first. */
      long j = next_structural(P, i);
      int later_cut = 0;
      for (long k = i + 1; k < (j < 0 ? (long)P->count : j); k++) {
        if (P->items[k].type == ITEM_BREAK) later_cut = 1;
      }
      if (!later_cut && begins_report(B, j)) report_synthetic(B, it->sec.start);
      continue;
    }
    if (it->type == ITEM_CLOSING) {
      /* the last paragraph before the report ends: at the end, at the next report, at an
      ** appendix, or where a restart begins one */
      long j = next_structural(P, i);
      if (j >= 0 && P->items[j].sec.kind != OUTLINE_REPORT &&
          P->items[j].sec.kind != OUTLINE_APPENDIX && !begins_report(B, j))
        continue;
      outline_section sec = it->sec;
      sec.kind = OUTLINE_LEAD;
      sec.role = OUTLINE_ROLE_CLOSING;
      sec.marker_start = sec.marker_end = sec.start;
      sec.run_in = 1;
      pop_to_report(B);
      place(B, &sec, RANK_LEAD);
      continue;
    }
    const outline_section *sec = &it->sec;
    switch (sec->kind) {
    case OUTLINE_REPORT:
      report_begin(B, sec);
      break;
    case OUTLINE_APPENDIX:
      pop_to_report(B);
      B->in_appendix = 1;
      place(B, sec, RANK_APPENDIX);
      break;
    case OUTLINE_HEADING:
      if (begins_report(B, i)) report_synthetic(B, sec->start);
      place_heading(B, i, sec);
      break;
    case OUTLINE_LEAD:
      pop_while_rank_at_least(B, RANK_LEAD);
      place(B, sec, RANK_LEAD);
      break;
    case OUTLINE_ENUM: {
      int rank = sec->style == MARKER_ENUM_DI ? RANK_ENUM_DI : RANK_ENUM_SHI;
      pop_while_rank_at_least(B, rank);
      place(B, sec, rank);
      break;
    }
    default:
      if (begins_report(B, i)) report_synthetic(B, sec->start);
      place_numbered(B, sec);
      break;
    }
  }
}

/* Ends and bodies: a section ends where the next section that is not inside it starts;
** its body runs from after its title to its first child. */
static void compute_ends(outline_section *secs, size_t count, const unsigned char *s, size_t n)
{
  int stack[64];
  int sp = 0;
  for (size_t j = 0; j <= count; j++) {
    int depth = j < count ? secs[j].depth : 0;
    size_t at = j < count ? secs[j].start : n;
    while (sp > 0 && secs[stack[sp - 1]].depth >= depth) secs[stack[--sp]].limit = at;
    if (j < count && sp < 64) stack[sp++] = (int)j;
  }
  for (size_t j = 0; j < count; j++) {
    outline_section *sec = &secs[j];
    if (sec->limit < sec->start) sec->limit = sec->start;
    sec->end = linewrap_trim_end(s, sec->start, sec->limit);
    size_t body_end = j + 1 < count && secs[j + 1].parent == sec->id ? secs[j + 1].start : sec->limit;
    if (sec->body_start > body_end) sec->body_start = body_end;
    sec->body_start = skip_spaces(s, body_end, sec->body_start);
    sec->body_end = linewrap_trim_end(s, sec->body_start, body_end);
    if (sec->title_end < sec->title_start) sec->title_end = sec->title_start;
  }
}

/* ---- Roles ---------------------------------------------------------------------- */

/* Cue words stand early in a title: a role looks at its first forty characters or so. */
#define ROLE_TEXT_BYTES 120

/* The role tables in the order they are tried: a text takes the first one it holds a
** phrase of. */
static const cue_table role_tables[] = {
  CUE_ROLE_REVIEW, CUE_ROLE_OUTLOOK, CUE_ROLE_TARGETS, CUE_ROLE_GOVERNMENT, CUE_ROLE_TASKS,
};
static const outline_role role_of_table[] = {
  OUTLINE_ROLE_REVIEW, OUTLINE_ROLE_OUTLOOK, OUTLINE_ROLE_TARGETS, OUTLINE_ROLE_GOVERNMENT,
  OUTLINE_ROLE_TASKS,
};
#define ROLE_TABLES (int)(sizeof role_tables / sizeof role_tables[0])

static outline_role role_of_text(const unsigned char *s, size_t start, size_t end,
                                 const cue_filter_set *filters)
{
  if (start >= end) return OUTLINE_ROLE_OTHER;
  if (end - start > ROLE_TEXT_BYTES) {
    end = start + ROLE_TEXT_BYTES;
    while ((s[end] & 0xC0) == 0x80) end--;
  }
  cue_text t;
  cue_text_load(&t, s, start, end, 0);
  int k = cue_contains_first(&t, filters);
  return k >= 0 ? role_of_table[k] : OUTLINE_ROLE_OTHER;
}

/* The first sentence of a body, at most about sixty characters of it. */
static size_t first_sentence_end_in(const unsigned char *s, size_t start, size_t end)
{
  size_t limit = end - start > 180 ? start + 180 : end;
  for (size_t p = start; p + 2 < limit; p++) {
    if (s[p] == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x82) return p;
  }
  while (limit > start && limit < end && (s[limit] & 0xC0) == 0x80) limit--;
  return limit;
}

/* Roles: a part, chapter or heading says its own from cue words in its title (a part or
** heading without one, from its body's first sentence); a part or chapter that says
** nothing after a targets, tasks or outlook sibling continues it (targets → tasks);
** everything else inherits. A section inside a review stays review: reviewing the
** government's own work is review. */
static int assign_roles(outline_section *secs, size_t count, const unsigned char *s)
{
  int *last_child = gwr_mem_alloc((count + 1) * sizeof *last_child);
  if (last_child == NULL) return 0;
  memset(last_child, 0, (count + 1) * sizeof *last_child);
  cue_filter_set filters;
  cue_filter_set_init(&filters, role_tables, ROLE_TABLES);
  for (size_t j = 0; j < count; j++) {
    outline_section *sec = &secs[j];
    int prev = last_child[sec->parent];
    last_child[sec->parent] = sec->id;
    if (sec->kind == OUTLINE_REPORT) {
      sec->role = OUTLINE_ROLE_OTHER;
      continue;
    }
    if (sec->role == OUTLINE_ROLE_CLOSING) continue;
    outline_role inherited = sec->parent ? secs[sec->parent - 1].role : OUTLINE_ROLE_OTHER;
    outline_role own = OUTLINE_ROLE_OTHER;
    int titled = sec->kind == OUTLINE_PART || sec->kind == OUTLINE_CHAPTER ||
                 sec->kind == OUTLINE_HEADING;
    if (titled) own = role_of_text(s, sec->title_start, sec->title_end, &filters);
    if (own == OUTLINE_ROLE_OTHER && (sec->kind == OUTLINE_PART || sec->kind == OUTLINE_HEADING))
      own = role_of_text(s, sec->body_start,
                         first_sentence_end_in(s, sec->body_start, sec->body_end), &filters);
    if (inherited == OUTLINE_ROLE_REVIEW) {
      sec->role = OUTLINE_ROLE_REVIEW;
    } else if (own != OUTLINE_ROLE_OTHER) {
      sec->role = own;
    } else if ((sec->kind == OUTLINE_PART || sec->kind == OUTLINE_CHAPTER) && prev &&
               secs[prev - 1].style == sec->style &&
               (secs[prev - 1].role == OUTLINE_ROLE_TARGETS ||
                secs[prev - 1].role == OUTLINE_ROLE_TASKS ||
                secs[prev - 1].role == OUTLINE_ROLE_OUTLOOK)) {
      outline_role r = secs[prev - 1].role;
      sec->role = r == OUTLINE_ROLE_TARGETS ? OUTLINE_ROLE_TASKS : r;
    } else {
      sec->role = inherited;
    }
  }
  gwr_mem_free(last_child);
  return 1;
}

/* ---- The outline ---------------------------------------------------------------- */

struct outline {
  const unsigned char *doc;
  size_t n;
  unsigned width; /* linewrap_width() of doc, for the readers of outline_reader_init() */
  outline_section *sections;
  int count;
  outline_report *reports;
  int report_count;
  sentence_builder sentences;
};

/* Each sentence takes the innermost section at its start; both lists are in order. */
static void assign_sentence_sections(outline *o)
{
  int i = -1;
  for (size_t k = 0; k < o->sentences.count; k++) {
    sentence *s = &o->sentences.items[k];
    while (i + 1 < o->count && o->sections[i + 1].start <= s->start) i++;
    const outline_section *sec = i >= 0 ? &o->sections[i] : NULL;
    while (sec && s->start >= sec->limit) sec = outline_get(o, sec->parent);
    s->section = sec ? sec->id : 0;
  }
}

/* One report per report number: its row, its span, its date line. */
static int collect_reports(outline *o, const parser *P)
{
  int max = 1;
  for (int i = 0; i < o->count; i++) {
    if (o->sections[i].report > max) max = o->sections[i].report;
  }
  o->reports = gwr_mem_alloc((size_t)max * sizeof *o->reports);
  if (o->reports == NULL) return 0;
  memset(o->reports, 0, (size_t)max * sizeof *o->reports);
  o->report_count = max;
  for (int r = 0; r < max; r++) {
    o->reports[r].number = r + 1;
    o->reports[r].limit = o->n;
  }
  /* The date lines were read into the report items, in the same order. */
  size_t next_item = 0;
  for (int i = 0; i < o->count; i++) {
    const outline_section *sec = &o->sections[i];
    if (sec->kind != OUTLINE_REPORT) continue;
    outline_report *rep = &o->reports[sec->report - 1];
    if (rep->section) continue;
    rep->section = sec->id;
    rep->start = sec->report == 1 ? 0 : sec->start;
    while (next_item < P->count && !(P->items[next_item].type == ITEM_SECTION &&
                                     P->items[next_item].sec.kind == OUTLINE_REPORT &&
                                     P->items[next_item].sec.start >= sec->start))
      next_item++;
    if (next_item < P->count && P->items[next_item].sec.start == sec->start) {
      const item *it = &P->items[next_item];
      rep->year = it->year;
      rep->month = it->month;
      rep->day = it->day;
      rep->date_start = it->date_start;
      rep->date_end = it->date_end;
      next_item++;
    }
    if (sec->title_end > sec->title_start) {
      cue_text t;
      cue_text_load(&t, o->doc, sec->title_start, sec->title_end, 0);
      rep->title_year = cue_year(&t);
    }
  }
  for (int r = 0; r + 1 < max; r++) {
    if (o->reports[r + 1].section) o->reports[r].limit = o->reports[r + 1].start;
  }
  return 1;
}

void outline_free(outline *o)
{
  if (o == NULL) return;
  gwr_mem_free(o->sections);
  gwr_mem_free(o->reports);
  sentence_builder_free(&o->sentences);
  gwr_mem_free(o);
}

/* Reallocates *p to size bytes, smaller than it is; keeps it as it was if that fails. */
static void shrink(void **p, size_t size)
{
  if (*p == NULL || size == 0) return;
  void *a = gwr_mem_realloc(*p, size);
  if (a) *p = a;
}

static void parser_free(parser *P)
{
  gwr_mem_free(P->items);
  P->items = NULL;
  if (P->sentences) sentence_builder_free(P->sentences);
}

int outline_parse_ex(const unsigned char *doc, size_t n, unsigned flags, stop_fn stop,
                     void *ctx, outline **out)
{
  *out = NULL;
  parser P;
  sentence_builder sentences;
  memset(&P, 0, sizeof P);
  memset(&sentences, 0, sizeof sentences);
  P.s = doc;
  P.n = n;
  if (flags & OUTLINE_SENTENCES) P.sentences = &sentences;
  for (int k = 0; parser_ref(&P, k); k++) *parser_ref(&P, k) = -1;
  linewrap_reader_init(&P.reader, doc, n, parser_fits, &P);
  unsigned lines = 0;
  size_t asked = 0; /* where the caller was last asked whether to stop */
  while (!P.nomem && linewrap_reader_next(&P.reader)) {
    const linewrap_line *l = &P.reader.line;
    if (stop && (++lines == 4096 || l->start - asked >= STOP_EVERY_BYTES)) {
      lines = 0;
      asked = l->start;
      if (stop(ctx, l->start)) {
        parser_free(&P);
        return OUTLINE_INTERRUPTED;
      }
    }
    if (l->flags & LINEWRAP_BLANK) continue;
    size_t from = P.reader.opens ? paragraph_begin(&P, l) : l->text_start;
    if (P.sentences && P.para_kind != PARA_CHROME) sentence_builder_text(P.sentences, l->text_start);
    P.para_lines++;
    if (P.para_kind == PARA_PLAIN) scan_line(&P, l, from);
    if (!linewrap_reader_joins(&P.reader)) paragraph_end(&P, l);
  }
  enum_reset(&P);
  run_finalize(&P);

  outline *o = NULL;
  builder B;
  memset(&B, 0, sizeof B);
  B.P = &P;
  if (!P.nomem && !sentences.nomem) {
    /* what the arrays grew beyond their needs is given back before the tree is built */
    shrink((void **)&P.items, P.count * sizeof *P.items);
    shrink((void **)&sentences.items, sentences.count * sizeof *sentences.items);
    P.cap = P.count;
    sentences.cap = sentences.count;
    o = gwr_mem_alloc(sizeof *o);
    B.cap = P.count + 1;
    B.sections = gwr_mem_alloc(B.cap * sizeof *B.sections);
  }
  if (o == NULL || B.sections == NULL) {
    gwr_mem_free(o);
    gwr_mem_free(B.sections);
    parser_free(&P);
    return OUTLINE_NOMEM;
  }
  memset(o, 0, sizeof *o);
  o->doc = doc;
  o->n = n;
  o->width = P.reader.width;
  build_tree(&B);
  if (B.nomem) {
    gwr_mem_free(o);
    gwr_mem_free(B.sections);
    parser_free(&P);
    return OUTLINE_NOMEM;
  }
  shrink((void **)&B.sections, B.count * sizeof *B.sections);
  o->sections = B.sections;
  o->count = (int)B.count;
  compute_ends(o->sections, B.count, doc, n);
  if ((!(flags & OUTLINE_NO_ROLES) && !assign_roles(o->sections, B.count, doc)) ||
      !collect_reports(o, &P)) {
    parser_free(&P);
    outline_free(o);
    return OUTLINE_NOMEM;
  }
  o->sentences = sentences; /* the outline owns them now */
  P.sentences = NULL;
  assign_sentence_sections(o);
  parser_free(&P);
  *out = o;
  return OUTLINE_OK;
}

int outline_parse(const unsigned char *doc, size_t n, outline **out)
{
  return outline_parse_ex(doc, n, 0, NULL, NULL, out);
}

const sentence *outline_sentence_list(const outline *o, int *count)
{
  *count = (int)o->sentences.count;
  return o->sentences.items;
}

int outline_count(const outline *o)
{
  return o->count;
}

const outline_section *outline_get(const outline *o, int id)
{
  return id >= 1 && id <= o->count ? &o->sections[id - 1] : NULL;
}

/* The index of the last section starting at or before pos, or -1. */
static int last_starting_at_or_before(const outline *o, size_t pos)
{
  int lo = 0, hi = o->count;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (o->sections[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const outline_section *outline_section_at(const outline *o, size_t pos)
{
  int i = last_starting_at_or_before(o, pos);
  const outline_section *sec = i >= 0 ? &o->sections[i] : NULL;
  while (sec && pos >= sec->limit) sec = outline_get(o, sec->parent);
  return sec;
}

int outline_report_count(const outline *o)
{
  return o->report_count;
}

const outline_report *outline_report_get(const outline *o, int number)
{
  return number >= 1 && number <= o->report_count ? &o->reports[number - 1] : NULL;
}

/* A marker at the start of a wrapped line opened a paragraph exactly when the outline
** has a section there. */
static int outline_fits(void *ctx, const linewrap_line *line)
{
  const outline *o = ctx;
  size_t pos = line->mark.start;
  for (int i = last_starting_at_or_before(o, pos); i >= 0 && o->sections[i].start == pos; i--) {
    if (o->sections[i].marker_end > o->sections[i].marker_start) return 1;
  }
  return 0;
}

void outline_reader_init(const outline *o, linewrap_reader *r)
{
  linewrap_reader_init_width(r, o->doc, o->n, o->width, outline_fits, (void *)o);
}

const char *outline_kind_name(outline_kind kind)
{
  switch (kind) {
  case OUTLINE_REPORT: return "report";
  case OUTLINE_PART: return "part";
  case OUTLINE_CHAPTER: return "chapter";
  case OUTLINE_ITEM: return "item";
  case OUTLINE_SUBITEM: return "subitem";
  case OUTLINE_ENUM: return "enum";
  case OUTLINE_LEAD: return "lead";
  case OUTLINE_APPENDIX: return "appendix";
  case OUTLINE_HEADING: return "heading";
  }
  return "?";
}

const char *outline_role_name(outline_role role)
{
  switch (role) {
  case OUTLINE_ROLE_OTHER: return "other";
  case OUTLINE_ROLE_REVIEW: return "review";
  case OUTLINE_ROLE_OUTLOOK: return "outlook";
  case OUTLINE_ROLE_TARGETS: return "targets";
  case OUTLINE_ROLE_TASKS: return "tasks";
  case OUTLINE_ROLE_GOVERNMENT: return "government";
  case OUTLINE_ROLE_CLOSING: return "closing";
  }
  return "?";
}
