/*
** The search for the first byte of a set: see byteset.h.
*/
#include "byteset.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/* Two table lookups (pshufb) per 16 bytes: the low nibbles' groups and the high nibbles'
** groups; a byte is in the set when they share one. */
__attribute__((target("ssse3"))) static size_t find_ssse3(const byteset *set,
                                                          const unsigned char *s, size_t p,
                                                          size_t to)
{
  const __m128i low = _mm_loadu_si128((const __m128i *)set->low);
  const __m128i high = _mm_loadu_si128((const __m128i *)set->high);
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i zero = _mm_setzero_si128();
  for (; p + 16 <= to; p += 16) {
    __m128i b = _mm_loadu_si128((const __m128i *)(s + p));
    __m128i groups = _mm_and_si128(_mm_shuffle_epi8(low, _mm_and_si128(b, nibble)),
                                   _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(b, 4), nibble)));
    unsigned none = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(groups, zero));
    if (none != 0xFFFF) return p + (size_t)__builtin_ctz(~none);
  }
  return p;
}

/* The members among s[0..64), one block of 16 after another. */
__attribute__((target("ssse3"))) static uint64_t window_ssse3(const byteset *set,
                                                              const unsigned char *s)
{
  const __m128i low = _mm_loadu_si128((const __m128i *)set->low);
  const __m128i high = _mm_loadu_si128((const __m128i *)set->high);
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i zero = _mm_setzero_si128();
#define BLOCK_NONE(k)                                                                        \
  ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(                                     \
       _mm_and_si128(_mm_shuffle_epi8(low, _mm_and_si128(b##k, nibble)),                     \
                     _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(b##k, 4), nibble))), \
       zero)) << (16 * k))
  __m128i b0 = _mm_loadu_si128((const __m128i *)s), b1 = _mm_loadu_si128((const __m128i *)(s + 16)),
          b2 = _mm_loadu_si128((const __m128i *)(s + 32)), b3 = _mm_loadu_si128((const __m128i *)(s + 48));
  return ~(BLOCK_NONE(0) | BLOCK_NONE(1) | BLOCK_NONE(2) | BLOCK_NONE(3));
#undef BLOCK_NONE
}

/* The same with AVX2, 32 bytes per lookup: half the instructions per window. The tables
** are repeated in both 128-bit lanes, since vpshufb looks up within a lane. */
__attribute__((target("avx2"))) static __m256i groups_avx2(__m256i low, __m256i high,
                                                           __m256i b)
{
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i high_nibbles = _mm256_and_si256(_mm256_srli_epi16(b, 4), nibble);
  return _mm256_and_si256(_mm256_shuffle_epi8(low, _mm256_and_si256(b, nibble)),
                          _mm256_shuffle_epi8(high, high_nibbles));
}

__attribute__((target("avx2"))) static uint32_t none_avx2(__m256i groups)
{
  return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(groups, _mm256_setzero_si256()));
}

__attribute__((target("avx2"))) static size_t find_avx2(const byteset *set,
                                                        const unsigned char *s, size_t p,
                                                        size_t to)
{
  const __m256i low = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)set->low));
  const __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)set->high));
  for (; p + 32 <= to; p += 32) {
    uint32_t none = none_avx2(groups_avx2(low, high, _mm256_loadu_si256((const __m256i *)(s + p))));
    if (none != 0xFFFFFFFFu) return p + (size_t)__builtin_ctz(~none);
  }
  return p;
}

__attribute__((target("avx2"))) static uint64_t window_avx2(const byteset *set,
                                                            const unsigned char *s)
{
  const __m256i low = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)set->low));
  const __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)set->high));
  uint64_t none0 = none_avx2(groups_avx2(low, high, _mm256_loadu_si256((const __m256i *)s)));
  uint64_t none1 = none_avx2(groups_avx2(low, high, _mm256_loadu_si256((const __m256i *)(s + 32))));
  return ~(none0 | none1 << 32);
}
#define BYTESET_HAVE_SSSE3 1
#endif

size_t byteset_find(const byteset *set, const unsigned char *s, size_t from, size_t to)
{
  size_t p = from;
#ifdef BYTESET_HAVE_SSSE3
  /* the vector loop stops at a member or before the last, short block */
  if (to - from >= 32 && __builtin_cpu_supports("avx2")) p = find_avx2(set, s, p, to);
  if (to - p >= 16 && __builtin_cpu_supports("ssse3")) p = find_ssse3(set, s, p, to);
#endif
  while (p < to && !byteset_has(set, s[p])) p++;
  return p;
}

uint64_t byteset_window(const byteset *set, const unsigned char *s, size_t n)
{
#ifdef BYTESET_HAVE_SSSE3
  if (n >= 64 && __builtin_cpu_supports("avx2")) return window_avx2(set, s);
  if (n >= 64 && __builtin_cpu_supports("ssse3")) return window_ssse3(set, s);
#endif
  uint64_t mask = 0;
  if (n > 64) n = 64;
  for (size_t k = 0; k < n; k++) mask |= (uint64_t)byteset_has(set, s[k]) << k;
  return mask;
}
