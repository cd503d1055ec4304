/*
** Heading markers: see marker.h. Every character is read through char_fold(), so
** （一） and (一), １． and 1. are one rule each.
*/
#include "marker.h"

#include "chars.h"
#include "utf8.h"

/* The folded code point at *pos, advancing *pos; 0 at the end of the text. */
static uint32_t next_char(const unsigned char *s, size_t n, size_t *pos)
{
  if (*pos >= n) return 0;
  return char_fold(utf8_next(s, n, pos));
}

static uint32_t peek_char(const unsigned char *s, size_t n, size_t pos)
{
  return next_char(s, n, &pos);
}

/* The value of one Chinese digit (一 → 1, 〇 → 0), or -1. 十 and 百 are not digits. */
static int han_digit(uint32_t c)
{
  switch (c) {
  case 0x3007: case 0x96F6: return 0;  /* 〇 零 */
  case 0x4E00: return 1;               /* 一 */
  case 0x4E8C: return 2;               /* 二 */
  case 0x4E09: return 3;
  case 0x56DB: return 4;
  case 0x4E94: return 5;
  case 0x516D: return 6;
  case 0x4E03: return 7;
  case 0x516B: return 8;
  case 0x4E5D: return 9;
  default: return -1;
  }
}

static int is_han_numeral(uint32_t c)
{
  return han_digit(c) >= 0 || c == 0x5341 /* 十 */ || c == 0x767E /* 百 */;
}

/* Reads a Chinese numeral below 1000 (一, 十四, 二十一, 一百零三). Returns its value and
** advances *pos, or returns -1 and leaves *pos. Bounded: at most six characters. */
static int read_han_number(const unsigned char *s, size_t n, size_t *pos)
{
  size_t p = *pos;
  int value = 0, digit = -1, last_unit = 1000, count = 0;
  for (;;) {
    size_t q = p;
    uint32_t c = next_char(s, n, &q);
    int d = han_digit(c);
    if (d >= 0) {
      if (digit > 0) return -1; /* 一二: two digits in a row name no number */
      digit = d;
    } else if (c == 0x5341 || c == 0x767E) { /* 十 百 */
      int unit = c == 0x5341 ? 10 : 100;
      if (unit >= last_unit || digit == 0) return -1;
      if (digit < 0 && (unit != 10 || value != 0)) return -1; /* only 十 stands alone */
      value += (digit < 0 ? 1 : digit) * unit;
      last_unit = unit;
      digit = -1;
    } else {
      break;
    }
    p = q;
    if (++count > 6) return -1;
  }
  if (count == 0) return -1;
  if (digit > 0) value += digit;
  if (value <= 0) return -1;
  *pos = p;
  return value;
}

/* Reads one to three ASCII digits (after folding). Returns the value or -1. */
static int read_digits(const unsigned char *s, size_t n, size_t *pos)
{
  size_t p = *pos;
  int value = 0, count = 0;
  for (;;) {
    size_t q = p;
    uint32_t c = next_char(s, n, &q);
    if (!char_is_digit(c)) break;
    value = value * 10 + (int)(c - '0');
    p = q;
    if (++count > 3) return -1;
  }
  if (count == 0 || value == 0) return -1;
  *pos = p;
  return value;
}

static size_t skip_spaces(const unsigned char *s, size_t n, size_t pos)
{
  for (;;) {
    size_t q = pos;
    uint32_t c = next_char(s, n, &q);
    if (c != ' ' && !char_is_ignorable(c)) return pos;
    pos = q;
  }
}

/* Fills *m; the text starts after optional separators (：, spaces). */
static int found(marker *m, marker_style style, int ordinal, size_t start, size_t end,
                 const unsigned char *s, size_t n, int colon_separates)
{
  size_t text = skip_spaces(s, n, end);
  if (colon_separates) {
    size_t q = text;
    uint32_t c = next_char(s, n, &q);
    if (c == ':' || c == 0x3001 /* 、 */) text = skip_spaces(s, n, q);
  }
  m->style = style;
  m->ordinal = ordinal;
  m->start = start;
  m->end = end;
  m->text = text;
  return 1;
}

static int is_dash(uint32_t c)
{
  return c == 0x2014 || c == 0x2015 || c == 0x2500 || c == '-';
}

/* After 第N: 篇, 章, 节, 部分, or the comma of a 第一， enumeration. */
static int read_di(const unsigned char *s, size_t n, size_t start, size_t p, int ordinal,
                   int han, marker *m)
{
  size_t q = p;
  uint32_t c = next_char(s, n, &q);
  if (c == 0x7BC7) return found(m, MARKER_PIAN, ordinal, start, q, s, n, 1);   /* 篇 */
  if (c == 0x7AE0) return found(m, MARKER_ZHANG, ordinal, start, q, s, n, 1);  /* 章 */
  if (c == 0x8282) return found(m, MARKER_JIE, ordinal, start, q, s, n, 1);    /* 节 */
  if (c == 0x90E8 && next_char(s, n, &q) == 0x5206)                           /* 部分 */
    return found(m, MARKER_ZHANG, ordinal, start, q, s, n, 1);
  if (c == ',' && han && ordinal <= 20) {
    /* 第一，: the comma separates; the marker is 第一. */
    found(m, MARKER_ENUM_DI, ordinal, start, p, s, n, 0);
    m->text = skip_spaces(s, n, q);
    return 1;
  }
  return 0;
}

int marker_read(const unsigned char *s, size_t n, size_t pos, marker *m)
{
  m->style = MARKER_NONE;
  if (pos >= n) return 0;
  size_t p = pos;
  uint32_t c = next_char(s, n, &p);

  if (c == 0x7B2C) { /* 第 */
    size_t q = p;
    int v = read_han_number(s, n, &q);
    int han = v > 0;
    if (!han) v = read_digits(s, n, &q);
    return v > 0 && read_di(s, n, pos, q, v, han, m);
  }

  if (c == 0x9644) { /* 附 */
    size_t q = p;
    uint32_t d = next_char(s, n, &q);
    if (d == ':') return found(m, MARKER_APPENDIX, 0, pos, p, s, n, 1); /* 附： */
    if (d != 0x4EF6) return 0;                                           /* 件 */
    size_t end = q;
    int v = read_han_number(s, n, &end);
    if (v < 0) v = read_digits(s, n, &end);
    if (v < 0) {
      v = 0;
      end = q;
    }
    uint32_t after = peek_char(s, n, end);
    if (after == 0 || after == ':' || after == ' ' || after == 0x3001 || after == '.' ||
        after == '\n' || after == '\r')
      return found(m, MARKER_APPENDIX, v, pos, end, s, n, 1);
    /* 附件一 followed directly by the title is also an appendix; 附件材料 is not. */
    if (v > 0 && !char_is_digit(after)) return found(m, MARKER_APPENDIX, v, pos, end, s, n, 1);
    return 0;
  }

  if (is_han_numeral(c)) {
    size_t q = pos;
    int v = read_han_number(s, n, &q);
    if (v < 0) return 0;
    size_t r = q;
    uint32_t d = next_char(s, n, &r);
    if (d == 0x3001 || d == '.') { /* 、 ． */
      size_t t = r;
      uint32_t e = next_char(s, n, &t);
      if (d == '.' && char_is_digit(e)) return 0;
      /* 一、二、三产业: a list of numbers, not a heading. */
      if (is_han_numeral(e)) {
        size_t u = r;
        if (read_han_number(s, n, &u) > 0 && peek_char(s, n, u) == 0x3001) return 0;
      }
      return found(m, MARKER_PART, v, pos, r, s, n, 0);
    }
    if (d == 0x662F && v <= 20) /* 是 */
      return found(m, MARKER_ENUM_SHI, v, pos, r, s, n, 0);
    return 0;
  }

  if (c == '(') {
    size_t q = p;
    int v = read_han_number(s, n, &q);
    marker_style style = MARKER_CHAPTER;
    if (v < 0) {
      v = read_digits(s, n, &q);
      style = MARKER_SUBITEM;
    }
    if (v < 0 || next_char(s, n, &q) != ')') return 0;
    size_t r = q;
    uint32_t d = next_char(s, n, &r);
    if (d == 0x3001 || (d == '.' && !char_is_digit(peek_char(s, n, r)))) q = r; /* (四)、 */
    return found(m, style, v, pos, q, s, n, 0);
  }

  if (char_is_digit(c)) {
    size_t q = pos;
    int v = read_digits(s, n, &q);
    if (v < 0) return 0;
    size_t r = q;
    uint32_t d = next_char(s, n, &r);
    if (d != '.' && d != 0x3001) return 0;
    /* 2.5 (a broken PM2.5), 3、4月份, 2024.1: numbers, not markers. */
    uint32_t e = peek_char(s, n, r);
    if (char_is_digit(e) || e == '%' || e == 0x2030) return 0;
    return found(m, MARKER_ITEM, v, pos, r, s, n, 0);
  }

  if (c >= 0x2460 && c <= 0x2473) return found(m, MARKER_CIRCLED, (int)(c - 0x2460 + 1), pos, p, s, n, 0);
  if (c >= 0x3251 && c <= 0x325F) return found(m, MARKER_CIRCLED, (int)(c - 0x3251 + 21), pos, p, s, n, 0);
  if (c >= 0x2474 && c <= 0x2487) return found(m, MARKER_SUBITEM, (int)(c - 0x2474 + 1), pos, p, s, n, 0);
  if (c >= 0x3220 && c <= 0x3229) return found(m, MARKER_CHAPTER, (int)(c - 0x3220 + 1), pos, p, s, n, 0);

  if (is_dash(c)) {
    size_t q = p;
    int count = 1;
    while (q < n) {
      size_t r = q;
      if (!is_dash(next_char(s, n, &r))) break;
      q = r;
      count++;
    }
    if (count < 2) return 0;
    return found(m, MARKER_DASH, 0, pos, q, s, n, 0);
  }
  return 0;
}

const char *marker_style_name(marker_style style)
{
  static const char *const names[MARKER_STYLE_COUNT] = {
    "none", "pian", "zhang", "jie", "part", "chapter", "item", "subitem", "circled",
    "appendix", "enum_di", "enum_shi", "dash",
  };
  return (unsigned)style < MARKER_STYLE_COUNT ? names[style] : "?";
}
