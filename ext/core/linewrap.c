/*
** Lines and paragraphs: which line breaks are hard wraps. See linewrap.h.
*/
#include "linewrap.h"

#include "byteset.h"
#include "chars.h"
#include "cues.h"
#include "utf8.h"

#include <string.h>

/* Lines up to this many characters are looked at as a whole (chrome, title block, heading
** nouns); longer ones are body text. */
#define SHORT_LINE 80

/* The bytes a line end begins with: LF, CR, and the leads of U+0085 (C2 85) and of
** U+2028/U+2029 (E2 80 A8/A9); C2 and E2 also begin other characters (NBSP, quotes). */
#define LINE_END_BYTES(X, a)                                 \
  X(a, 0, NIBBLE(0x0), NIBBLE(0xA) | NIBBLE(0xD)) /* LF CR */ \
  X(a, 1, NIBBLE(0xC) | NIBBLE(0xE), NIBBLE(0x2)) /* C2 E2 */
static const byteset line_end_bytes = BYTESET(LINE_END_BYTES);

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/* The first line end at or after p, 32 bytes at a time, or where fewer than 34 bytes are
** left. Exact: each byte is tested with the two after it, so the quotes and dashes that
** share the lead E2 80 with U+2028 (“” —— …) are passed without a stop. */
__attribute__((target("avx2"))) static size_t line_end_avx2(const unsigned char *s, size_t p,
                                                            size_t n)
{
  const __m256i lf = _mm256_set1_epi8(0x0A), cr = _mm256_set1_epi8(0x0D);
  const __m256i c2 = _mm256_set1_epi8((char)0xC2), nel = _mm256_set1_epi8((char)0x85);
  const __m256i e2 = _mm256_set1_epi8((char)0xE2), x80 = _mm256_set1_epi8((char)0x80);
  const __m256i one = _mm256_set1_epi8(1), a9 = _mm256_set1_epi8((char)0xA9);
  for (; p + 34 <= n; p += 32) {
    __m256i b0 = _mm256_loadu_si256((const __m256i *)(s + p));
    __m256i is_lf = _mm256_cmpeq_epi8(b0, lf), is_cr = _mm256_cmpeq_epi8(b0, cr);
    __m256i is_c2 = _mm256_cmpeq_epi8(b0, c2), is_e2 = _mm256_cmpeq_epi8(b0, e2);
    /* most blocks hold no first byte of a line end at all: one test passes them */
    __m256i ends = _mm256_or_si256(is_lf, is_cr);
    __m256i leads = _mm256_or_si256(ends, _mm256_or_si256(is_c2, is_e2));
    if (_mm256_testz_si256(leads, leads)) continue;
    __m256i b1 = _mm256_loadu_si256((const __m256i *)(s + p + 1));
    __m256i b2 = _mm256_loadu_si256((const __m256i *)(s + p + 2));
    ends = _mm256_or_si256(ends, _mm256_and_si256(is_c2, _mm256_cmpeq_epi8(b1, nel)));
    __m256i ls = _mm256_and_si256(is_e2, _mm256_cmpeq_epi8(b1, x80));
    ls = _mm256_and_si256(ls, _mm256_cmpeq_epi8(_mm256_or_si256(b2, one), a9)); /* A8 A9 */
    unsigned mask = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(ends, ls));
    if (mask) return p + (size_t)__builtin_ctz(mask);
  }
  return p;
}
#define LINEWRAP_HAVE_AVX2 1
#endif

/* The end of the line that starts at pos; *next is where the following line starts.
** Line ends: LF, CRLF, CR, U+2028, U+2029, U+0085. One pass over the line: exact with
** AVX2, else (and for the text's last bytes) a search for the ends' first bytes. */
static size_t find_line_end(const unsigned char *s, size_t n, size_t pos, size_t *next)
{
#ifdef LINEWRAP_HAVE_AVX2
  if (n - pos >= 34 && __builtin_cpu_supports("avx2")) pos = line_end_avx2(s, pos, n);
#endif
  byteset_cursor c;
  byteset_cursor_init(&c, &line_end_bytes, s, n, n);
  for (size_t p = byteset_next(&c, pos); p < n; p = byteset_next(&c, p + 1)) {
    switch (s[p]) {
    case '\n':
      *next = p + 1;
      return p;
    case '\r':
      *next = p + 1 < n && s[p + 1] == '\n' ? p + 2 : p + 1;
      return p;
    case 0xC2:
      if (p + 1 < n && s[p + 1] == 0x85) {
        *next = p + 2;
        return p;
      }
      break;
    default: /* E2 */
      if (p + 2 < n && s[p + 1] == 0x80 && (s[p + 2] == 0xA8 || s[p + 2] == 0xA9)) {
        *next = p + 3;
        return p;
      }
      break;
    }
  }
  *next = n;
  return n;
}

/* Sentence-ending marks: 。！？ (and their ASCII forms after folding). */
static int is_stop(uint32_t c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == 0xFF61 /* ｡ */;
}

/* Closing quotes and brackets, which may follow a stop at the end of a line. */
static int is_closer(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == ')' ||
         c == 0x300B || c == 0x3009 || c == 0x3011 || c == ']' || c == '"' || c == '\'';
}

static linewrap_end end_kind_of(const unsigned char *s, size_t text_start, size_t text_end)
{
  size_t p = text_end;
  uint32_t c = 0;
  int closers = 0;
  while (p > text_start) {
    p = utf8_prev(s, p);
    size_t q = p;
    c = char_fold(utf8_next(s, text_end, &q));
    if (!is_closer(c) || closers > 2) break;
    closers++;
  }
  if (is_stop(c) || c == ';' || c == 0x2026 /* … */) return LINEWRAP_END_STOP;
  if (closers) return LINEWRAP_END_OPEN; /* 实施“双进工程” — a term in quotes, mid-sentence */
  if (c == ':') return LINEWRAP_END_COLON;
  if (c == ',' || c == 0x3001 || c == '(' || c == 0x201C || c == 0x300A || c == 0x3010)
    return LINEWRAP_END_COMMA;
  return LINEWRAP_END_OPEN;
}

/* The first bytes of the marks inner_marks() looks for: ! : ; ? and the leads E3 (。)
** and EF (！？；：). */
#define INNER_MARK_BYTES(X, a)                                                \
  X(a, 0, NIBBLE(0x2), NIBBLE(0x1))                             /* ! */       \
  X(a, 1, NIBBLE(0x3), NIBBLE(0xA) | NIBBLE(0xB) | NIBBLE(0xF)) /* : ; ? */   \
  X(a, 2, NIBBLE(0xE), NIBBLE(0x3) | NIBBLE(0xF))               /* E3 EF */
static const byteset inner_mark_bytes = BYTESET(INNER_MARK_BYTES);

/* Flags LINEWRAP_INNER_STOP / _INNER_COLON: a 。！？； or ： before the last character. The
** scan stops at the first one, so a sentence-rich line costs only its first sentence.
** s[0..n) may be read. */
static unsigned inner_marks(const unsigned char *s, size_t n, size_t text_start,
                            size_t text_end)
{
  size_t last = utf8_prev(s, text_end);
  unsigned flags = 0;
  byteset_cursor c;
  byteset_cursor_init(&c, &inner_mark_bytes, s, last, n);
  for (size_t p = byteset_next(&c, text_start); p < last; p = byteset_next(&c, p + 1)) {
    unsigned char b = s[p];
    if (b == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x82) { /* 。 */
      return flags | LINEWRAP_INNER_STOP;
    } else if (b == 0xEF && s[p + 1] == 0xBC) {
      unsigned char t = s[p + 2];
      if (t == 0x81 || t == 0x9F || t == 0x9B) return flags | LINEWRAP_INNER_STOP; /* ！？； */
      if (t == 0x9A) flags |= LINEWRAP_INNER_COLON;                               /* ： */
    } else if (b == '!' || b == '?' || b == ';') {
      return flags | LINEWRAP_INNER_STOP;
    } else if (b == ':') {
      flags |= LINEWRAP_INNER_COLON;
    }
  }
  return flags;
}

/* The start of the text after the line's last 。！？ when it lies within the last
** few characters, else text_start (no tail). */
static size_t tail_of(const unsigned char *s, size_t text_start, size_t text_end)
{
  size_t p = text_end;
  for (int k = 0; k < 24 && p > text_start; k++) {
    size_t q = utf8_prev(s, p);
    size_t r = q;
    uint32_t c = char_fold(utf8_next(s, text_end, &r));
    if (is_stop(c)) return p < text_end ? p : text_start;
    p = q;
  }
  return text_start;
}

/* Characters in s[start..end) when there are at most SHORT_LINE, else LINEWRAP_LONG:
** rules only ask whether a line is short, so a long line is not counted. */
static unsigned count_chars(const unsigned char *s, size_t start, size_t end)
{
  if (end - start > 4 * SHORT_LINE) return LINEWRAP_LONG;
  unsigned count = 0;
  for (size_t p = start; p < end; p++) count += (s[p] & 0xC0) != 0x80;
  return count > SHORT_LINE ? LINEWRAP_LONG : count;
}

/* Does s[start..end) end with a heading noun (…回顾, …任务)? */
static int heading_noun_at_end(const unsigned char *s, size_t start, size_t end)
{
  if (end - start < 6) return 0;
  cue_text t;
  cue_text_load(&t, s, utf8_prev(s, utf8_prev(s, end)), end, 0);
  return cue_ends_with(&t, CUE_HEADING_NOUN) != 0;
}

/* What a short line is: chrome, a line of the title block, a heading noun at its end. */
static unsigned short_line_flags(const unsigned char *s, const linewrap_line *l)
{
  cue_text t;
  unsigned flags = 0;
  cue_text_load(&t, s, l->text_start, l->text_end, 0);
  if (cue_only_phrases(&t, CUE_CHROME_LINE) || cue_starts_with(&t, CUE_CHROME_PREFIX) ||
      cue_ends_with(&t, CUE_CHROME_SUFFIX))
    return LINEWRAP_CHROME;
  if (cue_starts_with(&t, CUE_CHROME_LIST)) return LINEWRAP_CHROME | LINEWRAP_CHROME_LIST;
  if (cue_equals(&t, CUE_SALUTATION)) return LINEWRAP_SALUTATION;
  int y, m, d;
  int date = cue_date_line(&t, &y, &m, &d);
  if (date == 2) return LINEWRAP_TITLE_DATE;
  if (date == 1) return LINEWRAP_DATE_OPEN;
  if (!(l->flags & LINEWRAP_INNER_STOP) && cue_ends_with(&t, CUE_TITLE_SUFFIX))
    flags |= LINEWRAP_TITLE_NAME;
  if (l->chars <= 40 && !(l->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON))) {
    if (cue_ends_with(&t, CUE_HEADING_NOUN)) flags |= LINEWRAP_HEADING_WORD;
    cue_text spaced;
    cue_text_load(&spaced, s, l->text_start, l->text_end, 1);
    if (cue_speaker_line(&spaced)) flags |= LINEWRAP_TITLE_SPEAKER;
  }
  return flags;
}

size_t linewrap_trim_end(const unsigned char *s, size_t start, size_t end)
{
  while (end > start) {
    /* most text ends in ASCII, an ideograph or CJK punctuation, after a line break at
    ** most: the last bytes say so without decoding */
    unsigned char last = s[end - 1];
    if (last == ' ' || last == '\n' || last == '\r' || last == '\t') {
      end--;
      continue;
    }
    if (last > 0x20 && last < 0x7F) return end;
    if (end - start >= 3) {
      unsigned char lead = s[end - 3];
      if (lead >= 0xE4 && lead <= 0xE9) return end;                        /* ideographs */
      if (lead == 0xE3 && (s[end - 2] != 0x80 || last != 0x80)) return end; /* not U+3000 */
      if (lead == 0xEF && s[end - 2] != 0xBB) return end;                  /* not U+FEFF */
    }
    size_t q = utf8_prev(s, end);
    size_t r = q;
    uint32_t c = char_fold(utf8_next(s, end, &r));
    if (c != ' ' && !char_is_ignorable(c) && !char_is_newline(c)) break;
    end = q;
  }
  return end;
}

void linewrap_read(const unsigned char *s, size_t n, size_t pos, linewrap_line *l)
{
  memset(l, 0, sizeof *l);
  l->start = pos;
  l->end = find_line_end(s, n, pos, &l->next);
  size_t p = pos;
  unsigned indent = 0;
  while (p < l->end) {
    size_t q = p;
    uint32_t raw = utf8_next(s, l->end, &q);
    uint32_t c = char_fold(raw);
    if (c == ' ') {
      indent += raw == 0x3000 ? 2 : raw == '\t' ? 4 : 1;
    } else if (!char_is_ignorable(c) && c != '>') {
      break;
    }
    p = q;
  }
  size_t e = linewrap_trim_end(s, p, l->end); /* no line break lies inside a line */
  l->text_start = p;
  l->text_end = e;
  l->tail_start = p;
  l->indent = indent;
  l->mark.style = MARKER_NONE;
  if (p >= e) {
    l->flags = LINEWRAP_BLANK;
    l->end_kind = LINEWRAP_END_NONE;
    return;
  }
  l->chars = count_chars(s, p, e);
  l->end_kind = end_kind_of(s, p, e);
  /* Only short lines are asked whether they hold a 。 or ： (heading lines do not). */
  l->flags = l->chars <= SHORT_LINE ? inner_marks(s, n, p, e) : LINEWRAP_INNER_STOP;
  {
    size_t q = p;
    uint32_t c = char_fold(utf8_next(s, e, &q));
    if (c == ',' || c == 0x3001 || c == 0x3002 || c == ';' || c == ':' || c == ')' ||
        c == 0x201D || c == '!' || c == '?')
      l->flags |= LINEWRAP_LEADING_PUNCT;
  }
  marker_read(s, e, p, &l->mark);
  if (l->chars <= SHORT_LINE) {
    /* A line opened by 一、 or 1. is neither chrome nor part of a title block. */
    if (marker_is_numbered(l->mark.style) && l->mark.style != MARKER_PIAN) {
      if (l->chars <= 40 && !(l->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON)) &&
          heading_noun_at_end(s, p, e))
        l->flags |= LINEWRAP_HEADING_WORD;
    } else {
      l->flags |= short_line_flags(s, l);
    }
  }
  if (l->end_kind == LINEWRAP_END_OPEN && (l->flags & LINEWRAP_INNER_STOP)) {
    size_t tail = tail_of(s, p, e);
    if (tail > p && count_chars(s, tail, e) <= 20) {
      cue_text t;
      cue_text_load(&t, s, tail, e, 0);
      if (cue_ends_with(&t, CUE_HEADING_NOUN) && !cue_has_char(&t, ',') && t.len >= 4) {
        l->flags |= LINEWRAP_TAIL_HEADING;
        l->tail_start = tail;
      }
    }
  }
}

/* A line that holds nothing but a numbered marker or 附件. */
static int marker_only(const linewrap_line *l)
{
  return (marker_is_numbered(l->mark.style) || l->mark.style == MARKER_APPENDIX) &&
         l->mark.text >= l->text_end;
}

/* A line that is a heading on its own: a marker and a short title without 。 or ：. */
static int is_marker_heading_line(const linewrap_line *l)
{
  return l->mark.style != MARKER_NONE && l->mark.style != MARKER_ENUM_SHI &&
         l->mark.style != MARKER_ENUM_DI &&
         !(l->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON)) && l->chars <= 60;
}

/* Does c start something new after b: the end, a blank line, more indentation, a
** numbered marker, chrome or a title line? */
static int starts_anew(const linewrap_line *b, const linewrap_line *c)
{
  return c == NULL || (c->flags & (LINEWRAP_BLANK | LINEWRAP_CHROME | LINEWRAP_TITLE)) ||
         c->indent > b->indent || marker_is_numbered(c->mark.style);
}

/* Is a line as long as the text's wrap width (the last character may be pushed over)? */
static int full_width(const linewrap_line *l, unsigned width)
{
  return width && l->chars + 1 >= width && l->chars <= width + 1;
}

int linewrap_joins(const linewrap_line *a, int a_opens, const linewrap_line *b,
                   const linewrap_line *c, int b_fits, unsigned width)
{
  if (b == NULL) return 0;
  if ((a->flags | b->flags) & (LINEWRAP_BLANK | LINEWRAP_CHROME)) return 0;
  /* A date line cut before its end continues on a short line. */
  if ((a->flags & LINEWRAP_DATE_OPEN) && b->chars <= 30 && b->mark.style == MARKER_NONE &&
      !(b->flags & LINEWRAP_TITLE))
    return 1;
  if ((a->flags & LINEWRAP_TITLE) || (b->flags & (LINEWRAP_TITLE | LINEWRAP_DATE_OPEN)))
    return 0;
  /* A marker alone on its line takes the next short line as its title: 附件 / 名词解释. */
  if (a_opens && marker_only(a) && b->mark.style == MARKER_NONE && b->chars <= 40 &&
      (b->end_kind == LINEWRAP_END_OPEN || b->end_kind == LINEWRAP_END_COLON) &&
      !(b->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON)))
    return 1;
  if (b->mark.style == MARKER_PIAN || b->mark.style == MARKER_APPENDIX) return 0;
  /* Wrapped at a fixed width, a line that falls short of it ends its paragraph. */
  if (width && a->chars + 2 < width) return 0;
  if (b->flags & LINEWRAP_LEADING_PUNCT) return 1;
  switch (a->end_kind) {
  case LINEWRAP_END_STOP:
  case LINEWRAP_END_COLON:
  case LINEWRAP_END_NONE:
    return 0;
  case LINEWRAP_END_COMMA:
    return 1;
  case LINEWRAP_END_OPEN:
    break;
  }
  /* a ends mid-sentence, or it is a heading without punctuation. */
  if (b->indent > a->indent) return 0;
  if (a_opens && is_marker_heading_line(a) && !full_width(a, width)) {
    /* A heading line wrapped at its width takes a short unmarked continuation that ends
    ** as a heading does, when what follows starts anew: 一、坚持稳中求进，推动经济 /
    ** 高质量发展 / （一）… — but a whole title (…工作) takes nothing. */
    return a->chars >= 10 && !(a->flags & LINEWRAP_HEADING_WORD) &&
           b->mark.style == MARKER_NONE && b->chars <= 25 && a->chars + b->chars <= 60 &&
           b->end_kind == LINEWRAP_END_OPEN && !(b->flags & LINEWRAP_HEADING_WORD) &&
           !(b->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON)) && starts_anew(b, c);
  }
  int a_short_plain = a_opens && a->mark.style == MARKER_NONE && a->chars <= 30 &&
                      !full_width(a, width) &&
                      !(a->flags & (LINEWRAP_INNER_STOP | LINEWRAP_INNER_COLON));
  if (a_short_plain && (a->flags & LINEWRAP_HEADING_WORD)) return 0;
  if (a_short_plain && marker_is_numbered(b->mark.style)) return 0; /* a heading over a list */
  if (a->flags & LINEWRAP_TAIL_HEADING) return 0;
  /* The next line is a heading of its own: short, unmarked, ending in a heading noun. */
  if ((b->flags & LINEWRAP_HEADING_WORD) && b->mark.style == MARKER_NONE && a->chars > 30 &&
      b->end_kind == LINEWRAP_END_OPEN)
    return 0;
  if (marker_is_numbered(b->mark.style)) {
    if (b_fits < 0) b_fits = is_marker_heading_line(b);
    if (b_fits) return 0;
  }
  return 1;
}

unsigned linewrap_width(const unsigned char *s, size_t n)
{
  unsigned count[SHORT_LINE + 2] = {0};
  unsigned lines = 0;
  for (size_t pos = 0; pos < n;) {
    const unsigned char *nl = memchr(s + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - s) : n;
    while (end > pos && (s[end - 1] == '\r' || s[end - 1] == ' ')) end--;
    unsigned chars = count_chars(s, pos, end);
    if (chars >= 20) {
      lines++;
      if (chars <= SHORT_LINE) count[chars]++;
    }
    pos = nl ? (size_t)(nl - s) + 1 : n;
  }
  unsigned best = 20;
  for (unsigned k = 21; k <= SHORT_LINE; k++) {
    if (count[k] > count[best]) best = k;
  }
  unsigned around = count[best] + count[best - 1] + count[best + 1];
  return lines >= 8 && count[best] > 0 && 2 * around >= lines ? best : 0;
}

/* Reads the line at pos into *l, applying the chrome-list state of the reader. */
static void reader_read(linewrap_reader *r, size_t pos, linewrap_line *l)
{
  linewrap_read(r->s, r->n, pos, l);
  if (l->flags & LINEWRAP_BLANK) return;
  if (l->flags & LINEWRAP_CHROME_LIST) {
    r->chrome_list = 1;
  } else if (r->chrome_list) {
    /* The links after 相关报道：: short lines without a sentence in them. */
    if (l->chars <= 40 && !(l->flags & LINEWRAP_INNER_STOP) && l->end_kind != LINEWRAP_END_STOP)
      l->flags |= LINEWRAP_CHROME;
    else
      r->chrome_list = 0;
  }
}

void linewrap_reader_init(linewrap_reader *r, const unsigned char *s, size_t n,
                          linewrap_fits_fn fits, void *ctx)
{
  linewrap_reader_init_width(r, s, n, linewrap_width(s, n), fits, ctx);
}

void linewrap_reader_init_width(linewrap_reader *r, const unsigned char *s, size_t n,
                                unsigned width, linewrap_fits_fn fits, void *ctx)
{
  memset(r, 0, sizeof *r);
  r->s = s;
  r->n = n;
  r->fits = fits;
  r->ctx = ctx;
  r->joins = -1;
  r->width = width;
  if (n > 0) {
    reader_read(r, 0, &r->ahead);
    r->has_ahead = 1;
    r->has_ahead2 = r->ahead.next < n;
    if (r->has_ahead2) reader_read(r, r->ahead.next, &r->ahead2);
  }
}

int linewrap_reader_joins(linewrap_reader *r)
{
  if (!r->has_line) return 0;
  if (r->joins < 0) {
    const linewrap_line *b = r->has_ahead ? &r->ahead : NULL;
    int fits = -1;
    if (b && r->fits && r->line.end_kind == LINEWRAP_END_OPEN && marker_is_numbered(b->mark.style))
      fits = r->fits(r->ctx, b);
    /* the title line of a marker alone on its line ends as a heading line does */
    linewrap_line title = r->line;
    int opens = r->opens;
    if (r->title_of != MARKER_NONE) {
      title.mark.style = r->title_of;
      title.mark.text = title.text_start;
      opens = 1;
    }
    r->joins = linewrap_joins(&title, opens, b, b && r->has_ahead2 ? &r->ahead2 : NULL, fits,
                              r->width);
  }
  return r->joins;
}

/* Did the paragraph break after the current line rest on its 。 alone, at the full width
** of a fixed-width text (where a sentence may end at a wrap)? */
static int break_uncertain(const linewrap_reader *r)
{
  const linewrap_line *a = &r->line, *b = &r->ahead;
  return r->has_ahead && full_width(a, r->width) && a->end_kind == LINEWRAP_END_STOP &&
         b->indent <= a->indent && b->mark.style == MARKER_NONE &&
         !(b->flags & (LINEWRAP_BLANK | LINEWRAP_CHROME | LINEWRAP_TITLE));
}

int linewrap_reader_next(linewrap_reader *r)
{
  int opens = r->has_line ? !linewrap_reader_joins(r) : 1;
  int uncertain = r->has_line && opens && break_uncertain(r);
  marker_style title_of = r->has_line && !opens && r->opens && marker_only(&r->line)
                              ? r->line.mark.style : MARKER_NONE;
  if (!r->has_ahead) {
    r->has_line = 0;
    return 0;
  }
  r->line = r->ahead;
  r->has_line = 1;
  r->opens = opens;
  r->uncertain = uncertain;
  r->title_of = title_of;
  r->joins = -1;
  r->has_ahead = r->has_ahead2;
  r->ahead = r->ahead2;
  r->has_ahead2 = r->has_ahead && r->ahead.next < r->n;
  if (r->has_ahead2) reader_read(r, r->ahead.next, &r->ahead2);
  return 1;
}

void linewrap_join(linewrap_reader *r, size_t start, size_t end, linewrap_emit_fn emit,
                   void *ctx)
{
  if (start >= end) return;
  if (!r->has_line || r->line.start > start) {
    linewrap_reader_init_width(r, r->s, r->n, r->width, r->fits, r->ctx);
    if (!linewrap_reader_next(r)) return;
  }
  while (r->line.next <= start && r->has_ahead) linewrap_reader_next(r);
  int emitted = 0, paragraph_break = 0;
  for (;;) {
    const linewrap_line *l = &r->line;
    if (!(l->flags & (LINEWRAP_BLANK | LINEWRAP_CHROME))) {
      size_t a = start > l->text_start ? start : l->text_start;
      size_t b = end < l->text_end ? end : l->text_end;
      if (a < b) {
        if (emitted && paragraph_break) emit(ctx, (const unsigned char *)"\n", 1);
        emit(ctx, r->s + a, b - a);
        emitted = 1;
        paragraph_break = 0;
      }
    }
    if (l->next >= end || !r->has_ahead) break;
    if (!linewrap_reader_joins(r)) paragraph_break = 1;
    linewrap_reader_next(r);
  }
}
