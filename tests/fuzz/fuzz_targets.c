/*
** libFuzzer target: the targets stage (ext/core/targets.h), as gwr_targets reads a
** document, through the outline, the sentences and the quantity scanner.
**
** The first byte picks the year argument (0: inferred) and whether the lexicon gets a
** form of the user's, made of the input's first line (gwr_indicator_add). Besides no
** crash, no leak and no undefined behaviour: every row lies inside the text on character
** boundaries with code-point offsets that count right, its figure inside the text, its
** names short valid UTF-8, its years plausible; and a parse stopped at an ask ends
** cleanly.
*/
#include "fuzz_input.h"
#include "targets.h"

static indicator_lexicon *catalogue;
static clause_lexicon *words;

static void check_text(const char *t, size_t cap)
{
  const char *end = memchr(t, 0, cap);
  FUZZ_CHECK(end != NULL && utf8_validate((const unsigned char *)t, (size_t)(end - t)) == UTF8_VALID);
}

static void check_span(const unsigned char *s, size_t n, size_t a, size_t b)
{
  FUZZ_CHECK(a <= b && b <= n && fuzz_boundary(s, n, a) && fuzz_boundary(s, n, b));
}

static void check_row(const unsigned char *s, size_t n, const target_row *r)
{
  check_span(s, n, r->start, r->end);
  FUZZ_CHECK(r->start < r->end);
  FUZZ_CHECK(r->char_start == utf8_length(s, r->start));
  FUZZ_CHECK(r->char_end == r->char_start + utf8_length(s + r->start, r->end - r->start));
  check_span(s, n, r->figure.span.start, r->figure.span.end);
  check_span(s, n, r->extra_start, r->extra_end);
  check_text(r->indicator, sizeof r->indicator);
  check_text(r->verb, sizeof r->verb);
  check_text(r->figure.unit, sizeof r->figure.unit);
  FUZZ_CHECK(r->report >= 1 && r->section >= 0 && r->sentence >= 0);
  FUZZ_CHECK(*target_kind_name(r->kind));
  FUZZ_CHECK(r->year == 0 || (r->year >= 1000 && r->year <= 9999));
  FUZZ_CHECK(r->period_start <= r->period_end || r->period_end == 0);
  if (r->qualifier) check_text(r->qualifier, 64);
}

static int stop_at(void *ctx, size_t done)
{
  int *asks = ctx;
  (void)done;
  return --*asks <= 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (catalogue == NULL) {
    catalogue = indicator_lexicon_new();
    words = clause_lexicon_new();
  }
  if (size == 0) return 0;
  int year = data[0] & 1 ? 1990 + data[0] % 40 : 0;
  size_t n;
  unsigned char *s = fuzz_utf8(data + 1, size - 1, &n);
  indicator_lexicon *lex = catalogue;
  if (data[0] & 2) {
    /* a lexicon of our own with the first line as a form (freed below) */
    lex = indicator_lexicon_new();
    const unsigned char *eol = memchr(s, '\n', n);
    size_t len = eol ? (size_t)(eol - s) : n;
    indicator_add_result added = indicator_lexicon_add(lex, "fuzz_form", (const char *)s, len, NULL);
    FUZZ_CHECK(added != INDICATOR_NOMEM && added != INDICATOR_BAD_ID);
  }
  targets_parser *p;
  FUZZ_CHECK(targets_parser_new(s, n, year, lex, words, &p) == TARGETS_OK);
  target_row row;
  int rc;
  size_t rows = 0;
  while ((rc = targets_next(p, &row)) == 1) {
    check_row(s, n, &row);
    rows++;
  }
  FUZZ_CHECK(rc == 0);
  targets_parser_free(p);
  /* stopped at the first ask (only inputs of 4096 lines or more are asked) */
  int asks = 1;
  rc = targets_parser_new_ex(s, n, year, lex, words, stop_at, &asks, &p);
  FUZZ_CHECK(rc == TARGETS_OK || (rc == TARGETS_INTERRUPTED && p == NULL));
  if (rc == TARGETS_OK) {
    size_t again = 0;
    while ((rc = targets_next(p, &row)) == 1) again++;
    FUZZ_CHECK(rc == 0 && again == rows);
    targets_parser_free(p);
  }
  if (lex != catalogue) indicator_lexicon_free(lex);
  free(s);
  return 0;
}
