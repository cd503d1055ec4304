/*
** UTF-8 validation and counting (RFC 3629: no overlongs, no surrogates, nothing
** above U+10FFFF).
*/
#include "utf8.h"

#include <string.h>

/* Lead bytes of three-byte sequences with an unrestricted second byte: E1–EC, EE, EF. */
static const unsigned char lead3[256] = {
  [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xE4] = 1, [0xE5] = 1, [0xE6] = 1, [0xE7] = 1,
  [0xE8] = 1, [0xE9] = 1, [0xEA] = 1, [0xEB] = 1, [0xEC] = 1, [0xEE] = 1, [0xEF] = 1,
};

size_t utf8_validate(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    if (c < 0x80) {
      /* Fast path: eight ASCII bytes at a time. */
      if (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w & 0x8080808080808080ULL) == 0) {
          i += 8;
          continue;
        }
      }
      i++;
      continue;
    }
    /* Fast path: a run of the common three-byte sequences (all of CJK), whose second
    ** byte may be any continuation byte; only E0 (overlong) and ED (surrogates) restrict
    ** it. */
    if (lead3[c]) {
      size_t k = i;
      while (k + 3 <= n && lead3[s[k]] && (s[k + 1] & 0xC0) == 0x80 && (s[k + 2] & 0xC0) == 0x80)
        k += 3;
      if (k > i) {
        i = k;
        continue;
      }
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

size_t utf8_validate_stop(const unsigned char *s, size_t n, stop_fn stop, void *ctx)
{
  size_t pos = 0;
  while (n - pos > STOP_EVERY_BYTES) {
    /* A piece ends before a byte that is no continuation byte, or after three of them
    ** (then a sequence that could reach past the end would have to start at one of
    ** them): either way no sequence of the text straddles the end, and validating the
    ** pieces finds the first error that validating the whole finds. */
    size_t end = pos + STOP_EVERY_BYTES;
    for (int k = 0; k < 3 && end < n && (s[end] & 0xC0) == 0x80; k++) end++;
    size_t bad = utf8_validate(s + pos, end - pos);
    if (bad != UTF8_VALID) return pos + bad;
    pos = end;
    if (stop && stop(ctx, pos)) return UTF8_STOPPED;
  }
  size_t bad = utf8_validate(s + pos, n - pos);
  return bad == UTF8_VALID ? bad : pos + bad;
}

size_t utf8_length(const unsigned char *s, size_t n)
{
  /* Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear; the
  ** multiplication adds up the eight 0/1 flags in the top byte. */
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    count += 8 - (size_t)((cont * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; i++) count += (s[i] & 0xC0) != 0x80;
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
