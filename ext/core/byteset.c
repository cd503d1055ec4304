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
#define BYTESET_HAVE_SSSE3 1
#endif

size_t byteset_find(const byteset *set, const unsigned char *s, size_t from, size_t to)
{
  size_t p = from;
#ifdef BYTESET_HAVE_SSSE3
  /* the vector loop stops at a member or before the last, short block */
  if (to - from >= 16 && __builtin_cpu_supports("ssse3")) p = find_ssse3(set, s, p, to);
#endif
  while (p < to && !byteset_has(set, s[p])) p++;
  return p;
}

uint64_t byteset_window(const byteset *set, const unsigned char *s, size_t n)
{
#ifdef BYTESET_HAVE_SSSE3
  if (n >= 64 && __builtin_cpu_supports("ssse3")) return window_ssse3(set, s);
#endif
  uint64_t mask = 0;
  if (n > 64) n = 64;
  for (size_t k = 0; k < n; k++) mask |= (uint64_t)byteset_has(set, s[k]) << k;
  return mask;
}
