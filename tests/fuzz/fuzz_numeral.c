/*
** libFuzzer target: the numeral parser (ext/core/numeral.h).
**
** The input (made valid UTF-8) is read whole by numeral_value_of(), as gwr_number()
** does, and by numeral_parse() at every character, with and without NUMERAL_SPACES.
** Besides no crash and no undefined behaviour: a numeral ends after it starts, within
** the text, on a character boundary, its scale word inside it; an exact value printed by
** numeral_format() reads back as the same value; the conversions agree with each other.
*/
#include "fuzz_input.h"
#include "numeral.h"

#include <math.h>

/* The printed value must read back as itself (exact values only: "%.17g" of a double
** need not be the decimal the text wrote). */
static void check_value(const numeral_value *v)
{
  char buf[512];
  int len = numeral_format(v, buf, sizeof buf);
  FUZZ_CHECK(len >= 0 && (size_t)len < sizeof buf);
  FUZZ_CHECK(numeral_compare(v, v) == 0);
  double d = numeral_as_double(v);
  int64_t i;
  if (numeral_as_int64(v, &i)) {
    FUZZ_CHECK(!v->inexact);
    FUZZ_CHECK(d == (double)i);
  }
  if (v->inexact) return;
  numeral_value back;
  FUZZ_CHECK(numeral_value_of((const unsigned char *)buf, (size_t)len, &back));
  FUZZ_CHECK(numeral_compare(&back, v) == 0);
}

static void check_scan(const unsigned char *s, size_t n, size_t pos, const numeral_scan *scan)
{
  FUZZ_CHECK(scan->end > pos && scan->end <= n && fuzz_boundary(s, n, scan->end));
  FUZZ_CHECK(scan->scale_start >= pos && scan->scale_start <= scan->end);
  FUZZ_CHECK(scan->scale_exp >= 0 && scan->scale_exp <= 48);
  if (scan->approx_start) {
    FUZZ_CHECK(scan->approx_start >= pos && scan->approx_start < scan->approx_end);
    FUZZ_CHECK(scan->approx_end <= scan->end);
  }
  check_value(&scan->value);
  if (scan->has_high) check_value(&scan->high);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  /* numerals are short: a long input only slows the search down */
  if (size > 512) size = 512;
  size_t n;
  unsigned char *s = fuzz_utf8(data, size, &n);
  numeral_value v;
  if (numeral_value_of(s, n, &v)) check_value(&v);
  for (size_t pos = 0; pos < n;) {
    numeral_scan scan;
    if (numeral_parse(s, n, pos, 0, &scan)) check_scan(s, n, pos, &scan);
    if (numeral_parse(s, n, pos, NUMERAL_SPACES, &scan)) check_scan(s, n, pos, &scan);
    utf8_next(s, n, &pos);
  }
  free(s);
  return 0;
}
