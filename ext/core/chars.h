/*
** Character classes for messy report text. Reports arrive with full-width digits and
** punctuation (１２．５％), U+3000 and NBSP for spaces, zero-width characters from web
** pages and CRLF line ends. Parsers look at every code point through char_fold(), so
** one rule matches every width, while offsets keep pointing into the original text.
*/
#ifndef GWR_CHARS_H
#define GWR_CHARS_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

/* Zero-width characters that web captures scatter through text: skipped by parsers. */
static inline int char_is_ignorable(uint32_t c)
{
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

/* Folds a code point for matching: full-width ASCII forms (U+FF01..U+FF5E) to ASCII,
** every kind of space to ' ', everything else unchanged. */
static inline uint32_t char_fold(uint32_t c)
{
  if (c < 0x80) return c == '\t' ? ' ' : c;
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000 || c == 0x00A0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A)) return ' ';
  return c;
}

/* Ideographs (CJK Unified Ideographs, Extension A, Compatibility) and 〇. */
static inline int char_is_han(uint32_t c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

/* After char_fold(): an ASCII digit. */
static inline int char_is_digit(uint32_t c)
{
  return c >= '0' && c <= '9';
}

/* Ends a line: LF, CR (CRLF is two line ends to the walkers, one break to the parsers),
** and the Unicode line and paragraph separators. */
static inline int char_is_newline(uint32_t c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

/* The folded code point at byte pos of a valid UTF-8 text s[0..n), past zero-width
** characters: *at is where it begins and *next where it ends; 0 (and *at = *next = n) at
** the end. ASCII and CJK ideographs, nearly every character of a report, take the fast
** paths: nothing to fold or skip there. */
static inline uint32_t char_peek(const unsigned char *s, size_t n, size_t pos, size_t *at,
                                 size_t *next)
{
  while (pos < n) {
    unsigned b = s[pos];
    if (b < 0x80) {
      *at = pos;
      *next = pos + 1;
      return b == '\t' ? ' ' : b;
    }
    if (b >= 0xE4 && b <= 0xE9 && pos + 2 < n) { /* U+4000..U+9FFF */
      *at = pos;
      *next = pos + 3;
      return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[pos + 1] & 0x3F) << 6) |
             (s[pos + 2] & 0x3F);
    }
    size_t p = pos;
    uint32_t c = char_fold(utf8_next(s, n, &p));
    if (!char_is_ignorable(c)) {
      *at = pos;
      *next = p;
      return c;
    }
    pos = p;
  }
  *at = *next = n;
  return 0;
}

/* The folded code point that ends before byte pos (pos > floor), past zero-width
** characters, no earlier than floor: *at is where it begins; 0 (and *at = floor) when
** there is none. */
static inline uint32_t char_peek_back(const unsigned char *s, size_t floor, size_t pos,
                                      size_t *at)
{
  while (pos > floor) {
    if (s[pos - 1] < 0x80) {
      *at = pos - 1;
      return s[pos - 1] == '\t' ? ' ' : s[pos - 1];
    }
    if (pos - floor >= 3 && s[pos - 3] >= 0xE4 && s[pos - 3] <= 0xE9 &&
        (s[pos - 2] & 0xC0) == 0x80 && (s[pos - 1] & 0xC0) == 0x80) {
      /* U+4000..U+9FFF, as char_peek reads it: no folding, never zero-width */
      *at = pos - 3;
      return ((uint32_t)(s[pos - 3] & 0x0F) << 12) | ((uint32_t)(s[pos - 2] & 0x3F) << 6) |
             (s[pos - 1] & 0x3F);
    }
    size_t p = utf8_prev(s, pos), q = p;
    uint32_t c = char_fold(utf8_next(s, pos, &q));
    if (!char_is_ignorable(c)) {
      *at = p;
      return c;
    }
    pos = p;
  }
  *at = floor;
  return 0;
}

#endif
