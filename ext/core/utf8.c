/*
** UTF-8 validation and counting (RFC 3629: no overlongs, no surrogates, nothing
** above U+10FFFF).
*/
#include "utf8.h"

#include <string.h>

size_t utf8_validate(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    /* Fast path: eight ASCII bytes at a time. */
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    /* Fast path for CJK text: three-byte characters E1..EC or EE..EF with two
    ** continuation bytes each, two at a time (E0 and ED need the range checks below). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0xC0C0F0C0C0F0ULL) != 0x8080E08080E0ULL || s[i] == 0xE0 || s[i] == 0xED ||
          s[i + 3] == 0xE0 || s[i + 3] == 0xED)
        break;
      i += 6;
    }
#endif
    if (i >= n) break;
    if (i + 3 <= n) {
      uint32_t w = (uint32_t)s[i] | (uint32_t)s[i + 1] << 8 | (uint32_t)s[i + 2] << 16;
      if ((w & 0xC0C0F0u) == 0x8080E0u && s[i] != 0xE0 && s[i] != 0xED) {
        i += 3;
        continue;
      }
    }
    unsigned c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;      /* overlong */
      else if (c == 0xED) hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;      /* overlong */
      else if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
    } else {
      return i;
    }
    if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k <= need; k++) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return i;
    }
    i += need + 1;
  }
  return UTF8_VALID;
}

size_t utf8_length(const unsigned char *s, size_t n)
{
  size_t count = 0, i = 0;
  /* Eight bytes at a time: a byte 10xxxxxx continues a character, every other starts one. */
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    /* the sum of the eight 0/1 bytes gathers in the top byte */
    count += 8 - (size_t)((continuation * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; i++) {
    count += (s[i] & 0xC0) != 0x80;
  }
  return count;
}

int utf8_encode(uint32_t cp, unsigned char out[4])
{
  if (cp < 0x80) {
    out[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (unsigned char)(0xC0 | (cp >> 6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (cp >> 12));
    out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp >> 18));
  out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}
