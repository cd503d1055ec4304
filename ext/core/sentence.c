/*
** Sentences: see sentence.h.
*/
#include "sentence.h"

#include "chars.h"
#include "mem.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

void sentence_iter_init(sentence_iter *it, const unsigned char *s, size_t n, const outline *o)
{
  memset(it, 0, sizeof *it);
  it->s = s;
  it->n = n;
  it->o = o;
  if (o) {
    outline_reader_init(o, &it->reader);
  } else {
    linewrap_reader_init(&it->reader, s, n, NULL, NULL);
  }
  it->next_id = 1;
  it->section_index = -1;
}

/* Sections that start a new sentence where they begin: headings, not enumerations or
** leads (those run inside their sentence or start at a paragraph anyway). */
static int splits(const outline_section *sec)
{
  return sec->kind != OUTLINE_ENUM && sec->kind != OUTLINE_LEAD;
}

/* The first splitting section start after byte after, or SIZE_MAX. */
static size_t next_split(sentence_iter *it, size_t after)
{
  if (it->o == NULL) return SIZE_MAX;
  int count = outline_count(it->o);
  while (it->split_index < count) {
    const outline_section *sec = outline_get(it->o, it->split_index + 1);
    if (sec->start > after && splits(sec)) return sec->start;
    it->split_index++;
  }
  return SIZE_MAX;
}

/* The innermost section at pos; pos never decreases between calls. */
static int section_at(sentence_iter *it, size_t pos)
{
  if (it->o == NULL) return 0;
  int count = outline_count(it->o);
  while (it->section_index + 1 < count &&
         outline_get(it->o, it->section_index + 2)->start <= pos)
    it->section_index++;
  const outline_section *sec = it->section_index >= 0 ? outline_get(it->o, it->section_index + 1) : NULL;
  while (sec && pos >= sec->limit) sec = outline_get(it->o, sec->parent);
  return sec ? sec->id : 0;
}

static uint32_t char_at(const unsigned char *s, size_t end, size_t pos, size_t *after)
{
  size_t q = pos;
  uint32_t c = char_fold(utf8_next(s, end, &q));
  if (after) *after = q;
  return c;
}

static int is_stop(uint32_t c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == 0xFF61;
}

static int is_closer(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == ')' ||
         c == 0x300B || c == 0x3009 || c == 0x3011 || c == ']' || c == '"' || c == '\'';
}

static size_t skip_spaces(const unsigned char *s, size_t end, size_t pos)
{
  while (pos < end) {
    size_t q;
    uint32_t c = char_at(s, end, pos, &q);
    if (c != ' ' && !char_is_ignorable(c)) break;
    pos = q;
  }
  return pos;
}

static size_t trim_end(const unsigned char *s, size_t start, size_t end)
{
  while (end > start) {
    size_t q = utf8_prev(s, end);
    uint32_t c = char_at(s, end, q, NULL);
    if (c != ' ' && !char_is_ignorable(c)) break;
    end = q;
  }
  return end;
}

/* Steps over characters by their lead byte; 0 for the bytes that may start a stop:
** E3 (。), EF (！？ ｡), ! and ?. Han text costs one load per character. */
#define X16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char stop_stride[256] = {
  X16(1), X16(1),
  1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x20: ! */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,   /* 0x30: ? */
  X16(1), X16(1), X16(1), X16(1),
  X16(1), X16(1), X16(1), X16(1),
  X16(2), X16(2),
  3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0,   /* 0xE0: E3 EF */
  X16(4),
};
#undef X16

/* The first 。！？ in s[p..e), or e. */
static size_t find_stop(const unsigned char *s, size_t p, size_t e)
{
  while (p < e) {
    unsigned k = stop_stride[s[p]];
    if (k) {
      p += k;
      continue;
    }
    unsigned char b = s[p];
    if (b == '!' || b == '?') return p;
    if (b == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x82) return p;
    if (b == 0xEF && ((s[p + 1] == 0xBC && (s[p + 2] == 0x81 || s[p + 2] == 0x9F)) ||
                      (s[p + 1] == 0xBD && s[p + 2] == 0xA1)))
      return p;
    p += 3;
  }
  return e;
}

static int emit(sentence_iter *it, sentence *out, size_t end)
{
  out->id = it->next_id++;
  out->start = it->start;
  out->end = trim_end(it->s, it->start, end);
  out->section = section_at(it, it->start);
  it->open = 0;
  return 1;
}

int sentence_next(sentence_iter *it, sentence *out)
{
  const unsigned char *s = it->s;
  for (;;) {
    if (!it->has_line) {
      if (!linewrap_reader_next(&it->reader)) return 0;
      it->has_line = 1;
      it->pos = it->reader.line.text_start;
    }
    const linewrap_line *l = &it->reader.line;
    if (l->flags & (LINEWRAP_BLANK | LINEWRAP_CHROME)) {
      it->has_line = 0;
      continue;
    }
    size_t e = l->text_end;
    size_t p = it->pos;
    if (!it->open) {
      p = skip_spaces(s, e, p);
      if (p < e) {
        it->open = 1;
        it->start = p;
      }
    }
    if (it->open && p < e) {
      size_t split = next_split(it, it->start);
      size_t limit = split < e ? split : e;
      size_t stop = find_stop(s, p, limit);
      if (stop < limit) {
        /* the stop, repeated stops (？！) and closing quotes stay with the sentence */
        size_t q = stop;
        while (q < e) {
          size_t r;
          uint32_t c = char_at(s, e, q, &r);
          if (q > stop && !is_stop(c) && !is_closer(c)) break;
          q = r;
        }
        it->pos = q;
        return emit(it, out, q);
      }
      if (split < e) {
        it->pos = split; /* a heading starts in mid-line: a new sentence starts with it */
        return emit(it, out, split);
      }
    }
    it->pos = e;
    /* No stop in the rest of the line: a hard wrap carries the sentence on. */
    int joins = linewrap_reader_joins(&it->reader);
    it->has_line = 0;
    if (!joins && it->open) return emit(it, out, e);
  }
}

int sentence_index_build(const unsigned char *s, size_t n, const outline *o,
                         sentence_index *index)
{
  memset(index, 0, sizeof *index);
  sentence_iter it;
  sentence one;
  size_t cap = 0;
  sentence_iter_init(&it, s, n, o);
  while (sentence_next(&it, &one)) {
    if ((size_t)index->count == cap) {
      cap = cap ? cap * 2 : 256;
      sentence *a = gwr_mem_realloc(index->sentences, cap * sizeof *a);
      if (a == NULL) {
        sentence_index_free(index);
        return 1;
      }
      index->sentences = a;
    }
    index->sentences[index->count++] = one;
  }
  return 0;
}

void sentence_index_free(sentence_index *index)
{
  gwr_mem_free(index->sentences);
  index->sentences = NULL;
  index->count = 0;
}

const sentence *sentence_index_at(const sentence_index *index, size_t pos)
{
  int lo = 0, hi = index->count;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (index->sentences[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return NULL;
  const sentence *found = &index->sentences[lo - 1];
  return pos < found->end ? found : NULL;
}
