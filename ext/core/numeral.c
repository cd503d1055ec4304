/*
** Numerals: see numeral.h. The grammar of Chinese numerals is the textbook one: a digit
** waits for its unit (十 百 千), groups close on a scale word (万 亿 兆) and are summed;
** 零 marks a gap; a last digit without a unit takes one tenth of the unit before it
** (一万五 = 15000, 二百五 = 250). Arabic numbers take the place of a digit (3万4000).
*/
#include "numeral.h"

#include "chars.h"
#include "lexicon_units.h"
#include "utf8.h"

#include <limits.h>
#include <math.h> /* NAN */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- decimal values ----------------------------------------------------------- */

#define MAX_EXPONENT 400 /* beyond this a value is kept as a double */

static int mul_overflows(int64_t a, int64_t b, int64_t *out)
{
  return __builtin_mul_overflow(a, b, out);
}

static int add_overflows(int64_t a, int64_t b, int64_t *out)
{
  return __builtin_add_overflow(a, b, out);
}

static double pow10_double(int k)
{
  static const double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (k >= 0 && k <= 22) return exact[k];
  double r = 1.0; /* rare: beyond the exact powers (no libm needed) */
  for (int i = 0; i < (k < 0 ? -k : k); i++) r *= 10.0;
  return k < 0 ? 1.0 / r : r;
}

double numeral_as_double(const numeral_value *v)
{
  if (v->inexact) return v->approx;
  if (v->mantissa == 0) return 0.0;
  int64_t m = v->mantissa;
  int e = v->exponent;
  if (m > -(INT64_C(1) << 53) && m < (INT64_C(1) << 53) && e >= -22 && e <= 22) {
    /* Both operands are exact doubles, so one IEEE operation rounds correctly. */
    return e >= 0 ? (double)m * pow10_double(e) : (double)m / pow10_double(-e);
  }
  char buf[48];
  snprintf(buf, sizeof buf, "%lldE%d", (long long)m, e);
  return strtod(buf, NULL);
}

static void make_inexact(numeral_value *v, double d)
{
  v->inexact = 1;
  v->approx = d;
  v->mantissa = 0;
  v->exponent = 0;
}

/* Brings v to exponent e (e <= v->exponent) by growing the mantissa; 0 on overflow. */
static int lower_exponent(numeral_value *v, int e)
{
  int64_t m = v->mantissa;
  for (int k = v->exponent; k > e; k--) {
    if (mul_overflows(m, 10, &m)) return 0;
  }
  v->mantissa = m;
  v->exponent = e;
  return 1;
}

/* Drops trailing zeros of the mantissa (4.800 → 4.8): keeps mantissas small. */
static void normalize(numeral_value *v)
{
  if (v->inexact) return;
  if (v->mantissa == 0) {
    v->exponent = 0;
    return;
  }
  while (v->mantissa % 10 == 0) {
    v->mantissa /= 10;
    v->exponent++;
  }
}

void numeral_add(numeral_value *a, const numeral_value *b)
{
  if (!a->inexact && !b->inexact) {
    numeral_value x = *a, y = *b;
    if (x.mantissa == 0) {
      *a = y;
      return;
    }
    if (y.mantissa == 0) return;
    int e = x.exponent < y.exponent ? x.exponent : y.exponent;
    int64_t sum;
    if (lower_exponent(&x, e) && lower_exponent(&y, e) &&
        !add_overflows(x.mantissa, y.mantissa, &sum)) {
      a->mantissa = sum;
      a->exponent = e;
      normalize(a);
      return;
    }
  }
  make_inexact(a, numeral_as_double(a) + numeral_as_double(b));
}

void numeral_multiply(numeral_value *a, int64_t k)
{
  int64_t m;
  if (!a->inexact && !mul_overflows(a->mantissa, k, &m)) {
    a->mantissa = m;
    normalize(a);
    return;
  }
  make_inexact(a, numeral_as_double(a) * (double)k);
}

void numeral_shift(numeral_value *a, int k)
{
  if (a->inexact) {
    a->approx *= pow10_double(k);
    return;
  }
  if (a->mantissa == 0) return;
  long e = (long)a->exponent + k;
  if (e > MAX_EXPONENT || e < -MAX_EXPONENT) {
    make_inexact(a, numeral_as_double(a) * pow10_double(k));
    return;
  }
  a->exponent = (int32_t)e;
}

void numeral_divide(numeral_value *a, const numeral_value *b)
{
  int64_t whole;
  if (!a->inexact && numeral_as_int64(b, &whole) && whole != 0 && a->mantissa % whole == 0) {
    a->mantissa /= whole; /* 6/3 */
    normalize(a);
    return;
  }
  /* A divisor 2^i·5^j gives a terminating decimal: multiply by 10^k/b exactly. */
  int64_t d;
  if (!a->inexact && numeral_as_int64(b, &d) && d > 0) {
    int64_t q = d;
    int twos = 0, fives = 0;
    while (q % 2 == 0) q /= 2, twos++;
    while (q % 5 == 0) q /= 5, fives++;
    int k = twos > fives ? twos : fives;
    if (q == 1 && k <= 18) { /* 10^k must fit an int64 */
      int64_t factor = 1;
      for (int i = 0; i < k; i++) factor *= 10;
      factor /= d;
      numeral_value r = *a;
      numeral_multiply(&r, factor);
      numeral_shift(&r, -k);
      if (!r.inexact) {
        *a = r;
        return;
      }
    }
  }
  double den = numeral_as_double(b);
  make_inexact(a, den == 0.0 ? NAN : numeral_as_double(a) / den);
}

int numeral_as_int64(const numeral_value *v, int64_t *out)
{
  if (v->inexact) return 0;
  int64_t m = v->mantissa;
  if (v->exponent >= 0) {
    for (int k = 0; k < v->exponent; k++) {
      if (mul_overflows(m, 10, &m)) return 0;
    }
  } else {
    for (int k = 0; k < -v->exponent; k++) {
      if (m % 10 != 0) return 0;
      m /= 10;
    }
  }
  *out = m;
  return 1;
}

int numeral_compare(const numeral_value *a, const numeral_value *b)
{
  if (!a->inexact && !b->inexact) {
    numeral_value x = *a, y = *b;
    int e = x.exponent < y.exponent ? x.exponent : y.exponent;
    if (lower_exponent(&x, e) && lower_exponent(&y, e)) {
      return (x.mantissa > y.mantissa) - (x.mantissa < y.mantissa);
    }
  }
  double x = numeral_as_double(a), y = numeral_as_double(b);
  return (x > y) - (x < y);
}

int numeral_format(const numeral_value *v, char *buf, size_t size)
{
  if (v->inexact) return snprintf(buf, size, "%.17g", v->approx);
  char digits[32];
  int64_t m = v->mantissa;
  int neg = m < 0;
  /* |INT64_MIN| does not fit an int64: print through unsigned. */
  unsigned long long u = neg ? 0ULL - (unsigned long long)m : (unsigned long long)m;
  int k = snprintf(digits, sizeof digits, "%llu", u);
  int e = v->exponent;
  char out[480];
  int o = 0;
  if (neg) out[o++] = '-';
  if (e >= 0) {
    memcpy(out + o, digits, (size_t)k);
    o += k;
    for (int i = 0; i < e && o < (int)sizeof out - 1; i++) out[o++] = '0';
  } else {
    int point = k + e; /* digits before the point */
    if (point <= 0) {
      out[o++] = '0';
      out[o++] = '.';
      for (int i = 0; i < -point && o < (int)sizeof out - 40; i++) out[o++] = '0';
      memcpy(out + o, digits, (size_t)k);
      o += k;
    } else {
      memcpy(out + o, digits, (size_t)point);
      o += point;
      out[o++] = '.';
      memcpy(out + o, digits + point, (size_t)(k - point));
      o += k - point;
    }
  }
  out[o] = 0;
  return snprintf(buf, size, "%s", out);
}

/* ---- the characters of numerals --------------------------------------------------- */

/* Which 64-code-point blocks hold a numeral character (see NUMERAL_CHARACTERS): most
** characters are no numeral, and this answers for them without the table below. */
#define BLOCK_BIT(w, cp) ((((cp) >> 12) == (w)) ? (UINT64_C(1) << (((cp) >> 6) & 63)) : 0)
#define OR_BLOCK(w, cp, cls, v) | BLOCK_BIT(w, cp)
#define BLOCK_WORD(w) (0 NUMERAL_CHARACTERS(OR_BLOCK, w))
static const uint64_t NUMERAL_BLOCKS[16] = {
  BLOCK_WORD(0),  BLOCK_WORD(1),  BLOCK_WORD(2),  BLOCK_WORD(3),
  BLOCK_WORD(4),  BLOCK_WORD(5),  BLOCK_WORD(6),  BLOCK_WORD(7),
  BLOCK_WORD(8),  BLOCK_WORD(9),  BLOCK_WORD(10), BLOCK_WORD(11),
  BLOCK_WORD(12), BLOCK_WORD(13), BLOCK_WORD(14), BLOCK_WORD(15),
};

/* The class and value of every numeral character, indexed by code point from U+2000:
** class << 12 | value (values are at most 1000). A table, not a switch: which numeral
** comes next is up to the text, and a jump on it was mispredicted at most numerals. A
** numeral character added outside the table's range fails to compile. */
#define CLASS_FIRST 0x2000
#define CLASS_END 0xA000
#define AS_CLASS_ENTRY(unused, cp, cls, v) [(cp) - CLASS_FIRST] = (uint16_t)((cls) << 12 | (v)),
static const uint16_t NUMERAL_CLASS[CLASS_END - CLASS_FIRST] = {
  NUMERAL_CHARACTERS(AS_CLASS_ENTRY, 0)
};
#undef AS_CLASS_ENTRY

static inline enum numeral_class classify(uint32_t c, int *value)
{
  if (c < CLASS_FIRST || c >= CLASS_END || !((NUMERAL_BLOCKS[c >> 12] >> ((c >> 6) & 63)) & 1)) {
    *value = 0;
    return NC_NONE;
  }
  unsigned entry = NUMERAL_CLASS[c - CLASS_FIRST];
  *value = (int)(entry & 0xFFF);
  return (enum numeral_class)(entry >> 12);
}

int numeral_is_chinese(uint32_t c)
{
  int v;
  enum numeral_class k = classify(c, &v);
  return k != NC_NONE && k != NC_POINT && k != NC_MINUS && k != NC_APPROX;
}

int numeral_may_start(uint32_t c)
{
  if (c < 0x80) return char_is_digit(c) || c == '-' || c == '+' || c == '.';
  if (c >= 0xFF10 && c <= 0xFF19) return 1; /* full-width digits */
  int v;
  enum numeral_class k = classify(c, &v);
  return k != NC_NONE && k != NC_POINT && k != NC_APPROX;
}

/* ---- reading --------------------------------------------------------------------- */

/* The folded code point at pos (see char_peek), past spaces too when allowed. */
static uint32_t peek(const unsigned char *s, size_t n, size_t pos, int spaces, size_t *at,
                     size_t *next)
{
  uint32_t c = char_peek(s, n, pos, at, next);
  while (spaces && c == ' ') c = char_peek(s, n, *next, at, next);
  return c;
}

/* peek() without spaces, with an ASCII byte read in place: it is its own character (as
** char_peek reads it) and the one that follows most digits. */
static inline uint32_t peek_ascii(const unsigned char *s, size_t n, size_t pos, size_t *at,
                                  size_t *next)
{
  if (pos < n && s[pos] < 0x80 && s[pos] != '\t') {
    *at = pos;
    *next = pos + 1;
    return s[pos];
  }
  return peek(s, n, pos, 0, at, next);
}

static uint32_t peek_class(const unsigned char *s, size_t n, size_t pos, int spaces,
                           enum numeral_class *cls, int *value, size_t *at, size_t *next)
{
  uint32_t c = peek(s, n, pos, spaces, at, next);
  *cls = classify(c, value);
  return c;
}

/* m * 10 + d when it fits an int64 (then 1), else 0: the digit does not fit. */
static int append_digit(int64_t *m, int d)
{
  if (*m > (INT64_MAX - d) / 10) return 0;
  *m = *m * 10 + d;
  return 1;
}

/* Counts the digits starting at pos (at most 4). */
static int count_digits(const unsigned char *s, size_t n, size_t pos, size_t *end)
{
  size_t at, next;
  int k = 0;
  *end = pos;
  while (k < 4 && char_is_digit(peek_ascii(s, n, pos, &at, &next))) {
    pos = next;
    *end = pos;
    k++;
  }
  return k;
}

/* Reads an Arabic number at pos: digits, thousands groups (1,234: every group after the
** first exactly three digits), a decimal part. The full-width comma ， is also the
** Chinese comma, so in running text it groups thousands only when a decimal part
** follows (82，225.00元) or the digits are full-width too (９，９９９); in a whole
** string (`whole`) it always may (４，５６５). A whole
** string may also begin with the point (.5). Returns the end, or pos when there is no
** number. */
static size_t read_arabic(const unsigned char *s, size_t n, size_t pos, int whole,
                          numeral_value *v, int *integer_digits, unsigned *flags)
{
  size_t at, next, p = pos;
  int64_t m = 0;
  int digits = 0, dropped = 0, in_group = 0, fraction = 0, lost = 0;
  unsigned grouped_before = *flags & NUMERAL_GROUPED;
  /* where the number ends if its full-width commas turn out to be Chinese commas */
  size_t cut = 0;
  int64_t cut_m = 0;
  int cut_digits = 0, cut_dropped = 0;
  unsigned cut_grouped = 0;
  uint32_t c = peek_ascii(s, n, p, &at, &next);
  while (char_is_digit(c)) {
    if (digits == 0 && c == '0') {
      size_t a2, n2;
      if (char_is_digit(peek_ascii(s, n, next, &a2, &n2))) *flags |= NUMERAL_LEADING_ZERO;
    }
    if (!append_digit(&m, (int)(c - '0'))) dropped++;
    digits++;
    in_group++;
    p = next;
    c = peek_ascii(s, n, p, &at, &next);
    if (c == ',') {
      size_t group_end;
      int first_group = !(*flags & NUMERAL_GROUPED);
      if ((first_group ? in_group <= 3 : in_group == 3) &&
          count_digits(s, n, next, &group_end) == 3) {
        /* ，after a full-width digit (９，９９９) is that number's own separator */
        if (s[at] == 0xEF && s[utf8_prev(s, at)] != 0xEF && !cut) {
          cut = p;
          cut_m = m;
          cut_digits = digits;
          cut_dropped = dropped;
          cut_grouped = *flags & NUMERAL_GROUPED;
        }
        *flags |= NUMERAL_GROUPED;
        in_group = 0;
        p = next;
        c = peek_ascii(s, n, p, &at, &next);
      }
    }
  }
  if (c == '.' && (digits > 0 || whole)) {
    size_t a2, n2;
    if (char_is_digit(peek_ascii(s, n, next, &a2, &n2))) {
      *flags |= NUMERAL_DECIMAL;
      p = next;
      c = peek_ascii(s, n, p, &at, &next);
      while (char_is_digit(c)) {
        if (append_digit(&m, (int)(c - '0'))) fraction++;
        else if (c != '0') lost = 1; /* a digit beyond 18: the value is no longer exact */
        p = next;
        c = peek_ascii(s, n, p, &at, &next);
      }
    }
  }
  if (cut && !whole && !(*flags & NUMERAL_DECIMAL)) {
    /* 20，300美圆 are two amounts */
    p = cut;
    m = cut_m;
    digits = cut_digits;
    dropped = cut_dropped;
    *flags = (*flags & ~(unsigned)NUMERAL_GROUPED) | cut_grouped | grouped_before;
  }
  *integer_digits = digits;
  if (digits == 0 && fraction == 0) return pos;
  *v = numeral_from_int(m);
  v->exponent = dropped - fraction;
  if (dropped || lost) make_inexact(v, numeral_as_double(v)); /* more than 18 digits */
  normalize(v);
  *flags |= NUMERAL_ARABIC;
  return p;
}

/* ---- the grammar ------------------------------------------------------------------ */

/* Open groups at a time: one per scale level (万, 亿, 兆) and one more; a numeral that
** needs more ends where it runs out. */
#define MAX_GROUPS 4

/* One reading of the numeral; an approximate pair (两三万) is two readings side by side. */
typedef struct track {
  numeral_value group[MAX_GROUPS]; /* closed groups, each with its scale already applied */
  int group_exp[MAX_GROUPS];
  int ngroups;
  numeral_value section;  /* digit × unit sums inside the open group */
  numeral_value pending;  /* the digit waiting for its unit */
} track;

typedef struct parse_state {
  const unsigned char *s;
  size_t n;
  int spaces;
  track lo, hi;
  int has_pending;       /* a digit or an Arabic number waits for its unit */
  int pending_chinese;   /* ... and it is one Chinese digit (the tail rule applies) */
  int pending_digit;     /* that digit's value */
  uint32_t pending_char; /* ... its character */
  size_t pending_at;     /* ... and where it starts */
  int has_high;          /* an approximate pair was read */
  int last_unit;         /* the unit of the last token: 10/100/1000, or 0 */
  int last_scale;        /* exponent of the trailing scale words, or 0 */
  int last_small;        /* the smallest unit of the open group (千 > 百 > 十) */
  int saw_zero;          /* 零 since the last unit: no tail rule */
  int digits;            /* digit tokens read (an Arabic number counts one) */
  size_t scale_start;    /* start of the trailing scale words */
} parse_state;

/* Field by field, not memset: a memset of these structs compiles to `rep stos`, whose
** start-up cost was most of the time of a short numeral. A track's closed groups are
** read only below ngroups, so they are left as they are. */
static void track_init(track *t)
{
  static const numeral_value zero = {0, 0, 0, 0.0};
  t->ngroups = 0;
  t->section = t->pending = zero;
}

static void state_init(parse_state *st, const unsigned char *s, size_t n, int spaces)
{
  st->s = s;
  st->n = n;
  st->spaces = spaces;
  track_init(&st->lo);
  track_init(&st->hi);
  st->has_pending = st->pending_chinese = st->pending_digit = 0;
  st->pending_char = 0;
  st->pending_at = 0;
  st->has_high = st->last_unit = st->last_scale = st->last_small = 0;
  st->saw_zero = st->digits = 0;
  st->scale_start = 0;
}

static int track_empty(const track *t)
{
  return t->ngroups == 0 && !t->section.inexact && t->section.mantissa == 0;
}

/* Closes the open group under the scale 10^e, absorbing smaller groups (一千零一万). */
static int track_close_group(track *t, int e)
{
  numeral_value g = t->section;
  numeral_add(&g, &t->pending);
  while (t->ngroups > 0 && t->group_exp[t->ngroups - 1] < e) {
    numeral_add(&g, &t->group[--t->ngroups]);
  }
  if (t->ngroups >= MAX_GROUPS) return 0;
  numeral_shift(&g, e);
  t->group[t->ngroups] = g;
  t->group_exp[t->ngroups] = e;
  t->ngroups++;
  t->section = numeral_from_int(0);
  t->pending = numeral_from_int(0);
  return 1;
}

/* 万万, 万亿: a scale word right after another multiplies the last group. */
static void track_grow_group(track *t, int e)
{
  numeral_shift(&t->group[t->ngroups - 1], e);
  t->group_exp[t->ngroups - 1] += e;
}

static numeral_value track_total(const track *t)
{
  numeral_value v = t->section;
  numeral_add(&v, &t->pending);
  for (int i = 0; i < t->ngroups; i++) numeral_add(&v, &t->group[i]);
  return v;
}

static void set_pending(parse_state *st, int64_t value, int chinese, uint32_t c, size_t at)
{
  st->lo.pending = st->hi.pending = numeral_from_int(value);
  st->has_pending = 1;
  st->pending_chinese = chinese;
  st->pending_digit = (int)value;
  st->pending_char = c;
  st->pending_at = at;
}

/* The tail rule: in 一万五 the 五 means 5000, in 二百五 it means 50. */
static void apply_tail(parse_state *st)
{
  if (!st->has_pending || !st->pending_chinese || st->saw_zero) return;
  int shift = 0;
  if (st->last_scale) shift = st->last_scale - 1;
  else if (st->last_unit > 10) shift = st->last_unit == 100 ? 1 : 2;
  numeral_shift(&st->lo.pending, shift);
  numeral_shift(&st->hi.pending, shift);
}

/* A unit word of the lexicon (千瓦, 兆瓦, 百分点) starting at pos: its first character
** belongs to the unit, not to the number. */
static int unit_starts_at(const parse_state *st, size_t pos)
{
  return lexicon_unit_at(st->s, st->n, pos, NULL) != NULL;
}

/* Digits that may be read one by one (二〇二四, 零点肆叁): never 两 (两两 is no 22). */
static int string_digit(uint32_t c)
{
  int v;
  enum numeral_class k = classify(c, &v);
  if (k == NC_ZERO) return 0; /* 零 〇 ○ */
  return k == NC_DIGIT && c != 0x4E24 && c != 0x5169 && c != 0x5006 ? v : -1;
}

/* Digits one by one from pos, with an optional 点 part: 一九九九, 一七二零点一. */
static size_t read_digit_string(const parse_state *st, size_t pos, numeral_value *v,
                                int *count, int *decimal)
{
  size_t at, next, p = pos;
  int64_t m = 0;
  int k = 0, frac = 0, big = 0;
  *decimal = 0;
  for (;;) {
    uint32_t c = peek(st->s, st->n, p, st->spaces, &at, &next);
    int d = string_digit(c);
    if (d < 0) {
      size_t a2, n2;
      int v2;
      if (classify(c, &v2) == NC_POINT && !*decimal && k > 0 &&
          string_digit(peek(st->s, st->n, next, st->spaces, &a2, &n2)) >= 0) {
        *decimal = 1;
        p = next;
        continue;
      }
      break;
    }
    if (append_digit(&m, d)) {
      if (*decimal) frac++;
    } else if (!*decimal) {
      big++;
    }
    if (!*decimal) k++;
    p = next;
  }
  *v = numeral_from_int(m);
  v->exponent = big - frac;
  if (big) make_inexact(v, numeral_as_double(v));
  normalize(v);
  *count = k;
  return p;
}

/* Approximate pairs of adjacent digits: 一二, 两三, 三四 ... 八九, and 三五. */
static int approximate_pair(int d1, int d2)
{
  return (d2 == d1 + 1 && d1 >= 1 && d1 <= 8) || (d1 == 3 && d2 == 5);
}

/* Digits after a point, Chinese one by one or Arabic, as a value below 1. */
static size_t read_fraction_digits(const parse_state *st, size_t pos, numeral_value *frac)
{
  size_t at, next, p = pos;
  int64_t m = 0;
  int k = 0, lost = 0;
  for (;;) {
    uint32_t c = peek(st->s, st->n, p, st->spaces, &at, &next);
    int d = char_is_digit(c) ? (int)(c - '0') : string_digit(c);
    if (d < 0) break;
    if (append_digit(&m, d)) k++;
    else lost |= d != 0;
    p = next;
  }
  *frac = numeral_from_int(m);
  frac->exponent = -k;
  if (lost) make_inexact(frac, numeral_as_double(frac));
  normalize(frac);
  return p > pos ? p : pos;
}

/* After a decimal (4.64亿, 一点五亿, 2.5千万): a small unit, then scale words. */
static size_t read_decimal_scales(parse_state *st, size_t pos, numeral_value *lo,
                                  numeral_value *hi)
{
  size_t at, next, p = pos;
  int first = 1;
  for (;;) {
    int val;
    enum numeral_class cls = NC_NONE;
    peek_class(st->s, st->n, p, st->spaces, &cls, &val, &at, &next);
    if (cls == NC_UNIT && first && !unit_starts_at(st, at)) {
      numeral_multiply(lo, val);
      numeral_multiply(hi, val);
    } else if (cls == NC_SCALE && !unit_starts_at(st, at) && st->last_scale + val <= 24) {
      if (st->last_scale == 0) st->scale_start = at;
      numeral_shift(lo, val);
      numeral_shift(hi, val);
      st->last_scale += val;
    } else {
      break;
    }
    first = 0;
    p = next;
  }
  return p;
}

static int parse_plain(const unsigned char *s, size_t n, size_t pos, unsigned options,
                       numeral_scan *out)
{
  parse_state st;
  state_init(&st, s, n, (options & NUMERAL_SPACES) != 0); /* both tracks empty, no digit pending */
  numeral_scan_clear(out);
  st.last_small = 100000;
  size_t at, next, p = pos;
  enum numeral_class cls;
  int val;
  uint32_t c = peek_class(s, n, p, 0, &cls, &val, &at, &next);
  if (at != pos) return 0; /* a numeral starts on its own first character */
  int negative = 0;
  if (c == '-' || c == 0x2212 || cls == NC_MINUS || c == '+') {
    negative = c != '+';
    p = next;
    if (st.spaces) {
      peek(s, n, p, 1, &at, &next);
      p = at;
    }
  }
  unsigned flags = 0;
  int tokens = 0, ended_on_scale = 0, final = 0, integer_digits = 0;
  numeral_value final_lo, final_hi;
  size_t approx_start = 0, approx_end = 0;
  for (;;) {
    c = peek_class(s, n, p, tokens ? st.spaces : 0, &cls, &val, &at, &next);
    if (char_is_digit(c) || (c == '.' && tokens == 0 && st.spaces)) {
      /* An Arabic number stands where a digit would: 3万4000, 1百01. */
      if (st.has_pending) break;
      numeral_value v;
      int digits;
      unsigned f = 0;
      size_t e = read_arabic(s, n, at, st.spaces, &v, &digits, &f);
      if (e == at) break;
      flags |= f;
      if (tokens == 0) integer_digits = digits;
      st.lo.pending = st.hi.pending = v;
      st.has_pending = 1;
      st.pending_chinese = 0;
      st.digits++;
      st.last_unit = st.last_scale = 0;
      tokens++;
      ended_on_scale = 0;
      p = e;
      if (f & NUMERAL_DECIMAL) {
        final_lo = track_total(&st.lo);
        final_hi = track_total(&st.hi);
        p = read_decimal_scales(&st, p, &final_lo, &final_hi);
        final = 1;
        break;
      }
      continue;
    }
    if (cls == NC_DIGIT || cls == NC_ZERO) {
      if (st.has_pending) {
        /* 两三万, 三五年: an approximate pair, when a unit (not a third digit) follows */
        if (cls == NC_DIGIT && st.pending_chinese && !st.has_high &&
            approximate_pair(st.pending_digit, val)) {
          size_t a2, n2;
          enum numeral_class after;
          int v2;
          peek_class(s, n, next, st.spaces, &after, &v2, &a2, &n2);
          if (after == NC_UNIT || after == NC_SCALE || after == NC_NONE) {
            st.hi.pending = numeral_from_int(val);
            st.has_high = 1;
            tokens++;
            p = next;
            continue;
          }
        }
        /* 二〇二四, 一二三: digits one by one, when no unit came before */
        if (st.pending_chinese && track_empty(&st.lo) && st.last_scale == 0 &&
            string_digit(st.pending_char) >= 0 && string_digit(c) >= 0 && !st.has_high) {
          int count, decimal;
          p = read_digit_string(&st, st.pending_at, &final_lo, &count, &decimal);
          final_hi = final_lo;
          integer_digits = count;
          flags |= NUMERAL_DIGIT_STRING | (decimal ? NUMERAL_DECIMAL : 0);
          final = 1;
          st.digits += count;
        }
        break;
      }
      if (cls == NC_ZERO && (!track_empty(&st.lo) || st.last_scale)) {
        st.saw_zero = 1; /* 一千零一: a gap, no tail rule after it */
        tokens++;
        p = next;
        continue;
      }
      set_pending(&st, val, 1, c, at);
      st.digits++;
      tokens++;
      ended_on_scale = 0;
      p = next;
      continue;
    }
    if (cls == NC_UNIT || cls == NC_TENS) {
      if (unit_starts_at(&st, at)) break;
      int unit = cls == NC_TENS ? 10 : val;
      if (unit >= st.last_small) break;
      if (cls == NC_TENS) {
        if (st.has_pending) break;
        set_pending(&st, val / 10, 1, c, at); /* 廿 = 二十 */
        st.digits++;
      } else if (!st.has_pending) {
        if (unit == 10 || st.saw_zero) {
          set_pending(&st, 1, 1, c, at); /* 十五, 一百十一, 一万零百一十一 */
        } else if (track_empty(&st.lo) && st.last_scale == 0) {
          set_pending(&st, 1, 1, c, at); /* 千三, 百万: no digit before the unit */
          flags |= NUMERAL_BARE_SCALE;
        } else {
          break;
        }
      } else if (st.pending_chinese && st.pending_digit == 0 && unit == 10) {
        set_pending(&st, 1, 1, c, at); /* 零十 */
      }
      numeral_multiply(&st.lo.pending, unit);
      numeral_multiply(&st.hi.pending, unit);
      numeral_add(&st.lo.section, &st.lo.pending);
      numeral_add(&st.hi.section, &st.hi.pending);
      st.lo.pending = st.hi.pending = numeral_from_int(0);
      st.has_pending = 0;
      st.last_unit = st.last_small = unit;
      st.last_scale = 0;
      st.saw_zero = 0;
      tokens++;
      ended_on_scale = 0;
      p = next;
      continue;
    }
    if (cls == NC_SCALE) {
      if (unit_starts_at(&st, at)) break;
      if (ended_on_scale) {
        if (st.last_scale + val > 24) break;
        track_grow_group(&st.lo, val); /* 万亿 = 10^12 */
        track_grow_group(&st.hi, val);
        st.last_scale += val;
        tokens++;
        p = next;
        continue;
      }
      if (!st.has_pending && st.lo.section.mantissa == 0 && !st.lo.section.inexact) {
        if (!track_empty(&st.lo) || tokens) break;
        set_pending(&st, 1, 1, c, at); /* 万余人, 亿元: a scale word alone */
        flags |= NUMERAL_BARE_SCALE;
      }
      /* 一千二万 is 1200万 (the tail rule under 千), but in 六十二亿四万 the 四 is four */
      if (st.last_scale == 0) apply_tail(&st);
      if (!track_close_group(&st.lo, val) || !track_close_group(&st.hi, val)) break;
      st.has_pending = 0;
      st.last_scale = val;
      st.last_unit = 0;
      st.last_small = 100000;
      st.saw_zero = 0;
      st.scale_start = at;
      tokens++;
      ended_on_scale = 1;
      p = next;
      continue;
    }
    if (cls == NC_POINT && tokens > 0) {
      /* 三点五, 两千三点一, 一百点123: a point needs digits after it */
      numeral_value frac;
      size_t e = read_fraction_digits(&st, next, &frac);
      if (e == next) break;
      apply_tail(&st);
      final_lo = track_total(&st.lo);
      final_hi = track_total(&st.hi);
      numeral_add(&final_lo, &frac);
      numeral_add(&final_hi, &frac);
      flags |= NUMERAL_DECIMAL;
      st.last_scale = 0;
      p = read_decimal_scales(&st, e, &final_lo, &final_hi);
      final = 1;
      break;
    }
    if (cls == NC_APPROX && tokens > 0 && !approx_start &&
        (st.has_pending || !track_empty(&st.lo) || ended_on_scale)) {
      /* 1270多万, 十余万: only right before a scale word */
      size_t a2, n2;
      enum numeral_class after;
      int v2;
      peek_class(s, n, next, st.spaces, &after, &v2, &a2, &n2);
      if (after != NC_SCALE || ended_on_scale || unit_starts_at(&st, a2)) break;
      approx_start = at;
      approx_end = next;
      p = next;
      continue;
    }
    break;
  }
  if (tokens == 0) return 0;
  if (approx_start && approx_end == p) { /* 多 with no scale after it (or one that cannot follow) */
    p = approx_start;
    approx_start = 0;
  }
  if (final) {
    out->value = final_lo;
    out->high = final_hi;
    out->scale_exp = st.last_scale;
    out->scale_start = st.last_scale ? st.scale_start : p;
  } else {
    apply_tail(&st);
    out->value = track_total(&st.lo);
    out->high = track_total(&st.hi);
    out->scale_exp = ended_on_scale ? st.last_scale : 0;
    out->scale_start = ended_on_scale ? st.scale_start : p;
  }
  out->has_high = st.has_high;
  if (negative) {
    numeral_multiply(&out->value, -1);
    numeral_multiply(&out->high, -1);
    flags |= NUMERAL_NEGATIVE;
  }
  if (tokens == 1 && st.has_pending && st.pending_char == 0x4E00 && !negative) {
    flags |= NUMERAL_ONE;
  }
  if (!(flags & NUMERAL_ARABIC) || tokens > 1 || (flags & NUMERAL_BARE_SCALE)) {
    for (size_t i = pos; i < p;) {
      uint32_t d = utf8_next(s, p, &i);
      if (numeral_is_chinese(d)) {
        flags |= NUMERAL_CHINESE;
        break;
      }
    }
  }
  out->end = p;
  out->flags = flags;
  out->integer_digits = integer_digits;
  out->approx_start = approx_start;
  out->approx_end = approx_start ? approx_end : 0;
  out->digit_tokens = st.digits;
  return 1;
}

/* An Arabic number read by read_arabic (ending at end) with the scale words after it:
** 8.5亿, 2.5千万, 5万, 3万亿. Fills *out exactly as parse_plain would, without its
** machinery, and returns 1; returns 0 when more of the numeral follows the scale words
** (3万4000, 5万三千, 1万点5) and the full grammar must read it. */
static int parse_scaled(const unsigned char *s, size_t n, size_t end,
                        const numeral_value *v, int digits, unsigned flags, numeral_scan *out)
{
  static const numeral_value zero = {0, 0, 0, 0.0};
  parse_state st;
  state_init(&st, s, n, 0);
  numeral_value value = zero; /* parse_plain's sums, in its order */
  numeral_add(&value, v);
  size_t at, next, p = end;
  int val;
  if (flags & NUMERAL_DECIMAL) {
    /* a decimal ends the numeral, but for its scale words */
    numeral_value high = value;
    p = read_decimal_scales(&st, p, &value, &high);
    numeral_scan_clear(out);
    out->scale_exp = st.last_scale;
    out->scale_start = st.last_scale ? st.scale_start : p;
  } else {
    /* an integer: the scale words close its group (万), or grow it (万亿) */
    uint32_t c = peek(s, n, p, 0, &at, &next);
    if (classify(c, &val) != NC_SCALE || unit_starts_at(&st, at)) return 0;
    size_t scale_start = at;
    int scale = val;
    numeral_shift(&value, val);
    p = next;
    for (;;) {
      c = peek(s, n, p, 0, &at, &next);
      enum numeral_class cls = classify(c, &val);
      if (cls == NC_SCALE) {
        if (unit_starts_at(&st, at) || scale + val > 24) break;
        numeral_shift(&value, val);
        scale += val;
        p = next;
        continue;
      }
      if (char_is_digit(c) || cls == NC_DIGIT || cls == NC_ZERO || cls == NC_UNIT ||
          cls == NC_TENS || cls == NC_POINT)
        return 0;
      break;
    }
    numeral_value total = zero;
    numeral_add(&total, &zero);
    numeral_add(&total, &value);
    value = total;
    numeral_scan_clear(out);
    out->scale_exp = scale;
    out->scale_start = scale_start;
    flags |= NUMERAL_CHINESE; /* the scale word */
  }
  out->value = out->high = value;
  out->end = p;
  out->flags = flags;
  out->integer_digits = digits;
  out->digit_tokens = 1;
  return 1;
}

/* The common cases without the grammar's machinery: an Arabic number and a single
** Chinese digit, each with no numeral character after it (2024年, 统一), and an Arabic
** number with scale words (parse_scaled). Returns 1 when it read one of them into *out,
** 2 when it did but a fraction may follow (parse_fraction), 0 when the full grammar must
** decide. */
static int parse_simple(const unsigned char *s, size_t n, size_t pos, numeral_scan *out)
{
  size_t at, next, end;
  int val;
  if (s[pos] >= '0' && s[pos] <= '9') {
    numeral_value v;
    int digits;
    unsigned flags = 0;
    end = read_arabic(s, n, pos, 0, &v, &digits, &flags);
    uint32_t c = peek(s, n, end, 0, &at, &next);
    if (classify(c, &val) != NC_NONE || c == 0x5206 /* 分 */ || c == 0x53C8 /* 又 */ ||
        c == '/')
      return parse_scaled(s, n, end, &v, digits, flags, out) ? 2 : 0;
    numeral_scan_clear(out);
    out->value = out->high = v;
    out->flags = flags;
    out->integer_digits = digits;
    out->digit_tokens = 1;
  } else {
    uint32_t c = peek(s, n, pos, 0, &at, &next);
    if (at != pos || classify(c, &val) != NC_DIGIT) return 0;
    end = next;
    uint32_t d = peek(s, n, end, 0, &at, &next);
    if (classify(d, &val) != NC_NONE || d == 0x5206 || d == 0x53C8) return 0;
    classify(c, &val);
    numeral_scan_clear(out);
    out->value = out->high = numeral_from_int(val);
    out->flags = NUMERAL_CHINESE | (c == 0x4E00 ? NUMERAL_ONE : 0);
    out->digit_tokens = 1;
  }
  out->end = out->scale_start = end;
  return 1;
}

/* 百分之X, 千分之X, 万分之X (and the banking 佰分之, 仟分之): the value is X. */
static int parse_per(const unsigned char *s, size_t n, size_t pos, unsigned options,
                     numeral_scan *out)
{
  static const struct {
    const char *prefix;
    unsigned flag;
  } per[] = {{"百分之", NUMERAL_PERCENT},   {"佰分之", NUMERAL_PERCENT},
             {"千分之", NUMERAL_PERMILLE},  {"仟分之", NUMERAL_PERMILLE},
             {"万分之", NUMERAL_PERMYRIAD}, {"萬分之", NUMERAL_PERMYRIAD}};
  /* each prefix is one character and 分之: most numerals are turned down on that */
  if (pos >= n || s[pos] < 0xE4 || n - pos < 9 || memcmp(s + pos + 3, "分之", 6) != 0) return 0;
  for (size_t i = 0; i < sizeof per / sizeof per[0]; i++) {
    size_t k = strlen(per[i].prefix), at, next;
    if (pos + k > n || memcmp(s + pos, per[i].prefix, k) != 0) continue;
    peek(s, n, pos + k, (options & NUMERAL_SPACES) != 0, &at, &next);
    if (!parse_plain(s, n, at, options, out) || out->has_high) return 0;
    out->flags |= per[i].flag;
    out->flags &= ~(unsigned)NUMERAL_BARE_SCALE; /* 百分之百 */
    return 1;
  }
  return 0;
}

/* A plain Arabic integer: what may stand on either side of a slash (3/5); a sign only
** where `signed_ok` (-3/2). */
static int plain_integer(const numeral_scan *ns, int signed_ok)
{
  unsigned bad = NUMERAL_DECIMAL | NUMERAL_CHINESE | NUMERAL_GROUPED |
                 (signed_ok ? 0 : NUMERAL_NEGATIVE);
  return (ns->flags & NUMERAL_ARABIC) && !(ns->flags & bad) && ns->scale_exp == 0 &&
         !ns->has_high;
}

/* The fraction a numeral may begin: 三分之一 (den 分之 num), 三又三分之一, 3/5 and, in
** a whole string, 1 3/5. Replaces *out when there is one. */
static void parse_fraction(const unsigned char *s, size_t n, unsigned options, numeral_scan *out)
{
  int spaces = (options & NUMERAL_SPACES) != 0;
  numeral_scan whole = *out, den = *out, num;
  int mixed = 0;
  size_t at, next, a2, n2;
  if (out->has_high) return;
  uint32_t c = peek(s, n, out->end, spaces, &at, &next);
  if (c == 0x53C8 /* 又 */ ||
      (spaces && peek(s, n, out->end, 0, &a2, &n2) == ' ' && plain_integer(out, 1))) {
    /* 三又三分之一; in a whole string also 1 3/5 */
    numeral_scan d;
    peek(s, n, c == 0x53C8 ? next : at, spaces, &a2, &n2);
    if (parse_plain(s, n, a2, options, &d) && !d.has_high) {
      uint32_t e = peek(s, n, d.end, spaces, &a2, &n2);
      if ((c == 0x53C8 && e == 0x5206 /* 分 */) ||
          (c != 0x53C8 && e == '/' && plain_integer(&d, 0))) {
        den = d;
        mixed = 1;
      }
    }
  }
  c = peek(s, n, den.end, spaces, &at, &next);
  if (c == 0x5206 /* 分 */) {
    /* den 分之 num */
    if (peek(s, n, next, spaces, &a2, &n2) != 0x4E4B /* 之 */ || den.has_high ||
        (den.flags & NUMERAL_BARE_SCALE))
      return;
    peek(s, n, n2, spaces, &at, &next);
    if (!parse_plain(s, n, at, options, &num) || num.has_high ||
        (num.flags & NUMERAL_NEGATIVE))
      return;
    numeral_value v = num.value;
    numeral_divide(&v, &den.value);
    den.value = v;
  } else if (c == '/' && plain_integer(&den, !mixed)) {
    /* num / den; not 2024/01/28 */
    peek(s, n, next, spaces, &at, &next);
    numeral_scan d;
    if (!parse_plain(s, n, at, options, &d) || !plain_integer(&d, 0)) return;
    if (peek(s, n, d.end, 0, &a2, &n2) == '/' && char_is_digit(peek(s, n, n2, 0, &a2, &n2)))
      return;
    numeral_value v = den.value;
    numeral_divide(&v, &d.value);
    num = d;
    den.value = v;
  } else {
    return;
  }
  numeral_value v = den.value;
  if (mixed) {
    /* 负一又二分之一 is -(1 + 1/2) */
    if (numeral_compare(&whole.value, &(numeral_value){0, 0, 0, 0.0}) < 0) numeral_multiply(&v, -1);
    numeral_add(&v, &whole.value);
  }
  out->value = out->high = v;
  out->flags = (mixed ? whole.flags : 0) | den.flags | num.flags | NUMERAL_FRACTION;
  out->end = num.end;
  out->scale_exp = 0;
  out->scale_start = num.end;
  out->approx_start = out->approx_end = 0;
  out->digit_tokens += num.digit_tokens;
}

int numeral_parse(const unsigned char *s, size_t n, size_t pos, unsigned options,
                  numeral_scan *out)
{
  if (pos >= n) return 0;
  if (!(options & NUMERAL_SPACES)) {
    int simple = parse_simple(s, n, pos, out);
    if (simple == 2) parse_fraction(s, n, options, out);
    if (simple) return 1;
  }
  /* 负百分之十三, -百分之1 */
  size_t at, next, a2, n2;
  int val;
  uint32_t c = peek(s, n, pos, 0, &at, &next);
  if (c == '-' || c == 0x2212 || classify(c, &val) == NC_MINUS) {
    peek(s, n, next, (options & NUMERAL_SPACES) != 0, &a2, &n2);
    if (parse_per(s, n, a2, options, out)) {
      numeral_multiply(&out->value, -1);
      out->high = out->value;
      out->flags |= NUMERAL_NEGATIVE;
      return 1;
    }
  }
  if (parse_per(s, n, pos, options, out)) return 1;
  if (!parse_plain(s, n, pos, options, out)) return 0;
  parse_fraction(s, n, options, out);
  return 1;
}

/* ---- gwr_number() -------------------------------------------------------------------- */

static size_t skip_blank(const unsigned char *s, size_t n, size_t pos)
{
  while (pos < n) {
    size_t p = pos;
    uint32_t c = char_fold(utf8_next(s, n, &p));
    if (c != ' ' && !char_is_ignorable(c) && !char_is_newline(c)) break;
    pos = p;
  }
  return pos;
}

static size_t trim_blank_end(const unsigned char *s, size_t start, size_t end)
{
  while (end > start) {
    size_t p = utf8_prev(s, end), q = p;
    uint32_t c = char_fold(utf8_next(s, end, &q));
    if (c != ' ' && !char_is_ignorable(c) && !char_is_newline(c)) break;
    end = p;
  }
  return end;
}

int numeral_value_of(const unsigned char *s, size_t n, numeral_value *out)
{
  size_t start = skip_blank(s, n, 0), end = trim_blank_end(s, start, n);
  if (start >= end) return 0;
  /* 第三 → 3: the numeral of an ordinal */
  if (end - start > 3 && memcmp(s + start, "第", 3) == 0) start = skip_blank(s, end, start + 3);
  numeral_scan scan;
  if (!numeral_parse(s, end, start, NUMERAL_SPACES, &scan) || scan.has_high) return 0;
  /* a scale word alone (万, 万万, 百) is not a numeral; 十, 千三 and 百分之百 are */
  if ((scan.flags & NUMERAL_BARE_SCALE) && scan.digit_tokens == 0) return 0;
  size_t p = skip_blank(s, end, scan.end);
  if (p < end && !(scan.flags & (NUMERAL_PERCENT | NUMERAL_PERMILLE | NUMERAL_PERMYRIAD |
                                 NUMERAL_FRACTION))) {
    /* 12.5% and 4.5‰ are the numbers 12.5 and 4.5 */
    size_t q = p;
    uint32_t c = char_fold(utf8_next(s, end, &q));
    if (c == '%' || c == 0x2030) p = skip_blank(s, end, q);
  }
  if (p != end) return 0;
  *out = scan.value;
  return 1;
}
