/*
** A minimal unit-test harness for the core: CHECK() records a failure and goes on,
** CHECK_EQ_INT/CHECK_EQ_STR print both sides, check_done() sets the exit status.
*/
#ifndef GWR_CHECK_H
#define GWR_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures = 0;
static int check_count = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    check_count++;                                                         \
    if (!(cond)) {                                                         \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

#define CHECK_EQ_INT(got, want)                                            \
  do {                                                                     \
    long long got_ = (long long)(got), want_ = (long long)(want);          \
    check_count++;                                                         \
    if (got_ != want_) {                                                   \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, got_, want_); \
    }                                                                      \
  } while (0)

#define CHECK_EQ_STR(got, want)                                            \
  do {                                                                     \
    const char *got_ = (got), *want_ = (want);                             \
    check_count++;                                                         \
    if ((got_ == NULL) != (want_ == NULL) || (got_ && strcmp(got_, want_) != 0)) { \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: %s = \"%s\", want \"%s\"\n", __FILE__, __LINE__, #got, \
              got_ ? got_ : "(null)", want_ ? want_ : "(null)");           \
    }                                                                      \
  } while (0)

/* A sink for text emitted piece by piece (linewrap_emit_fn): appends to a NUL-terminated
** buffer of CHECK_TEXT_MAX bytes, dropping what does not fit. */
#define CHECK_TEXT_MAX 8192

static inline void check_append(void *ctx, const unsigned char *p, size_t len)
{
  char *buf = ctx;
  size_t k = strlen(buf);
  if (k + len < CHECK_TEXT_MAX) {
    memcpy(buf + k, p, len);
    buf[k + len] = 0;
  }
}

/* A text of pieces drawn in turn from a list by a fixed pseudo-random sequence (the same
** text for the same seed), as long as fits in cap bytes. Returns its length. */
static inline size_t check_pieces_text(unsigned char *text, size_t cap, const char *const *pieces,
                                       size_t count, unsigned seed)
{
  size_t n = 0;
  for (;;) {
    seed = seed * 1103515245u + 12345u;
    const char *piece = pieces[(seed >> 16) % count];
    size_t k = strlen(piece);
    if (n + k > cap) return n;
    memcpy(text + n, piece, k);
    n += k;
  }
}

/* A stop function (stop.h) that says yes at its *(int *)ctx-th question. */
static inline int check_stop_at(void *ctx, size_t done)
{
  int *asks = ctx;
  (void)done;
  return --*asks == 0;
}

static inline int check_done(const char *suite)
{
  printf("%s: %d checks, %d failed\n", suite, check_count, check_failures);
  return check_failures ? 1 : 0;
}

#endif
