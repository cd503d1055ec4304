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

/* A growable UTF-16 string (gwr_mem). Callers that convert many texts keep one, so that
** each text does not allocate (and fault in) fresh pages. */
typedef struct utf16_buffer {
  UChar *s;
  int32_t len;
  int32_t cap;
} utf16_buffer;

/* Makes room for `units` UTF-16 units (plus a NUL). */
text_status utf16_reserve(utf16_buffer *b, int64_t units, text_error *err);

/* Sets b to the UTF-16 form of the UTF-8 text z[0..n). Invalid UTF-8 is an error (ICU's
** strict conversion checks every byte), and so are texts of 2^31 units or more. */
text_status utf16_set_utf8(utf16_buffer *b, const unsigned char *z, size_t n, text_error *err);

/* Frees the units of a buffer that grew beyond `keep` units (0: always). */
void utf16_buffer_trim(utf16_buffer *b, int32_t keep);

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
