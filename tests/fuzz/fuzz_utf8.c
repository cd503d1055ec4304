/*
** libFuzzer target: UTF-8 validation and counting (ext/core/utf8.h) on any bytes.
** utf8_validate() must agree with a byte-by-byte reference, utf8_validate_stop() with
** utf8_validate() (the input is placed where a piece ends), utf8_length() with a count
** of lead bytes.
*/
#include "fuzz_input.h"

/* The reference: the first ill-formed sequence by the table of RFC 3629. */
static size_t reference_validate(const uint8_t *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i], need, lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else return i;
    if (i + need >= n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (unsigned k = 2; k <= need; k++)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += need + 1;
  }
  return UTF8_VALID;
}

static int never(void *ctx, size_t done)
{
  size_t *last = ctx;
  FUZZ_CHECK(done > *last);
  *last = done;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  size_t bad = utf8_validate(data, size);
  FUZZ_CHECK(bad == reference_validate(data, size));
  /* validation in pieces: the input placed where the first piece ends (for one input
  ** in four: the padding costs more than the rest) */
  if (size > 0 && data[0] % 4 == 0) {
    size_t pad = STOP_EVERY_BYTES - 6 + (data[size - 1] % 8);
    uint8_t *padded = malloc(pad + size);
    memset(padded, 'a', pad);
    memcpy(padded + pad, data, size);
    size_t last = 0, got = utf8_validate_stop(padded, pad + size, never, &last);
    FUZZ_CHECK(got == (bad == UTF8_VALID ? UTF8_VALID : pad + bad));
    free(padded);
  }
  if (bad == UTF8_VALID) {
    size_t chars = 0;
    for (size_t i = 0; i < size; i++) chars += (data[i] & 0xC0) != 0x80;
    FUZZ_CHECK(utf8_length(data, size) == chars);
    /* walking forward visits every character once */
    size_t pos = 0, count = 0;
    while (pos < size) {
      size_t before = pos;
      uint32_t c = utf8_next(data, size, &pos);
      FUZZ_CHECK(pos > before && pos <= size && c <= 0x10FFFF);
      count++;
    }
    FUZZ_CHECK(count == chars);
  }
  return 0;
}
