/*
** Sentences: see sentence.h. The outline's scan calls the builder at each 。！？, at
** each mid-line heading and at each paragraph break; the lookups read what it built.
*/
#include "sentence.h"

#include "chars.h"
#include "mem.h"
#include "utf8.h"

#include <string.h>

static int is_stop(uint32_t c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == 0xFF61;
}

/* Closing quotes and brackets stay with the sentence they close. */
static int is_closer(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == ')' ||
         c == 0x300B || c == 0x3009 || c == 0x3011 || c == ']' || c == '"' || c == '\'';
}

/* Can the character that starts with byte b be a mark or a closer? An ideograph
** (U+4000–U+9FFF, leads E4–E9) or ASCII other than ! ? ) ] " ' cannot: most marks are
** followed by one, and the lead byte says so without decoding. */
static int may_be_mark_or_closer(unsigned char b)
{
  if (b < 0x80) return b == '!' || b == '?' || b == ')' || b == ']' || b == '"' || b == '\'';
  return b < 0xE4 || b > 0xE9;
}

static void record(sentence_builder *b, size_t end)
{
  b->open = 0;
  if (end <= b->start || b->nomem) return;
  if (b->count == b->cap) {
    size_t cap = b->cap ? b->cap + b->cap / 2 : 256;
    sentence *a = gwr_mem_realloc(b->items, cap * sizeof *a);
    if (a == NULL) {
      b->nomem = 1;
      return;
    }
    b->items = a;
    b->cap = cap;
  }
  sentence *s = &b->items[b->count++];
  s->id = (int)b->count;
  s->section = 0;
  s->start = b->start;
  s->end = end;
}

void sentence_builder_text(sentence_builder *b, size_t pos)
{
  if (!b->open) {
    b->open = 1;
    b->start = pos;
  }
}

size_t sentence_builder_stop(sentence_builder *b, const unsigned char *s, size_t e, size_t stop)
{
  if (!b->open || stop < b->start) return 0; /* the second mark of ？！ was taken already */
  size_t q = stop;
  utf8_next(s, e, &q);
  while (q < e && may_be_mark_or_closer(s[q])) {
    size_t r = q;
    uint32_t c = char_fold(utf8_next(s, e, &r));
    if (!is_stop(c) && !is_closer(c)) break;
    q = r;
  }
  record(b, q);
  return q;
}

void sentence_builder_split(sentence_builder *b, const unsigned char *s, size_t pos)
{
  if (!b->open || pos <= b->start) return;
  record(b, linewrap_trim_end(s, b->start, pos));
  sentence_builder_text(b, pos);
}

void sentence_builder_break(sentence_builder *b, const unsigned char *s, size_t end)
{
  if (b->open) record(b, linewrap_trim_end(s, b->start, end));
}

void sentence_builder_free(sentence_builder *b)
{
  gwr_mem_free(b->items);
  memset(b, 0, sizeof *b);
}

int sentence_count(const outline *o)
{
  int count;
  outline_sentence_list(o, &count);
  return count;
}

const sentence *sentence_get(const outline *o, int id)
{
  int count;
  const sentence *list = outline_sentence_list(o, &count);
  return id >= 1 && id <= count ? &list[id - 1] : NULL;
}

const sentence *sentence_at(const outline *o, size_t pos)
{
  int count;
  const sentence *list = outline_sentence_list(o, &count);
  int lo = 0, hi = count;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (list[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return NULL;
  return pos < list[lo - 1].end ? &list[lo - 1] : NULL;
}
