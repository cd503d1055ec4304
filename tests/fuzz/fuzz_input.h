/*
** Shared by the libFuzzer targets of the core: the core reads valid UTF-8 only (the SQL
** boundary validates every document), so a fuzz input is made valid first, each byte
** that does not start a well-formed sequence replaced by '?'; and a check that aborts,
** so that a broken invariant is a finding like a crash.
*/
#ifndef GWR_FUZZ_INPUT_H
#define GWR_FUZZ_INPUT_H

#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond)                                                             \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);  \
      abort();                                                                       \
    }                                                                                \
  } while (0)

/* A valid UTF-8 copy of data (malloc()ed, NUL-terminated; *n its length). */
static inline unsigned char *fuzz_utf8(const uint8_t *data, size_t size, size_t *n)
{
  unsigned char *s = malloc(size + 1);
  size_t k = 0;
  for (size_t i = 0; i < size;) {
    unsigned c = data[i];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len <= size && utf8_validate(data + i, len) == UTF8_VALID) {
      memcpy(s + k, data + i, len);
      k += len;
      i += len;
    } else {
      s[k++] = '?';
      i++;
    }
  }
  s[k] = 0;
  *n = k;
  return s;
}

/* Is pos a character boundary of the valid string s[0..n)? */
static inline int fuzz_boundary(const unsigned char *s, size_t n, size_t pos)
{
  return pos == n || (pos < n && (s[pos] & 0xC0) != 0x80);
}

#endif
