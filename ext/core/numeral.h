/*
** Numerals: the value of one written number, exactly.
**
** Report text writes numbers every way at once: Arabic digits (`1,234.5`, full-width
** `１２．５`), Chinese numerals (`一千二百三十四点五`, `两亿三千万`, `一万零一`, `廿二`),
** the banking forms (`壹佰贰拾`) and traditional characters (`萬`, `億`, `兩`), digit strings
** (`二〇二四`), Arabic digits with Chinese scale words (`4.64亿`, `3万4000`), approximate
** pairs (`两三万`), `百分之九十五`, `千分之四点五` and fractions (`三分之一`).
**
** Values are decimal, never binary floating point: 4.64亿 is 464 × 10^6, so a caller
** can hand 464000000 to SQL as an INTEGER. Only what a decimal cannot hold (a fraction
** such as 1/3, or more than 18 significant digits) is kept as a double, marked inexact.
**
** numeral_parse() reads the numeral that starts at a byte of a document, the building
** block of the quantity scanner (quantity.h); numeral_value_of() reads a whole string
** (the SQL function gwr_number()).
*/
#ifndef GWR_NUMERAL_H
#define GWR_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

/* The characters of Chinese numerals, as data: X(a, code point, class, value) for each,
** with `a` passed through (so that a caller can build tables from it at compile time:
** the quantity scanner derives its fast byte filter from this list). */
enum numeral_class {
  NC_NONE,
  NC_DIGIT,  /* 一..九, 两, banking 壹..玖: value 1..9 */
  NC_ZERO,   /* 零 〇 ○ */
  NC_UNIT,   /* 十 百 千 (拾 佰 仟): value 10, 100, 1000 */
  NC_TENS,   /* 廿 卅 卌: 20, 30, 40 */
  NC_SCALE,  /* 万 亿 兆 (萬 億): value is the power of ten */
  NC_POINT,  /* 点 點 */
  NC_MINUS,  /* 负 負 */
  NC_APPROX  /* 多 余 几 幾, only between a number and its scale word */
};

#define NUMERAL_CHARACTERS(X, a) \
  X(a, 0x4E00, NC_DIGIT, 1)       /* 一 */                                             \
  X(a, 0x4E8C, NC_DIGIT, 2)       /* 二 */                                             \
  X(a, 0x4E09, NC_DIGIT, 3)       /* 三 */                                             \
  X(a, 0x56DB, NC_DIGIT, 4)       /* 四 */                                             \
  X(a, 0x4E94, NC_DIGIT, 5)       /* 五 */                                             \
  X(a, 0x516D, NC_DIGIT, 6)       /* 六 */                                             \
  X(a, 0x4E03, NC_DIGIT, 7)       /* 七 */                                             \
  X(a, 0x516B, NC_DIGIT, 8)       /* 八 */                                             \
  X(a, 0x4E5D, NC_DIGIT, 9)       /* 九 */                                             \
  X(a, 0x4E24, NC_DIGIT, 2)       /* 两 */                                             \
  X(a, 0x5169, NC_DIGIT, 2)       /* 兩 */                                             \
  X(a, 0x5006, NC_DIGIT, 2)       /* 倆 */                                             \
  X(a, 0x58F9, NC_DIGIT, 1)       /* 壹 */                                             \
  X(a, 0x8D30, NC_DIGIT, 2)       /* 贰 */                                             \
  X(a, 0x8CB3, NC_DIGIT, 2)       /* 貳 */                                             \
  X(a, 0x53C1, NC_DIGIT, 3)       /* 叁 */                                             \
  X(a, 0x53C3, NC_DIGIT, 3)       /* 參 */                                             \
  X(a, 0x53C4, NC_DIGIT, 3)       /* 叄 */                                             \
  X(a, 0x8086, NC_DIGIT, 4)       /* 肆 */                                             \
  X(a, 0x4F0D, NC_DIGIT, 5)       /* 伍 */                                             \
  X(a, 0x9646, NC_DIGIT, 6)       /* 陆 */                                             \
  X(a, 0x9678, NC_DIGIT, 6)       /* 陸 */                                             \
  X(a, 0x67D2, NC_DIGIT, 7)       /* 柒 */                                             \
  X(a, 0x634C, NC_DIGIT, 8)       /* 捌 */                                             \
  X(a, 0x7396, NC_DIGIT, 9)       /* 玖 */                                             \
  X(a, 0x96F6, NC_ZERO, 0)        /* 零 */                                             \
  X(a, 0x3007, NC_ZERO, 0)        /* 〇 */                                             \
  X(a, 0x25CB, NC_ZERO, 0)        /* ○ */                                             \
  X(a, 0x5341, NC_UNIT, 10)       /* 十 */                                             \
  X(a, 0x62FE, NC_UNIT, 10)       /* 拾 */                                             \
  X(a, 0x767E, NC_UNIT, 100)      /* 百 */                                             \
  X(a, 0x4F70, NC_UNIT, 100)      /* 佰 */                                             \
  X(a, 0x5343, NC_UNIT, 1000)     /* 千 */                                             \
  X(a, 0x4EDF, NC_UNIT, 1000)     /* 仟 */                                             \
  X(a, 0x5EFF, NC_TENS, 20)       /* 廿 */                                             \
  X(a, 0x5345, NC_TENS, 30)       /* 卅 */                                             \
  X(a, 0x534C, NC_TENS, 40)       /* 卌 */                                             \
  X(a, 0x4E07, NC_SCALE, 4)       /* 万 */                                             \
  X(a, 0x842C, NC_SCALE, 4)       /* 萬 */                                             \
  X(a, 0x4EBF, NC_SCALE, 8)       /* 亿 */                                             \
  X(a, 0x5104, NC_SCALE, 8)       /* 億 */                                             \
  X(a, 0x5146, NC_SCALE, 12)      /* 兆 */                                             \
  X(a, 0x70B9, NC_POINT, 0)       /* 点 */                                             \
  X(a, 0x9EDE, NC_POINT, 0)       /* 點 */                                             \
  X(a, 0x8D1F, NC_MINUS, 0)       /* 负 */                                             \
  X(a, 0x8CA0, NC_MINUS, 0)       /* 負 */                                             \
  X(a, 0x591A, NC_APPROX, 0)      /* 多 */                                             \
  X(a, 0x4F59, NC_APPROX, 0)      /* 余 */                                             \
  X(a, 0x51E0, NC_APPROX, 0)      /* 几 */                                             \
  X(a, 0x5E7E, NC_APPROX, 0)      /* 幾 */

/* mantissa × 10^exponent, or `approx` when inexact. */
typedef struct numeral_value {
  int64_t mantissa;
  int32_t exponent;
  int32_t inexact; /* 1: the decimal overflowed or the value is a fraction; see approx */
  double approx;   /* the value as a double; set only when inexact */
} numeral_value;

/* Inline: built in registers where it is used, not returned through memory (a value
** written in parts and read whole stalls the load; this ran at every numeral). */
static inline numeral_value numeral_from_int(int64_t i)
{
  numeral_value v = {i, 0, 0, 0.0};
  return v;
}

/* a += b, exactly while the result fits in 18 digits. */
void numeral_add(numeral_value *a, const numeral_value *b);

/* a *= k for a small integer k (a digit times its unit). */
void numeral_multiply(numeral_value *a, int64_t k);

/* a *= 10^k (k may be negative). */
void numeral_shift(numeral_value *a, int k);

/* a /= b as a double (fractions: 三分之一); b == 0 gives an inexact NaN. */
void numeral_divide(numeral_value *a, const numeral_value *b);

/* 1 when the value is integral and fits an int64 (then *out holds it). */
int numeral_as_int64(const numeral_value *v, int64_t *out);

/* The nearest double (correctly rounded for mantissas below 2^53). */
double numeral_as_double(const numeral_value *v);

/* <0, 0, >0 like strcmp, by value. */
int numeral_compare(const numeral_value *a, const numeral_value *b);

/* Writes the value in plain decimal ("464000000", "4.64", "-0.5"; "%.17g" when inexact).
** Returns the length it needs (like snprintf). */
int numeral_format(const numeral_value *v, char *buf, size_t size);

/* What numeral_parse() saw, as bits of numeral_scan.flags. */
enum {
  NUMERAL_ARABIC = 1 << 0,       /* has Arabic digits */
  NUMERAL_CHINESE = 1 << 1,      /* has Chinese digits or units */
  NUMERAL_DECIMAL = 1 << 2,      /* has a decimal point (. ． 点) */
  NUMERAL_DIGIT_STRING = 1 << 3, /* Chinese digits one by one: 二〇二四 */
  NUMERAL_BARE_SCALE = 1 << 4,   /* starts with a unit, no digit before it: 千, 百万, 万余 */
  NUMERAL_ONE = 1 << 5,          /* exactly the single character 一 (often an article) */
  NUMERAL_NEGATIVE = 1 << 6,     /* a sign: - － 负 */
  NUMERAL_LEADING_ZERO = 1 << 7, /* an Arabic integer such as 03 or 010 */
  NUMERAL_PERCENT = 1 << 8,      /* 百分之X: value is X */
  NUMERAL_PERMILLE = 1 << 9,     /* 千分之X: value is X */
  NUMERAL_PERMYRIAD = 1 << 10,   /* 万分之X: value is X */
  NUMERAL_FRACTION = 1 << 11,    /* X分之Y: value is Y/X */
  NUMERAL_GROUPED = 1 << 12      /* thousands separators: 1,234 */
};

/* Options of numeral_parse(). */
enum {
  NUMERAL_SPACES = 1 << 0 /* allow spaces between the characters of a Chinese numeral */
};

typedef struct numeral_scan {
  size_t end;            /* byte just past the numeral */
  numeral_value value;   /* the whole value, scale included: 4.64亿 → 464000000 */
  numeral_value high;    /* upper end of an approximate pair (两三万 → 30000), else = value */
  int has_high;
  int scale_exp;         /* the trailing scale word: 4.64亿 → 8, 三万亿 → 12, 一万零一 → 0 */
  size_t scale_start;    /* byte where that scale word begins (== end when none) */
  size_t approx_start;   /* 多/余/几 written inside before the scale (1270多万), else 0 */
  size_t approx_end;
  unsigned flags;        /* NUMERAL_* */
  int integer_digits;    /* Arabic or digit-string digits before the point (year check) */
  int digit_tokens;      /* digits read; 0 for a scale word alone (万, 百) */
} numeral_scan;

/* Reads the numeral starting at byte pos of s[0..n) (a valid UTF-8 string). Returns 1
** and fills every field of *out, or 0 when no numeral starts there. Full-width forms
** and zero-width characters are seen through. A decimal followed by more digits after
** its scale (10.1万零100) stops at the scale: the rest is not part of it. */
int numeral_parse(const unsigned char *s, size_t n, size_t pos, unsigned options,
                  numeral_scan *out);

/* Every field of *out zero, as numeral_parse() starts it: field by field, since a memset
** of the struct compiles to `rep stos`, slow to start at this size. */
static inline void numeral_scan_clear(numeral_scan *out)
{
  static const numeral_value zero = {0, 0, 0, 0.0};
  out->end = out->scale_start = out->approx_start = out->approx_end = 0;
  out->value = out->high = zero;
  out->has_high = out->scale_exp = 0;
  out->flags = 0;
  out->integer_digits = out->digit_tokens = 0;
}

/* 1 when the code point may begin a numeral (a digit, a Chinese numeral character,
** a sign, 负): the scanner's first test. */
int numeral_may_start(uint32_t c);

/* 1 when c is a Chinese numeral character (digit, unit, scale word, 零, 两, 廿...). */
int numeral_is_chinese(uint32_t c);

/* The value of a whole string that is one numeral, for gwr_number(): `4.64亿`,
** `一千二百三十四点五`, `百分之九` (→ 9), `12.5%` (→ 12.5), `三分之一`, `第三` (→ 3),
** surrounded by any spaces. Returns 1 and sets *out, or 0 (text that is not one whole
** numeral). */
int numeral_value_of(const unsigned char *s, size_t n, numeral_value *out);

#endif
