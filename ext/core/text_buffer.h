/*
** A growable byte buffer for text the core produces (normalized, decoded, repaired).
** Memory comes from gwr_mem_*, so inside SQLite the finished buffer can be handed to
** sqlite3_result_text64() with sqlite3_free as its destructor: no copy.
*/
#ifndef GWR_TEXT_BUFFER_H
#define GWR_TEXT_BUFFER_H

#include "text_error.h"

#include <stddef.h>

typedef struct text_buffer {
  unsigned char *data; /* NULL until something is reserved; then always NUL-terminated */
  size_t len;
  size_t cap;
} text_buffer;

/* Makes room for at least `extra` more bytes (plus a NUL that is never counted). */
text_status text_buffer_reserve(text_buffer *b, size_t extra, text_error *err);

text_status text_buffer_append(text_buffer *b, const void *bytes, size_t n, text_error *err);

/* Releases the bytes; the buffer is empty again afterwards. */
void text_buffer_free(text_buffer *b);

#endif
