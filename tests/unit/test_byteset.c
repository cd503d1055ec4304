/* Unit tests for ext/core/byteset.h: the tables BYTESET() builds, and byteset_find()
** (16 bytes at a time where the CPU allows) against a plain loop. */
#include "byteset.h"
#include "check.h"

#include <stdint.h>

/* tab and LF; space ! ,; the leads C2 C3 E2 E3 EF */
#define TEST_SET(X, a)                                                   \
  X(a, 0, NIBBLE(0x0), NIBBLE(0x9) | NIBBLE(0xA))                        \
  X(a, 1, NIBBLE(0x2), NIBBLE(0x0) | NIBBLE(0x1) | NIBBLE(0xC))          \
  X(a, 2, NIBBLE(0xC) | NIBBLE(0xE), NIBBLE(0x2) | NIBBLE(0x3))          \
  X(a, 3, NIBBLE(0xE), NIBBLE(0xF))
static const byteset test_set = BYTESET(TEST_SET);

static void test_tables(void)
{
  static const unsigned char members[] = {0x09, 0x0A, 0x20, 0x21, 0x2C, 0xC2,
                                          0xC3, 0xE2, 0xE3, 0xEF};
  int wrong = 0;
  for (int b = 0; b < 256; b++) {
    int want = 0;
    for (size_t i = 0; i < sizeof members; i++) want |= members[i] == b;
    if (byteset_has(&test_set, (unsigned char)b) != want) wrong++;
  }
  CHECK_EQ_INT(wrong, 0);
}

static size_t plain_find(const unsigned char *s, size_t from, size_t to)
{
  while (from < to && !byteset_has(&test_set, s[from])) from++;
  return from;
}

static uint32_t next_random(uint32_t *seed)
{
  *seed = *seed * 1103515245u + 12345u;
  return *seed;
}

/* Fills buf with bytes outside the set (ASCII and high bytes) and a member now and then. */
static void random_text(unsigned char *buf, size_t n, uint32_t *seed)
{
  static const unsigned char some[] = {0x09, 0x0A, 0x20, 0x21, 0x2C, 0xC2, 0xC3, 0xE2, 0xE3, 0xEF};
  for (size_t i = 0; i < n; i++) {
    unsigned r = next_random(seed) >> 16;
    buf[i] = r % 97 == 0 ? some[r % 10] : (unsigned char)(0x30 + r % 0x50 + (r & 0x80));
    if (byteset_has(&test_set, buf[i]) && r % 97 != 0) buf[i] = 'x';
  }
}

static void test_find(void)
{
  unsigned char buf[300];
  uint32_t seed = 7;
  int wrong = 0;
  for (int round = 0; round < 20000; round++) { /* members anywhere in or after a block */
    random_text(buf, sizeof buf, &seed);
    uint32_t r = next_random(&seed);
    size_t from = (r >> 8) % 40, to = from + (r >> 16) % (sizeof buf - from);
    if (byteset_find(&test_set, buf, from, to) != plain_find(buf, from, to)) wrong++;
  }
  CHECK_EQ_INT(wrong, 0);
  CHECK_EQ_INT(byteset_find(&test_set, (const unsigned char *)"abc", 0, 3), 3);
  CHECK_EQ_INT(byteset_find(&test_set, (const unsigned char *)"0123456789abcdefghij,", 0, 21), 20);
  CHECK_EQ_INT(byteset_find(&test_set, (const unsigned char *)"0123456789abcdef,", 0, 17), 16);
  CHECK_EQ_INT(byteset_find(&test_set, (const unsigned char *)"0123456789abcde,", 0, 16), 15);
}

/* The cursor hands out every member in order, whatever the steps between calls. */
static void test_cursor(void)
{
  unsigned char buf[300];
  uint32_t seed = 11;
  int wrong = 0;
  for (int round = 0; round < 5000; round++) {
    random_text(buf, sizeof buf, &seed);
    uint32_t r = next_random(&seed);
    size_t to = (r >> 8) % (sizeof buf + 1);
    size_t readable = to + (r >> 20) % (sizeof buf + 1 - to); /* windows may look past to */
    byteset_cursor c;
    byteset_cursor_init(&c, &test_set, buf, to, readable);
    size_t p = 0;
    while (p < to) {
      size_t got = byteset_next(&c, p);
      if (got != plain_find(buf, p, to)) wrong++;
      r = next_random(&seed);
      p = (r >> 16) % 4 == 0 ? p + (r >> 20) % 100 : got + 1; /* sometimes jump */
    }
  }
  CHECK_EQ_INT(wrong, 0);
}

int main(void)
{
  test_tables();
  test_find();
  test_cursor();
  return check_done("byteset");
}
