/*
** libFuzzer target: the ICU text modules (ext/core/text_*.h, words.h, gbk_repair.h), as
** gwr_normalize, gwr_decode, gwr_repair, gwr_repairs, gwr_words and the FTS5 tokenizer
** read a document.
**
** The first byte picks a charset for the decoder and the normalization form. The rest is
** decoded as raw bytes (strict and replacing); made valid UTF-8, it is normalized,
** repaired and cut into words. Besides no crash, no leak and no undefined behaviour: every
** result is valid UTF-8; a strict decoding that succeeds equals the replacing one; repairs
** come in order, apart, on character boundaries, and stay the same when a stop function is
** asked; words come in order inside the text.
*/
#include "fuzz_input.h"
#include "gbk_repair.h"
#include "text_decode.h"
#include "text_normalize.h"
#include "text_repair.h"
#include "text_utf16.h"
#include "words.h"

static gbk_table gbk;
static int gbk_ready;

static const char *const charsets[] = {NULL, "UTF-8", "GB18030", "GBK", "Big5", "UTF-16LE",
                                       "UTF-16BE", "ISO-8859-1", "Shift_JIS", "EUC-KR"};

static void check_utf8(const text_buffer *b)
{
  FUZZ_CHECK(b->data == NULL ? b->len == 0 : b->data[b->len] == 0);
  if (b->data) FUZZ_CHECK(utf8_validate(b->data, b->len) == UTF8_VALID);
}

static int never(void *ctx, size_t done)
{
  (void)done;
  ++*(int *)ctx;
  return 0;
}

static void fuzz_decode(const uint8_t *data, size_t size, const char *charset)
{
  text_buffer strict = {0}, lenient = {0};
  text_error err = {0};
  decode_result result;
  text_status a = text_decode(data, size, charset, DECODE_STRICT, &strict, &result, &err);
  err = (text_error){0};
  text_status b = text_decode(data, size, charset, DECODE_REPLACE, &lenient, &result, &err);
  if (a == TEXT_OK) {
    check_utf8(&strict);
    FUZZ_CHECK(b == TEXT_OK && strict.len == lenient.len);
    if (strict.len) FUZZ_CHECK(memcmp(strict.data, lenient.data, strict.len) == 0);
  }
  if (b == TEXT_OK) check_utf8(&lenient);
  FUZZ_CHECK(a != TEXT_NOMEM && b != TEXT_NOMEM);
  text_buffer_free(&strict);
  text_buffer_free(&lenient);
}

static void fuzz_repair(const unsigned char *s, size_t n)
{
  text_edits edits = {0}, asked = {0};
  text_error err = {0};
  FUZZ_CHECK(text_repair_find(&gbk, s, n, &edits, &err) == TEXT_OK);
  size_t last = 0;
  for (size_t i = 0; i < edits.n; i++) {
    const text_edit *e = &edits.items[i];
    FUZZ_CHECK(e->start >= last && e->start <= e->end && e->end <= n);
    FUZZ_CHECK(fuzz_boundary(s, n, e->start) && fuzz_boundary(s, n, e->end));
    FUZZ_CHECK(e->char_start == utf8_length(s, e->start));
    FUZZ_CHECK(utf8_validate(e->after, e->after_len) == UTF8_VALID);
    last = e->end;
  }
  text_buffer out = {0};
  FUZZ_CHECK(text_repair_apply(s, n, &edits, &out, &err) == TEXT_OK);
  check_utf8(&out);
  int asks = 0;
  FUZZ_CHECK(text_repair_find_ex(&gbk, s, n, never, &asks, &asked, &err) == TEXT_OK);
  FUZZ_CHECK(asked.n == edits.n);
  for (size_t i = 0; i < edits.n; i++)
    FUZZ_CHECK(asked.items[i].start == edits.items[i].start && asked.items[i].end == edits.items[i].end);
  text_buffer_free(&out);
  text_edits_free(&edits);
  text_edits_free(&asked);
}

static void fuzz_words(const unsigned char *s, size_t n)
{
  utf16_buffer u = {0};
  text_error err = {0};
  word_iter it = {0};
  FUZZ_CHECK(utf16_set_utf8(&u, s, n, &err) == TEXT_OK);
  FUZZ_CHECK(word_iter_open(&it, &err) == TEXT_OK);
  FUZZ_CHECK(word_iter_set_text(&it, u.s, u.len, &err) == TEXT_OK);
  int32_t start, end, last = 0;
  word_kind kind;
  int rc;
  while ((rc = word_iter_next(&it, &start, &end, &kind, &err)) == 1) {
    FUZZ_CHECK(start >= last && start < end && end <= u.len);
    FUZZ_CHECK(*word_kind_name(kind));
    last = end;
  }
  FUZZ_CHECK(rc == 0);
  word_iter_close(&it);
  utf16_buffer_trim(&u, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (!gbk_ready) {
    text_error err = {0};
    FUZZ_CHECK(gbk_table_build(&gbk, &err) == TEXT_OK);
    gbk_ready = 1;
  }
  if (size == 0) return 0;
  const char *charset = charsets[data[0] % (sizeof charsets / sizeof charsets[0])];
  normalize_form form = (normalize_form)(data[0] / 16 % 3);
  data++;
  size--;
  fuzz_decode(data, size, charset);
  size_t n;
  unsigned char *s = fuzz_utf8(data, size, &n);
  normalize_work work = {{0}, {0}};
  text_buffer out = {0};
  text_error err = {0};
  FUZZ_CHECK(text_normalize(s, n, form, &work, &out, &err) == TEXT_OK);
  check_utf8(&out);
  text_buffer_free(&out);
  normalize_work_trim(&work, 0);
  fuzz_repair(s, n);
  fuzz_words(s, n);
  free(s);
  return 0;
}
