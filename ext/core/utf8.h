/*
** UTF-8 walking. Every parser of the core reads its document through these helpers;
** documents are validated once at the SQL boundary (utf8_validate), so the walkers
** below may assume well-formed input and stay branch-light.
*/
#ifndef GWR_UTF8_H
#define GWR_UTF8_H

#include "stop.h"

#include <stddef.h>
#include <stdint.h>

#define UTF8_VALID SIZE_MAX

/* Byte offset of the first ill-formed sequence (overlong, surrogate, > U+10FFFF,
** truncated or stray continuation byte), or UTF8_VALID. */
size_t utf8_validate(const unsigned char *s, size_t n);
/* utf8_validate() with its vector paths limited to level (0: bytes only, 1: SSSE3, 2: AVX2
** too) where the CPU has them: for the tests, which hold every path to the same answers. */
size_t utf8_validate_level(const unsigned char *s, size_t n, int level);

/* utf8_validate() in pieces of STOP_EVERY_BYTES that end at character boundaries,
** asking stop (stop.h) between them: the same answer, or UTF8_STOPPED when stop said
** yes. */
#define UTF8_STOPPED (SIZE_MAX - 1)
size_t utf8_validate_stop(const unsigned char *s, size_t n, stop_fn stop, void *ctx);

/* The offset of the first occurrence in s[from..to) of the three-byte character c (its
** UTF-8 bytes) or, when alt >= 0, of the ASCII character alt; to when neither occurs.
** With AVX2, 32 positions are tested at once; elsewhere memchr() finds c's last byte
** and alt. level as in utf8_validate_level(). */
size_t utf8_find3(const unsigned char *s, size_t from, size_t to, const unsigned char c[3], int alt);
size_t utf8_find3_level(const unsigned char *s, size_t from, size_t to, const unsigned char c[3],
                        int alt, int level);

/* Number of code points in a valid string. */
size_t utf8_length(const unsigned char *s, size_t n);

/* Number of UTF-16 code units of a valid string: one per code point, two for one above
** U+FFFF. For any string, at least the units of each valid prefix. */
size_t utf8_utf16_length(const unsigned char *s, size_t n);

/* Decodes the code point at s[*pos] of a valid string and advances *pos past it. */
static inline uint32_t utf8_next(const unsigned char *s, size_t n, size_t *pos)
{
  size_t i = *pos;
  uint32_t c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  if (c < 0xE0 && i + 1 < n) {
    *pos = i + 2;
    return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c < 0xF0 && i + 2 < n) {
    *pos = i + 3;
    return ((c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (i + 3 < n) {
    *pos = i + 4;
    return ((c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
           ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  }
  *pos = n; /* only reachable on invalid input: stop instead of reading past the end */
  return 0xFFFD;
}

/* Byte offset of the code point that ends just before byte pos (pos > 0). */
static inline size_t utf8_prev(const unsigned char *s, size_t pos)
{
  do {
    pos--;
  } while (pos > 0 && (s[pos] & 0xC0) == 0x80);
  return pos;
}

/* Length in bytes of the UTF-8 encoding of cp: 1 to 4. */
static inline int utf8_size(uint32_t cp)
{
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Writes cp (a scalar value) to out; returns the number of bytes written. */
int utf8_encode(uint32_t cp, unsigned char out[4]);

#endif
