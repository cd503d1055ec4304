/*
** Word segmentation with ICU's word BreakIterator: dictionary-based for Han (ICU's
** CJK dictionary), UAX #29 for everything else, so 5.2 and 1,000 stay whole and
** GDP is one word. Whitespace is never a word. Used by gwr_words(), the FTS5
** tokenizer `gwr` and the GBK repair (which asks whether characters form a word).
*/
#ifndef GWR_WORDS_H
#define GWR_WORDS_H

#include "text_error.h"

#include <unicode/ubrk.h>

typedef enum word_kind {
  WORD_HAN,    /* CJK ideographs (and kana) */
  WORD_LATIN,  /* letters of any alphabet, alone or mixed with digits (PM2.5, GDP) */
  WORD_NUMBER, /* digits, with their decimal point or grouping: 5.2, 1,000, １２ */
  WORD_PUNCT   /* punctuation and symbols, one mark at a time */
} word_kind;

/* "han", "latin", "number", "punct" */
const char *word_kind_name(word_kind kind);

typedef struct word_iter {
  UBreakIterator *bi;
  const UChar *s;
  int32_t n;
  int32_t start; /* the boundary the next word starts at */
} word_iter;

/* Opens an iterator (no text yet). Close it with word_iter_close(). */
text_status word_iter_open(word_iter *it, text_error *err);

/* Points the iterator at s[0..n), which must stay valid while it is used. */
text_status word_iter_set_text(word_iter *it, const UChar *s, int32_t n, text_error *err);

/* The next word: its UTF-16 span [*start, *end) and kind. Returns 1 for a word, 0 at the
** end of the text, and -1 (err set) when ICU stopped before the end: its iterators cannot
** report errors, and one that runs out of memory just stops. */
int word_iter_next(word_iter *it, int32_t *start, int32_t *end, word_kind *kind,
                   text_error *err);

/* The span [*start, *end) of the segment of s[0..n) that contains index k, as the
** iterator segments the whole of s (for short windows: ICU segments each run of Han
** characters as a whole). Changes the iterator's text to s. */
text_status word_span_at(word_iter *it, const UChar *s, int32_t n, int32_t k, int32_t *start,
                         int32_t *end, text_error *err);

/* Is index k of s[0..n) a word boundary (0 and n are)? Changes the iterator's text. */
text_status word_is_boundary(word_iter *it, const UChar *s, int32_t n, int32_t k, int *boundary,
                             text_error *err);

void word_iter_close(word_iter *it);

#endif
