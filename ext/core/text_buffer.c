/*
** The growable buffer of the text modules: see text_buffer.h.
*/
#include "text_buffer.h"
#include "mem.h"

#include <string.h>

text_status text_buffer_reserve(text_buffer *b, size_t extra, text_error *err)
{
  if (extra >= SIZE_MAX / 2 - b->len) return text_nomem(err);
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return TEXT_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap *= 2;
  unsigned char *p = gwr_mem_realloc(b->data, cap);
  if (p == NULL) return text_nomem(err);
  b->data = p;
  b->cap = cap;
  b->data[b->len] = 0;
  return TEXT_OK;
}

text_status text_buffer_append(text_buffer *b, const void *bytes, size_t n, text_error *err)
{
  if (text_buffer_reserve(b, n, err) != TEXT_OK) return err->status;
  if (n) memcpy(b->data + b->len, bytes, n);
  b->len += n;
  b->data[b->len] = 0;
  return TEXT_OK;
}

void text_buffer_free(text_buffer *b)
{
  gwr_mem_free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
