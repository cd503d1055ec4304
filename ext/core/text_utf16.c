/*
** UTF-8 <-> UTF-16 for the ICU modules: see text_utf16.h.
*/
#include "text_utf16.h"
#include "mem.h"

#include <unicode/ustring.h>

text_status utf16_reserve(utf16_buffer *b, int64_t units, text_error *err)
{
  if (units >= INT32_MAX) {
    return text_failf(err, "text too long (%lld UTF-16 units); ICU handles fewer than 2^31",
                      (long long)units);
  }
  if (units < b->cap) return TEXT_OK;
  int64_t cap = b->cap ? (int64_t)b->cap * 2 : 256;
  if (cap <= units) cap = units + 1;
  if (cap > INT32_MAX) cap = INT32_MAX;
  UChar *p = gwr_mem_realloc(b->s, (size_t)cap * sizeof(UChar));
  if (p == NULL) return text_nomem(err);
  b->s = p;
  b->cap = (int32_t)cap;
  return TEXT_OK;
}

/* The UTF-16 units of valid UTF-8: one per character, two for a four-byte one. Reserving
** that, not one unit per byte, keeps Chinese text at 2 bytes per character instead of 6
** (a 100 MB document: 67 MB, not 200). */
static int64_t utf16_units(const unsigned char *z, size_t n)
{
  int64_t units = 0;
  for (size_t i = 0; i < n; i++) units += ((z[i] & 0xC0) != 0x80) + (z[i] >= 0xF0);
  return units;
}

text_status utf16_set_utf8(utf16_buffer *b, const unsigned char *z, size_t n, text_error *err)
{
  b->len = 0;
  if (utf16_reserve(b, utf16_units(z, n), err) != TEXT_OK) return err->status;
  UErrorCode code = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(b->s, b->cap, &len, (const char *)z, (int32_t)n, &code);
  if (code == U_BUFFER_OVERFLOW_ERROR) {
    /* only invalid UTF-8 miscounts, and the conversion then fails on it: the error below */
    if (utf16_reserve(b, len, err) != TEXT_OK) return err->status;
    code = U_ZERO_ERROR;
    u_strFromUTF8(b->s, b->cap, &len, (const char *)z, (int32_t)n, &code);
  }
  if (U_FAILURE(code)) return text_icu_failed(err, "u_strFromUTF8", code);
  b->len = len;
  return TEXT_OK;
}

void utf16_buffer_trim(utf16_buffer *b, int32_t keep)
{
  if (b->cap > keep) {
    gwr_mem_free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
  }
}

text_status utf16_append_utf8(text_buffer *b, const UChar *s, int32_t n, text_error *err)
{
  /* Each UTF-16 unit becomes at most 3 bytes (a surrogate pair: 4 bytes for 2 units).
  ** Huge strings go in pieces so that ICU's int32_t capacity never overflows. */
  const int32_t piece_max = 1 << 26;
  while (n > 0) {
    int32_t piece = n;
    if (piece > piece_max) {
      piece = piece_max;
      if (U16_IS_LEAD(s[piece - 1])) piece--; /* never split a surrogate pair */
    }
    size_t room = (size_t)piece * 3;
    if (text_buffer_reserve(b, room, err) != TEXT_OK) return err->status;
    UErrorCode code = U_ZERO_ERROR;
    int32_t len = 0;
    u_strToUTF8((char *)b->data + b->len, (int32_t)room, &len, s, piece, &code);
    if (U_FAILURE(code)) return text_icu_failed(err, "u_strToUTF8", code);
    b->len += (size_t)len;
    b->data[b->len] = 0;
    s += piece;
    n -= piece;
  }
  return TEXT_OK;
}
