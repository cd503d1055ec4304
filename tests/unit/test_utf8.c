/* Unit tests for ext/core/utf8.h and chars.h. */
#include "chars.h"
#include "check.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static size_t validate(const char *s, size_t n)
{
  return utf8_validate((const unsigned char *)s, n);
}

static void test_validate(void)
{
  CHECK(validate("", 0) == UTF8_VALID);
  CHECK(validate("plain ascii, longer than eight bytes", 36) == UTF8_VALID);
  CHECK(validate("增长5%左右", strlen("增长5%左右")) == UTF8_VALID);
  CHECK(validate("\xF0\x9F\x98\x80", 4) == UTF8_VALID);   /* U+1F600 */
  CHECK_EQ_INT(validate("ab\xFF", 3), 2);                  /* never valid */
  CHECK_EQ_INT(validate("ab\xC0\x80", 4), 2);              /* overlong NUL */
  CHECK_EQ_INT(validate("\xE0\x80\x80", 3), 0);            /* overlong */
  CHECK_EQ_INT(validate("\xED\xA0\x80", 3), 0);            /* surrogate */
  CHECK_EQ_INT(validate("\xF4\x90\x80\x80", 4), 0);        /* above U+10FFFF */
  CHECK_EQ_INT(validate("增\xE9\x95", 5), 3);              /* truncated at the end */
  CHECK_EQ_INT(validate("\x80", 1), 0);                    /* stray continuation */
  CHECK_EQ_INT(validate("12345678\xE5\xA2x", 11), 8);      /* bad after the fast path */
}

static void test_walk(void)
{
  const unsigned char *s = (const unsigned char *)"a增１\xF0\x9F\x98\x80";
  size_t n = strlen((const char *)s), pos = 0;
  CHECK_EQ_INT(utf8_length(s, n), 4);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 'a');
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0x589E);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0xFF11);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0x1F600);
  CHECK_EQ_INT(pos, n);
  CHECK_EQ_INT(utf8_prev(s, n), n - 4);
  CHECK_EQ_INT(utf8_prev(s, 1), 0);
  unsigned char buf[4];
  for (uint32_t cp = 1; cp < 0x110000; cp += 97) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    int k = utf8_encode(cp, buf);
    size_t p = 0;
    CHECK_EQ_INT(k, utf8_size(cp));
    if (utf8_next(buf, (size_t)k, &p) != cp || p != (size_t)k) {
      CHECK(!"encode/decode round trip");
      break;
    }
  }
}

/* The plain definition of well-formed UTF-8 (RFC 3629), one byte at a time: the
** reference that the fast paths of utf8_validate() must agree with. */
static size_t reference_validate(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t need = c < 0x80 ? 0 : (c >= 0xC2 && c <= 0xDF) ? 1 : (c >= 0xE0 && c <= 0xEF) ? 2
                : (c >= 0xF0 && c <= 0xF4) ? 3 : 99;
    if (need == 99 || i + need >= n) return i;
    uint32_t cp = need == 0 ? c : c & (0x3F >> need);
    for (size_t k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = cp << 6 | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += need + 1;
  }
  return UTF8_VALID;
}

/* Random texts made of CJK characters, ASCII, the edge lead bytes E0/ED/F0/F4 and
** damage (cut or replaced bytes), against the reference. */
static void test_validate_random(void)
{
  unsigned char buf[64];
  uint32_t seed = 12345;
  int disagree = 0;
  for (int round = 0; round < 200000 && !disagree; round++) {
    size_t n = 0;
    while (n + 4 < sizeof buf) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 16) & 0xFF;
      if (r < 150) { /* a CJK character, sometimes from the edge blocks */
        uint32_t cp = 0x4E00 + (seed >> 8) % 0x5000;
        if (r < 10) cp = 0x800 + (seed >> 9) % 0x800;         /* lead E0 */
        else if (r < 20) cp = 0xD400 + (seed >> 9) % 0x800;   /* lead ED, surrogates too */
        else if (r < 30) cp = 0xFF01 + (seed >> 9) % 0x5E;    /* lead EF */
        n += (size_t)utf8_encode(cp, buf + n);
      } else if (r < 200) {
        buf[n++] = (unsigned char)('0' + r % 10);
      } else {
        buf[n++] = (unsigned char)(seed >> 3); /* any byte at all */
      }
    }
    size_t got = utf8_validate(buf, n), want = reference_validate(buf, n);
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) chars += (buf[i] & 0xC0) != 0x80;
    if (got != want || utf8_length(buf, n) != chars) disagree = 1;
  }
  CHECK(!disagree);
}

/* Long valid texts (every sequence length, the edge leads E0 ED EF F0 F4, runs of ASCII)
** with one byte damaged, deleted or inserted at a random place, so that the error falls
** anywhere in or between the 16- and 64-byte blocks of the vector paths: the offset must
** be the reference's, on every path. Lengths up to 700 bytes reach past several blocks. */
static void test_validate_damaged(void)
{
  static const uint32_t edges[] = {0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xCFFF, 0xD7FF,
                                   0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x3FFFF, 0x40000, 0x10FFFF};
  unsigned char buf[720];
  uint32_t seed = 2024;
  int disagree = 0;
#define NEXT_RANDOM() (seed = seed * 1103515245u + 12345u, seed >> 8)
  for (int round = 0; round < 60000 && !disagree; round++) {
    size_t want_len = NEXT_RANDOM() % 700, n = 0;
    int ascii_run = NEXT_RANDOM() % 4 == 0;
    while (n + 4 < want_len) {
      uint32_t r = NEXT_RANDOM() % 100, cp;
      if (r < (ascii_run ? 70u : 15u)) cp = 0x20 + NEXT_RANDOM() % 0x5F;
      else if (r < 80) cp = 0x4E00 + NEXT_RANDOM() % 0x5000;
      else if (r < 85) cp = 0x80 + NEXT_RANDOM() % 0x780;
      else if (r < 90) cp = 0x10000 + NEXT_RANDOM() % 0x100000;
      else cp = edges[NEXT_RANDOM() % (sizeof edges / sizeof edges[0])];
      n += (size_t)utf8_encode(cp, buf + n);
    }
    if (utf8_validate(buf, n) != UTF8_VALID) disagree = 1;
    if (n > 0) {
      size_t at = NEXT_RANDOM() % n;
      switch (NEXT_RANDOM() % 3) {
      case 0: /* a byte replaced by any byte */
        buf[at] = (unsigned char)NEXT_RANDOM();
        break;
      case 1: /* a byte deleted */
        memmove(buf + at, buf + at + 1, n - at - 1);
        n--;
        break;
      default: /* a byte inserted, often a lead or a continuation byte */
        memmove(buf + at + 1, buf + at, n - at);
        buf[at] = (unsigned char)(0x80 + NEXT_RANDOM() % 0x80);
        n++;
        break;
      }
    }
    size_t want = reference_validate(buf, n);
    for (int level = 0; level <= 2; level++) { /* bytes, SSSE3 and AVX2 (where the CPU has them) */
      if (utf8_validate_level(buf, n, level) != want) disagree = 1;
    }
  }
#undef NEXT_RANDOM
  CHECK(!disagree);
}

static void test_chars(void)
{
  CHECK_EQ_INT(char_fold(0xFF11), '1');  /* １ */
  CHECK_EQ_INT(char_fold(0xFF05), '%');  /* ％ */
  CHECK_EQ_INT(char_fold(0xFF0E), '.');  /* ． */
  CHECK_EQ_INT(char_fold(0x3000), ' ');
  CHECK_EQ_INT(char_fold(0x00A0), ' ');
  CHECK_EQ_INT(char_fold(0x589E), 0x589E);
  CHECK(char_is_ignorable(0x200B) && char_is_ignorable(0xFEFF) && !char_is_ignorable(' '));
  CHECK(char_is_han(0x589E) && char_is_han(0x3007) && !char_is_han(0xFF0C));
}

/* The fast paths (eight ASCII bytes, runs of three-byte sequences, eight bytes counted at
** once) agree with the plain definitions at every length and alignment. */
static size_t naive_length(const unsigned char *s, size_t n)
{
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += (s[i] & 0xC0) != 0x80;
  return count;
}

static size_t naive_utf16_length(const unsigned char *s, size_t n)
{
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += ((s[i] & 0xC0) != 0x80) + (s[i] >= 0xF0);
  return count;
}

static void test_fast_paths(void)
{
  const char *piece = "增长5.2%，中\xE2\x80\x9C" "文\xE2\x80\x9D" "ab\xC2\xA0\xF0\x9F\x98\x80" "。";
  unsigned char buf[256];
  size_t k = strlen(piece), n = 0;
  while (n + k < sizeof buf) {
    memcpy(buf + n, piece, k);
    n += k;
  }
  int bad = 0;
  for (size_t start = 0; start < 8; start++) {
    for (size_t len = 0; start + len <= n; len++) {
      if (utf8_length(buf + start, len) != naive_length(buf + start, len)) bad++;
      if (utf8_utf16_length(buf + start, len) != naive_utf16_length(buf + start, len)) bad++;
    }
  }
  CHECK_EQ_INT(bad, 0);
  /* long enough for the vector count to sum its lanes several times (every 4080 bytes) */
  static unsigned char big[20000];
  size_t m = 0;
  while (m + k < sizeof big) {
    memcpy(big + m, piece, k);
    m += k;
  }
  for (size_t len = m - 40; len <= m; len++) {
    if (utf8_length(big + 3, len - 3) != naive_length(big + 3, len - 3)) bad++;
    if (utf8_utf16_length(big + 3, len - 3) != naive_utf16_length(big + 3, len - 3)) bad++;
  }
  memset(big, 0xF4, sizeof big); /* two units a byte fill the lanes fastest */
  CHECK_EQ_INT(utf8_utf16_length(big, sizeof big), 2 * sizeof big);
  memset(big, 'a', sizeof big); /* ASCII fills every lane to its limit */
  CHECK_EQ_INT(utf8_length(big, sizeof big), sizeof big);
  CHECK_EQ_INT(bad, 0);
  /* a valid text, then each of its bytes broken in turn: the error is where it starts */
  CHECK(utf8_validate(buf, n) == UTF8_VALID);
  for (size_t i = 0; i < n; i++) {
    if ((buf[i] & 0xC0) != 0x80) continue;
    unsigned char saved = buf[i];
    buf[i] = 'x'; /* a continuation byte replaced: the sequence before it is truncated */
    size_t lead = i - 1;
    while ((buf[lead] & 0xC0) == 0x80) lead--;
    if (utf8_validate(buf, n) != lead) bad++;
    buf[i] = saved;
  }
  CHECK_EQ_INT(bad, 0);
  /* surrogates and overlongs inside a run of CJK */
  CHECK_EQ_INT(validate("中文中文\xED\xA0\x80中", 15), 12);
  CHECK_EQ_INT(validate("中文中文\xE0\x80\x80中", 15), 12);
  CHECK_EQ_INT(validate("中文中文\xE4\xB8", 14), 12);
}

/* char_peek_back as it reads any character: step back, decode, fold, skip zero-width. */
static uint32_t naive_peek_back(const unsigned char *s, size_t floor, size_t pos, size_t *at)
{
  while (pos > floor) {
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

/* The short cuts of char_peek_back (ASCII, an ideograph U+4000..U+9FFF) read what the
** general path reads, at every floor and position, broken text included. */
static void test_peek_back(void)
{
  const char *text = "增长5%\xE2\x80\x8B" "中，Ａ\t二\xE4\xB8" "x龍\xB8\xAD"
                     "a\xEF\xBB\xBF" "鿿䀀\xE5\x80" "中";
  const unsigned char *s = (const unsigned char *)text;
  size_t n = strlen(text);
  int bad = 0;
  for (size_t floor = 0; floor < n; floor++) {
    for (size_t pos = floor; pos <= n; pos++) {
      size_t a = 0, b = 0;
      uint32_t got = char_peek_back(s, floor, pos, &a), want = naive_peek_back(s, floor, pos, &b);
      if (got != want || a != b) {
        fprintf(stderr, "char_peek_back(floor %zu, pos %zu) = U+%04X at %zu, want U+%04X at %zu\n",
                floor, pos, (unsigned)got, a, (unsigned)want, b);
        bad++;
      }
    }
  }
  CHECK_EQ_INT(bad, 0);
}


/* Validation in pieces: whatever bytes lie where a piece ends, the answer is the one of
** validation in one go; a yes from the stop function ends it. */
static void test_validate_stop(void)
{
  static const char *const tails[] = {
    "增", "\xF0\x9F\x98\x80", "\xC3\x97", "\xE5\xA2", "\xF0\x9F\x98", "\x80", "\x80\x80",
    "\x80\x80\x80", "\x80\x80\x80\x80", "\x80\x80\x80\x80\x80", "\xE0\x80\x80", "\xED\xA0\x80",
    "\xFF", "a", "",
  };
  size_t n = 2 * STOP_EVERY_BYTES + 64;
  unsigned char *buf = malloc(n);
  int disagree = 0;
  for (size_t t1 = 0; t1 < sizeof tails / sizeof tails[0]; t1++) {
    for (size_t t2 = 0; t2 < sizeof tails / sizeof tails[0]; t2++) {
      for (size_t shift = 0; shift < 8; shift++) {
        /* ASCII, then two sequences placed around the end of the first piece */
        memset(buf, 'x', n);
        size_t at = STOP_EVERY_BYTES - 4 + shift;
        size_t k1 = strlen(tails[t1]), k2 = strlen(tails[t2]);
        memcpy(buf + at, tails[t1], k1);
        memcpy(buf + at + k1, tails[t2], k2);
        size_t got = utf8_validate_stop(buf, n, NULL, NULL), want = utf8_validate(buf, n);
        if (got != want) {
          fprintf(stderr, "pieces: %zu, whole: %zu (tails %zu %zu, shift %zu)\n", got, want,
                  t1, t2, shift);
          disagree = 1;
        }
      }
    }
  }
  CHECK(!disagree);
  memset(buf, 'x', n);
  int asks = 1;
  CHECK(utf8_validate_stop(buf, n, check_stop_at, &asks) == UTF8_STOPPED);
  asks = 3; /* two asks only: between the three pieces */
  CHECK(utf8_validate_stop(buf, n, check_stop_at, &asks) == UTF8_VALID);
  CHECK_EQ_INT(asks, 1);
  free(buf);
}

/* utf8_find3() on every path against a plain search: the character at every offset of
** texts of every length up to 200 bytes (the vector path's blocks and its tail), with
** near misses (， shares its first two bytes) around it, and an ASCII alternative before
** it, after it or nowhere. */
static void test_find3(void)
{
  static const unsigned char colon[3] = {0xEF, 0xBC, 0x9A};
  unsigned char buf[200];
  int disagree = 0;
  for (size_t n = 0; n <= sizeof buf && !disagree; n++) {
    for (size_t at = 0; at <= n && !disagree; at++) {
      for (int alt_case = 0; alt_case < 3; alt_case++) {
        for (size_t i = 0; i < n; i++) buf[i] = "\xE5\xA2\x9E"[i % 3]; /* 增增增… */
        for (size_t i = 0; i + 3 <= n; i += 7) memcpy(buf + i, "\xEF\xBC\x8C", 3); /* ， */
        if (at + 3 <= n) memcpy(buf + at, colon, 3);
        size_t alt_at = alt_case == 1 ? at / 2 : alt_case == 2 ? at + 3 + (n - at) / 2 : n;
        if (alt_at < n && (alt_at + 3 <= at || alt_at >= at + 3)) buf[alt_at] = ':';
        int alt = alt_case ? ':' : -1;
        for (size_t from = 0; from <= n && from < 40; from += 13) {
          size_t want = n;
          for (size_t i = from; i < n && want == n; i++) {
            if ((i + 3 <= n && memcmp(buf + i, colon, 3) == 0) || (alt >= 0 && buf[i] == alt)) want = i;
          }
          for (int level = 0; level <= 2; level++) {
            if (utf8_find3_level(buf, from, n, colon, alt, level) != want) disagree = 1;
          }
        }
      }
    }
  }
  CHECK(!disagree);
  CHECK_EQ_INT(utf8_find3((const unsigned char *)"增长：", 0, 8, colon, -1), 8); /* cut by to */
  CHECK_EQ_INT(utf8_find3((const unsigned char *)"增长：", 0, 9, colon, -1), 6);
  CHECK_EQ_INT(utf8_find3((const unsigned char *)"增:长：", 0, 10, colon, ':'), 3);
}

int main(void)
{
  test_validate();
  test_validate_random();
  test_validate_damaged();
  test_validate_stop();
  test_find3();
  test_walk();
  test_chars();
  test_fast_paths();
  test_peek_back();
  return check_done("utf8");
}
