/*
** Sentences of report text, each with its innermost section.
**
** A sentence ends at 。！？ (closing quotes and brackets after it stay with it, and so do
** repeated marks: ？！) or at a real paragraph break; a hard line wrap inside a sentence
** does not end it (linewrap.h decides, as for the outline). A numbered heading that starts
** in the middle of a line (……的工作：(一)做好……) starts a new sentence too: in the
** original it started a new paragraph. Page chrome (下载, 【字号：…】) is no sentence.
**
** The outline's scan finds them, so that the text is read once for both:
**
**   outline *o;
**   outline_parse_ex(doc, n, OUTLINE_SENTENCES, NULL, NULL, &o);
**   for (int id = 1; id <= sentence_count(o); id++) {
**     const sentence *s = sentence_get(o, id);   ... s->section, s->start, s->end ...
**   }
**   const sentence *here = sentence_at(o, byte_offset);   (NULL between sentences)
**
** Memory is O(number of sentences), and only when asked for.
*/
#ifndef GWR_SENTENCE_H
#define GWR_SENTENCE_H

#include "outline.h"

#include <stddef.h>

struct sentence {
  int id;       /* 1, 2, … in document order */
  int section;  /* the innermost section at its start (outline_section.id), 0 if none */
  size_t start; /* byte of its first character */
  size_t end;   /* byte after its last character: its 。！？ and closing quotes, or the
                   paragraph's last character */
};

/* 0 when the outline was parsed without OUTLINE_SENTENCES. */
int sentence_count(const outline *o);
const sentence *sentence_get(const outline *o, int id); /* NULL out of 1..count */

/* The sentence containing byte offset pos, or NULL when pos lies between sentences
** (spaces, line breaks, chrome). O(log count). */
const sentence *sentence_at(const outline *o, size_t pos);

/* ---- For the outline's scan only: how sentences are cut. ---- */

typedef struct sentence_builder {
  sentence *items;
  size_t count, cap;
  int open;     /* a sentence has started and not ended */
  size_t start; /* its start */
  int nomem;
} sentence_builder;

/* Text at pos: a sentence starts there unless one is open. */
void sentence_builder_text(sentence_builder *b, size_t pos);

/* A 。！？ at byte stop of s (e: end of the line). Ends the open sentence after the mark,
** repeated marks and closing quotes; returns that end, or 0 when no sentence was open. */
size_t sentence_builder_stop(sentence_builder *b, const unsigned char *s, size_t e, size_t stop);

/* A heading starts at pos in mid-line: the open sentence ends before it. */
void sentence_builder_split(sentence_builder *b, const unsigned char *s, size_t pos);

/* A paragraph ends at end: so does the open sentence. */
void sentence_builder_break(sentence_builder *b, const unsigned char *s, size_t end);

void sentence_builder_free(sentence_builder *b);

#endif
