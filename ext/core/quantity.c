/*
** The quantity scanner: see quantity.h. One forward pass: find a character that may
** begin a number, read the number (numeral.c) and what is written after it (scale word,
** unit, range, qualifier) and before it (currency sign, qualifier, 第, letters, quotes),
** then decide from that context whether it is a quantity at all.
*/
#include "quantity.h"

#include "byteset.h"
#include "chars.h"
#include "utf8.h"

#include <string.h>

/* ---- reading ------------------------------------------------------------------------ */

static uint32_t peek(const unsigned char *s, size_t n, size_t pos, size_t *at, size_t *next)
{
  return char_peek(s, n, pos, at, next);
}

static uint32_t peek_back(const unsigned char *s, size_t pos, size_t *at)
{
  return char_peek_back(s, 0, pos, at);
}

/* Spaces and zero-width characters, and at most one line break (a hard wrap): what may
** stand between a number and its unit. */
static size_t skip_gap(const unsigned char *s, size_t n, size_t pos)
{
  int breaks = 0;
  size_t at, next;
  for (;;) {
    uint32_t c = peek(s, n, pos, &at, &next);
    if (c == ' ') {
      pos = next;
    } else if ((c == '\n' || c == '\r' || c == 0x2028) && breaks == 0) {
      breaks = 1;
      pos = next;
      if (c == '\r' && peek(s, n, pos, &at, &next) == '\n') pos = next;
    } else {
      return at;
    }
  }
}

static int is_ascii_letter(uint32_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_open_quote(uint32_t c)
{
  return c == 0x201C || c == 0x2018 || c == '"' || c == 0x300C || c == 0x300E ||
         c == 0x300A || c == 0x3008 || c == 0x3010 || c == '\'';
}

static int is_close_quote(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == '"' || c == 0x300D || c == 0x300F ||
         c == 0x300B || c == 0x3009 || c == 0x3011 || c == '\'';
}

/* What may stand before a heading marker such as 1. or 2、 on the same line. */
static int ends_sentence(uint32_t c)
{
  return c == 0 || char_is_newline(c) || c == 0x3002 /* 。 */ || c == ';' || c == '!' ||
         c == '?' || c == ':' || c == ')' || c == 0x3011 || c == ' ';
}

/* Characters other than numerals and digits that begin a candidate: X(a, code point). */
#define SCANNER_STARTS(X, a)                  \
  X(a, 0x00D7) /* ×: a placeholder */         \
  X(a, 0xFF38) /* Ｘ */                       \
  X(a, 0xFF5E) /* ～: ～年, a removed year */  \
  X(a, 0x301C) /* 〜 */                       \
  X(a, 0xFF0D) /* －: a sign */               \
  X(a, 0x2212) /* − */                        \
  X(a, 0x7FFB) /* 翻: 翻一番 */

/* Every code point of the Basic Multilingual Plane that may begin a candidate, as a
** bitmap computed at compile time from the tables above: bit cp & 63 of word cp >> 6.
** The hot loop tests a three-byte character with it straight from its bytes. */
#define START_CLASS(cls) ((cls) != NC_POINT && (cls) != NC_APPROX)
#define START_BIT(w, cp) (((cp) >> 6) == (w) ? UINT64_C(1) << ((cp) & 63) : 0)
#define OR_NUMERAL(w, cp, cls, v) | (START_CLASS(cls) ? START_BIT(w, cp) : 0)
#define OR_START(w, cp) | START_BIT(w, cp)
#define FULLWIDTH_DIGITS(w) | (((w) == (0xFF10 >> 6)) ? UINT64_C(0x3FF) << (0xFF10 & 63) : 0)
#define WORD1(w) (0 NUMERAL_CHARACTERS(OR_NUMERAL, w) SCANNER_STARTS(OR_START, w) FULLWIDTH_DIGITS(w))
#define WORD4(w) WORD1(w), WORD1((w) + 1), WORD1((w) + 2), WORD1((w) + 3)
#define WORD16(w) WORD4(w), WORD4((w) + 4), WORD4((w) + 8), WORD4((w) + 12)
#define WORD64(w) WORD16(w), WORD16((w) + 16), WORD16((w) + 32), WORD16((w) + 48)
#define WORD256(w) WORD64(w), WORD64((w) + 64), WORD64((w) + 128), WORD64((w) + 192)
static const uint64_t START_BITMAP[1024] = {
  WORD256(0), WORD256(256), WORD256(512), WORD256(768),
};

/* ASCII characters that begin a candidate: digits, X (a placeholder), signs, ~. */
#define ASCII_BIT(w, c) (((c) >> 6) == (w) ? UINT64_C(1) << ((c) & 63) : 0)
#define ASCII_STARTS(w)                                                                   \
  (ASCII_BIT(w, '0') | ASCII_BIT(w, '1') | ASCII_BIT(w, '2') | ASCII_BIT(w, '3') |         \
   ASCII_BIT(w, '4') | ASCII_BIT(w, '5') | ASCII_BIT(w, '6') | ASCII_BIT(w, '7') |         \
   ASCII_BIT(w, '8') | ASCII_BIT(w, '9') | ASCII_BIT(w, 'X') | ASCII_BIT(w, '-') |         \
   ASCII_BIT(w, '+') | ASCII_BIT(w, '~'))
static const uint64_t ASCII_START_BITMAP[2] = {ASCII_STARTS(0), ASCII_STARTS(1)};

/* Bit 0 set when the three-byte character at p may begin a candidate. */
#define START_LOOKUP(p) \
  (START_BITMAP[(((p)[0] & 0x0F) << 6) | ((p)[1] & 0x3F)] >> ((p)[2] & 0x3F))

/* The next byte at or after pos where a candidate begins, or `to`; *chars counts the
** characters passed over. A character is turned down on its bytes alone, three-byte
** characters with one table lookup. The skip loop where the vector filter below is not
** available, and for the last bytes of the text where it is. */
static size_t skip_scalar(const unsigned char *s, size_t pos, size_t to, size_t *chars)
{
  size_t k = 0;
  while (pos + 3 <= to) {
    /* four three-byte characters with one branch: a candidate is about one character in
    ** thirty, so this loop mostly runs on */
    while (pos + 12 <= to) {
      const unsigned char *p = s + pos;
      if ((((p[0] ^ 0xE0) | (p[3] ^ 0xE0) | (p[6] ^ 0xE0) | (p[9] ^ 0xE0)) & 0xF0) ||
          ((START_LOOKUP(p) | START_LOOKUP(p + 3) | START_LOOKUP(p + 6) | START_LOOKUP(p + 9)) & 1))
        break;
      pos += 12;
      k += 4;
    }
    /* then the next four characters one by one: the candidate among them, or the ones
    ** that are not three bytes long */
    for (int i = 0; i < 4 && pos + 3 <= to; i++) {
      unsigned b = s[pos];
      if ((b & 0xF0) == 0xE0) {
        if (START_LOOKUP(s + pos) & 1) goto found;
        pos += 3;
      } else if (b < 0x80) {
        if ((ASCII_START_BITMAP[b >> 6] >> (b & 63)) & 1) goto found;
        pos++;
      } else if (b == 0xC3 && s[pos + 1] == 0x97) {
        goto found; /* × */
      } else {
        pos += b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1;
      }
      k++;
    }
  }
found:
  if (pos + 3 > to) { /* the last bytes: only ASCII and × can begin a candidate there */
    while (pos < to) {
      unsigned b = s[pos];
      if (b < 0x80 ? (ASCII_START_BITMAP[b >> 6] >> (b & 63)) & 1
                   : b == 0xC3 && pos + 1 < to && s[pos + 1] == 0x97)
        break;
      pos += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      k++;
    }
    if (pos > to) pos = to;
  }
  *chars += k;
  return pos;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/* The vector filter tells, for each byte of a block of 32, whether a start character may
** begin there, from the three bytes from that position on: the high and the low nibble
** of each is looked up in a table of eight groups ("shufti", see byteset.h), and the
** position passes when one group holds all six nibbles. A group stands for the
** characters listed in it and also for every character that mixes their nibbles: those
** false hits are turned down by the exact test (START_LOOKUP). This grouping keeps them
** to about one character in sixty of report text; any grouping is correct as long as it
** lets every start character through, which test_quantity checks code point by code
** point. X(a, group, code point), each a three-byte character.
**
** AVX2, not SSSE3: sixteen positions at a time, with the register copies that two-operand
** instructions need, cost more than the scalar loop (about four instructions a byte). */
#define VECTOR_GROUPS(X, a)                                                               \
  X(a, 0, 0x5006) X(a, 0, 0x5146) X(a, 0, 0x516D) X(a, 0, 0x7396) X(a, 0, 0x8086)         \
  X(a, 1, 0x3007) X(a, 1, 0x4E00) X(a, 1, 0x4E03) X(a, 1, 0x4E07) X(a, 1, 0x4E09)         \
  X(a, 1, 0x4E24) X(a, 1, 0xFF10) X(a, 1, 0xFF17) X(a, 1, 0xFF19)                         \
  X(a, 2, 0x5104) X(a, 2, 0x5341) X(a, 2, 0x5343) X(a, 2, 0x5345) X(a, 2, 0x534C)         \
  X(a, 2, 0x53C1) X(a, 2, 0x53C3) X(a, 2, 0x53C4) X(a, 2, 0x62FE) X(a, 2, 0x634C)         \
  X(a, 3, 0x67D2) X(a, 3, 0x767E) X(a, 3, 0x7FFB) X(a, 3, 0x96F6)                         \
  X(a, 4, 0x8CA0) X(a, 4, 0x8CB3) X(a, 4, 0x9646) X(a, 4, 0x9678) X(a, 4, 0xFF0D)         \
  X(a, 4, 0xFF11) X(a, 4, 0xFF13) X(a, 4, 0xFF16) X(a, 4, 0xFF18) X(a, 4, 0xFF38)         \
  X(a, 5, 0x2212) X(a, 5, 0x4E94) X(a, 5, 0x4EBF) X(a, 5, 0x4EDF) X(a, 5, 0x4F70)         \
  X(a, 5, 0x8D1F) X(a, 5, 0x8D30) X(a, 5, 0xFF12) X(a, 5, 0xFF14) X(a, 5, 0xFF15)         \
  X(a, 5, 0xFF5E)                                                                         \
  X(a, 6, 0x25CB) X(a, 6, 0x5169) X(a, 6, 0x516B) X(a, 6, 0x56DB) X(a, 6, 0x58F9)         \
  X(a, 6, 0x5EFF)                                                                         \
  X(a, 7, 0x301C) X(a, 7, 0x4E5D) X(a, 7, 0x4E8C) X(a, 7, 0x4F0D) X(a, 7, 0x842C)

/* The tables, computed at compile time: table t = 2 * k + high is the high (1) or low
** (0) nibble of byte k; `a` is t * 16 + the nibble's value. */
#define UTF8_BYTE(k, cp) \
  ((k) == 0 ? 0xE0 | ((cp) >> 12) : (k) == 1 ? 0x80 | (((cp) >> 6) & 63) : 0x80 | ((cp) & 63))
#define TABLE_NIBBLE(t, cp) \
  ((t) & 1 ? UTF8_BYTE((t) >> 1, cp) >> 4 : UTF8_BYTE((t) >> 1, cp) & 15)
#define TABLE_BIT(a, g, cp) | (TABLE_NIBBLE((a) >> 4, cp) == ((a) & 15) ? 1u << (g) : 0u)
#define TABLE_ENTRY(t, v) (uint8_t)(0 VECTOR_GROUPS(TABLE_BIT, (t) * 16 + (v)))
#define TABLE_ROW(t)                                                                       \
  {TABLE_ENTRY(t, 0),  TABLE_ENTRY(t, 1),  TABLE_ENTRY(t, 2),  TABLE_ENTRY(t, 3),          \
   TABLE_ENTRY(t, 4),  TABLE_ENTRY(t, 5),  TABLE_ENTRY(t, 6),  TABLE_ENTRY(t, 7),          \
   TABLE_ENTRY(t, 8),  TABLE_ENTRY(t, 9),  TABLE_ENTRY(t, 10), TABLE_ENTRY(t, 11),         \
   TABLE_ENTRY(t, 12), TABLE_ENTRY(t, 13), TABLE_ENTRY(t, 14), TABLE_ENTRY(t, 15)}
static const uint8_t VECTOR_TABLES[6][16] = {TABLE_ROW(0), TABLE_ROW(1), TABLE_ROW(2),
                                             TABLE_ROW(3), TABLE_ROW(4), TABLE_ROW(5)};

/* The first bytes of the other starts, as one byteset (byteset.h): ASCII digits, X, -,
** +, ~ exactly, and C3, the first byte of × (C3 97). */
#define OTHER_STARTS(X, a)                                  \
  X(a, 0, NIBBLE(0x3), 0x3FF)                    /* 0-9 */ \
  X(a, 1, NIBBLE(0x2), NIBBLE(0xB) | NIBBLE(0xD)) /* + - */ \
  X(a, 2, NIBBLE(0x5), NIBBLE(0x8))               /* X */   \
  X(a, 3, NIBBLE(0x7), NIBBLE(0xE))               /* ~ */   \
  X(a, 4, NIBBLE(0xC), NIBBLE(0x3))               /* C3 */
static const byteset OTHER_START_BYTES = BYTESET(OTHER_STARTS);

/* A 16-byte table in both lanes (vpshufb looks up within each lane). */
__attribute__((target("avx2"))) static inline __m256i table_both_lanes(const uint8_t *t)
{
  return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t));
}

/* The skip loop 32 bytes at a time, while 34 bytes are left (the filter reads three at
** each position). Returns 1 with *pos at a candidate, or 0 with *pos at the character
** boundary where the scalar loop takes over; *chars counts the characters passed over
** (the bytes that are no continuation bytes). */
__attribute__((target("avx2,popcnt"))) static int skip_avx2(const unsigned char *s, size_t *pos,
                                                            size_t to, size_t *chars)
{
  const __m256i t0 = table_both_lanes(VECTOR_TABLES[0]), t1 = table_both_lanes(VECTOR_TABLES[1]);
  const __m256i t2 = table_both_lanes(VECTOR_TABLES[2]), t3 = table_both_lanes(VECTOR_TABLES[3]);
  const __m256i t4 = table_both_lanes(VECTOR_TABLES[4]), t5 = table_both_lanes(VECTOR_TABLES[5]);
  const __m256i other_low = table_both_lanes(OTHER_START_BYTES.low);
  const __m256i other_high = table_both_lanes(OTHER_START_BYTES.high);
  const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
  /* a byte that begins a character is no 10xxxxxx: not below -64 as a signed byte */
  const __m256i below_lead = _mm256_set1_epi8(-65);
  size_t p = *pos, k = 0;
  for (; p + 34 <= to; p += 32) {
    __m256i b0 = _mm256_loadu_si256((const __m256i *)(s + p));
    __m256i b1 = _mm256_loadu_si256((const __m256i *)(s + p + 1));
    __m256i b2 = _mm256_loadu_si256((const __m256i *)(s + p + 2));
    __m256i lo0 = _mm256_and_si256(b0, nibble);
    __m256i hi0 = _mm256_and_si256(_mm256_srli_epi16(b0, 4), nibble);
    __m256i lo1 = _mm256_and_si256(b1, nibble);
    __m256i hi1 = _mm256_and_si256(_mm256_srli_epi16(b1, 4), nibble);
    __m256i lo2 = _mm256_and_si256(b2, nibble);
    __m256i hi2 = _mm256_and_si256(_mm256_srli_epi16(b2, 4), nibble);
    __m256i first = _mm256_and_si256(_mm256_shuffle_epi8(t0, lo0), _mm256_shuffle_epi8(t1, hi0));
    __m256i second = _mm256_and_si256(_mm256_shuffle_epi8(t2, lo1), _mm256_shuffle_epi8(t3, hi1));
    __m256i third = _mm256_and_si256(_mm256_shuffle_epi8(t4, lo2), _mm256_shuffle_epi8(t5, hi2));
    __m256i three = _mm256_and_si256(_mm256_and_si256(first, second), third);
    __m256i other = _mm256_and_si256(_mm256_shuffle_epi8(other_low, lo0),
                                     _mm256_shuffle_epi8(other_high, hi0));
    __m256i none = _mm256_cmpeq_epi8(_mm256_or_si256(three, other), zero);
    uint32_t hits = ~(uint32_t)_mm256_movemask_epi8(none);
    uint32_t lead = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(b0, below_lead));
    for (; hits; hits &= hits - 1) {
      unsigned i = (unsigned)__builtin_ctz(hits);
      const unsigned char *c = s + p + i;
      if (c[0] < 0x80 || (c[0] == 0xC3 ? c[1] == 0x97 : (START_LOOKUP(c) & 1))) {
        *chars += k + (size_t)__builtin_popcount(lead & ((UINT32_C(1) << i) - 1));
        *pos = p + i;
        return 1;
      }
    }
    k += (size_t)__builtin_popcount(lead);
  }
  /* the block may have ended inside a character, already counted at its first byte */
  while (p < to && (s[p] & 0xC0) == 0x80) p++;
  *chars += k;
  *pos = p;
  return 0;
}
#define QUANTITY_HAVE_AVX2 1
#endif

size_t quantity_skip(const unsigned char *s, size_t pos, size_t to, size_t *chars, int vector)
{
#ifdef QUANTITY_HAVE_AVX2
  if (vector && to - pos >= 34 && __builtin_cpu_supports("avx2") &&
      __builtin_cpu_supports("popcnt") && skip_avx2(s, &pos, to, chars))
    return pos;
#else
  (void)vector;
#endif
  return skip_scalar(s, pos, to, chars);
}

int quantity_skip_may_pass(uint32_t c)
{
#ifdef QUANTITY_HAVE_AVX2
  if (c < 0x800 || c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) return 1;
  unsigned groups = 0xFF;
  for (int k = 0; k < 3; k++) {
    unsigned b = UTF8_BYTE(k, c);
    groups &= VECTOR_TABLES[2 * k][b & 15] & VECTOR_TABLES[2 * k + 1][b >> 4];
  }
  return groups != 0;
#else
  (void)c;
  return 1;
#endif
}

/* ---- one number and what follows it ------------------------------------------------- */

typedef struct part {
  size_t start, end;          /* the numeral or placeholder */
  numeral_scan num;           /* the numeral (when not a placeholder) */
  numeral_value value;        /* the number as written, without its scale word */
  numeral_value high;         /* the upper end of 两三万 (when num.has_high) */
  int redacted;
  int scale_exp;              /* its scale word: in the numeral (4.64亿) or after it (5 万) */
  size_t approx_start, approx_end; /* 多/余/几 inside the mention */
  const lexicon_unit *unit;
  const lexicon_unit *per;    /* the second unit of 万元/人 */
  size_t text_end;            /* end of the whole mention part */
  int rules_out;              /* a date or label word follows (3月, 5号, 三次会议) */
} part;

/* The value of a part without its scale word. */
static numeral_value unscaled(const numeral_value *v, int scale_exp)
{
  numeral_value r = *v;
  if (scale_exp) numeral_shift(&r, -scale_exp);
  return r;
}

static int is_approx(uint32_t c)
{
  return c == 0x591A /* 多 */ || c == 0x4F59 /* 余 */ || c == 0x51E0 /* 几 */;
}

static int is_scale(uint32_t c, int *exp)
{
  switch (c) {
  case 0x4E07: case 0x842C: *exp = 4; return 1;  /* 万 萬 */
  case 0x4EBF: case 0x5104: *exp = 8; return 1;  /* 亿 億 */
  case 0x5146: *exp = 12; return 1;              /* 兆 */
  default: return 0;
  }
}

static int only_chinese(const part *p)
{
  return !p->redacted && !(p->num.flags & NUMERAL_ARABIC);
}

/* Reads scale words at pos (for a placeholder: ×万, ×亿); returns their end. */
static size_t read_scales(const unsigned char *s, size_t to, size_t pos, int *scale_exp)
{
  size_t at, next;
  int e;
  for (;;) {
    uint32_t c = peek(s, to, pos, &at, &next);
    if (!is_scale(c, &e) || lexicon_unit_at(s, to, at, NULL) || *scale_exp + e > 24) break;
    *scale_exp += e;
    pos = next;
  }
  return pos;
}

/* A placeholder at pos: ×, ×.×, ××, X, X.X; ～ before 年. Returns its end, or pos. */
static size_t read_placeholder(const unsigned char *s, size_t to, size_t pos)
{
  /* × is C3 97; ～ EF BD 9E; 〜 E3 80 9C; Ｘ EF BC B8: turn everything else down fast */
  unsigned char b = s[pos];
  if (b != 0xC3 && b != 'X' && b != '~' && b != 0xEF && b != 0xE3) return pos;
  size_t at, next, prev_at;
  uint32_t c = peek(s, to, pos, &at, &next);
  uint32_t before = peek_back(s, pos, &prev_at);
  if (c == '~' || c == 0x301C) {
    size_t a2, n2;
    if (char_is_digit(before) || peek(s, to, next, &a2, &n2) != 0x5E74 /* 年 */) return pos;
    return next;
  }
  if (c != 0xD7 && c != 'X') return pos;
  /* 2×33万千瓦: a multiplication sign, not a placeholder; MAX is a word */
  if (char_is_digit(before) || is_ascii_letter(before) || before == 0xD7) return pos;
  size_t p = next;
  for (;;) {
    size_t a2, n2, a3, n3;
    uint32_t d = peek(s, to, p, &a2, &n2);
    if (d == 0xD7 || (d == 'X' && c == 'X')) {
      p = n2;
    } else if (d == '.' && ((d = peek(s, to, n2, &a3, &n3)) == 0xD7 || d == 'X')) {
      p = n3;
    } else {
      break;
    }
  }
  size_t a2, n2;
  if (is_ascii_letter(peek(s, to, p, &a2, &n2))) return pos; /* ×S店, XP */
  return p;
}

/* 多, 余 or 几 at pos between a number and its unit or scale word (5800余人, ×余万棵,
** ×亿多元) becomes the part's approximation; returns where reading goes on. */
static size_t read_approx(const unsigned char *s, size_t to, size_t pos, part *pt, int scale_ok)
{
  size_t at, next, a2, n2;
  int e;
  if (pt->approx_end || !is_approx(peek(s, to, pos, &at, &next))) return pos;
  size_t g = skip_gap(s, to, next);
  const lexicon_unit *u = lexicon_unit_at(s, to, g, NULL);
  if (!(u && u->kind != QUANTITY_NONE) && !(scale_ok && is_scale(peek(s, to, g, &a2, &n2), &e)))
    return pos;
  pt->approx_start = at;
  pt->approx_end = next;
  return g;
}

/* Reads the number at pos and its scale word, 多/余, unit: 5800余人, ×亿多元, 14.3 %,
** 28微克/立方米. Returns 0 when no number starts at pos. */
static int read_part(const unsigned char *s, size_t to, size_t pos, part *pt)
{
  size_t e = read_placeholder(s, to, pos);
  /* field by field: see numeral_scan_clear */
  pt->start = pos;
  pt->unit = pt->per = NULL;
  pt->rules_out = 0;
  if (e > pos) {
    static const numeral_value zero = {0, 0, 0, 0.0};
    numeral_scan_clear(&pt->num);
    pt->value = pt->high = zero;
    pt->redacted = 1;
    pt->scale_exp = 0;
    pt->approx_start = pt->approx_end = 0;
    pt->end = e;
  } else {
    if (!numeral_parse(s, to, pos, 0, &pt->num)) return 0;
    pt->redacted = 0;
    pt->end = pt->num.end;
    pt->scale_exp = pt->num.scale_exp;
    pt->value = unscaled(&pt->num.value, pt->num.scale_exp);
    pt->high = unscaled(&pt->num.high, pt->num.scale_exp);
    pt->approx_start = pt->num.approx_start;
    pt->approx_end = pt->num.approx_end;
  }
  size_t at, next;
  pt->text_end = pt->end;
  size_t g = skip_gap(s, to, pt->end);
  int e2;
  uint32_t c = peek(s, to, g, &at, &next);
  if (!is_approx(c) && !is_scale(c, &e2) && !lexicon_unit_may_start(c)) return 1; /* nothing after */
  g = read_approx(s, to, g, pt, !pt->scale_exp);
  if (!pt->scale_exp && !(pt->num.flags & NUMERAL_DIGIT_STRING)) {
    /* a scale word after the number: ×万, 1 万 */
    size_t q = read_scales(s, to, g, &pt->scale_exp);
    if (q > g) {
      pt->text_end = q;
      g = read_approx(s, to, skip_gap(s, to, q), pt, 0);
    }
  }
  size_t unit_end;
  const lexicon_unit *u = lexicon_unit_at(s, to, g, &unit_end);
  if (u && u->kind == QUANTITY_NONE) {
    pt->rules_out = 1;
  } else if (u && !((u->flags & UNIT_ARABIC_ONLY) && only_chinese(pt))) {
    pt->unit = u;
    pt->text_end = unit_end;
    /* 万元/人, 微克/立方米 */
    size_t a2, n2, per_end;
    if (!(u->flags & UNIT_NO_PER) && peek(s, to, unit_end, &a2, &n2) == '/') {
      const lexicon_unit *v = lexicon_unit_at(s, to, n2, &per_end);
      if (v && v->kind != QUANTITY_NONE && !(v->flags & UNIT_NO_PER)) {
        pt->per = v;
        pt->text_end = per_end;
      }
    }
  }
  /* 一吨半, 三年半: a half after a measure */
  if (pt->unit && !pt->per && pt->unit->kind == QUANTITY_MEASURE && !pt->redacted &&
      !pt->num.has_high && peek(s, to, pt->text_end, &at, &next) == 0x534A /* 半 */) {
    size_t a2, n2;
    uint32_t after = peek(s, to, next, &a2, &n2);
    numeral_value half = {5, -1, 0, 0.0};
    int64_t whole;
    if (numeral_as_int64(&pt->value, &whole) && after != 0x5BFC /* 导 */ && after != 0x5C9B /* 岛 */ &&
        after != 0x5F84 /* 径 */ && after != 0x6570 /* 数 */ && after != 0x4EF7 /* 价 */) {
      numeral_add(&pt->value, &half);
      pt->text_end = next;
    }
  }
  if (pt->approx_end > pt->text_end) pt->approx_start = pt->approx_end = 0;
  return 1;
}

/* ---- deciding ------------------------------------------------------------------------ */

/* 2024年, 03年, 二〇二四年 and placeholders name a year; 13年 is a duration. */
static int names_year(const part *pt)
{
  if (pt->redacted) return 1;
  unsigned f = pt->num.flags;
  if (f & (NUMERAL_DECIMAL | NUMERAL_GROUPED | NUMERAL_NEGATIVE)) return 0;
  if (pt->scale_exp || pt->num.has_high) return 0;
  if ((f & NUMERAL_LEADING_ZERO) && pt->num.integer_digits == 2) return 1;
  if (pt->num.integer_digits != 4) return 0;
  if (f & NUMERAL_DIGIT_STRING) return 1;
  int64_t v;
  return (f & NUMERAL_ARABIC) && numeral_as_int64(&pt->num.value, &v) && v >= 1800 && v <= 2199;
}

/* The unit a part stands for, to compare the two ends of a range. */
typedef struct unit_key {
  const char *name; /* canonical, or NULL */
  const char *per;
  quantity_kind kind;
} unit_key;

static unit_key key_of(const part *pt)
{
  unit_key k = {NULL, NULL, QUANTITY_NUMBER};
  if (pt->unit) {
    k.name = pt->unit->name;
    k.kind = pt->unit->kind;
    k.per = pt->per ? pt->per->name : NULL;
  } else if (!pt->redacted && (pt->num.flags & NUMERAL_PERCENT)) {
    k.name = "%";
    k.kind = QUANTITY_PERCENT;
  } else if (!pt->redacted && (pt->num.flags & NUMERAL_PERMILLE)) {
    k.name = "‰";
    k.kind = QUANTITY_PERMILLE;
  }
  return k;
}

static int same_str(const char *a, const char *b)
{
  return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* 三仟, 3百: a high end written as one digit and a small unit (100 or 1000), else 0. */
static int64_t digit_and_unit(const unsigned char *s, const part *hi)
{
  size_t at;
  if (hi->redacted || hi->scale_exp || utf8_length(s + hi->start, hi->end - hi->start) != 2) return 0;
  uint32_t c = char_peek_back(s, hi->start, hi->end, &at);
  return c == 0x767E || c == 0x4F70 ? 100 : c == 0x5343 || c == 0x4EDF ? 1000 : 0;
}

/* Whether lo and hi make one range (6.5%－7%, 4.5-5%, 1000-2000万元, ×—×个). The low
** end may leave out the high end's unit and scale word, never state different ones.
** Two ways of writing the low end are mended here: 两到三仟 (the low end leaves out the
** small unit too: 2000 to 3000), and 8500到3万 (the low end is written out in full: then
** *full_scale is set and the range is told in the unit without its scale word). */
static int joins_range(const unsigned char *s, part *lo, const part *hi, int *full_scale)
{
  *full_scale = 0;
  if (hi->rules_out || hi->num.has_high || lo->num.has_high) return 0;
  if ((hi->num.flags & (NUMERAL_PERMYRIAD | NUMERAL_FRACTION)) ||
      (lo->num.flags & (NUMERAL_PERMYRIAD | NUMERAL_FRACTION)))
    return 0;
  unit_key a = key_of(lo), b = key_of(hi);
  if (a.name && b.name) {
    if (!same_str(a.name, b.name) || !same_str(a.per, b.per)) return 0;
    if (lo->scale_exp != hi->scale_exp && lo->scale_exp != 0) return 0;
  } else if (a.name && !b.name) {
    /* 百分之三十到四十一: the percent carries over; 5%-6 does not */
    if (!(lo->num.flags & NUMERAL_PERCENT) || hi->redacted || hi->scale_exp ||
        (hi->num.flags & NUMERAL_ARABIC))
      return 0;
  } else if (lo->scale_exp && lo->scale_exp != hi->scale_exp) {
    return 0;
  }
  if (lo->redacted || hi->redacted) return 1;
  int64_t unit = digit_and_unit(s, hi), low;
  if (unit && !lo->scale_exp && numeral_as_int64(&lo->value, &low) && low >= 1 && low <= 9 &&
      low * unit < numeral_as_double(&hi->value)) {
    numeral_multiply(&lo->value, unit);
  }
  if (numeral_compare(&lo->value, &hi->value) <= 0) return 1;
  if (!lo->scale_exp && hi->scale_exp) {
    numeral_value whole = hi->value;
    numeral_shift(&whole, hi->scale_exp);
    if (numeral_compare(&lo->value, &whole) <= 0) {
      *full_scale = 1;
      return 1;
    }
  }
  return 0; /* the low end must not exceed the high end */
}

/* Whether the digits of an Arabic integer at pos read as an hour or a minute: one or two
** digits, at most max. */
static int clock_field(const unsigned char *s, size_t to, size_t pos, int max, size_t *end)
{
  size_t at, next;
  int v = 0, k = 0;
  uint32_t c;
  while (k < 3 && char_is_digit(c = char_peek(s, to, pos, &at, &next))) {
    v = v * 10 + (int)(c - '0');
    k++;
    pos = next;
  }
  *end = pos;
  return k >= 1 && k <= 2 && v <= max;
}

/* A chain such as 2024-01-28, 127.0.0.1, 010-6403: a code or a date, not a number; or a
** clock time, 09:30 or 8:00:15 (a ratio 8.5：43.1 is not one: its parts have decimals or
** a single digit after the colon). Returns the end of the chain, or 0. */
static size_t code_chain(const unsigned char *s, size_t to, const part *pt)
{
  if (pt->redacted || !(pt->num.flags & NUMERAL_ARABIC) || pt->num.scale_exp) return 0;
  size_t at, next, a2, n2, p = pt->end, e;
  uint32_t sep = peek(s, to, p, &at, &next);
  if (sep == ':' && !(pt->num.flags & NUMERAL_DECIMAL) && clock_field(s, to, pt->start, 24, &e) &&
      e == pt->end && clock_field(s, to, next, 59, &e) && e - next == 2 &&
      !char_is_digit(peek(s, to, e, &a2, &n2)) && peek(s, to, e, &a2, &n2) != '.') {
    if (peek(s, to, e, &a2, &n2) == ':' && clock_field(s, to, n2, 59, &p) && p - n2 == 2) e = p;
    return e;
  }
  if (sep != '.' && sep != '-' && sep != '/') return 0;
  int groups = 0;
  for (;;) {
    if (peek(s, to, p, &at, &next) != sep || !char_is_digit(peek(s, to, next, &a2, &n2))) break;
    p = next;
    while (char_is_digit(peek(s, to, p, &a2, &n2))) p = n2;
    groups++;
  }
  int is_code = groups >= 2 || (groups >= 1 && sep == '.') ||
                (groups >= 1 && (pt->num.flags & NUMERAL_LEADING_ZERO));
  return is_code ? p : 0;
}

/* ---- the scanner ---------------------------------------------------------------------- */

void quantity_scanner_init(quantity_scanner *sc, const unsigned char *doc, size_t n,
                           size_t from, size_t to, size_t from_char)
{
  memset(sc, 0, sizeof *sc);
  sc->doc = doc;
  sc->n = n;
  sc->from = from < n ? from : n;
  sc->to = to < n ? to : n;
  if (sc->to < sc->from) sc->to = sc->from;
  sc->pos = sc->floor = sc->counted = sc->from;
  sc->counted_chars = from_char;
}

/* Continuation bytes (10xxxxxx) among the bytes of w whose bits are set in mask. */
static size_t continuation_bytes(uint64_t w, uint64_t mask)
{
  uint64_t cont = (w & ~(w << 1) & UINT64_C(0x8080808080808080) & mask) >> 7;
  return (size_t)((cont * UINT64_C(0x0101010101010101)) >> 56);
}

/* The code points of doc[from, to). The spans of a quantity are a few bytes apart, so
** the short case is counted without a loop over single bytes: the bytes left after the
** whole words are read as the end of the word that ends at `to`. */
static size_t chars_in(const unsigned char *doc, size_t from, size_t to)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (to - from <= 64 && to >= 8) {
    size_t count = 0, i = from;
    uint64_t w;
    for (; i + 8 <= to; i += 8) {
      memcpy(&w, doc + i, 8);
      count += 8 - continuation_bytes(w, ~UINT64_C(0));
    }
    size_t rest = to - i;
    if (rest) {
      memcpy(&w, doc + to - 8, 8); /* little-endian: the last `rest` bytes are the high ones */
      count += rest - continuation_bytes(w, ~UINT64_C(0) << (8 * (8 - rest)));
    }
    return count;
  }
#endif
  return utf8_length(doc + from, to - from);
}

/* The code-point offset of byte b, counting on from the last one asked. */
static size_t char_offset(quantity_scanner *sc, size_t b)
{
  if (b >= sc->counted) {
    sc->counted_chars += chars_in(sc->doc, sc->counted, b);
  } else {
    sc->counted_chars -= chars_in(sc->doc, b, sc->counted);
  }
  sc->counted = b;
  return sc->counted_chars;
}

static void set_span(quantity_scanner *sc, quantity_span *sp, size_t start, size_t end)
{
  sp->start = start;
  sp->end = end;
  sp->char_start = char_offset(sc, start);
  sp->char_end = char_offset(sc, end);
}

/* 翻一番, 翻两番, 翻了一番, 翻番, 翻×番 at pos: a multiple of 2^N. Returns its end, or pos. */
static size_t read_doubling(const unsigned char *s, size_t to, size_t pos, numeral_value *v,
                            int *redacted)
{
  size_t at, next, p;
  if (peek(s, to, pos, &at, &next) != 0x7FFB /* 翻 */) return pos;
  p = next;
  if (peek(s, to, p, &at, &next) == 0x4E86 /* 了 */) p = next;
  *redacted = 0;
  int64_t times = 1;
  uint32_t c = peek(s, to, p, &at, &next);
  if (c != 0x756A /* 番 */) {
    size_t e = read_placeholder(s, to, p);
    if (e > p) {
      *redacted = 1;
    } else {
      numeral_scan ns;
      int64_t k;
      if (!numeral_parse(s, to, p, 0, &ns) || ns.has_high || ns.scale_exp ||
          !numeral_as_int64(&ns.value, &k) || k < 1 || k > 30)
        return pos;
      times = k;
      e = ns.end;
    }
    p = e;
    if (peek(s, to, p, &at, &next) != 0x756A) return pos;
  }
  *v = numeral_from_int(INT64_C(1) << times);
  return next;
}

/* dst = scale + name [+ "/" + per], truncated to size (units are short). */
static void copy_unit(char *dst, size_t size, const char *scale, const char *name,
                      const char *per)
{
  const char *parts[4] = {scale, name, per ? "/" : NULL, per};
  size_t k = 0;
  for (int i = 0; i < 4; i++) {
    /* byte by byte: a few bytes each, not worth a call to strlen and memcpy */
    for (const char *c = parts[i]; c && *c && k < size - 1; c++) dst[k++] = *c;
  }
  dst[k] = 0;
}

/* Every field of *q zeroed but the unit strings, which copy_unit writes: field by field,
** since a memset of the whole struct compiles to `rep stos`, slow to start for its size. */
static void quantity_clear(quantity *q)
{
  static const numeral_value zero = {0, 0, 0, 0.0};
  static const quantity_span no_span = {0, 0, 0, 0};
  q->span = q->qualifier_span = q->before_span = q->after_span = no_span;
  q->value = q->value_high = zero;
  q->has_high = q->redacted = q->high_redacted = q->scale_exp = 0;
  q->kind = QUANTITY_NONE;
  q->unit[0] = q->base_unit[0] = 0;
  q->qualifier = q->qualifier_before = q->qualifier_after = NULL;
}

/* A Chinese numeral lives inside words (进一步, 三中全会, 十六大): it is read as a number
** only with a unit, a scale word, a decimal point or a percent form after it. */
static int chinese_is_strong(const part *pt)
{
  return pt->unit || pt->scale_exp ||
         (pt->num.flags & (NUMERAL_DECIMAL | NUMERAL_PERCENT | NUMERAL_PERMILLE |
                           NUMERAL_PERMYRIAD | NUMERAL_FRACTION));
}

/* Heading markers and references: 1. 2、 at the start of a line or after a sentence,
** （3） standing alone. Only bare Arabic integers are candidates. */
static int is_marker(uint32_t before, uint32_t after, uint32_t after2)
{
  if ((after == '.' || after == 0x3001 /* 、 */) && !char_is_digit(after2) &&
      ends_sentence(before))
    return 1;
  return (before == '(' || before == 0x3014 /* 〔 */ || before == '[') &&
         (after == ')' || after == 0x3015 || after == ']');
}

/* Letters right before a number make it part of a name (PM2.5, G20), unless they are an
** indicator's acronym (GDP5.2%). before_at is the byte of the letter before the number. */
static int after_a_name(const unsigned char *s, size_t before_at)
{
  size_t b = before_at, pb;
  while (b > 0 && is_ascii_letter(peek_back(s, b, &pb))) b = pb;
  return !lexicon_acronym(s, b, before_at + 1);
}

/* 上, 数 and 几 qualify only numerals such as 上万, 数十, 几百: elsewhere they are words. */
static int vague_only(const char *qualifier)
{
  return strcmp(qualifier, "上") == 0 || strcmp(qualifier, "数") == 0 ||
         strcmp(qualifier, "几") == 0;
}

static int starts_with_ten(const unsigned char *s, size_t pos)
{
  return memcmp(s + pos, "十", 3) == 0 || memcmp(s + pos, "拾", 3) == 0;
}

/* 千万, 百万, 万亿, 百亿: two scale characters that begin with 百, 千 or 万 read as one
** number (亿万人民 is a figure of speech). */
static int compound_scale(const unsigned char *s, const part *pt)
{
  if (pt->end - pt->start < 6) return 0;
  return memcmp(s + pt->start, "百", 3) == 0 || memcmp(s + pt->start, "千", 3) == 0 ||
         memcmp(s + pt->start, "万", 3) == 0;
}

/* Tries a quantity starting at pos. Returns 1 with *q filled; else 0. Either way *resume
** is where the search goes on. The cheap tests come first: most candidates are numerals
** inside words and are turned down on the character after them. */
static int try_at(quantity_scanner *sc, size_t pos, quantity *q, size_t *resume)
{
  const unsigned char *s = sc->doc;
  size_t to = sc->to, at, next;
  uint32_t c = peek(s, to, pos, &at, &next);
  *resume = next > pos ? next : pos + 1;

  /* a sign only where a number cannot end before it (增长-3%, not 2024-2025) */
  if (c == '-' || c == '+' || c == 0x2212) {
    size_t b, a2, n2;
    uint32_t before = peek_back(s, pos, &b);
    uint32_t after = peek(s, to, next, &a2, &n2);
    if (!(char_is_digit(after) || numeral_is_chinese(after)) || char_is_digit(before) ||
        is_ascii_letter(before) || before == '%' || before == 0xD7 || before == ')' ||
        before == '.')
      return 0;
  }

  /* the number and its unit */
  part lo, hi;
  int is_doubling = 0;
  if (c == 0x7FFB /* 翻 */) {
    numeral_value v;
    int redacted;
    size_t e = read_doubling(s, to, pos, &v, &redacted);
    if (e == pos) return 0;
    memset(&lo, 0, sizeof lo);
    lo.start = pos;
    lo.end = lo.text_end = e;
    lo.redacted = redacted;
    lo.num.value = lo.value = v;
    is_doubling = 1;
  } else if (!read_part(s, to, pos, &lo)) {
    return 0;
  }
  if (lo.end > *resume) *resume = lo.end;
  if (lo.rules_out) return 0;
  size_t chain = is_doubling ? 0 : code_chain(s, to, &lo);
  if (chain) {
    *resume = chain;
    return 0;
  }

  /* a range: 6.5%－7%, 4.5-5%, 5%至6%, 两到三年, ×—×个 */
  int has_range = 0, full_scale = 0;
  size_t text_end = lo.text_end;
  if (!is_doubling) {
    size_t k = lexicon_range_connector(s, to, lo.text_end);
    if (k > lo.text_end && read_part(s, to, k, &hi) && code_chain(s, to, &hi) == 0 &&
        joins_range(s, &lo, &hi, &full_scale)) {
      has_range = 1;
      text_end = hi.text_end;
    }
  }
  const part *last = has_range ? &hi : &lo;
  int chinese = !is_doubling && only_chinese(&lo);
  if (chinese && !chinese_is_strong(&lo) && !chinese_is_strong(last)) return 0;
  /* 五点零二分 is a clock time, not 5.02 */
  if (chinese && (lo.num.flags & NUMERAL_DECIMAL) && !lo.unit &&
      peek(s, to, lo.text_end, &at, &next) == 0x5206 /* 分 */ &&
      peek(s, to, next, &at, &next) != 0x4E4B /* 之 */)
    return 0;

  /* what the mention stands for */
  unit_key key = key_of(last);
  if (has_range && !key.name) key = key_of(&lo);
  int scale_exp = full_scale ? 0 : last->scale_exp;
  if (is_doubling) {
    key.name = "倍";
    key.kind = QUANTITY_MULTIPLE;
  } else if (lo.num.flags & NUMERAL_PERMYRIAD) {
    key.name = "‱";
  }
  quantity_kind kind = key.kind;
  if (key.name && key.name[0] == "年"[0] && strcmp(key.name, "年") == 0 && names_year(last))
    kind = QUANTITY_YEAR;
  if (lo.redacted && !key.name && !scale_exp && !is_doubling &&
      (!has_range || hi.redacted))
    return 0; /* a placeholder needs a unit: ×+X and “×”工程 are no figures */
  if (!lo.redacted && !is_doubling && (lo.num.flags & NUMERAL_LEADING_ZERO) &&
      kind != QUANTITY_YEAR)
    return 0; /* 010, 007: codes */
  if ((lo.num.flags & NUMERAL_DIGIT_STRING) && kind != QUANTITY_YEAR) return 0; /* 二〇二四年 */

  /* a currency sign before it: ¥5, US$1.5万, 人民币8亿元, CNY1.25 */
  size_t start = lo.start, cur_start;
  if ((kind == QUANTITY_NUMBER || kind == QUANTITY_MONEY) && !lo.redacted) {
    const char *currency = lexicon_currency_before(s, sc->floor, start, &cur_start);
    if (currency) {
      start = cur_start;
      /* the sign names the currency; 港币5亿元 is in Hong Kong dollars */
      if (!key.name || (strcmp(key.name, "元") == 0 && !key.per)) {
        key.name = currency;
        kind = key.kind = QUANTITY_MONEY;
      }
    }
  }

  /* the characters around it: 第, letters, quotes, heading markers */
  size_t before_at, after_at, after_next, a2, n2;
  uint32_t before = peek_back(s, start, &before_at);
  if (before == 0x7B2C /* 第 */) return 0;
  if (is_ascii_letter(before) && !lo.redacted && after_a_name(s, before_at)) return 0;
  uint32_t after = peek(s, to, text_end, &after_at, &after_next);
  if (!key.name && !scale_exp && is_ascii_letter(after)) return 0; /* 4A级, 5G */
  int counted_kind = kind == QUANTITY_NUMBER || kind == QUANTITY_COUNT;
  if (counted_kind && is_open_quote(before)) return 0; /* “1336”工程, “三个确保” */
  if (kind == QUANTITY_NUMBER && !scale_exp && is_close_quote(after)) return 0; /* “2+2” */
  int bare_arabic = !lo.redacted && !has_range && kind == QUANTITY_NUMBER && !scale_exp &&
                    (lo.num.flags & NUMERAL_ARABIC) && !(lo.num.flags & NUMERAL_DECIMAL);
  if (bare_arabic && !lo.approx_end &&
      is_marker(before, after, peek(s, to, after_next, &a2, &n2)))
    return 0;

  /* qualifiers: 近, 约, 超过 before; 左右, 以上, 多 after */
  size_t qb_start = 0, qa_end = 0;
  const char *qual_before = lexicon_qualifier_before(s, sc->floor, start, &qb_start);
  const char *qual_after = lexicon_qualifier_after(s, to, text_end, &qa_end);
  if (qual_before && !lo.redacted && vague_only(qual_before) &&
      !((lo.num.flags & NUMERAL_BARE_SCALE) || starts_with_ten(s, lo.start)))
    qual_before = NULL; /* 上, 数, 几 qualify only 十 or a bare scale: 上万个, 数十亿元, 几百家 */
  else if (qual_before && lo.redacted && vague_only(qual_before))
    qual_before = NULL;
  int has_qualifier = qual_before || qual_after || lo.approx_end;
  if (chinese) {
    /* 一个, 一批, 一年: 一 alone is mostly an article */
    if ((lo.num.flags & NUMERAL_ONE) && !has_qualifier && !has_range && !scale_exp &&
        (kind == QUANTITY_COUNT || (lo.unit && (lo.unit->flags & UNIT_TIME))))
      return 0;
    size_t idiom_end = lexicon_not_quantity(s, to, 0, lo.start);
    if (idiom_end) {
      if (idiom_end > *resume) *resume = idiom_end;
      return 0;
    }
  }
  /* 千方, 百家, 万元GDP: a scale word alone counts only when bounded (近千家, 亿元以上)
  ** or written as a number of its own before a unit (千万美元, 百万千瓦, 万亿元) */
  if (!lo.redacted && !is_doubling && (lo.num.flags & NUMERAL_BARE_SCALE) &&
      !(lo.num.flags & (NUMERAL_PERCENT | NUMERAL_PERMILLE)) && !has_qualifier &&
      !(key.name && compound_scale(s, &lo)))
    return 0;

  /* accepted: fill *q, spans in byte order (char offsets count forward) */
  quantity_clear(q);
  if (qual_before) {
    q->qualifier_before = qual_before;
    set_span(sc, &q->before_span, qb_start, qb_start + strlen(qual_before));
  }
  set_span(sc, &q->span, start, text_end);
  if (qual_after) {
    q->qualifier_after = qual_after;
    set_span(sc, &q->after_span, qa_end - strlen(qual_after), qa_end);
  }
  q->redacted = lo.redacted;
  q->scale_exp = scale_exp;
  if (!lo.redacted) q->value = lo.value;
  if (has_range) {
    q->has_high = 1;
    q->high_redacted = hi.redacted;
    if (!hi.redacted) q->value_high = hi.value;
    if (full_scale) numeral_shift(&q->value_high, hi.scale_exp); /* 8500到3万: 30000 */
  } else if (!lo.redacted && lo.num.has_high) {
    q->has_high = 1; /* 两三万 */
    q->value_high = lo.high;
  }
  q->kind = kind;
  copy_unit(q->unit, sizeof q->unit, lexicon_scale_name(scale_exp), key.name, key.per);
  copy_unit(q->base_unit, sizeof q->base_unit, NULL, key.name, key.per);
  if (qual_after) {
    q->qualifier = qual_after;
    q->qualifier_span = q->after_span;
  } else if (lo.approx_end) {
    /* 1270多万人, 5800余人: the 多/余/几 written inside the mention */
    q->qualifier = memcmp(s + lo.approx_start, "多", 3) == 0   ? "多"
                   : memcmp(s + lo.approx_start, "余", 3) == 0 ? "余"
                                                              : "几";
    q->qualifier_span.start = lo.approx_start;
    q->qualifier_span.end = lo.approx_end;
    q->qualifier_span.char_start = q->span.char_start + chars_in(s, start, lo.approx_start);
    q->qualifier_span.char_end =
        q->qualifier_span.char_start + chars_in(s, lo.approx_start, lo.approx_end);
  } else if (qual_before) {
    q->qualifier = qual_before;
    q->qualifier_span = q->before_span;
  }
  sc->floor = qual_after ? qa_end : text_end;
  *resume = sc->floor;
  return 1;
}

void quantity_scanner_stop(quantity_scanner *sc, stop_fn stop, void *ctx)
{
  sc->stop = stop;
  sc->stop_ctx = ctx;
  sc->stop_every = STOP_EVERY_BYTES;
  sc->asked = sc->pos;
}

int quantity_next(quantity_scanner *sc, quantity *q)
{
  while (sc->pos < sc->to) {
    /* With a stop function the skip loop runs in chunks that end at a character
    ** boundary (where its rule for the last bytes holds), asking between them. */
    size_t end = sc->to;
    if (sc->stop) {
      if (sc->pos - sc->asked >= sc->stop_every) {
        sc->asked = sc->pos;
        if (sc->stop(sc->stop_ctx, sc->pos)) {
          sc->stopped = 1;
          return 0;
        }
      }
      if (end - sc->pos > sc->stop_every) {
        end = sc->pos + sc->stop_every;
        while (end < sc->to && (sc->doc[end] & 0xC0) == 0x80) end++;
      }
    }
    /* the skip loop counts characters as it goes, so offsets cost nothing extra */
    size_t chars = char_offset(sc, sc->pos);
    size_t p = quantity_skip(sc->doc, sc->pos, end, &chars, 1);
    sc->counted = p;
    sc->counted_chars = chars;
    if (p >= end) {
      sc->pos = end;
      continue;
    }
    size_t resume;
    int found = try_at(sc, p, q, &resume);
    sc->pos = resume > p ? resume : p + 1;
    if (found) return 1;
  }
  sc->pos = sc->to;
  return 0;
}

numeral_value quantity_base_value(const quantity *q)
{
  numeral_value v = q->value;
  numeral_shift(&v, q->scale_exp);
  return v;
}

numeral_value quantity_base_high(const quantity *q)
{
  numeral_value v = q->value_high;
  numeral_shift(&v, q->scale_exp);
  return v;
}
