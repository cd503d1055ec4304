/*
** Sentences of report text, each with its innermost section.
**
** A sentence ends at 。！？ (closing quotes and brackets after it stay with it) or at a
** real paragraph break; a hard line wrap inside a sentence does not end it (linewrap.h
** decides, exactly as the outline did). A numbered heading that starts in the middle of a
** line (……的工作：(一)做好……) starts a new sentence too: in the original it started a
** new paragraph. Page chrome (下载, 【字号：…】) is no sentence.
**
**   sentence_iter it;
**   sentence s;
**   sentence_iter_init(&it, doc, n, o);          (o from outline_parse(), or NULL)
**   while (sentence_next(&it, &s)) ... s.id, s.section, s.start, s.end ...
**
** Streaming, O(1) memory, linear time. For random access (the sentence that contains a
** byte offset, as the targets stage needs), build a sentence_index once.
*/
#ifndef GWR_SENTENCE_H
#define GWR_SENTENCE_H

#include "linewrap.h"
#include "outline.h"

#include <stddef.h>

typedef struct sentence {
  int id;       /* 1, 2, … in document order */
  int section;  /* the innermost section at its start (outline_section.id), 0 if none */
  size_t start; /* byte of its first character */
  size_t end;   /* byte after its last character: its 。！？ and closing quotes, or the
                   paragraph's last character */
} sentence;

typedef struct sentence_iter {
  const unsigned char *s;
  size_t n;
  const outline *o;
  linewrap_reader reader;
  int has_line;  /* reader.line is being read */
  size_t pos;    /* where reading resumes in reader.line */
  int open;      /* a sentence has started and not ended */
  size_t start;  /* its start */
  int next_id;
  int section_index; /* the last section starting at or before pos (-1 before all) */
  int split_index;   /* the next mid-line heading start to split at (outline order) */
} sentence_iter;

void sentence_iter_init(sentence_iter *it, const unsigned char *s, size_t n, const outline *o);

/* The next sentence. Returns 0 after the last one. */
int sentence_next(sentence_iter *it, sentence *out);

/* All sentences, for lookups by offset. */
typedef struct sentence_index {
  sentence *sentences;
  int count;
} sentence_index;

/* Returns 0, or 1 when out of memory. Free with sentence_index_free(). */
int sentence_index_build(const unsigned char *s, size_t n, const outline *o,
                         sentence_index *index);
void sentence_index_free(sentence_index *index);

/* The sentence containing byte offset pos, or NULL when pos lies between sentences
** (spaces, line breaks, chrome). O(log count). */
const sentence *sentence_index_at(const sentence_index *index, size_t pos);

#endif
