/*
** UTF-8 validation and counting (RFC 3629: no overlongs, no surrogates, nothing
** above U+10FFFF).
**
** Every document of every SQL function is validated once, so validation is on the hot
** path of the whole extension. On x86-64 CPUs with SSSE3 (all of them since 2006), the
** bulk of a text is checked 16 bytes at a time by the "lookup" algorithm of Keiser and
** Lemire (Validating UTF-8 In Less Than One Instruction Per Byte, Software: Practice and
** Experience 51(5), 2021; the tables are those of simdjson), 32 bytes at a time where the
** CPU has AVX2; the byte-by-byte loop below finishes the text and, on an error, finds its
** exact offset.
*/
#include "utf8.h"

#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define UTF8_HAVE_SSSE3 1
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Lead bytes of three-byte sequences with an unrestricted second byte: E1–EC, EE, EF. */
static const unsigned char lead3[256] = {
  [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xE4] = 1, [0xE5] = 1, [0xE6] = 1, [0xE7] = 1,
  [0xE8] = 1, [0xE9] = 1, [0xEA] = 1, [0xEB] = 1, [0xEC] = 1, [0xEE] = 1, [0xEF] = 1,
};

static size_t validate_bytes(const unsigned char *s, size_t n)
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

#ifdef UTF8_HAVE_SSSE3
/* Each byte pair (byte 1, byte 2) of a text is looked up three times, by the high and low
** nibbles of byte 1 and the high nibble of byte 2; each lookup gives the errors the pair
** may be part of, one per bit, and a pair is an error when all three agree on one. Bit 7
** (two continuation bytes in a row) is an error except in the third and fourth byte of a
** sequence: that one is compared with where those bytes must be instead. */
#define TOO_SHORT (1 << 0)      /* a lead byte, then no continuation byte */
#define TOO_LONG (1 << 1)       /* an ASCII byte, then a continuation byte */
#define OVERLONG_3 (1 << 2)     /* E0 80..9F */
#define TOO_LARGE (1 << 3)      /* F4 90..BF, F5..FF */
#define SURROGATE (1 << 4)      /* ED A0..BF */
#define OVERLONG_2 (1 << 5)     /* C0, C1 */
#define TOO_LARGE_1000 (1 << 6) /* F5..FF 80..8F */
#define OVERLONG_4 (1 << 6)     /* F0 80..8F */
#define TWO_CONTS (1 << 7)      /* two continuation bytes */
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

#define BYTE1_HIGH _mm_setr_epi8( \
      TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, /* 0_ */ \
      (char)TWO_CONTS, (char)TWO_CONTS, (char)TWO_CONTS, (char)TWO_CONTS,             /* 10 */ \
      TOO_SHORT | OVERLONG_2,                                                         /* C_ */ \
      TOO_SHORT,                                                                      /* D_ */ \
      TOO_SHORT | OVERLONG_3 | SURROGATE,                                             /* E_ */ \
      (char)(TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4))                    /* F_ */
#define BYTE1_LOW _mm_setr_epi8( \
      (char)(CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4),                          /* _0 */ \
      (char)(CARRY | OVERLONG_2),                                                    /* _1 */ \
      (char)CARRY, (char)CARRY,                                                      /* _2 _3 */ \
      (char)(CARRY | TOO_LARGE),                                                     /* _4 */ \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),                                    /* _5 */ \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),                                    /* _C */ \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE),                        /* _D */ \
      (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000))
#define BYTE2_HIGH _mm_setr_epi8( \
      TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, \
      (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4), /* 8_ */ \
      (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE),                 /* 9_ */ \
      (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),                  /* A_ */ \
      (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),                  /* B_ */ \
      TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT)

__attribute__((target("ssse3"))) static __m128i block_errors(__m128i in, __m128i prev)
{
  const __m128i byte1_high = BYTE1_HIGH;
  const __m128i byte1_low = BYTE1_LOW;
  const __m128i byte2_high = BYTE2_HIGH;
  const __m128i nibble = _mm_set1_epi8(0x0F);
  __m128i prev1 = _mm_alignr_epi8(in, prev, 15); /* the byte before each byte */
  __m128i special =
      _mm_and_si128(_mm_and_si128(_mm_shuffle_epi8(byte1_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble)),
                                  _mm_shuffle_epi8(byte1_low, _mm_and_si128(prev1, nibble))),
                    _mm_shuffle_epi8(byte2_high, _mm_and_si128(_mm_srli_epi16(in, 4), nibble)));
  /* third bytes (two after an E_/F_ lead) and fourth bytes (three after an F_ lead) */
  __m128i third = _mm_subs_epu8(_mm_alignr_epi8(in, prev, 14), _mm_set1_epi8((char)(0xE0 - 0x80)));
  __m128i fourth = _mm_subs_epu8(_mm_alignr_epi8(in, prev, 13), _mm_set1_epi8((char)(0xF0 - 0x80)));
  __m128i must_continue = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
  return _mm_xor_si128(must_continue, special);
}

/* s[0..i) is valid but for a sequence its end may cut: the end before that one. */
static size_t whole_characters(const unsigned char *s, size_t i)
{
  if (i == 0) return 0;
  size_t last = i - 1;
  while (last > 0 && i - last < 4 && (s[last] & 0xC0) == 0x80) last--;
  unsigned c = s[last];
  size_t size = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return last + size <= i ? i : last;
}

/* The length of a prefix of s that is valid UTF-8 and ends at a character boundary: up to
** the first 16-byte block with an error, or the last whole block. */
__attribute__((target("ssse3"))) static size_t valid_prefix_ssse3(const unsigned char *s, size_t n)
{
  /* nonzero where a block's last bytes begin a sequence that goes on past it */
  const __m128i last_leads = _mm_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                           (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
  __m128i prev = _mm_setzero_si128();
  int open = 0; /* prev ends inside a sequence */
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i in = _mm_loadu_si128((const __m128i *)(s + i));
    if (_mm_movemask_epi8(in) == 0) { /* all ASCII */
      if (open) break;
      prev = in;
      continue;
    }
    __m128i errors = block_errors(in, prev);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) != 0xFFFF) break;
    open = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(in, last_leads), _mm_setzero_si128())) != 0xFFFF;
    prev = in;
  }
  return whole_characters(s, i);
}

/* The same tables, 32 bytes at a time (AVX2 shuffles within each 16-byte lane, so the
** tables are given twice and the bytes before each byte come across the lanes). */
__attribute__((target("avx2"))) static __m256i block_errors_avx2(__m256i in, __m256i prev)
{
  const __m256i byte1_high = _mm256_broadcastsi128_si256(BYTE1_HIGH);
  const __m256i byte1_low = _mm256_broadcastsi128_si256(BYTE1_LOW);
  const __m256i byte2_high = _mm256_broadcastsi128_si256(BYTE2_HIGH);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i before = _mm256_permute2x128_si256(prev, in, 0x21); /* prev's high lane, in's low */
  __m256i prev1 = _mm256_alignr_epi8(in, before, 15);
  __m256i special = _mm256_and_si256(
      _mm256_and_si256(_mm256_shuffle_epi8(byte1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                       _mm256_shuffle_epi8(byte1_low, _mm256_and_si256(prev1, nibble))),
      _mm256_shuffle_epi8(byte2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble)));
  __m256i third = _mm256_subs_epu8(_mm256_alignr_epi8(in, before, 14), _mm256_set1_epi8((char)(0xE0 - 0x80)));
  __m256i fourth = _mm256_subs_epu8(_mm256_alignr_epi8(in, before, 13), _mm256_set1_epi8((char)(0xF0 - 0x80)));
  __m256i must_continue = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
  return _mm256_xor_si256(must_continue, special);
}

/* valid_prefix_ssse3() 64 bytes at a time, their errors tested once. */
__attribute__((target("avx2"))) static size_t valid_prefix_avx2(const unsigned char *s, size_t n)
{
  __m256i prev = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    __m256i in0 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
    __m256i in1 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 32));
    __m256i errors = _mm256_or_si256(block_errors_avx2(in0, prev), block_errors_avx2(in1, in0));
    if (!_mm256_testz_si256(errors, errors)) break;
    prev = in1;
  }
  return whole_characters(s, i);
}
#endif

size_t utf8_validate_level(const unsigned char *s, size_t n, int level)
{
  size_t done = 0;
#ifdef UTF8_HAVE_SSSE3
  if (n >= 64 && level >= 2 && __builtin_cpu_supports("avx2")) done = valid_prefix_avx2(s, n);
  else if (n >= 64 && level >= 1 && __builtin_cpu_supports("ssse3")) done = valid_prefix_ssse3(s, n);
#else
  (void)level;
#endif
  size_t bad = validate_bytes(s + done, n - done);
  return bad == UTF8_VALID ? UTF8_VALID : done + bad;
}

size_t utf8_validate(const unsigned char *s, size_t n)
{
  return utf8_validate_level(s, n, 2);
}

#ifdef UTF8_HAVE_SSSE3
/* Where c (or alt) first occurs in s[from..to), 32 positions at a time while their loads
** stay inside s[0..to): *found says whether it did, else the rest is left from the
** offset returned. */
__attribute__((target("avx2"))) static size_t find3_avx2(const unsigned char *s, size_t from,
                                                          size_t to, const unsigned char c[3],
                                                          int alt, int *found)
{
  const __m256i c0 = _mm256_set1_epi8((char)c[0]), c1 = _mm256_set1_epi8((char)c[1]),
                c2 = _mm256_set1_epi8((char)c[2]);
  const __m256i a = _mm256_set1_epi8((char)(alt >= 0 ? alt : 0));
  const __m256i use_alt = alt >= 0 ? _mm256_set1_epi8(-1) : _mm256_setzero_si256();
  *found = 0;
  size_t i = from;
  for (; i + 34 <= to; i += 32) {
    __m256i v0 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
    __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 1));
    __m256i v2 = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 2));
    __m256i hit = _mm256_and_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, c0), _mm256_cmpeq_epi8(v1, c1)),
                                   _mm256_cmpeq_epi8(v2, c2));
    hit = _mm256_or_si256(hit, _mm256_and_si256(_mm256_cmpeq_epi8(v0, a), use_alt));
    unsigned mask = (unsigned)_mm256_movemask_epi8(hit);
    if (mask) {
      *found = 1;
      return i + (size_t)__builtin_ctz(mask);
    }
  }
  return i;
}
#endif

size_t utf8_find3_level(const unsigned char *s, size_t from, size_t to, const unsigned char c[3],
                        int alt, int level)
{
  size_t k = from;
#ifdef UTF8_HAVE_SSSE3
  if (level >= 2 && to - from >= 64 && __builtin_cpu_supports("avx2")) {
    int found;
    k = find3_avx2(s, from, to, c, alt, &found);
    if (found) return k;
  }
#else
  (void)level;
#endif
  /* c by its last byte (rarer than its lead byte in CJK text), alt only before it */
  size_t at = to, tail = k;
  while (k + 3 <= to) {
    const unsigned char *hit = memchr(s + k + 2, c[2], to - k - 2);
    if (hit == NULL) break;
    size_t start = (size_t)(hit - s) - 2;
    if (s[start] == c[0] && s[start + 1] == c[1]) {
      at = start;
      break;
    }
    k = start + 1;
  }
  if (alt >= 0 && at > tail) {
    const unsigned char *hit = memchr(s + tail, alt, at - tail);
    if (hit) at = (size_t)(hit - s);
  }
  return at;
}

size_t utf8_find3(const unsigned char *s, size_t from, size_t to, const unsigned char c[3], int alt)
{
  return utf8_find3_level(s, from, to, c, alt, 2);
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
  size_t count = 0, i = 0;
#ifdef __SSE2__
  /* Sixteen bytes at a time (SSE2 is part of x86-64): a byte that is no continuation byte
  ** (0x80..0xBF, below -64 as a signed char) adds one to its lane; the lanes are summed
  ** every 255 blocks, before a lane could overflow. */
  const __m128i zero = _mm_setzero_si128(), last_continuation = _mm_set1_epi8(-65);
  while (i + 16 <= n) {
    size_t blocks = (n - i) / 16;
    if (blocks > 255) blocks = 255;
    __m128i lanes = zero;
    for (size_t b = 0; b < blocks; b++, i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(v, last_continuation));
    }
    __m128i sums = _mm_sad_epu8(lanes, zero);
    count += (size_t)_mm_cvtsi128_si64(sums) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
  }
#endif
  /* Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear; the
  ** multiplication adds up the eight 0/1 flags in the top byte. */
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    count += 8 - (size_t)((cont * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; i++) count += (s[i] & 0xC0) != 0x80;
  return count;
}

size_t utf8_utf16_length(const unsigned char *s, size_t n)
{
  size_t count = 0, i = 0;
#ifdef __SSE2__
  /* As in utf8_length(), plus one for each byte F0..FF: with the sign bit flipped, a
  ** signed comparison orders bytes as unsigned, and F0 becomes 0x70. */
  const __m128i zero = _mm_setzero_si128(), last_continuation = _mm_set1_epi8(-65),
                sign = _mm_set1_epi8((char)0x80), below_f0 = _mm_set1_epi8(0x6F);
  while (i + 16 <= n) {
    size_t blocks = (n - i) / 16;
    if (blocks > 127) blocks = 127; /* a lane gains at most 2 a block */
    __m128i lanes = zero;
    for (size_t b = 0; b < blocks; b++, i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(v, last_continuation));
      lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(_mm_xor_si128(v, sign), below_f0));
    }
    __m128i sums = _mm_sad_epu8(lanes, zero);
    count += (size_t)_mm_cvtsi128_si64(sums) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
  }
#endif
  for (; i < n; i++) count += ((s[i] & 0xC0) != 0x80) + (s[i] >= 0xF0);
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
