/*
** ICU works in UTF-16; SQL text is UTF-8 and SQL offsets count characters. These
** helpers convert a validated UTF-8 document to UTF-16 (and back), and walk UTF-16
** indexes forward while counting the characters and UTF-8 bytes they correspond to,
** so that every boundary ICU finds maps back to the original text in O(1) amortized.
*/
#ifndef GWR_TEXT_UTF16_H
#define GWR_TEXT_UTF16_H

#include "text_buffer.h"
#include "text_error.h"

#include <stddef.h>
#include <stdint.h>
#include <unicode/utf16.h>

/* Converts valid UTF-8 to a gwr_mem_alloc()ed UTF-16 string (NUL-terminated; free
** with gwr_mem_free). Documents ICU cannot index (2^31 units or more) are an error. */
text_status utf16_from_utf8(const unsigned char *z, size_t n, UChar **out, int32_t *out_len,
                            text_error *err);

/* Appends s[0..n) to b as UTF-8. An unpaired surrogate is an error. */
text_status utf16_append_utf8(text_buffer *b, const UChar *s, int32_t n, text_error *err);

/* A position in a UTF-16 string together with the matching character and byte offsets
** of the same text in UTF-8. It only moves forward. */
typedef struct utf16_cursor {
  const UChar *s;
  int32_t unit;  /* UTF-16 index */
  size_t chars;  /* code points before it */
  size_t bytes;  /* UTF-8 bytes before it */
} utf16_cursor;

static inline void utf16_cursor_init(utf16_cursor *c, const UChar *s)
{
  c->s = s;
  c->unit = 0;
  c->chars = 0;
  c->bytes = 0;
}

/* Moves the cursor forward to UTF-16 index `unit` (which must not lie before it, nor
** inside a surrogate pair). */
static inline void utf16_cursor_advance(utf16_cursor *c, int32_t unit)
{
  const UChar *s = c->s;
  int32_t i = c->unit;
  size_t bytes = c->bytes, chars = c->chars;
  while (i < unit) {
    UChar u = s[i];
    if (u < 0x80) {
      bytes += 1;
      i += 1;
    } else if (u < 0x800) {
      bytes += 2;
      i += 1;
    } else if (U16_IS_LEAD(u) && i + 1 < unit && U16_IS_TRAIL(s[i + 1])) {
      bytes += 4;
      i += 2;
    } else {
      bytes += 3;
      i += 1;
    }
    chars++;
  }
  c->unit = i;
  c->chars = chars;
  c->bytes = bytes;
}

#endif
