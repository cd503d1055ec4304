/*
** UTF-8 <-> UTF-16 for the ICU modules: see text_utf16.h.
*/
#include "text_utf16.h"
#include "mem.h"

#include <unicode/ustring.h>

text_status utf16_from_utf8(const unsigned char *z, size_t n, UChar **out, int32_t *out_len,
                            text_error *err)
{
  *out = NULL;
  *out_len = 0;
  /* A UTF-8 string never has more UTF-16 units than bytes. */
  if (n >= (size_t)INT32_MAX) {
    return text_failf(err, "document too long (%zu bytes); ICU handles up to 2 GB", n);
  }
  UChar *s = gwr_mem_alloc((n + 1) * sizeof(UChar));
  if (s == NULL) return text_nomem(err);
  UErrorCode code = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(s, (int32_t)n + 1, &len, (const char *)z, (int32_t)n, &code);
  if (U_FAILURE(code)) {
    gwr_mem_free(s);
    return text_icu_failed(err, "u_strFromUTF8", code);
  }
  *out = s;
  *out_len = len;
  return TEXT_OK;
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
