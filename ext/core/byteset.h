/*
** Sets of bytes that a scanner stops at, and the search for the first one.
**
** The scanners of the core skip long stretches of text that cannot start anything they
** act on (most of a report is ideographs) and stop at a few bytes: line ends, the lead
** bytes of punctuation. byteset_find() finds the first such byte 32 at a time with AVX2,
** 16 at a time with SSSE3 (all x86-64 CPUs since 2006), one byte at a time elsewhere.
**
** A set is written as up to eight groups, each a set of high nibbles times a set of low
** nibbles (the "shufti" layout of Hyperscan): byte b belongs to the set when
** low[b & 15] & high[b >> 4] is nonzero. BYTESET() builds the two tables at compile time
** from a list of groups:
**
**   #define STOPS(X, a)                                      \
**     X(a, 0, NIBBLE(0x0), NIBBLE(0x9) | NIBBLE(0xA)) (tab, LF) \
**     X(a, 1, NIBBLE(0xE), NIBBLE(0x2) | NIBBLE(0x3)) (E2, E3)
**   static const byteset stops = BYTESET(STOPS);
**   size_t p = byteset_find(&stops, s, from, to);   (to when there is none)
**
** A scanner that stops often (every few dozen bytes, at each ， or 。) walks a cursor
** instead: it tests 64 bytes at once and hands their members out one by one, so a stop
** costs a few instructions rather than a search:
**
**   byteset_cursor c;
**   byteset_cursor_init(&c, &stops, s, to, n);   (s[0..n) may be read, to <= n)
**   for (size_t p = byteset_next(&c, from); p < to; p = byteset_next(&c, p + 1)) ...
*/
#ifndef GWR_BYTESET_H
#define GWR_BYTESET_H

#include <stddef.h>
#include <stdint.h>

typedef struct byteset {
  uint8_t low[16];  /* bit k: the low nibble belongs to group k */
  uint8_t high[16]; /* bit k: the high nibble belongs to group k */
} byteset;

#define NIBBLE(k) (1u << (k))

/* X(a, group 0..7, high nibbles, low nibbles) for each group of list. */
#define BYTESET_LOW_BIT(l, group, highs, lows) | ((((lows) >> (l)) & 1u) << (group))
#define BYTESET_HIGH_BIT(h, group, highs, lows) | ((((highs) >> (h)) & 1u) << (group))
#define BYTESET_ROW(list, X, k) (uint8_t)(0 list(X, k))
#define BYTESET_ROW16(list, X)                                                             \
  {BYTESET_ROW(list, X, 0),  BYTESET_ROW(list, X, 1),  BYTESET_ROW(list, X, 2),            \
   BYTESET_ROW(list, X, 3),  BYTESET_ROW(list, X, 4),  BYTESET_ROW(list, X, 5),            \
   BYTESET_ROW(list, X, 6),  BYTESET_ROW(list, X, 7),  BYTESET_ROW(list, X, 8),            \
   BYTESET_ROW(list, X, 9),  BYTESET_ROW(list, X, 10), BYTESET_ROW(list, X, 11),           \
   BYTESET_ROW(list, X, 12), BYTESET_ROW(list, X, 13), BYTESET_ROW(list, X, 14),           \
   BYTESET_ROW(list, X, 15)}
#define BYTESET(list) {BYTESET_ROW16(list, BYTESET_LOW_BIT), BYTESET_ROW16(list, BYTESET_HIGH_BIT)}

static inline int byteset_has(const byteset *set, unsigned char b)
{
  return (set->low[b & 15] & set->high[b >> 4]) != 0;
}

/* The first byte of s[from..to) in the set, or to. */
size_t byteset_find(const byteset *set, const unsigned char *s, size_t from, size_t to);

/* Bit k set when s[k] is in the set, for k < 64 and k < n (s[0..n) may be read). */
uint64_t byteset_window(const byteset *set, const unsigned char *s, size_t n);

typedef struct byteset_cursor {
  const byteset *set;
  const unsigned char *s;
  size_t to;       /* the end of the text searched ... */
  size_t readable; /* ... and of the bytes that may be read (windows look past to) */
  size_t base;     /* the window s[base..base+64) ... */
  uint64_t mask;   /* ... and its members before to: bit k for s[base + k] */
} byteset_cursor;

static inline void byteset_cursor_init(byteset_cursor *c, const byteset *set,
                                       const unsigned char *s, size_t to, size_t readable)
{
  c->set = set;
  c->s = s;
  c->to = to;
  c->readable = readable;
  c->base = to; /* no window yet */
  c->mask = 0;
}

/* The first member at or after from, or the cursor's end. from may go back or jump ahead;
** forward steps within 64 bytes reuse the window. */
static inline size_t byteset_next(byteset_cursor *c, size_t from)
{
  while (from < c->to) {
    if (from >= c->base && from - c->base < 64) {
      uint64_t m = c->mask >> (from - c->base);
      if (m) return from + (size_t)__builtin_ctzll(m);
      from = c->base + 64;
      continue;
    }
    c->base = from;
    c->mask = byteset_window(c->set, c->s + from, c->readable - from);
    if (c->to - from < 64) c->mask &= (UINT64_C(1) << (c->to - from)) - 1;
  }
  return c->to;
}

#endif
