/*
** Unicode normalization with ICU: see text_normalize.h.
*/
#include "text_normalize.h"
#include "chars.h"
#include "text_utf16.h"

#include <string.h>

static const struct {
  const char *name;
  normalize_form form;
} form_names[] = {
  {"NFKC", NORMALIZE_NFKC},
  {"NFC", NORMALIZE_NFC},
  {"NFKC_CF", NORMALIZE_NFKC_CF},
  {"NFKC_Casefold", NORMALIZE_NFKC_CF},
};

/* ASCII case-insensitive equality (form names are ASCII). */
static int same_name(const char *a, const char *b)
{
  for (; *a && *b; a++, b++) {
    char x = *a >= 'a' && *a <= 'z' ? *a - 32 : *a, y = *b >= 'a' && *b <= 'z' ? *b - 32 : *b;
    if (x != y) return 0;
  }
  return *a == *b;
}

int normalize_form_parse(const char *name, normalize_form *out)
{
  for (size_t i = 0; i < sizeof form_names / sizeof form_names[0]; i++) {
    if (same_name(name, form_names[i].name)) {
      *out = form_names[i].form;
      return 1;
    }
  }
  return 0;
}

text_status normalize_instance(normalize_form form, const UNormalizer2 **out, text_error *err)
{
  UErrorCode code = U_ZERO_ERROR;
  switch (form) {
  case NORMALIZE_NFC:
    *out = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) return text_icu_failed(err, "unorm2_getNFCInstance", code);
    break;
  case NORMALIZE_NFKC_CF:
    *out = unorm2_getNFKCCasefoldInstance(&code);
    if (U_FAILURE(code)) return text_icu_failed(err, "unorm2_getNFKCCasefoldInstance", code);
    break;
  default:
    *out = unorm2_getNFKCInstance(&code);
    if (U_FAILURE(code)) return text_icu_failed(err, "unorm2_getNFKCInstance", code);
    break;
  }
  return TEXT_OK;
}

/* Removes the zero-width characters from s[0..n) in place; returns the new length.
** All of them are BMP characters, so surrogates are never touched. Most text has none:
** the first loop, without an early exit, lets the compiler test many units at once. */
static int32_t drop_ignorable(UChar *s, int32_t n)
{
  int found = 0;
  for (int32_t i = 0; i < n; i++) found |= char_is_ignorable(s[i]);
  if (!found) return n;
  int32_t k = 0;
  for (int32_t i = 0; i < n; i++) {
    if (!char_is_ignorable(s[i])) s[k++] = s[i];
  }
  return k;
}

text_status normalize_utf16(const UNormalizer2 *nf, const UChar *s, int32_t n,
                            utf16_buffer *dst, text_error *err)
{
  /* Most text grows little; retry once with the exact size ICU asks for. */
  int64_t want = (int64_t)n + n / 8 + 16;
  for (int attempt = 0; attempt < 2; attempt++) {
    if (utf16_reserve(dst, want, err) != TEXT_OK) return err->status;
    UErrorCode code = U_ZERO_ERROR;
    int32_t len = unorm2_normalize(nf, s, n, dst->s, dst->cap, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      want = len;
      continue;
    }
    if (U_FAILURE(code)) return text_icu_failed(err, "unorm2_normalize", code);
    dst->len = drop_ignorable(dst->s, len);
    return TEXT_OK;
  }
  return text_icu_failed(err, "unorm2_normalize", U_BUFFER_OVERFLOW_ERROR);
}

void normalize_work_trim(normalize_work *work, int32_t keep)
{
  utf16_buffer_trim(&work->text, keep);
  utf16_buffer_trim(&work->normalized, keep);
}

/* The normalizer works through a long text a piece at a time, each piece cut where the
** normalizer has a boundary, so that its buffers stay small (and in the cache) however
** long the document: memory and time stay linear. */
#define NORMALIZE_PIECE (256 * 1024) /* bytes of UTF-8 */

/* The last index of s[0..n) before which the text may be cut without changing how it
** normalizes (0 if none). */
static int32_t last_boundary(const UNormalizer2 *nf, const UChar *s, int32_t n)
{
  int32_t i = n;
  while (i > 0) {
    U16_BACK_1(s, 0, i);
    UChar32 c;
    int32_t k = i;
    U16_NEXT(s, k, n, c);
    if (i > 0 && unorm2_hasBoundaryBefore(nf, c)) return i;
  }
  return 0;
}

text_status text_normalize(const unsigned char *z, size_t n, normalize_form form,
                           normalize_work *work, text_buffer *out, text_error *err)
{
  const UNormalizer2 *nf;
  if (normalize_instance(form, &nf, err) != TEXT_OK ||
      text_buffer_reserve(out, n + n / 8, err) != TEXT_OK) {
    return err->status;
  }
  size_t pos = 0, piece = NORMALIZE_PIECE;
  while (pos < n) {
    size_t len = n - pos;
    int last = len <= piece;
    if (!last) {
      len = piece;
      while (len > 0 && (z[pos + len] & 0xC0) == 0x80) len--; /* a whole character */
    }
    if (utf16_set_utf8(&work->text, z + pos, len, err) != TEXT_OK) return err->status;
    int32_t cut = last ? work->text.len : last_boundary(nf, work->text.s, work->text.len);
    if (cut == 0) {
      piece *= 2; /* no boundary in the whole piece: take more */
      continue;
    }
    if (normalize_utf16(nf, work->text.s, cut, &work->normalized, err) != TEXT_OK ||
        utf16_append_utf8(out, work->normalized.s, work->normalized.len, err) != TEXT_OK) {
      return err->status;
    }
    /* The piece's bytes, less those of the few characters after the cut. */
    utf16_cursor tail;
    utf16_cursor_init(&tail, work->text.s + cut);
    utf16_cursor_advance(&tail, work->text.len - cut);
    pos += len - tail.bytes;
    piece = NORMALIZE_PIECE;
  }
  return TEXT_OK;
}
