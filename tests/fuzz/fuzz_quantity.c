/*
** libFuzzer target: the quantity scanner (ext/core/quantity.h), as gwr_numbers reads a
** document.
**
** Besides no crash and no undefined behaviour: mentions come in order, inside the text,
** on character boundaries, with code-point offsets that count right; qualifiers lie next
** to their number; units are short NUL-terminated UTF-8; and a scan that reads the text in
** chunks of any size (asking a stop function between them) finds exactly the same.
*/
#include "fuzz_input.h"
#include "quantity.h"

static int never(void *ctx, size_t done)
{
  (void)ctx;
  (void)done;
  return 0;
}

static void check_span(const unsigned char *s, size_t n, const quantity_span *sp)
{
  FUZZ_CHECK(sp->start < sp->end && sp->end <= n);
  FUZZ_CHECK(fuzz_boundary(s, n, sp->start) && fuzz_boundary(s, n, sp->end));
  FUZZ_CHECK(sp->char_start == utf8_length(s, sp->start));
  FUZZ_CHECK(sp->char_end == sp->char_start + utf8_length(s + sp->start, sp->end - sp->start));
}

static void check_text(const char *t, size_t cap)
{
  const char *end = memchr(t, 0, cap);
  FUZZ_CHECK(end != NULL && utf8_validate((const unsigned char *)t, (size_t)(end - t)) == UTF8_VALID);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size == 0) return 0;
  size_t every = 1 + data[0] % 97, n;
  unsigned char *s = fuzz_utf8(data + 1, size - 1, &n);
  quantity_scanner whole, chunked;
  quantity q, r;
  quantity_scanner_init(&whole, s, n, 0, n, 0);
  quantity_scanner_init(&chunked, s, n, 0, n, 0);
  quantity_scanner_stop(&chunked, never, NULL);
  chunked.stop_every = every;
  size_t last_start = 0;
  while (quantity_next(&whole, &q)) {
    check_span(s, n, &q.span);
    FUZZ_CHECK(q.span.start >= last_start);
    last_start = q.span.start;
    if (q.qualifier_before) check_span(s, n, &q.before_span);
    if (q.qualifier_after) check_span(s, n, &q.after_span);
    check_text(q.unit, sizeof q.unit);
    check_text(q.base_unit, sizeof q.base_unit);
    FUZZ_CHECK(q.scale_exp >= 0 && q.scale_exp <= 48);
    FUZZ_CHECK(*quantity_kind_name(q.kind) != 0);
    char buf[512];
    if (!q.redacted) {
      numeral_value base = quantity_base_value(&q);
      FUZZ_CHECK(numeral_format(&base, buf, sizeof buf) < (int)sizeof buf);
    }
    if (q.has_high && !q.high_redacted) {
      numeral_value high = quantity_base_high(&q);
      FUZZ_CHECK(numeral_format(&high, buf, sizeof buf) < (int)sizeof buf);
    }
    /* the chunked scan finds the same mention */
    FUZZ_CHECK(quantity_next(&chunked, &r));
    FUZZ_CHECK(r.span.start == q.span.start && r.span.end == q.span.end);
    FUZZ_CHECK(r.span.char_start == q.span.char_start && r.kind == q.kind);
    FUZZ_CHECK(strcmp(r.unit, q.unit) == 0 && r.qualifier == q.qualifier);
    FUZZ_CHECK(r.redacted == q.redacted);
    if (!q.redacted) FUZZ_CHECK(numeral_compare(&r.value, &q.value) == 0);
  }
  FUZZ_CHECK(!quantity_next(&chunked, &r) && !chunked.stopped);
  free(s);
  return 0;
}
